"""'Would' as the narrative past's future, not a condition.

Why: war reporting tells a day's events in sequence with 'would' ("Russian airstrikes would
lead the way today, hitting ...", "they would later execute all of their prisoners"). The
modality stage reads every 'would' not under a speech verb as a possibility and drops the
event as hypothetical, so these reported events were lost. The two readings differ in one
thing a sentence shows: the narrative 'would' is anchored in the time line (later,
subsequently, today, this morning, on Sunday) and carries no condition ('if', 'unless',
'otherwise') and no counterfactual perfect ('would have'). The words are data
(data/narrative_would.json).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """data/narrative_would.json as read (its only loader)."""
    raw = data_json("narrative_would.json")
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def narrative_would(verb: Token) -> bool:
    """True when the 'would' on this verb tells what happened next in a past narrative."""
    words = _words()
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False  # "would have seized": counterfactual
    sent = verb.sent
    if any(t.lower_ in words["condition_words"] for t in sent):
        return False
    if any(t.lower_ in words["future_words"] for t in sent):
        return False
    return any(t.lower_ in words["anchors"] for t in verb.subtree)


__all__ = ["narrative_would"]
