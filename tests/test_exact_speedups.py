"""The speed-ups of issue 17 change time, not answers: each fast path against the plain one it replaces."""

from __future__ import annotations

import random

import numpy as np

from frontwatch.events.actors import _match_at, _normal_words, default_dictionary, first_widths, normalize
from frontwatch.geo.theatre import build_theatre
from frontwatch.geometry import (
    NEAREST_ROWS_ERROR_KM, haversine_km, haversine_matrix_radians, nearest_km, nearest_rows_km, radians_with_cos,
)
from frontwatch.nlp.doc_memo import doc_ents, doc_lemmas, doc_text, span_ents, subtree_indexes


def test_nearest_km_is_the_plain_minimum_bit_for_bit() -> None:
    rng = random.Random(7)
    for _ in range(200):
        pts = [(rng.uniform(-80, 80), rng.uniform(-180, 180)) for _ in range(rng.randint(1, 30))]
        lat, lon = rng.uniform(-80, 80), rng.uniform(-180, 180)
        assert nearest_km(lat, lon, radians_with_cos(pts)) == min(haversine_km(lat, lon, *p) for p in pts)


def test_nearest_rows_km_stays_within_its_error_bound() -> None:
    rng = np.random.default_rng(5)
    a = np.radians(rng.uniform([30, 30], [40, 45], size=(300, 2)))
    b = np.radians(np.vstack([rng.uniform([30, 30], [40, 45], size=(200, 2)), a[:5], a[:5] + 1e-9]))
    exact = haversine_matrix_radians(a[:, 0], a[:, 1], b[:, 0], b[:, 1]).min(axis=1)
    approx = nearest_rows_km(a[:, 0], a[:, 1], b[:, 0], b[:, 1])
    assert np.max(np.abs(exact - approx)) <= NEAREST_ROWS_ERROR_KM


def test_normalising_tokens_apart_equals_normalising_them_joined() -> None:
    # _match_at builds window keys from per-token forms; this is what makes that exact.
    alphabet = ["a", "B", "É", "é", "-", "’", "'", ".", "\n", " ", "Σ", "ΟΔΟΣ", "al", "Assad", "U.S.", "ﬁ", "ß",
                "İ", "x\u0301", "\u0301", "ǅ", "—", "“"]
    rng = random.Random(1)
    for _ in range(20_000):
        toks = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 4))]
        assert normalize(" ".join(toks)) == " ".join(w for t in toks for w in _normal_words(t))


def _plain_match_at(span, i, d):
    """The look-up of every window, longest first, without per-token keys or pruning (hits only)."""
    doc = span.doc
    first = doc[i]
    if first.is_space or first.is_punct:
        return None
    cap = first.is_title or first.is_upper or not first.text[:1].isalpha()
    width = max(d.window(first.text, cap), d.window(first.lemma_, cap))
    hits = []
    for j in range(min(span.end, i + width), i, -1):
        texts = [t.text for t in doc[i:j]]
        entry = d.lookup(" ".join(texts))
        if entry is None and doc[j - 1].tag_ in ("NNS", "NNPS"):
            entry = d.lookup(" ".join([*texts[:-1], doc[j - 1].lemma_]))
        if entry is not None:
            hits.append((j, entry))
    return hits


def test_match_at_finds_what_plain_look_ups_find(nlp) -> None:  # noqa: F811
    d = default_dictionary()
    doc = nlp("Hayat Tahrir al-Sham fighters and the Syrian Arab Army clashed; U.S.-backed SDF forces, "
              "Jaysh al-Islam and Ahrar al-Sham rebels shelled Idlib, the Observatory said.")
    widths = first_widths(doc, d)
    found = 0
    for i in range(len(doc)):
        plain = _plain_match_at(doc[:], i, d)
        got = _match_at(doc[:], i, d)
        assert (widths[i] == 0) <= (not plain)  # a zero width never hides a hit
        if got is not None:
            found += 1
            assert got in plain  # the fast path returns one of the plain hits
    assert found >= 5


def test_theatre_memo_gives_the_same_rings_as_a_fresh_theatre() -> None:
    kw = dict(place_votes={"idlib": "SY", "aleppo": "SY", "mosul": "IQ"}, countries=["TR"], hint=["SY"],
              local_names=["idlib", "mosul"])
    used = build_theatre(**kw)
    for own in (None, "SY", "IQ", "TR"):
        for country in ("SY", "IQ", "TR", "LB", "FR", "US", None):
            for main in (False, True):
                assert used.ring(country, own, main) == build_theatre(**kw).ring(country, own, main)
            assert used.local_share(country, own) == build_theatre(**kw).local_share(country, own)
        assert used.strength(own) == build_theatre(**kw).strength(own)
    assert used == build_theatre(**kw)  # the memo is not part of equality


def test_doc_text_is_the_documents_text(nlp) -> None:  # noqa: F811
    a, b = nlp("Shelling hit Douma."), nlp("Rebels took Hama.")
    assert doc_text(a) == a.text and doc_text(b) == b.text and doc_text(a) == a.text


def test_document_memos_are_what_spacy_gives(nlp) -> None:  # noqa: F811
    a = nlp("Syrian army shelling hit Douma, Damascus, on Friday. Jaysh al-Islam said 5 civilians died in "
            "Eastern Ghouta.\n\nRussian jets struck Idlib, the Observatory said.")
    b = nlp("Rebels took Hama. The UN envoy Staffan de Mistura met officials in Geneva.")
    for doc in (a, b, a):  # a memo holds the last document only: switching back must not serve b's
        assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
        assert doc_lemmas(doc) == [t.lemma_.lower() if t.lemma_ else t.lower_ for t in doc]
        for tok in doc:
            assert subtree_indexes(tok) == [t.i for t in tok.subtree]
        # every span, including ones that cut an entity (where spaCy's walk stops)
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 12) + 1):
                span = doc[start:end]
                assert [(e.start, e.end) for e in span_ents(span)] == [(e.start, e.end) for e in span.ents]
