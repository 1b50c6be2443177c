"""Gazetteer names the geoparser refused, as places a trigger's requirement may be met by.

Why: a territory cue only fires when what it acts on is a place ('liberated Sinjar',
'freed Palmyra', 'the capture of Tel Hamis'). The small English model labels many such
names ORG or PERSON, and the resolver then keeps no toponym for them (below its
threshold: for the map, no place beats a wrong one), so the cue found no place argument
and the whole event was lost. The resolver still recorded the name's best gazetteer sense
(geo/refused.py). For the question 'is this argument a place at all?' that is evidence
enough when the name is no actor of the dictionary (a name the NER alone made a 'person' or
'organization' is the very mislabel), not a date or nationality, and its best sense scored
above zero (a bare 'March' or 'President' matches a gazetteer entry with no support).
Where the event is placed stays the place-role scorer's decision; this only lets the
trigger fire.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.geo.refused import refused_of

if TYPE_CHECKING:
    from spacy.tokens import Span

    from frontwatch.events.actors import ActorMention

# Entity labels that never name a place (the NER scheme's closed class).
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                              "LANGUAGE", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"})


def refused_place_tokens(span: Span, mentions: list[ActorMention]) -> set[int]:
    """Tokens of the sentence inside a refused gazetteer name that may count as a place argument."""
    doc = span.doc
    actor_tokens = {i for m in mentions if m.entry is not None for i in range(m.start, m.end)}
    out: set[int] = set()
    for t in refused_of(doc):
        if not t.score or t.score <= 0.0 or not (span.start_char <= t.start and t.end <= span.end_char):
            continue
        sp = doc.char_span(t.start, t.end, alignment_mode="expand")
        if sp is None or any(tok.i in actor_tokens or tok.ent_type_ in NOT_PLACE_LABELS for tok in sp):
            continue
        if not any(tok.pos_ == "PROPN" for tok in sp):
            continue
        out.update(range(sp.start, sp.end))
    return out


__all__ = ["refused_place_tokens"]
