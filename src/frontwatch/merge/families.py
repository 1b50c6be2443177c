"""Event type families: which reports can describe the same happening.

Outlets code the same happening differently (one says "clashes", one "fighting", one
names the sub-type), so stories compare coarse families rather than exact types. The
family comes from the ACLED sub-event type first (the most specific shared scheme), then
PLOVER, and only then from keywords in the internal event_type, which other stages may
rename at will.

A repelled assault belongs to the `takeover` family: it is the failed branch of the same
contest for a place, and keeping it there is what lets a story flag "one outlet says
captured, another says repelled". `outcome()` tells the branches apart.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from frontwatch.merge.records import evidence_text

TAKEOVER_SUBTYPES = {
    "non-state actor overtakes territory": "opposition",
    "government regains territory": "government",
    "non-violent transfer of territory": None,
}

_ACLED_SUB: dict[str, str] = {
    **{k: "takeover" for k in TAKEOVER_SUBTYPES},
    "armed clash": "clash",
    "air/drone strike": "air_strike",
    "shelling/artillery/missile attack": "shelling",
    "remote explosive/landmine/ied": "explosion",
    "suicide bomb": "explosion",
    "grenade": "explosion",
    "chemical weapon": "chemical",
    "attack": "attack_civilians",
    "abduction/forced disappearance": "abduction",
    "sexual violence": "sexual_violence",
    "peaceful protest": "protest",
    "protest with intervention": "protest",
    "excessive force against protesters": "protest",
    "violent demonstration": "riot",
    "mob violence": "riot",
    "agreement": "agreement",
    "arrests": "arrests",
    "change to group/activity": "change_group",
    "disrupted weapons use": "disrupted_weapons",
    "headquarters or base established": "base_established",
    "looting/property destruction": "looting",
}
_ACLED_TYPE: dict[str, str] = {
    "battles": "clash",
    "explosions/remote violence": "explosion",
    "violence against civilians": "attack_civilians",
    "protests": "protest",
    "riots": "riot",
}
# PLOVER types broad enough that the internal type may say more (ASSAULT covers strikes,
# shelling, raids and captures alike).
_BROAD_PLOVER = {"ASSAULT", "COERCE"}

# Internal event_type keywords, most specific first. Hand-written because the internal
# names belong to another stage; this only needs to survive renames, not be complete.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"captur|takeover|take_over|seiz|overt[ao]k|regain|recaptur|control|fall|liberat", "takeover"),
    (r"repel|repuls", "takeover"),
    (r"air|drone|bomb", "air_strike"),
    (r"shell|artiller|missile|rocket|mortar", "shelling"),
    (r"explos|ied|mine|suicide|grenade", "explosion"),
    (r"clash|battle|fight|combat|assault|offensive|raid", "clash"),
    (r"protest|demonstrat|rally|march", "protest"),
    (r"riot|mob", "riot"),
    (r"kill|massacre|execut|attack", "attack_civilians"),
    (r"abduct|kidnap", "abduction"),
    (r"arrest|detain", "arrests"),
    (r"mobili|reinforc|deploy|advance|mass", "mobilize"),
    (r"retreat|withdraw|redeploy", "retreat"),
)

REPELLED = re.compile(
    r"\b(?:repel\w*|repuls\w*|thwart\w*|foil\w*|fended off|fend\w* off|beat(?:en)? back|pushed back|"
    r"push(?:ed|ing)? back|drove back|driven back|failed|unsuccessful)\b",
    re.IGNORECASE,
)

VIOLENT_FAMILIES = frozenset({"takeover", "clash", "air_strike", "shelling", "explosion", "chemical"})
MILITARY_FAMILIES = VIOLENT_FAMILIES | {"mobilize", "retreat", "base_established", "assault"}


def _lower(value: Any) -> str:
    return value.strip().lower() if isinstance(value, str) else ""


def acled_of(event: dict[str, Any]) -> tuple[str, str]:
    """(event_type, sub_event_type) from the `acled` dict, lower-cased, '' when absent."""
    acled = event.get("acled") if isinstance(event.get("acled"), dict) else {}
    return _lower(acled.get("event_type")), _lower(acled.get("sub_event_type"))


def _keyword_family(name: str) -> str | None:
    for pattern, family in _KEYWORDS:
        if re.search(pattern, name):
            return family
    return None


def type_family(event: dict[str, Any]) -> str:
    """The family a report belongs to: 'takeover', 'air_strike', 'shelling', 'clash', 'protest', ...

    Armed clashes whose evidence says the attack was repelled count as 'takeover' (see
    module docstring). Unknown types fall back to the internal name, so nothing is lost.
    """
    acled = event.get("acled") if isinstance(event.get("acled"), dict) else {}
    family = _coded_family(_str(acled.get("event_type")), _str(acled.get("sub_event_type")),
                           _str(event.get("event_type")), _str(event.get("plover")))
    if family in ("clash", "assault"):
        internal = _lower(event.get("event_type"))
        if REPELLED.search(f"{internal.replace('_', ' ')} {evidence_text(event)}"):
            family = "takeover"
    return family


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


@lru_cache(maxsize=4096)
def _coded_family(acled_type: str | None, acled_sub: str | None, internal: str | None, plover: str | None) -> str:
    """The family from the codes alone (cached: a store holds a few dozen combinations, read 100,000s of times)."""
    acled_type, acled_sub, internal = _lower(acled_type), _lower(acled_sub), _lower(internal)
    plover = _lower(plover).upper()
    family = _ACLED_SUB.get(acled_sub)
    if family is None and plover and plover not in _BROAD_PLOVER:
        family = plover.lower()
    if family is None:
        family = _keyword_family(internal) or _ACLED_TYPE.get(acled_type)
    if family is None:
        family = plover.lower() or internal or "other"
    return family


def outcome(event: dict[str, Any], family: str | None = None) -> str | None:
    """For the takeover family: 'captured' or 'repelled' (None for other families).

    A coded takeover sub-type is trusted unless the internal type itself says the attack
    was repelled; evidence wording is consulted only for reports not coded as takeovers.
    `family` is the event's `type_family`, when the caller has it already.
    """
    if (family if family is not None else type_family(event)) != "takeover":
        return None
    _, sub = acled_of(event)
    internal = _lower(event.get("event_type"))
    if REPELLED.search(internal.replace("_", " ")):
        return "repelled"
    if sub in TAKEOVER_SUBTYPES:
        return "captured"
    return "repelled" if REPELLED.search(evidence_text(event)) else "captured"


# Every family name a story can carry (what /stories?type= may ask for besides the ontology's names).
FAMILY_NAMES = frozenset(_ACLED_SUB.values()) | frozenset(_ACLED_TYPE.values()) \
    | frozenset(f for _, f in _KEYWORDS) | MILITARY_FAMILIES
