"""A warning is a threat only when it warns of coercion: 'advirtió de que el precio puede caer' forecasts.

Why: the verbs of warning ('advertir', 'предупредить', 'попередити', 'προειδοποιώ') tell a threat when the
speaker announces force, sanctions or a response of its own ('warned that it would respond', 'предупредил
о последствиях'), and a forecast in all other news: a health agency warning of a disease, farmers' unions
warning that prices may fall, a governor's adviser warning of people leaving the region. The guideline's
threat is one "of force, of sanctions, of leaving an agreement", so the reading asks for a word of coercion
in the sentence (cues `[scope] coercion`: force, sanctions, measures, a response, consequences, the police
or the courts, military action); a warning word (trigger flag `warning`) in a sentence without one is no
event. Verbs of threatening ('amenazar', 'пригрозить') carry no flag and stay threats. Languages without
the list (ar, fa, tr, fr) are unchanged.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.triggers import LangTrigger


def forecasts(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of warning words in a sentence that names no coercion."""
    if not cues.coercion or not any(t.entry.warning for t in triggers):
        return set()
    if cue_phrases(cues.lang, cues.coercion).find(ws):
        return set()
    return {k for k, t in enumerate(triggers) if t.entry.warning}


__all__ = ["forecasts"]
