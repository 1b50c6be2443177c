"""Complete an event's two actors where the trigger's frame leaves them empty or wrong.

Why after the frame: the parse finds the agent and patient of the trigger word only
("killed" in "175 ISIS members were killed in the army's offensive" has no agent), while
an ACLED analyst codes the event from the whole sentence. The rules follow the ACLED
codebook, not any one outlet:

* civilians are never actor 1 of political violence (they are its victims: actor 2); a
  protest's actor 1 is protesters, a riot's rioters;
* an explosion no group is named for (a bomb, a suicide bomber, a grenade) is the act of
  an "Unidentified Armed Group (<country>)";
* when one side is known and the sentence names exactly one other armed side (or
  civilians as the victims), that is the other actor; when neither is known, the armed
  side named with "by" ("in strikes by the army") is actor 1.

Pure: actors and mentions in, actors out. Called once from events/extract.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.events.actors import ActorDictionary, ActorMention, for_event
from frontwatch.model import Actor

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
UNCLAIMED_EXPLOSIONS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})
ARMED_KINDS = frozenset({"state forces", "rebel group", "political militia", "identity militia", "armed group"})
CROWD_KIND = {"Protests": "protesters", "Riots": "rioters"}


def _generic(d: ActorDictionary, kind: str, country: str | None, text: str) -> Actor | None:
    """The generic actor of a kind for a country ('Civilians (Syria)'), None without a template."""
    template = d.templates.get(kind)
    if template is None:
        return None
    return Actor(name=template.canonical(d.country_name(country)), text=text, kind=kind, country=country)


def _by_agent(m: ActorMention, doc) -> bool:
    """'by the army', 'by Russian jets': a mention governed by 'by'."""
    head = doc[m.head]
    return (head.dep_ == "pobj" and head.head.lower_ == "by") or (m.start > 0 and doc[m.start - 1].lower_ == "by")


def _others(mentions: Sequence[ActorMention], taken: Sequence[ActorMention | None], kinds: frozenset[str],
            names: set[str]) -> list[ActorMention]:
    spans = {(m.start, m.end) for m in taken if m is not None}
    return [m for m in mentions if m.kind in kinds and (m.start, m.end) not in spans and m.actor.name not in names]


def complete(agent: Actor | None, patient: Actor | None, *, event_type: str | None, sub_type: str | None,
             mentions: Sequence[ActorMention], agent_m: ActorMention | None, patient_m: ActorMention | None,
             doc, d: ActorDictionary, country: str | None, trigger_text: str = "") -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) of one event after the codebook's defaults (see the module docstring)."""
    if event_type in CROWD_KIND and agent is not None and agent.kind == "civilians":
        crowd = _generic(d, CROWD_KIND[event_type], agent.country or country, agent.text)
        return crowd or agent, patient
    if event_type not in VIOLENT_TYPES:
        return agent, patient
    if agent is not None and agent.kind == "civilians":
        if patient is None or patient.kind == "civilians":
            patient, patient_m = agent, agent_m
        agent, agent_m = None, None
    names = {a.name for a in (agent, patient) if a is not None}
    if agent is None:
        armed = _others(mentions, (patient_m,), ARMED_KINDS, names)
        by = [m for m in armed if _by_agent(m, doc)]
        pick = by[0] if by else (armed[0] if len(armed) == 1 and patient is not None else None)
        if pick is not None:
            agent, agent_m = for_event(pick, d, violent=True), pick
            names.add(agent.name)
    if agent is None and sub_type in UNCLAIMED_EXPLOSIONS:
        agent = _generic(d, "armed group", country, trigger_text)
    if patient is None and agent is not None:
        victims = _others(mentions, (agent_m,), frozenset({"civilians"}), set())
        armed = _others(mentions, (agent_m,), ARMED_KINDS, names)
        if victims:
            patient = for_event(victims[0], d, violent=True)
        elif len(armed) == 1:
            patient = for_event(armed[0], d, violent=True)
    return agent, patient
