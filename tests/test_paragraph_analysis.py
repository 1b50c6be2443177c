"""A headline as the first line of its article is read as it is read alone (nlp/paragraphs.py).

CONSTRUCTED: the headlines and bodies below were written for these tests from common wire
patterns, in places of several countries (none is copied from an outlet or a gold set).
Coordinates are the real places' (GeoNames).
"""

from __future__ import annotations



from frontwatch.geometry import haversine_km
from test_events_support import run

WITHIN_KM = 25.0
HEADLINES = {
    "Suicide bomber kills 9 in Iraqs Mosul": (36.335, 43.119),
    "Car bomb kills 14 in Somalias Mogadishu": (2.037, 45.344),
    "Air strikes kill 20 in rebel-held Kunduz": (36.728, 68.857),
    "Militants storm army base near Mali's Gao": (16.272, -0.045),
    "Dozens killed by air raids over militant-held Sirte": (31.205, 16.588),
    "Gunmen kill 11 villagers in Nigeria's Zamfara": (12.17, 6.25),
    "Scores killed in air strikes on Houthi-held Saada": (16.94, 43.76),
}
BODIES = ("\n\nDetails follow.", "\n\nThe toll may rise, officials said on Monday.")


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(*a, *b)


def _located(records: list[dict]) -> list[tuple[str, str | None]]:
    return sorted((r["acled"]["sub_event_type"], (r.get("location") or {}).get("name"))
                  for r in records if r.get("acled"))


def _near(records: list[dict], where: tuple[float, float]) -> bool:
    return any(_km((r["location"]["lat"], r["location"]["lon"]), where) <= WITHIN_KM for r in records
               if r.get("acled") and r.get("location") and r["location"].get("precision") != "country"
               and r["location"].get("lat") is not None)


def test_pieces_are_cut_at_blank_lines_only_and_join_back_to_the_text():
    from frontwatch.nlp.paragraphs import paragraph_pieces

    text = "Title line\n\nFirst para, wrapped\nover two lines.\n \n\n  Second para.\n"
    pieces = paragraph_pieces(text)
    assert "".join(pieces) == text
    assert pieces == ["Title line", "\n\n", "First para, wrapped\nover two lines.", "\n \n\n  ", "Second para.\n"]
    assert paragraph_pieces("") == [""]
    assert paragraph_pieces("One line") == ["One line"]


def test_no_sentence_or_entity_runs_over_a_blank_line(extract):
    from frontwatch.clean import clean_article
    from frontwatch.evaluate.run import _pipeline
    from frontwatch.model import RawArticle

    texts = [t + body for t in HEADLINES for body in BODIES]
    articles = [clean_article(RawArticle(text=t, source_ref=f"t:{i}", kind="text")) for i, t in enumerate(texts)]
    for p in _pipeline(None, False).process(articles):
        assert all("\n\n" not in s.text for s in p.sentences), [s.text for s in p.sentences]
        assert all("\n" not in m.text for m in p.mentions), [m.text for m in p.mentions]
        assert p.sentences[0].text == p.article.text.split("\n\n")[0]


def test_a_headline_codes_the_same_events_first_line_or_alone(extract):
    titles = list(HEADLINES)
    alone = extract(titles)
    for body in BODIES:
        first = extract([t + body for t in titles])
        for title, a, f in zip(titles, alone, first):
            assert _located(f) == _located(a), (title, body)


def test_the_headline_place_survives_a_following_body(extract):
    titles = list(HEADLINES)
    for body in BODIES:
        for title, recs in zip(titles, extract([t + body for t in titles])):
            assert _near(recs, HEADLINES[title]), (title, body, _located(recs))


def test_a_headline_with_a_misread_actor_folds_into_the_body_report(nlp):  # noqa: F811
    text = ("Rebels are just 30 km from Homs - Assad's army collapses\n\n"
            "On Saturday, rebels were 30 km from Homs, the Observatory said.")
    evs = [e for e in run(nlp, text) if e.event_type == "advance"]
    assert len(evs) == 1, [(e.evidence_start, e.actor1 and e.actor1.name) for e in evs]
    assert evs[0].evidence_start > 0 and evs[0].actor1 is not None and evs[0].actor1.name == "Rebels (Syria)"


def test_join_pieces_writes_what_from_docs_would():  # noqa: F811
    """`join_pieces` writes the pieces' annotation into the whole Doc where the tokens agree: every
    array attribute, the tensor, sentences, entities and the tree must equal `Doc.from_docs`'s."""
    import numpy
    from spacy.tokens import Doc

    from frontwatch.nlp.components import FRONTWATCH_PIPES, load_pipeline
    from frontwatch.nlp.paragraphs import _JOIN_ATTRS, join_pieces, paragraph_pieces

    model = load_pipeline()
    texts = [h + b for h in HEADLINES for b in BODIES] + ["  \n\nFighting resumed in Aleppo.\n \t\nTwo died.\n\n"]
    joined_in_place = 0
    for text in texts:
        parts = list(model.pipe(paragraph_pieces(text), disable=FRONTWATCH_PIPES))
        ref = Doc.from_docs(parts, ensure_whitespace=False)
        source = model.make_doc(text)
        got = join_pieces(source, parts)
        joined_in_place += got is source
        assert got.text == ref.text == text
        assert numpy.array_equal(got.to_array(_JOIN_ATTRS), ref.to_array(_JOIN_ATTRS))
        assert numpy.array_equal(got.tensor, ref.tensor)
        assert [(s.start, s.end) for s in got.sents] == [(s.start, s.end) for s in ref.sents]
        assert [(e.start, e.end, e.label_) for e in got.ents] == [(e.start, e.end, e.label_) for e in ref.ents]
        assert [(t.idx, t.left_edge.i, t.right_edge.i, [c.i for c in t.children]) for t in got] == \
            [(t.idx, t.left_edge.i, t.right_edge.i, [c.i for c in t.children]) for t in ref]
    # all but the text that opens with spaces before its break (the whole text tokenises that start
    # otherwise than the piece does: joined by from_docs, and still equal)
    assert joined_in_place == len(texts) - 1
