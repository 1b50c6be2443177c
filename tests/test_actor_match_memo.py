"""`_match_at`'s per-document memo (issue 17): the geoparser's whole-document pass and the
event coder's sentence passes share matches, and each answer is the one the unmemoised
match gives for that span. Sentences written for this test; the dictionary is the packaged one."""

from __future__ import annotations


from frontwatch.events import actors
from frontwatch.events.actors import (
    _match_at,
    _match_in,
    default_dictionary,
    find_mentions,
    first_widths,
    named_actors,
)

TEXT = ("The Army of Conquest and the Free Syrian Army shelled the town. Fighters of Faylaq al-Sham "
        "held it against the Syrian Arab Army. Rebels said the Islamic State attacked the Army. "
        "Hezbollah and Jaysh al-Islam clashed near the Iraqi Army")


def test_memoised_matches_are_the_unmemoised_ones_for_every_span(nlp):  # noqa: F811
    d = default_dictionary()
    doc = nlp(TEXT)
    widths = first_widths(doc, d)
    whole = doc[:]
    # the sentences, and spans cut at every token (inside names too: 'the Free Syrian | Army')
    spans = [whole, *doc.sents, *(doc[0:k] for k in range(1, len(doc)))]
    assert len(list(doc.sents)) >= 4
    hits = 0
    for _ in range(2):  # the second round answers from the memo
        for span in spans:  # the whole document first: its matches are the ones shared
            for i in range(span.start, span.end):
                got = _match_at(span, i, d)
                assert got == (_match_in(span, i, d, widths[i]) if widths[i] else None)
                hits += got is not None
    assert hits >= 10
    # a match at a sentence's last words is the sentence's own: cut at its end
    last = list(doc.sents)[-1]
    assert _match_at(last, last.end - 2, d) == _match_in(last, last.end - 2, d, widths[last.end - 2])


def test_the_memo_is_shared_across_passes_and_dropped_with_the_document(nlp):  # noqa: F811
    d = default_dictionary()
    doc = nlp(TEXT)
    named_actors(doc, d)
    kept = dict(actors._MATCHES[3])
    assert actors._MATCHES[0] is doc and kept  # the whole-document pass filled it
    mentions = [m for s in doc.sents for m in find_mentions(s, d)]
    assert mentions and set(kept.items()) <= set(actors._MATCHES[3].items())
    other = nlp("Hezbollah fighters crossed the border.")
    find_mentions(other[:], d)
    assert actors._MATCHES[0] is other and all(k[0] < len(other) for k in actors._MATCHES[3])
