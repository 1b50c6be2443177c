"""A protest that turned into violence is one riot: 'акция протеста переросла в столкновения с полицией'.

Why: the wire tells a violent demonstration as a protest noun, a verb of turning or ending ('перерасти в',
'вилитися в', 'degenerar en', 'dönüşmek', 'сопровождаться') and the violence after it ('столкновения',
'enfrentamientos', 'çatışmaya'). Read word by word, the sentence gives a peaceful protest and an armed clash, two
events of two wrong kinds; ACLED codes one event, a violent demonstration (Riots), since the clashing side is the
demonstrators themselves. The verbs are data, per language (cues `[scope] escalation`), as a grammar states them; a
language without the list is unchanged. The violence may follow the verb (SVO: 'переросла в столкновения') or stand
before it (verb-final Turkish: 'gösteri polisle çatışmaya dönüştü'), but always after the protest word.
"""

from __future__ import annotations

from frontwatch.events import ontology
from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.triggers import LangTrigger

PROTEST_TYPES = frozenset({"protest", "march"})  # the peaceful readings a protest word gets
ESCALATION_GAP = 8  # words from the protest word to its violence ('la protesta de los mineros en Oruro degeneró en')
VERB_AFTER = 1  # a verb-final verb of turning stands right after the violence's word ('çatışmaya dönüştü')


def escalations(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> tuple[set[int], set[int]]:
    """(protest triggers that turned into violence, violent triggers that are the protest's own violence), as indices
    into `triggers`: the first are no peaceful protest of their own, the second are coded as a riot."""
    if not cues.escalation:
        return set(), set()
    verbs = [(s, e) for s, e, *_ in cue_phrases(cues.lang, cues.escalation).find(ws)]
    if not verbs:
        return set(), set()
    turned: set[int] = set()
    violent: set[int] = set()
    for p, pt in enumerate(triggers):
        if pt.type not in PROTEST_TYPES:
            continue
        for v, vt in enumerate(triggers):
            if v == p or vt.start < pt.end or vt.start - pt.end > ESCALATION_GAP or vt.entry.outcome \
                    or not ontology.get(vt.type).violent:
                continue
            # the verb of turning between the protest and its violence, or right after the violence (verb-final)
            if any(pt.end <= s and e <= vt.start or vt.end <= s <= vt.end + VERB_AFTER - 1 for s, e in verbs):
                turned.add(p)
                violent.add(v)
    return turned, violent


__all__ = ["escalations"]
