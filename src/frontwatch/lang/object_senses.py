"""A verb's object decides its sense: 'поддерживает контакт' maintains contact, it backs no one.

Why: some trigger verbs have a second, everyday sense that the object tells apart, as a dictionary
lists it: Russian 'поддерживать' and Ukrainian 'підтримувати' back a side ('поддержал
резолюцию') but maintain contact, ties or relations ('поддерживает регулярный контакт',
'підтримував зв’язки'); a word of that kind right after the verb (within OBJECT_WINDOW words:
the verb, an adjective, the noun) is the object, and no support between actors is told. The
object words are data, per trigger type (cues `[scope.object_senses]`), as a linguist would state
the sense; a language without the table is unchanged. mlB25's social_ills is the same reading for
fight words, kept apart as its list is shared with other readings. (mlT47) In a verb-final language
(Persian) the object stands before its verb ('شکایت خود را پس گرفت', withdrew his complaint: no town
retaken), so a verb's object is looked for there; a noun's complement still follows it.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_scope import VERB_FINAL, VERB_FIRST
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.proximity import any_within
from frontwatch.lang.triggers import LangTrigger

OBJECT_WINDOW = 3  # the verb's object within this many words after it ('поддерживает регулярный контакт')
# (mlT47) before a verb-final verb the object phrase may hold a locative between its head and the verb ('شکایت خود را
# در تهران پس گرفت': complaint, own, object marker, in, Tehran)
OBJECT_WINDOW_BEFORE = 6
# (mlT47) after a verb-initial verb (Arabic VSO) the subject stands before the object ('سيطرت فرق الإطفاء على الحريق':
# controlled, teams, fire-fighting, on, the fire)
OBJECT_WINDOW_VSO = 5


def other_senses(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of triggers whose object (right after them; before a verb-final verb) gives them
    another sense."""
    out: set[int] = set()
    for event_type, objects in cues.object_senses.items():
        verbs = [k for k, t in enumerate(triggers) if t.type == event_type]
        if not verbs or not objects:
            continue
        hits = cue_phrases(cues.lang, objects).find(ws)
        out |= {k for k in verbs if _object_near(triggers[k], hits, cues)}
    return out


def object_side(trigger: LangTrigger, cues: Cues) -> str:
    """Where a trigger's object stands: before a verb of a verb-final language, after anything else."""
    return "before" if trigger.entry.pos == "V" and cues.lang in VERB_FINAL else "after"


def _object_near(trigger: LangTrigger, hits: list, cues: Cues) -> bool:
    """Does an object word of another sense stand where the trigger's object stands (its side and window)?"""
    side = object_side(trigger, cues)
    window = OBJECT_WINDOW_BEFORE if side == "before" else \
        OBJECT_WINDOW_VSO if trigger.entry.pos == "V" and cues.lang in VERB_FIRST else OBJECT_WINDOW
    return any_within((trigger.start, trigger.end), hits, window, side=side)


__all__ = ["object_side", "other_senses"]
