"""Whether the people an event hit were out of the fight: a soldier or police officer off duty, retired, unarmed or
held captive ("gunmen shot dead an off-duty police officer", "a sniper opened fire on his vehicle, killing the retired
officer").

Why: the codebook draws the line between an Armed clash and an Attack by the target's readiness to fight, not by its
uniform: an Attack is violence on people who cannot fight back (docs/annotation/subtypes.md sections 4-5, 27). The
actor layer and the cue words read 'officer' and 'soldier' as an armed side, so the rules and the model code their
killing a clash; the modifier that takes them out of the fight is read here. The words are data
(data/subtype_cues.json "out_of_fight_modifiers"); the feature is the codebook rules' only
(`FEATURE_PREFIXES`, `subtype_model.RULES_ONLY`; events/subtype_rules.unarmed_victims reads it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.events.subtype_features import cue_data, cues, denied_indexes, patients

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OUT_OF_FIGHT = "victim=out_of_fight"
CIVILIAN_OFFICE = "victim=civilian_office"  # a patient holds a civilian office (section 62)
FOUGHT_BACK = "victim=fought_back"  # the sentence tells fire returned (section 62)
FEATURE_PREFIXES = ("victim=",)


@lru_cache(maxsize=1)
def _out_of_fight_pattern() -> re.Pattern[str]:
    words = sorted(cue_data()["out_of_fight_modifiers"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def modifier_text(noun: "Token") -> str:
    """The words before a noun inside its own phrase, lower case, a hyphen read as a space: "an off-duty police
    officer" -> "an off duty police" (the parser splits 'off-duty' three ways and hangs it in several)."""
    words = [t.lower_ for t in noun.doc[noun.left_edge.i:noun.i] if t.text != "-"]
    return " ".join(w.replace("-", " ") for w in words)


def out_of_fight(noun: "Token") -> bool:
    """Whether the noun names a member of a fighting side (a word of the armed cue class: soldier, officer,
    policeman, fighter) whom a modifier takes out of the fight ("off-duty", "retired", "unarmed", "captured"); "the
    recently captured village" is no person."""
    return cues().get(noun.lemma_.lower()) == "armed" and bool(_out_of_fight_pattern().search(modifier_text(noun)))


def civilian_office(noun: "Token") -> bool:
    """Whether the noun names a holder of a civilian office ("two city council officials", "a lawmaker", "the
    mayor"; data "civilian_office_words") whose own phrase does not make the office a fighting side's ("security
    officials", "a senior military official", "officials of the police": "armed_office_modifiers"). Section 62."""
    data = cue_data()
    if noun.lemma_.lower() not in data["civilian_office_words"]:
        return False
    words = set(modifier_text(noun).split())
    words.update(g.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for h in c.children if h.dep_ == "pobj" for g in h.subtree)
    return not words & set(data["armed_office_modifiers"])


def fought_back(span: "Span") -> bool:
    """Whether the sentence tells a side firing back, not under a denial: "when U.S. forces returned fire" (a verb
    of "return_fire_verbs" with an object of "return_fire_objects"), "the guards fired back", "shot back", "fought
    back" (a verb of "fire_back_verbs" with the particle 'back'). The target of the act was then armed and fought:
    the codebook's Armed clash, not an Attack on people who do not fight back (section 62)."""
    data = cue_data()
    denied = denied_indexes(span)
    for t in span:
        if t.i in denied or any(c.dep_ == "neg" for c in t.children):  # "did not return fire"
            continue
        lemma = t.lemma_.lower()
        if lemma in data["return_fire_verbs"] and any(
                c.dep_ == "dobj" and c.lemma_.lower() in data["return_fire_objects"] for c in t.children):
            return True
        if lemma in data["return_fire_objects"] and any(  # "returned fire" parsed as a modifier of the noun
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in data["return_fire_verbs"] for c in t.children):
            return True
        if lemma in data["fire_back_verbs"] and any(
                c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in t.children):
            return True
    return False


def victim_features(span: "Span", trigger_tokens: list[int]) -> list[str]:
    """`victim=out_of_fight` when a patient of the trigger (`subtype_features.patients`) is out of the fight;
    `victim=civilian_office` when one holds a civilian office and none is of the armed or base cue class (section 62:
    "killed two city council officials and a former parliamentarian"; not "stormed the police post, killing the
    mayor"); `victim=fought_back` when the sentence tells fire
    returned (`fought_back`)."""
    found = patients(span, trigger_tokens)
    feats = [OUT_OF_FIGHT] if any(out_of_fight(p) for p in found) else []
    if any(civilian_office(p) for p in found) and not any(cues().get(p.lemma_.lower()) in ("armed", "base")
                                                          for p in found):  # no fighter or post hit too
        feats.append(CIVILIAN_OFFICE)
    if fought_back(span):
        feats.append(FOUGHT_BACK)
    return feats
