"""Political acts told of people and things outside politics: a coach's critics, a scientist's warning.

Why: the guideline (docs/annotation/multilingual-events.md §2-§3) counts a statement, a meeting or
a request only as an act between political actors; economy, sport, culture, science, health and
everyday news are negatives. The words of those acts ('κριτική', 'προειδοποίησε', 'επίσκεψη',
'respaldo', 'поддержал') are the same in both, and the tune parts, whose statements are
politicians', cannot tell them apart. What an ACLED coder reads instead is who acts: a sentence that
names someone by a non-political role (a scientist, a professor, an actor, an investor, a client,
a patient, a pupil: cues `[scope] lay_domain`; roles, not topics: a union asking the ministry for
vaccinations is politics) and no political or armed
actor (a government, an army, an armed group, an IGO: lang/event_actors.py; a union, a party, a
parliament or a mayor: cues `civic_bodies`, which the actor list does not hold) tells no
political event with those words. Violent and ACLED types keep their own conditions: an attack on
a professor is an attack.
"""

from __future__ import annotations

from frontwatch.events import ontology
from frontwatch.lang.cues import Cues
from frontwatch.lang.event_actors import LangActor
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.triggers import LangTrigger

# actor kinds that are no political speaker: the people an act is done to, crowds, the press
NOT_POLITICAL = frozenset({"civilians", "protesters", "rioters", "mob", "media"})
ARMED = frozenset({"state forces", "rebel group", "armed group", "political militia", "identity militia"})


def political_actor(actors: list[LangActor]) -> bool:
    """Does the sentence name a political or armed actor (a state by its country word counts)?"""
    return any(a.kind and a.kind not in NOT_POLITICAL for a in actors)


def armed_actor(actors: list[LangActor]) -> bool:
    """Does the sentence name an armed actor: an army, the police, a rebel group, a militia?"""
    return any(a.kind in ARMED for a in actors)


def lay_triggers(triggers: list[LangTrigger], ws: list[Word], cues: Cues, actors: list[LangActor]) -> set[int]:
    """Indices (into `triggers`) of political-only triggers (PLOVER, no ACLED type, not violent) in a
    sentence that names a non-political role or domain (cues `lay_domain`) and no political actor."""
    if not cues.lay_domain:
        return set()
    roles = cue_phrases(cues.lang, cues.lay_domain).find(ws)
    if not roles or political_actor([a for a in actors if not _within(a, roles)]):
        return set()
    if cues.civic_bodies and cue_phrases(cues.lang, cues.civic_bodies).find(ws):
        return set()  # a union, a party, a parliament, a mayor: political actors the actor list does not hold
    return {k for k, t in enumerate(triggers) if _of_words(t.type)}


def _within(actor: LangActor, roles: list[tuple[int, int, list[int], object]]) -> bool:
    """Is the actor's word part of a lay role's phrase ('رئيس النادي', the club's president): the role names a
    lay person, and its head word alone ('رئيس', president) is no head of state there."""
    return any(start <= actor.start and actor.end <= end for start, end, _, _ in roles)


def _of_words(event_type: str) -> bool:
    """A political act of words or meeting (PLOVER, no ACLED type, not violent, not the state's coercion:
    a search or a seizure is done by the authorities whoever else the sentence names)."""
    t = ontology.get(event_type)
    return not t.violent and not t.acled and t.plover != "COERCE"
