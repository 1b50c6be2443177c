"""One internal event scheme, with a fixed mapping to ACLED and PLOVER.

Why an internal scheme at all: triggers describe *what was said* ("bombed", "the fall
of X"), while ACLED and PLOVER describe *what happened* from different angles (ACLED
separates air strikes from shelling, PLOVER separates requests from rejections, and
ACLED has no category for diplomacy at all). Coding to one internal type and mapping
it twice keeps the two schemes consistent with each other and lets the lexicon stay
small. Where the right ACLED sub-event depends on *who* acted (a government retaking a
town vs. rebels taking it; bombs dropped by an air force vs. planted by militants),
`refine()` picks it from the actor kinds, following ACLED's codebook definitions.

ACLED names are spelled exactly as in the ACLED codebook; ACLED data is not used.
PLOVER types and modes follow the PLOVER manual / CAMEO2PLOVER table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Locate = Literal["site", "actor"]

# ACLED's 6 event types and 25 sub-event types (codebook spelling).
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

# ACLED codes one event per happening: within one sentence and place, a protest met with
# force is one 'Protest with intervention', not that and a 'Peaceful protest'; a battle that
# changed hands is the takeover, not also an 'Armed clash'. Most specific first.
ONE_PER_SENTENCE: dict[str, tuple[str, ...]] = {
    "Protests": ("Excessive force against protesters", "Protest with intervention", "Peaceful protest"),
    "Battles": ("Government regains territory", "Non-state actor overtakes territory", "Armed clash"),
}

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class EventType:
    """An internal event type and its fixed place in ACLED and PLOVER.

    `locate` says where such an event happens when the sentence gives no place of its
    own: at the site acted upon ("site": a strike, a deployment) or where the actor is
    ("actor": a statement or a rejection is made at home, not in the country it is
    about).
    """

    name: str
    description: str
    acled: tuple[str, str] | None
    plover: str | None
    plover_mode: str | None = None
    locate: Locate = "site"
    violent: bool = False


def _t(name, description, acled, plover, mode=None, locate: Locate = "site", violent=False) -> EventType:
    return EventType(name, description, acled, plover, mode, locate, violent)


_B, _E, _V = "Battles", "Explosions/Remote violence", "Violence against civilians"
_P, _R, _S = "Protests", "Riots", "Strategic developments"

TYPES: dict[str, EventType] = {
    t.name: t
    for t in (
        # Battles
        _t("armed_clash", "armed, organised groups fight; no change of control reported",
           (_B, "Armed clash"), "ASSAULT", "firearms", violent=True),
        _t("territory_regained", "government forces or their affiliates regain control of a place",
           (_B, "Government regains territory"), "ASSAULT", "occupy", violent=True),
        _t("territory_taken", "a non-state armed group takes control of a place",
           (_B, "Non-state actor overtakes territory"), "ASSAULT", "occupy", violent=True),
        # Explosions / remote violence
        _t("chemical_attack", "use of chemical weapons",
           (_E, "Chemical weapon"), "ASSAULT", "CBRN", violent=True),
        _t("air_strike", "bombing or missile fire from aircraft or drones",
           (_E, "Air/drone strike"), "ASSAULT", "aerial", violent=True),
        _t("suicide_bombing", "an attacker detonates explosives on themselves or a vehicle they drive",
           (_E, "Suicide bomb"), "ASSAULT", "suicide-attack", violent=True),
        _t("shelling", "artillery, mortar, rocket or missile fire from the ground or sea",
           (_E, "Shelling/artillery/missile attack"), "ASSAULT", "heavy-weapons", violent=True),
        _t("explosive", "remotely or timer detonated explosives: IEDs, landmines, car bombs",
           (_E, "Remote explosive/landmine/IED"), "ASSAULT", "explosives", violent=True),
        _t("grenade", "a grenade is thrown or launched",
           (_E, "Grenade"), "ASSAULT", "explosives", violent=True),
        # Violence against civilians
        _t("sexual_violence", "rape or other sexual violence",
           (_V, "Sexual violence"), "ASSAULT", "sexual", violent=True),
        _t("attack_civilians", "armed actors attack unarmed civilians",
           (_V, "Attack"), "ASSAULT", "firearms", violent=True),
        _t("abduction", "abduction, kidnapping, hostage-taking or forced disappearance",
           (_V, "Abduction/forced disappearance"), "ASSAULT", "abduct", violent=True),
        # Protests and riots
        _t("protest", "a non-violent demonstration",
           (_P, "Peaceful protest"), "PROTEST", "demo"),
        _t("protest_intervention", "a peaceful protest that authorities disperse, detain or suppress",
           (_P, "Protest with intervention"), "PROTEST", "demo"),
        _t("excessive_force", "lethal or severe force against peaceful protesters",
           (_P, "Excessive force against protesters"), "ASSAULT", "firearms", violent=True),
        _t("riot", "demonstrators engage in violence or destruction",
           (_R, "Violent demonstration"), "PROTEST", "riot", violent=True),
        _t("mob_violence", "a spontaneous violent crowd without a protest aim (lynching, vigilante)",
           (_R, "Mob violence"), "ASSAULT", "beat", violent=True),
        # Strategic developments
        _t("agreement", "parties agree: ceasefire, peace deal, prisoner exchange",
           (_S, "Agreement"), "AGREE"),
        _t("ceasefire", "a truce or ceasefire is declared or agreed",
           (_S, "Agreement"), "RETREAT", "ceasefire"),
        _t("arrest", "arrests or detentions by state forces",
           (_S, "Arrests"), "COERCE", "arrest"),
        _t("group_change", "groups merge, split, form, rename, defect or change leadership",
           (_S, "Change to group/activity"), None),
        _t("disarm", "a group lays down arms, demobilises or disbands",
           (_S, "Change to group/activity"), "RETREAT", "disarm"),
        _t("weapons_disrupted", "weapons intercepted, defused or seized before use",
           (_S, "Disrupted weapons use"), "COERCE", "confiscate"),
        _t("base_established", "an armed group establishes a base or headquarters",
           (_S, "Headquarters or base established"), "MOBILIZE", "troops"),
        _t("looting", "looting, arson or destruction of property",
           (_S, "Looting/property destruction"), "COERCE", "confiscate"),
        _t("territory_transfer", "control of a place changes hands without fighting",
           (_S, "Non-violent transfer of territory"), "RETREAT", "withdraw"),
        # ACLED codes deployments, withdrawals and curfews as a change to a group's activity
        _t("deployment", "troop movements, deployments, reinforcements, build-ups, alerts",
           (_S, "Change to group/activity"), "MOBILIZE", "troops"),
        _t("advance", "forces advance on or stand within reach of a place (front-line position)",
           (_S, "Other"), "MOBILIZE", "troops"),
        _t("retreat", "forces withdraw, retreat or redeploy away",
           (_S, "Change to group/activity"), "RETREAT", "withdraw"),
        _t("restriction", "curfews, states of emergency, blockades",
           (_S, "Change to group/activity"), "COERCE", "restrict"),
        # ACLED's residual strategic development: releases of captives, mass graves found, mutinies
        _t("release", "prisoners or hostages are released",
           (_S, "Other"), "RETREAT", "release"),
        _t("incident", "a significant non-violent incident: a mass grave found, a mutiny",
           (_S, "Other"), None),
        # Political and diplomatic events (ACLED does not code them)
        _t("evacuation", "civilians, diplomats or staff are evacuated",
           None, "RETREAT", "evacuate"),

        _t("request", "an actor urges, appeals, calls on or asks another",
           None, "REQUEST"),
        _t("consult", "talks, meetings, negotiations, visits, calls",
           None, "CONSULT", locate="site"),
        _t("statement", "a public statement by a political actor",
           None, "CONSULT", "statement", locate="actor"),
        _t("accuse", "accusations, condemnations, criticism",
           None, "ACCUSE", locate="actor"),
        _t("reject", "an actor rejects, refuses or rules out",
           None, "REJECT", locate="actor"),
        _t("threaten", "threats of force or of sanctions",
           None, "THREATEN", locate="actor"),
        _t("sanction", "sanctions, cutting ties, expelling diplomats",
           None, "SANCTION", locate="actor"),
        _t("support", "praise, endorsement, recognition",
           None, "SUPPORT", locate="actor"),
        _t("concede", "an actor yields to demands: resignations, concessions",
           None, "CONCEDE", locate="actor"),
        _t("search", "searches, seizures of documents, money or property by the authorities",
           None, "COERCE", "confiscate"),
        _t("cooperate", "military, economic or intelligence cooperation",
           None, "COOPERATE"),
        _t("aid", "humanitarian, economic or military aid is provided",
           None, "AID"),
    )
}

# Generic triggers whose ACLED type depends on the actors: resolved by `refine`.
GENERIC_TYPES: dict[str, str] = {
    "attack": "armed_clash",  # attack / kill / shoot / open fire
    "bombing": "air_strike",  # bomb (verb), bombing, bombardment
    "destruction": "looting",  # torch, burn, loot, destroy
    "strike": "air_strike",  # strike / hit / target (verbs): from the air unless a non-state group acts
    "march": "protest",  # people march in protest; troops march on a city
}


class UnknownEventType(KeyError):
    pass


def get(name: str) -> EventType:
    """The EventType for an internal name (generic names resolve to their default)."""
    key = GENERIC_TYPES.get(name, name)
    try:
        return TYPES[key]
    except KeyError:
        raise UnknownEventType(f"unknown event type {name!r}; known: {', '.join(sorted(TYPES))}") from None


def known(name: str) -> bool:
    return name in TYPES or name in GENERIC_TYPES


STATE_KINDS = frozenset({"state forces", "state", "government"})
# Types whose agent is the side LEAVING a place ('government troops withdrew'). When the sub-type model
# codes such a report as a change of territory, the side that left is not ACLED's actor1 (the side
# acquiring the place, see events/extract.py).
LEAVING = frozenset({"retreat"})
TAKEOVER_SUBTYPES = frozenset({"Non-violent transfer of territory", "Non-state actor overtakes territory",
                               "Government regains territory"})
ARMED_NON_STATE = frozenset({"rebel group", "political militia", "identity militia", "armed group"})
# Unorganised civilians who turn violent ("residents beat a suspected thief to death", "villagers torched
# the house") are ACLED's mob, not an armed side: Mob violence, not an Attack or Armed clash.
MOB_KINDS = frozenset({"mob", "civilians"})


def refine(name: str, agent_kind: str | None = None, target_kind: str | None = None) -> str:
    """Pick the concrete type for a trigger given who acted and who was acted upon.

    Follows ACLED's definitions: territory taken by government forces is "Government
    regains territory"; violence against unarmed civilians is "Attack", against
    protesters "Excessive force"; violence *by* protesters is a riot, by a mob "Mob
    violence"; bombs dropped by a state are air strikes, bombs set by non-state groups
    remote explosives.
    """
    if name == "territory_taken" and agent_kind in STATE_KINDS:
        return "territory_regained"
    if name == "territory_regained" and agent_kind in ARMED_NON_STATE:
        return "territory_taken"
    if name == "strike":
        # "Israeli jets struck Gaza", "the US struck targets": states strike from the air;
        # "gunmen struck a village" is an attack on the ground.
        if agent_kind in STATE_KINDS or agent_kind is None:
            return "air_strike"
        return refine("attack", agent_kind, target_kind)
    if name == "march":
        return "advance" if agent_kind in STATE_KINDS or agent_kind in ARMED_NON_STATE else "protest"
    if name == "bombing":
        if agent_kind in ARMED_NON_STATE or agent_kind in ("rioters", "protesters"):
            return "explosive"
        return "air_strike"
    if name in ("attack", "armed_clash", "destruction", "looting"):
        if agent_kind in ("protesters", "rioters"):
            return "riot"
        if agent_kind in MOB_KINDS:
            return "mob_violence"
    if name == "attack" or name == "armed_clash":
        if target_kind == "protesters":
            return "excessive_force"
        if target_kind == "civilians":
            return "attack_civilians"
        return "armed_clash"
    if name == "evacuation" and (agent_kind == "state forces" or agent_kind in ARMED_NON_STATE):
        return "retreat"  # an army evacuating its positions withdraws; an evacuation of civilians is no withdrawal
    if name == "arrest" and target_kind == "protesters":
        return "protest_intervention"
    if name in ("air_strike", "shelling", "explosive") and agent_kind in ("protesters", "rioters"):
        return "riot"
    return GENERIC_TYPES.get(name, name)


def acled_of(name: str) -> tuple[str, str] | None:
    return get(name).acled

