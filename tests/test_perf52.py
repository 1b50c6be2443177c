"""perf52: the English path's geo recognition, capital actors and two sentence readings make a spaCy Token only for a
word a column test (or a dict look-up) lets through, and place choice reads the article's named country once per
trigger (issue 17). Output is meant not to change: each cut is checked against the reading it replaces (written out
here) on real parsed sentences."""

from __future__ import annotations

import pytest

from frontwatch.events import protest_acts as pa
from frontwatch.events import subtype_features as sf
from frontwatch.events.capital_actor import (
    _acting_subject,
    _described,
    capital_mentions,
)
from frontwatch.geo import locative
from frontwatch.geo import recognize as rc
from frontwatch.nlp.doc_memo import doc_lowers
from frontwatch.nlp.pipeline import sentences

TEXTS = [
    "Warplanes bombed villages such as Kafr Nabl and towns like Maarat al-Numan, and areas including Saraqib.",
    "The army shelled the town of Huwaysis in the east Homs countryside, near the villages of Aqrab and Taybat.",
    "Rebels seized Azaz, a town near the Turkish border, and the Al-Assad and Minyan suburbs.",
    "Syrian forces attacked Haritan's eastern perimeter and areas like ‘Ayn ‘Issa and Mas ‘Idyah.",
    "Damascus launched a new offensive on Sunday, and Ankara said it would respond.",
    "Government forces retook the village without a fight and without admitting losses.",
    "Police fired tear gas at protesters and dispersed the crowd of demonstrators in Cairo.",
    "Villages including: Tal Rifaat, Mennagh and Deir Jamal were hit by Russian strikes.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(text) for text in TEXTS]


def _walked_named_after_place_noun(doc, k: int, w) -> bool:
    """`_named_after_place_noun` as the base read it: every example phrase split per call, a Token per word."""
    for phrase in w.example_words:
        words_ = phrase.split()
        a = k - len(words_) + 1
        if a >= 1 and [t.lower_ for t in doc[a:k + 1]] == words_ and doc[a - 1].lower_ in w.list_nouns:
            return True
    return False


def test_named_after_place_noun_as_the_token_walk(docs):
    w = locative.words()
    found = 0
    for doc in docs:
        for k in range(len(doc)):
            got = locative._named_after_place_noun(doc, k, w)
            assert got == _walked_named_after_place_noun(doc, k, w), (doc.text, k)
            found += got
    assert found >= 4  # 'villages such as', 'towns like', 'areas including', 'areas like', 'Villages including:'
    # the phrases split once, by their last word, are the data file's phrases
    phrases = locative._example_phrases()
    assert sorted(" ".join(p) for ps in phrases.values() for p in ps) == sorted(w.example_words)
    assert all(p[-1] == last for last, ps in phrases.items() for p in ps)


def test_named_after_place_noun_reads_another_word_list(docs):
    """A word list other than the data file's (as a caller may build) is read as given, not from the cache."""
    w = locative.words()
    other = locative.LocativeWords(**{**w.__dict__, "example_words": frozenset({"among"}),
                                      "list_nouns": frozenset({"villages"})})
    doc = docs[0]
    for k in range(len(doc)):
        assert locative._named_after_place_noun(doc, k, other) == _walked_named_after_place_noun(doc, k, other)


def test_locative_roles_of_real_names(docs):
    """`locative_role` reads the words around a name from the lower-case column: the roles it gives the names of the
    sentences (each a Span of the recogniser's kind) are the ones the grammar says."""
    def role(doc, text: str) -> str | None:
        start = doc.text.index(text)
        return locative.locative_role(doc.char_span(start, start + len(text), alignment_mode="expand"))

    assert role(docs[0], "Kafr Nabl") == "place_noun"  # 'villages such as X'
    assert role(docs[0], "Saraqib") == "place_noun"  # 'areas including X'
    assert role(docs[1], "Huwaysis") == "place_noun"  # 'the town of X'
    assert role(docs[2], "Azaz") in ("territory", "place_noun")  # 'seized X', 'X, a town near'
    assert role(docs[3], "Haritan") == "place_noun"  # "X's eastern perimeter"
    assert doc_lowers(docs[3]) == [t.lower_ for t in docs[3]]


def _walked_ayn_joined(doc) -> list[tuple[int, int]]:
    """`_ayn_joined` as the base read it: the capital-word test (a Token) before the ayn test at every word."""
    out = []
    n = len(doc)
    i = 1
    while i < n:
        if not (rc._is_capital_word(doc[i]) and locative.ayn_before(doc, i)):
            i += 1
            continue
        a = i
        while a >= 2 and locative.ayn_before(doc, a) and rc._is_capital_word(doc[a - 2]) \
                and not doc[a - 2].is_sent_start:
            a -= 2
        b = i + 1
        while b < n and b - a < 8:
            if rc._is_capital_word(doc[b]) or rc._hyphen_article(doc, b):
                b += 1
            elif b + 1 < n and locative.ayn_before(doc, b + 1) and rc._is_capital_word(doc[b + 1]):
                b += 2
            else:
                break
        out.append((a, b))
        i = b
    return out


def test_ayn_joined_as_the_token_walk(nlp, docs):
    extra = nlp("In ‘Hart of Dixie’ the town of ‘Ibta and ‘Ayn ‘Issa near Al-Fijah, and ‘ lone marks ‘ here.")
    found = 0
    for doc in [*docs, extra]:
        got = [(s.start, s.end) for s in rc._ayn_joined(doc)]
        assert got == _walked_ayn_joined(doc), doc.text
        found += len(got)
    assert found >= 3  # '‘Ayn ‘Issa', 'Mas ‘Idyah', '‘Ibta'


def _walked_capital_mentions(span, place_at, mentions, d) -> list[tuple]:
    """`capital_mentions`' choice of words as the base read it: every token's subject test first."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for tok in span:
        if tok.i in taken or not _acting_subject(tok):
            continue
        t = place_at(tok.i)
        if t is None or t.derived or t.relative or t.place is None or t.place.feature_code != "PPLC":
            continue
        if _described(tok, t, place_at) or d.countries.get(t.place.country or "") is None:
            continue
        out.append(tok.i)
    return out


def test_capital_mentions_read_only_a_capitals_words(nlp, geoparser):
    from frontwatch.events.actors import default_dictionary
    from frontwatch.events.extract import _PlaceIndex

    d = default_dictionary()
    texts = ["Damascus launched a new offensive on Sunday, and Ankara said it would respond.",
             "Moscow warned Kyiv on Tuesday, while Baghdad rejected the claim and Aleppo residents fled.",
             "The Syrian capital Damascus condemned the strike."]
    seen = 0
    for text in texts:
        doc = nlp(text)
        pidx = _PlaceIndex(doc, geoparser.parse_doc(doc, sentences(doc)))
        for span in doc.sents:
            got = capital_mentions(span, pidx.at, [], d)
            assert [m.head for m in got] == _walked_capital_mentions(span, pidx.at, [], d)
            seen += len(got)
    assert seen >= 2  # 'Damascus launched', 'Moscow warned' act as their states


def test_capital_mentions_equal_the_walk_with_mentions_taken(nlp, geoparser):
    """A word inside an actor mention already found is skipped before anything else, as before."""
    from frontwatch.events.actors import default_dictionary
    from frontwatch.events.extract import _PlaceIndex

    d = default_dictionary()
    doc = nlp("Damascus launched a new offensive on Sunday.")
    pidx = _PlaceIndex(doc, geoparser.parse_doc(doc, sentences(doc)))
    span = next(iter(doc.sents))
    first = capital_mentions(span, pidx.at, [], d)
    assert first and first[0].head == 0
    assert capital_mentions(span, pidx.at, first, d) == []


def _walked_denial(span) -> tuple[str, ...]:
    from frontwatch.nlp.doc_memo import doc_lemmas

    lemmas = doc_lemmas(span.doc)
    out = []
    for t in span:
        if t.lower_ in sf.DENYING_WORDS and t.dep_ == "prep":
            obj = next((c for c in t.children if c.dep_ in ("pobj", "pcomp")), None)
            out.append(f"{t.lower_}={lemmas[obj.i] if obj is not None else '-'}")
    return tuple(out)


def test_denial_features_as_the_token_walk(docs):
    found = 0
    for doc in docs:
        for sent in doc.sents:
            assert sf._denial_features(sent) == _walked_denial(sent)
            assert sf.denial_features(sent) == list(_walked_denial(sent))
            found += len(_walked_denial(sent))
    assert found >= 1  # 'without a fight'


def _walked_targets(span):
    from frontwatch.nlp.doc_memo import doc_lemmas

    acts = pa.intervention_acts()
    lemmas = doc_lemmas(span.doc)
    targets = tuple((target, pa.protest_target(target))
                    for tok in span if lemmas[tok.i] in acts for target in pa.act_targets(tok))
    return targets, not all(p for _, p in targets) and any(pa.protest_target(t) for t in span)


def test_protest_act_targets_as_the_token_walk(nlp, docs):
    extra = [nlp("Security forces dispersed the protesters and arrested dozens of students in Tehran."),
             nlp("Riot police used tear gas to disperse a sit-in outside parliament.")]
    acts = 0
    for doc in [*docs, *extra]:
        for sent in doc.sents:
            got, walked = pa._read_targets(sent), _walked_targets(sent)
            assert [(t.i, p) for t, p in got[0]] == [(t.i, p) for t, p in walked[0]]
            assert got[1] == walked[1]
            acts += len(got[0])
    assert acts >= 2


def test_place_choice_keeps_the_articles_country(extract):
    """`_choose_places` reads the article's named country once for the place roles and the chosen names: an argument
    name with no point is still put in the country the article names (`_in_country`), and a town keeps its own."""
    recs = extract(["Syrian government forces shelled the town of Kafr Nabl in Idlib province in Syria on Monday, "
                    "killing five civilians."])[0]
    placed = [e for e in recs if (e.get("acled") or {}).get("event_type")]
    assert placed
    assert all((e.get("location") or {}).get("country") in ("SY", "Syria", None) for e in placed)


def test_sentence_initial_as_spacys_sentence(nlp):
    """`_context` tells a span that opens its sentence from its first token's flag, as `span.sent.start` told it: every
    span of up to three words of a few documents (a headline line, quotes, a sentence after a line break)."""
    texts = ["Aleppo shelled\n\nRebels said on Monday that “Homs was hit” and (Hama) too. Idlib burned.",
             *TEXTS[:3]]
    checked = opening = 0
    for text in texts:
        doc = nlp(text)
        sents = sentences(doc)
        for i in range(len(doc)):
            for j in range(i + 1, min(len(doc), i + 3) + 1):
                span = doc[i:j]
                raw_before = doc[i - 1] if i > 0 else None
                walked = span.start == span.sent.start or (raw_before is not None and raw_before.is_punct
                                                           and raw_before.text in "“\"'(")
                assert rc._context(doc, span, "GPE", sents).sentence_initial == walked, (text, i, j)
                checked += 1
                opening += walked
    assert checked > 100 and opening >= 6
