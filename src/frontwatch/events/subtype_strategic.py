"""Where a strategic answer names violence, or a violent answer a strategic development (sub49).

Why: the strategic and non-violent sub-types share their words with violent ones. 'Foiled' is the word of a
Disrupted weapons use and of an assault beaten off; 'destroyed' and 'burned' of Looting/property destruction and of
people burned to death; 'bombing' of an Air/drone strike and of a bombing stopped for a truce; a planted device of an
IED and of one made safe. The model follows the word. The guideline (docs/annotation/subtypes.md section 4) draws
each line by what happened: an assault repelled is an Armed clash, a device made safe a Disrupted weapons use,
property destruction is Looting only "with no one attacked", a ceasefire taking effect is an Agreement.

Pure functions of the sub-type features (events/subtype_features.py, `subtype_model.features`), applied in
`subtype_rules.codebook_subtype`; the words are data/subtype_strategic.json's lists and data/subtype_cues.json's.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from frontwatch.data_files import word_lists
from frontwatch.events.subtype_features import cue_data
from frontwatch.events.subtype_features import feature_values as _values

ARMED_CLASH, ATTACK, AGREEMENT = "Armed clash", "Attack", "Agreement"
DISRUPTED, LOOTING = "Disrupted weapons use", "Looting/property destruction"
IED = "Remote explosive/landmine/IED"
# Violent answers a stopped bombing or fight is read as (the trigger is the violence's own word).
STOPPED_FROM = frozenset({ARMED_CLASH, "Air/drone strike", "Shelling/artillery/missile attack"})
# Where the cessation word governs the violence: its complement ('stopped bombing') or object ('halted the offensive').
_CESSATION_DEPS = ("xcomp", "dobj")


def _lists() -> dict[str, frozenset[str]]:
    return word_lists("subtype_strategic.json")


@lru_cache(maxsize=None)
def _cue_words(key: str) -> frozenset[str]:
    """A word list of data/subtype_cues.json as a set, made once (the rules ask for each answer of each event)."""
    return frozenset(cue_data()[key])


def _means_named(feats: list[str]) -> bool:
    """A means of attack named in the sentence (a drone, a shell, a grenade, a bomb): then a foiled attack is that
    means prevented, the guideline's Disrupted weapons use, not an assault beaten off."""
    return any(f in _means_features() for f in feats)


@lru_cache(maxsize=1)
def _means_features() -> frozenset[str]:
    return frozenset({f"cue={c}" for c in cue_data()["attack_means_cues"]} | {"cue=explosive"})


def foiled_assault(subtype: str, feats: Iterable[str]) -> str:
    """An assault foiled is a fight, not a weapon's use disrupted: a Disrupted weapons use answer whose trigger is a
    foiling word ('foil', 'thwart': data/subtype_cues.json "foiling_words") with an assault for its object
    ("foiled an attack launched by al-Nusra Front terrorists against a number of military posts", "their forces
    foiled the massive ... assault, killing ...": data/subtype_strategic.json "assault_objects"), in a sentence
    naming no means of attack (a bomb, a strike, a shell: then the means was prevented) and no arrest (a plot
    foiled by arrests) is an Armed clash, the guideline's 'repelled assaults'."""
    feats = list(feats)
    if subtype != DISRUPTED or not _values(feats, "trig=") & _cue_words("foiling_words"):
        return subtype
    if not _values(feats, "obj@t=") & _lists()["assault_objects"] or _means_named(feats):
        return subtype
    if _values(feats, "w=") & (_cue_words("arrest_verbs") | _cue_words("taking_verbs")):
        return subtype
    return ARMED_CLASH


def device_made_safe(subtype: str, feats: Iterable[str]) -> str:
    """A device made safe is a Disrupted weapons use, not the device's explosion: an IED answer in a sentence with a
    word of making a device safe (data/subtype_strategic.json "making_safe_words": "dismantled scores of explosive
    devices and mines left behind", "Russian sappers continued the mine clearance operation") and no word that the
    device went off (data/subtype_cues.json "explosion_words") or hurt anyone ("casualty_words"). The rules and the
    model read the device's word and give the explosion's type."""
    feats = list(feats)
    if subtype != IED:
        return subtype
    words = _values(feats, "w=")
    if not words & _lists()["making_safe_words"]:
        return subtype
    if words & (_cue_words("explosion_words") | _cue_words("casualty_words") | _cue_words("killing_words")):
        return subtype
    return DISRUPTED


def weapons_destroyed(subtype: str, feats: Iterable[str]) -> str:
    """Weapons destroyed are a weapon's use disrupted, not property destroyed: a Looting/property destruction answer
    whose trigger is a word of destroying (data/subtype_strategic.json "destruction_words"; not a raid, and not a
    taking: a group seizing arms is looting goods, `subtype_rules.goods_taken`) and whose object is a store or a stock
    of arms (data/subtype_cues.json "munitions_store_words", "munitions_words", "arsenal_words": "destroyed warehouses
    with the IS's weapons and military equipment") in a sentence naming munitions, with no killing told, is Disrupted
    weapons use (the guideline: "weapons cache seized")."""
    feats = list(feats)
    if subtype != LOOTING or not _values(feats, "trig=") & _lists()["destruction_words"]:
        return subtype
    munitions = _cue_words("munitions_words") | _cue_words("arsenal_words")
    if not _values(feats, "obj@t=") & (munitions | _cue_words("munitions_store_words")):
        return subtype
    words = _values(feats, "w=")
    if not words & munitions or words & _cue_words("killing_words"):
        return subtype
    return DISRUPTED


def _burning_of_people(feats: list[str]) -> bool:
    """The trigger is a word of burning (data/subtype_cues.json "burn_words") whose patient is a person: 'to death' or
    'alive' told with it, or a personal pronoun as its object ("burned_people_markers": "were burned to death",
    "grabbed six men ... and burned them"; sub50)."""
    if not {v.split()[0] for v in _values(feats, "trig=")} & _cue_words("burn_words"):
        return False
    return bool(_cue_words("burned_people_markers") & set(feats))


def people_burned(subtype: str, feats: Iterable[str]) -> str:
    """Property destruction that hurts people is an attack on people; the guideline's Looting is destruction "with no
    one attacked". A Looting/property destruction answer is an Attack when people are the patient of its burning
    (`_burning_of_people`, sub50) or when the sentence tells a killing (data/subtype_cues.json "killing_words":
    "thirteen members of a family ... were burned to death", "a criminal arson attack ... 30 of those killed"; sub49)
    unless it names armed people and no civilians (the dead may be fighters, the killing a fight's: the sentence's
    cue classes `cue=armed`, `cue=civilian`). Who did it still decides after (a crowd's is Mob violence by the crowd
    rules, aircraft's an Air/drone strike)."""
    feats = list(feats)
    if subtype != LOOTING:
        return subtype
    if _burning_of_people(feats):
        return ATTACK
    if not _values(feats, "w=") & _cue_words("killing_words"):
        return subtype
    if "cue=armed" in feats and "cue=civilian" not in feats:
        return subtype  # the dead may be fighters ("hideouts were destroyed and ... terrorists were killed"): a fight
    return ATTACK


def violence_stopped(subtype: str, feats: Iterable[str]) -> str:
    """Violence told as stopped is a ceasefire taking effect, an Agreement: a fight or remote-violence answer whose
    trigger is governed by a word of cessation (data/subtype_strategic.json "cessation_words"), as its complement or
    object ("had stopped bombing Aleppo to pave the way for an eight-hour truce": `head:xcomp=stop`) or as the 'of'
    phrase of the main verb's object ("announced a three-hour daily halt of fighting": `head:pobj=of`, `obj@v=halt`),
    the cessation word not under a denial (`w=`) and the stop not denied ('never stopped shelling the town' is
    shelling: the denial reaches the trigger, `w_denied=`)."""
    feats = list(feats)
    if subtype not in STOPPED_FROM:
        return subtype
    stop = _lists()["cessation_words"] & _values(feats, "w=")
    if not stop or _values(feats, "trig=") & _values(feats, "w_denied="):
        return subtype
    governed = any(f"head:{dep}={w}" in feats for dep in _CESSATION_DEPS for w in stop)
    of_phrase = "head:pobj=of" in feats and "obj_mod=of" in feats and bool(_values(feats, "obj@v=") & stop)
    return AGREEMENT if governed or of_phrase else subtype


def strategic_subtype(subtype: str, feats: Iterable[str]) -> str:
    """The answer after this module's rules, each of which moves only its own answers."""
    feats = list(feats)
    sub = foiled_assault(device_made_safe(subtype, feats), feats)
    return violence_stopped(people_burned(weapons_destroyed(sub, feats), feats), feats)
