"""Words that introduce where someone went or where something was held ('a', 'в', 'до', 'en').

Why: the event coder's locative cue list (cues `locative`) holds only words that mark a setting
('en', 'в', 'на'); the Spanish 'a' of 'visita oficial a Hungría' is left out there because it also
marks persons ('pidió a Chávez'). A country right after a visit or talks, behind such a
preposition of the toponym path (data/lang/<lang>.toml `preps`: in, to, into), is where they went.
"""

from __future__ import annotations

from frontwatch.lang.event_tokens import Word, lower
from frontwatch.lang.resources import load

GOALS = frozenset({"in", "to", "into", "towards"})


def goal_prepositions(ws: list[Word], lang: str) -> frozenset[int]:
    """Indices of the words that the language's toponym prepositions map to a setting or a goal."""
    preps = {lower(k, lang) for k, v in load(lang).preps.items() if v in GOALS}
    return frozenset(w.i for w in ws if lower(w.text, lang) in preps)


__all__ = ["goal_prepositions"]
