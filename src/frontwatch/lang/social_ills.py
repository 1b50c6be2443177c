"""A fight against a social ill is a policy, not a battle: 'combatir el terrorismo', 'combate el contrabando'.

Why: the words of fighting ('combatir', 'μάχη', 'боротися', 'сражаться') take an armed enemy in war
news and a phenomenon in all other news: crime, corruption, smuggling, poverty, disease, forest fires
(cues `[scope] social_ills`). An ACLED coder reads the object: with such a noun right after the
trigger (within OBJECT_WINDOW words: 'ha combatido el terrorismo', 'combate contra la corrupción',
'μάχη κατά της διαφθοράς'), no clash is told.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.proximity import any_within
from frontwatch.lang.triggers import LangTrigger

OBJECT_WINDOW = 3  # the trigger, a preposition ('contra', 'κατά', 'с'), an article, the noun
FIGHT_TYPES = frozenset({"armed_clash"})  # not attacks: "an attack of the narco gangs" has its doer after it


def fights_against_ills(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of fight triggers whose object, right after them, is a social ill."""
    if not cues.social_ills:
        return set()
    hits = cue_phrases(cues.lang, cues.social_ills).find(ws)
    return {k for k, t in enumerate(triggers) if t.type in FIGHT_TYPES
            and any_within((t.start, t.end), hits, OBJECT_WINDOW, side="after")}
