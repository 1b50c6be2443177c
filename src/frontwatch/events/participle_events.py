"""Gerunds hung on a noun that report an event, not a description of the noun.

Why: the trigger finder drops a gerund parsed as a reduced relative ('rebels fighting
Assad', 'a man accused of theft'): it tells who someone is, not what happened. One
grammatical frame breaks that rule: the noun is what a verb of perception or showing saw
('footage showed officers raiding homes', 'witnesses saw gunmen shooting at cars'); the
gerund is the scene seen, an event. (A gerund of an activity such as 'students protesting
fees were dispersed' is left out: the sentence's main verb tells that event, and a second
reading of it would outrank the intervention.) The verbs are data (data/participle_events.json).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """data/participle_events.json as read (its only loader)."""
    raw = json.loads((resources.files("frontwatch") / "data" / "participle_events.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def reported_gerund(head: "Token") -> bool:
    """True when a gerund in a reduced relative ('acl', VBG) reports the event a perception verb saw."""
    if head.tag_ != "VBG" or head.dep_ != "acl":
        return False
    words = _words()
    noun = head.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in words["perception_verbs"]


__all__ = ["reported_gerund"]
