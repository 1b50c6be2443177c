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

from frontwatch.events.subtype_features import cue_data, cues, patients

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OUT_OF_FIGHT = "victim=out_of_fight"
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


def victim_features(span: "Span", trigger_tokens: list[int]) -> list[str]:
    """`victim=out_of_fight` when a patient of the trigger (`subtype_features.patients`) is out of the fight."""
    return [OUT_OF_FIGHT] if any(out_of_fight(p) for p in patients(span, trigger_tokens)) else []
