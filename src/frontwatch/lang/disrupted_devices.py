"""A bomb defused, seized or destroyed is no explosion: 'саперы обезвредили взрывное устройство', 'изъято самодельное
взрывное устройство', 'la policía desactivó un artefacto explosivo', 'el yapımı patlayıcı imha edildi'.

Why: an explosive device's noun is a trigger of its own (an IED, a car bomb), so a sentence telling that police or
sappers made one harmless gave two events: the disrupted weapon (right) and a remote explosion that never went off.
The device noun that stands as the object of a verb disrupting weapons (a `weapons_disrupted` trigger: defuse,
destroy, intercept) or seizing goods (a `search` trigger: 'изъять', 'el koy-', 'incautar') is that verb's object,
not a blast; and a seizure whose object is such a device is itself a disrupted weapon, not a search for papers
(the lexicons' 'изъять взрывчатка' says so word by word; here the grammar does it for every device noun). Where the
object stands is grammar, read by the existing functions: after the verb in SVO languages, before it when the verb
is passive ('la bomba fue desactivada', 'изъято' is a short passive whose subject may follow too) and before it in a
verb-final language ('patlayıcı imha edildi'). The types are ontology's, so no word list is added.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word
from frontwatch.lang.object_senses import object_side
from frontwatch.lang.passive import is_passive
from frontwatch.lang.triggers import LangTrigger

DEVICE_WINDOW = 3  # words between the verb and its object's head ('изъято самодельное взрывное устройство': 0)
DISRUPTING = frozenset({"weapons_disrupted", "search"})


def disrupted_devices(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> tuple[set[int], set[int]]:
    """(explosive-device nouns that are a disrupting verb's object, seizure triggers whose object is such a device),
    as indices into `triggers`: the first are no explosion, the second are coded as a disrupted weapon."""
    verbs = [k for k, t in enumerate(triggers) if t.type in DISRUPTING and t.entry.pos == "V"]
    devices = [k for k, t in enumerate(triggers) if t.type == "explosive" and t.entry.pos == "N" and not t.entry.outcome]
    quiet: set[int] = set()
    seized: set[int] = set()
    for v in verbs:
        verb = triggers[v]
        side = object_side(verb, cues)
        passive = is_passive(verb, ws, cues)
        for d in devices:
            dev = triggers[d]
            after = verb.end <= dev.start and dev.start - verb.end <= DEVICE_WINDOW
            before = dev.end <= verb.start and verb.start - dev.end <= DEVICE_WINDOW
            if (after and (side == "after" or passive)) or (before and (side == "before" or passive)):
                quiet.add(d)
                if verb.type == "search":
                    seized.add(v)
    return quiet, seized


__all__ = ["disrupted_devices"]
