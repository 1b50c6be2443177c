"""Coups and mutinies as the codebook's 'Other' (docs/annotation/subtypes.md section 51, sub45).

Why: a coup is told with the words of a capture ("soldiers seize power") or of a fight ("no fighting was reported"),
and a mutiny with those of soldiers taking a place ("mutinous soldiers seize barracks") or of shooting ("the standoff
ended without shooting"). The rules and the model read them as ground regained by the government or an Armed clash.
The ACLED codebook and the guideline code a state's own soldiers seizing power, removing the head of state or refusing
orders, when no fighting is told, as Other (a significant strategic development fitting no other type): no ground
changes hands between sides and no battle is fought. Pure functions of the sub-type features
(events/subtype_features.py); the words are data/subtype_cues.json's "about_sub45" lists.
"""

from __future__ import annotations

from collections.abc import Iterable

from frontwatch.events.subtype_features import cue_data, cues
from frontwatch.events.subtype_features import feature_values as _values

OTHER = "Other"
# The answers a coup or mutiny is read as: ground taken (the soldiers' 'seize'), a fight or an attack (their shooting).
COUP_FROM = frozenset({"Armed clash", "Attack", "Government regains territory", "Non-state actor overtakes territory"})


def _words(key: str) -> frozenset[str]:
    return frozenset(cue_data()[key])


TAKING_VERBS = _words("taking_verbs")
POWER_WORDS = _words("power_words")
MUTINY_WORDS = _words("mutiny_words")
HEAD_OF_STATE_WORDS = _words("head_of_state_words")
REMOVAL_VERBS = _words("removal_verbs") | _words("arrest_verbs")
ORDER_REFUSAL_VERBS = _words("order_refusal_verbs")
ORDER_WORDS = _words("order_words")
# A fight or a harm told as having happened: the killing, casualty and two-sided fight words and the lethal cue class.
HARM_WORDS = (_words("killing_words") | _words("casualty_words") | _words("two_sided_fight_words")
              | frozenset(w for w, c in cues().items() if c == "lethal"))


def _trigger_denied(feats: list[str], triggers: set[str]) -> bool:
    """The answer's own event is told as absent: its trigger negated ("no fighting was reported": `negated`) or
    governed by a word of absence ("ended without shooting": `without=`)."""
    return "negated" in feats or bool(_values(feats, "without=") & triggers)


def coup_told(feats: Iterable[str]) -> bool:
    """Whether the sentence tells a coup or a mutiny: (a) a taking whose object is power ("soldiers seize power");
    (b) a doer who is a mutineer or named a mutinous one ("mutinous soldiers seize barracks", "mutineers took the
    armoury"); (c) where the answer's own event is told as absent, the sentence's words tell one: a word of a coup or
    mutiny, the removal or detention of a head of state ("announced they had removed the president ...; no fighting
    was reported"), or a refusal of orders ("soldiers refused orders ...; the standoff ended without shooting")."""
    feats = list(feats)
    triggers = _values(feats, "trig=")
    if triggers & TAKING_VERBS and _values(feats, "obj@t=") & POWER_WORDS:
        return True
    if (_values(feats, "subj@t=") | _values(feats, "subj_mod=")) & MUTINY_WORDS:
        return True
    if not _trigger_denied(feats, triggers):
        return False
    words = _values(feats, "w=")
    return bool(words & MUTINY_WORDS or (words & HEAD_OF_STATE_WORDS and words & REMOVAL_VERBS)
                or (words & ORDER_REFUSAL_VERBS and words & ORDER_WORDS))


def coup_or_mutiny(subtype: str, feats: Iterable[str]) -> str:
    """A coup or mutiny told with no fighting is Other (see module docstring): an answer of ground taken, a fight or an
    attack (`COUP_FROM`) in a sentence that tells a coup or mutiny (`coup_told`) and no harm or fight as having happened
    (`HARM_WORDS` among the sentence's words, `w=`, less the answer's own trigger when that is told as absent). A coup
    told with killing or fighting ("soldiers and the guard fought for the palace, killing five") stays the fight."""
    if subtype not in COUP_FROM:
        return subtype
    feats = list(feats)
    if not coup_told(feats):
        return subtype
    words = _values(feats, "w=")
    triggers = _values(feats, "trig=")
    if _trigger_denied(feats, triggers):
        words -= triggers
    if words & HARM_WORDS:
        return subtype
    return OTHER
