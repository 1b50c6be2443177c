"""Participles hung on a noun that report an event, not a description of the noun.

Why: the trigger finder drops a gerund parsed as a reduced relative ('rebels fighting
Assad', 'a man accused of theft'): it tells who someone is, not what happened. One
grammatical frame breaks that rule: the noun is what a verb of perception or showing saw
('footage showed officers raiding homes', 'witnesses saw gunmen shooting at cars'); the
gerund is the scene seen, an event. (A gerund of an activity such as 'students protesting
fees were dispersed' is left out: the sentence's main verb tells that event, and a second
reading of it would outrank the intervention.) The verbs are data (data/participle_events.json).

The same holds for a past participle anchored as an event is: with its own date or its own
agent ('the plane downed on Thursday', 'a convoy intercepted by the navy'), it tells what
was done then and by whom, where a bare one ('a man accused of theft') only describes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """data/participle_events.json as read (its only loader)."""
    raw = data_json("participle_events.json")
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def reported_participle(head: Token) -> bool:
    """True when a participle in a reduced relative ('acl') reports an event: a gerund a perception
    verb saw, or a past participle with its own date or agent."""
    if head.dep_ != "acl":
        return False
    if head.tag_ == "VBN":
        return any(c.dep_ == "agent" or (c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "advmod"))
                   or (c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children))
                   for c in head.children)
    if head.tag_ != "VBG":
        return False
    words = _words()
    noun = head.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in words["perception_verbs"]


__all__ = ["reported_participle"]
