"""A demand or refusal made in a lawsuit is civil litigation, not an act between political actors.

Why: the guideline counts civil and commercial litigation (a firm suing a ministry, a prosecutor's land
claim, tender disputes) as no event (docs/annotation/multilingual-events.md §2), yet a claim is told with
the verbs of demanding and refusing: 'у позові вона вимагає визнати її переможцем' (in its suit it demands),
'до суду звернулися міськрада та Інспекція, які вимагали визнати право власності', 'прокурор попросив
стягнути 3,28 млн грн пені', 'суд відмовив у позові'. What tells the litigation is a word of the civil suit
near the verb (cues `[scope] lawsuit`: the suit, the claim, going to court, recovering a sum), as a coder
reads the sentence's frame. Only the types a claim is told with are read (cues `lawsuit_types`: request,
reject); a criminal court's acts (an arrest, a seizure, a charge, a conviction) are other types and stay.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.proximity import any_within
from frontwatch.lang.triggers import LangTrigger

SUIT_WINDOW = 10  # words between a suit word and the verb ('до суду звернулися міськрада та Інспекція ДАБК, які вимагали')


def civil_claims(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of demands and refusals near a word of a civil suit."""
    if not cues.lawsuit or not any(t.type in cues.lawsuit_types for t in triggers):
        return set()
    suits = cue_phrases(cues.lang, cues.lawsuit).find(ws)
    return {k for k, t in enumerate(triggers) if t.type in cues.lawsuit_types
            and any_within((t.start, t.end), suits, SUIT_WINDOW, side="either", inclusive=True, overlap=True)}


__all__ = ["civil_claims"]
