"""The word lists of data/actor_fill.json (its only loader), read by the actor completion
(events/actor_fill.py); a module of its own so that other actor readers can share them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from frontwatch.data_files import data_json


@dataclass(frozen=True)
class Words:
    victim_verbs: frozenset[str]  # a civilians mention attached to one of these is the harmed side
    victim_deps: frozenset[str]
    subject_path_deps: frozenset[str]  # links from the trigger up to the verb whose subject acts
    held_words: frozenset[str]  # "rebel-held": the side holding the place hit, not the attacker
    taking_part_verbs: frozenset[str]  # "X is engaged in a battle": X is a side of the battle
    ally_verbs: frozenset[str]  # "backed by X": X is an ally of the side acting, not that side
    count_nouns: frozenset[str]  # "dozens of civilians": the count word carries the civilians' role
    blame_verbs: dict[str, str]  # "blames on X", "attributed to X": verb lemma -> the preposition naming the doer
    claim_verbs: frozenset[str]  # "X claimed responsibility for the attack": X is the doer
    claim_nouns: frozenset[str]
    accuse_verbs: dict[str, str]  # "accused X of the attack": verb lemma -> the preposition naming X's act
    siege_words: frozenset[str] = frozenset()  # "besieged by X": X surrounds the place, it does not hold it
    harm_head_nouns: frozenset[str] = frozenset()  # "civilian lives": with the words of death and injury, a toll noun
    effect_nouns: frozenset[str] = frozenset()  # "cases of asphyxiation among civilians": harm a weapon does the body
    effect_preps: frozenset[str] = frozenset()  # "among", "for": the preposition naming who suffered the harm
    act_kind_words: frozenset[str] = frozenset()  # "a terrorist bombing": what kind of act, not who did it
    name_particles: frozenset[str] = frozenset()  # "al-Nusra": an article the name goes on from through a hyphen
    maker_words: frozenset[str] = frozenset()  # "Russian-made": the country made or gave the weapon, it does not use it
    ally_prefixes: frozenset[str] = frozenset()  # "pro-Russian separatists": not Russia's rebels
    allegiance_words: frozenset[str] = frozenset()  # "fighters loyal to the government": the state's side
    state_roles: tuple[str, ...] = ()  # "president of": a person whose role this starts stands for the state
    # "Turkey shot down a Russian jet": non-violent sub-types whose target is named through what it holds (act47)
    holding_target_subtypes: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def actor_fill_data() -> dict:
    """data/actor_fill.json, read once (its only reader; events/actor_roles.py builds its lists from it too)."""
    return data_json("actor_fill.json")


@lru_cache(maxsize=1)
def words() -> Words:
    """The actor completion's lists of data/actor_fill.json."""
    raw = actor_fill_data()
    return Words(frozenset(raw["victim_verbs"]), frozenset(raw["victim_deps"]), frozenset(raw["subject_path_deps"]),
                 frozenset(raw["held_words"]), frozenset(raw["taking_part_verbs"]),
                 frozenset(raw["ally_verbs"]), frozenset(raw["count_nouns"]), dict(raw["blame_verbs"]),
                 frozenset(raw["claim_verbs"]), frozenset(raw["claim_nouns"]), dict(raw.get("accuse_verbs", {})),
                 frozenset(raw.get("siege_words", ())), frozenset(raw.get("harm_head_nouns", ())),
                 frozenset(raw.get("effect_nouns", ())), frozenset(raw.get("effect_preps", ())),
                 frozenset(raw.get("act_kind_words", ())), frozenset(raw.get("name_particles", ())),
                 frozenset(raw.get("maker_words", ())), frozenset(raw.get("ally_prefixes", ())),
                 frozenset(raw.get("allegiance_words", ())), tuple(raw.get("state_roles", ())),
                 frozenset(raw.get("holding_target_subtypes", ())))
