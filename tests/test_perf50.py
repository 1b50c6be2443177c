"""perf50: per-event readings that depend on the trigger, cut without changing output (issue 17).

Each cut is checked against the reading it replaces, written out here as the base read it: the place scorer's
per-context values (`place_role.around`) against the per-candidate expressions `features` computed before, and
`features` with them against `features` alone; the qualifier side of a noun (now once per token and document)
against its uncached reading and the `tok.subtree` walk; the text of a name the event's grammar places
(`argument_places`) against the document's text."""

from __future__ import annotations

from frontwatch.events import place_role
from frontwatch.events import subtype_sides as ss
from frontwatch.events.argument_places import argument_places

PLACE_SENTENCES = [
    ("Government jets struck the Huriyah neighborhood of Baghdad and the town of Mandali in Diyala province.",
     "struck"),
    ("In Diyala province, five soldiers were killed near Mandali, 75 kilometers northeast of Baghdad.", "killed"),
    ("Activists said that warplanes bombed the al-Quds hospital in Aleppo and a market in Idlib on Monday.",
     "bombed"),
]

SIDE_SENTENCES = [
    "Kurdish-led forces and pro-government militiamen retook the town from opposition fighters.",
    "Turkish-backed rebels and Syrian army troops captured two villages near Aleppo.",
    "Druze fighters clashed with anti-government gunmen and Islamic Front forces on Monday.",
]


def _scored_context(nlp, geoparser, text: str, verb: str):
    """The real place decision of the trigger `verb` (events/extract.py's `places_for`) and a context over the
    candidates it scored, as `choose` hands them to `with_comparisons`."""
    from test_events_support import article

    from frontwatch.events.extract import EventExtractor
    from frontwatch.nlp.pipeline import sentences

    doc = nlp(text)
    tops = geoparser.parse_doc(doc, sentences(doc))
    head = next(t for t in doc if t.text == verb)
    ex = EventExtractor()
    ex.places_for(doc, article(text), tops, head.i)
    cands = [s.candidate for s in ex.last_place_scores]
    sent = head.sent
    return place_role.Context(head=head, trigger_tokens=[head.i], light_verb=None, clause_verb=head,
                              objects=[c.i for c in head.children if c.dep_ == "dobj"], locatives=[],
                              span_start=sent.start, span_end=sent.end, candidates=cands)


def test_around_holds_the_per_candidate_values_of_the_base(nlp, geoparser):
    """`around(ctx)` is what `features` computed per candidate before: the trigger's subtree and ancestors, the
    event's and places' tokens, each candidate's `_phrase_top`."""
    checked = 0
    for text, verb in PLACE_SENTENCES:
        ctx = _scored_context(nlp, geoparser, text, verb)
        assert len(ctx.candidates) >= 2, text
        doc = ctx.head.doc
        near = place_role.around(ctx)
        assert near.subtree == {t.i for t in ctx.head.subtree}
        assert near.above == {a.i for a in ctx.head.ancestors}
        assert near.event_tokens == {ctx.head.i, *ctx.trigger_tokens}
        assert near.place_tokens == {i for o in ctx.candidates for i in range(o.start, o.end)}
        for c in ctx.candidates:
            top, marks = place_role._phrase_top(doc[c.root], set(range(c.start, c.end)))
            assert near.tops[id(c)][0].i == top.i and near.tops[id(c)][1] == marks
            checked += 1
    assert checked >= 6


def test_features_with_the_context_values_equal_features_alone(nlp, geoparser):
    """Each candidate's features and host kind with `around` read once (as `with_comparisons` now does) are those
    `features` reads on its own, and `with_comparisons` gives every candidate the same row."""
    for text, verb in PLACE_SENTENCES:
        ctx = _scored_context(nlp, geoparser, text, verb)
        near = place_role.around(ctx)
        rows = place_role.with_comparisons(ctx)
        for (c, f, hk) in rows:
            alone, alone_hk = place_role.features(ctx, c)
            assert place_role.features(ctx, c, near) == (alone, alone_hk)
            assert hk == alone_hk
            assert {k: v for k, v in f.items() if k in alone} == alone
        assert any("locates_other" in f or "after_other_place" in f for _, f, _ in rows) or len(rows) < 2


def _walked_qualifier_side(tok):
    """`qualifier_side` as the base read it: a Token per word of the subtree."""
    import re

    left = [m for m in tok.subtree if m.i < tok.i]
    if not left:
        return None
    text = tok.doc[left[0].i:tok.i].text.lower()
    for side, pattern in ss._qualifier_patterns():
        if pattern.search(text):
            return side
    if re.search(r"\w-backed\b", text):
        return "nonstate"
    if any(m.ent_type_ == "NORP" and m.pos_ in ("ADJ", "PROPN") and not ss.national(m.text) for m in left):
        return "nonstate"
    return None


def test_qualifier_side_read_once_per_token_as_the_walk(nlp):
    found = set()
    for text in SIDE_SENTENCES:
        doc = nlp(text)
        for tok in doc:
            walked = _walked_qualifier_side(tok)
            assert ss._qualifier_side(tok) == walked
            assert ss.qualifier_side(tok) == walked
            assert ss.qualifier_side(tok) == walked  # the memo's answer, read again
            found.add(walked)
    assert {"state", "nonstate"} <= found  # 'pro-government militiamen', 'opposition fighters', 'Kurdish-led'


def test_side_of_reads_the_named_group_left_of_the_noun(nlp):
    """`side_of` reads the words left of the noun as indexes: a named group's men are its side."""
    from types import SimpleNamespace

    from frontwatch.nlp.doc_memo import doc_lemmas

    doc = nlp(SIDE_SENTENCES[2])
    lemmas = doc_lemmas(doc)
    forces = next(t for t in doc if t.text == "forces")
    islamic = next(t for t in doc if t.text == "Islamic")
    front = SimpleNamespace(start=islamic.i, end=forces.i, kind="rebel group")  # 'Islamic Front', left of 'forces'
    whole = SimpleNamespace(start=islamic.i, end=forces.i + 1, kind="rebel group")  # the phrase with 'forces'
    assert ss.side_of(forces, [front], lemmas) == "nonstate"  # a named group's own men
    assert ss.side_of(forces, [whole], lemmas) == "nonstate"  # the mention's own kind
    army = SimpleNamespace(start=islamic.i, end=forces.i, kind="state forces")  # a state's name left: not 'named'
    assert ss.side_of(forces, [army], lemmas) == ss.side_of(forces, [], lemmas)


def test_argument_place_text_is_the_documents_text(nlp):
    """A name the event's grammar places keeps the document's own text between its offsets."""
    doc = nlp("Rebels captured Birao and Ndele after fighting near Am Dafok.")
    sent = next(iter(doc.sents))
    found = argument_places(list(sent), {t.i for t in sent}, sent, {}, set(), None)
    assert found
    for t, a, b, _ in found:
        assert t.text == doc.text[t.start:t.end] == doc[a:b].text
