"""A verb's object decides its sense: 'поддерживает контакт' maintains contact, it backs no one.

Why: some trigger verbs have a second, everyday sense that the object tells apart, as a dictionary
lists it: Russian 'поддерживать' and Ukrainian 'підтримувати' back a side ('поддержал
резолюцию') but maintain contact, ties or relations ('поддерживает регулярный контакт',
'підтримував зв’язки'); a word of that kind right after the verb (within OBJECT_WINDOW words:
the verb, an adjective, the noun) is the object, and no support between actors is told. The
object words are data, per trigger type (cues `[scope.object_senses]`), as a linguist would state
the sense; a language without the table is unchanged. mlB25's social_ills is the same reading for
fight words, kept apart as its list is shared with other readings.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.proximity import any_within
from frontwatch.lang.triggers import LangTrigger

OBJECT_WINDOW = 3  # the verb's object within this many words after it ('поддерживает регулярный контакт')


def other_senses(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of triggers whose object, right after them, gives them another sense."""
    out: set[int] = set()
    for event_type, objects in cues.object_senses.items():
        verbs = [k for k, t in enumerate(triggers) if t.type == event_type]
        if not verbs or not objects:
            continue
        hits = cue_phrases(cues.lang, objects).find(ws)
        out |= {k for k in verbs
                if any_within((triggers[k].start, triggers[k].end), hits, OBJECT_WINDOW, side="after")}
    return out


__all__ = ["other_senses"]
