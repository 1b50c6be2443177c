"""An act not allowed or prevented did not happen: 'gösteri yapılmasına izin vermedi' (did not allow a demonstration).

Why: a verb-final language puts the act that is allowed, stopped or forbidden before the verb that governs it, as a
verbal noun ('yapılmasına', 'saldırmasını', cues `[modality] verbal_noun`); the trigger reads as told, though what
the sentence tells is that it was kept from happening. An ACLED coder codes no demonstration that the police did
not permit (the police's own act, if any, is told by its own words: 'kimse gözaltına alınmadı'). Data: cues
`[modality] prevented`, the governing verbs of refusal and prevention ('izin vermedi', 'engelledi'), matched in
the next PREVENT_WINDOW words after the trigger. The verbal noun is the trigger's last word or the light verb right
after a noun trigger ('yürüyüş yapmasını engelledi').
"""

from __future__ import annotations

import re

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases, lower
from frontwatch.lang.proximity import any_within
from frontwatch.lang.triggers import LangTrigger

PREVENT_WINDOW = 2  # the verbal noun, then the governing phrase ('izin vermedi') or one word before it


def prevented_acts(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of triggers written as a verbal noun that a verb of refusal or prevention governs."""
    if not cues.prevented or not cues.verbal_noun:
        return set()
    hits = cue_phrases(cues.lang, cues.prevented).find(ws)
    if not hits:
        return set()
    return {k for k, t in enumerate(triggers)
            if any(re.search(cues.verbal_noun, lower(ws[i].text, cues.lang)) for i in (t.end - 1, t.end) if i < len(ws))
            and any_within((t.start, t.end), hits, PREVENT_WINDOW, side="after")}
