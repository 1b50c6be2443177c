"""When a pluperfect tells history and when it tells the report's own event.

Why: the extractor read every pluperfect not under a reporting verb as history ('had been
suppressed years ago'). In news the pluperfect is as often the report's event told from a
later point of its narrative ('Several residents had protested the plans', 'Both bomb attacks
had been aimed at police vehicles'): an ACLED coder codes those. The tense places the event
before a past reference time; which time is the sentence's to say:

* under a reporting verb, or after one in the same sentence (the parser may hang the verb
  of saying elsewhere: 'the coalition reported earlier on Friday it had conducted nine
  airstrikes'), the pluperfect is backshifted speech: the reported event;
* in a clause subordinate to another (a relative, adverbial or complement clause: 'forces
  which had advanced ... were driven back'), it is the background of that clause's report;
* with an adverb of earlier time ('had previously held', 'had once controlled'), history;
* otherwise, in the sentence's main clause with no date of its own, the report's event.

A date of the clause's own is judged against publication elsewhere (dates.is_background);
this rule is read only when there is none. The words are data (data/pluperfect.json).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json
from frontwatch.events.modality import REPORTED_SPEECH

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """data/pluperfect.json as read (its only loader)."""
    raw = data_json("pluperfect.json")
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def _speech(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTED_SPEECH


def _main_clause(verb: Token) -> bool:
    """The sentence's main clause: its root, or a clause coordinated with the root."""
    v = verb
    while v.dep_ == "conj" and v.head is not v:
        v = v.head
    return v.dep_ == "ROOT"


def pluperfect_is_history(verb: Token) -> bool:
    """True when a pluperfect clause with no date of its own tells history, not the report's event."""
    if any(_speech(a) for a in verb.ancestors):
        return False  # "said that it had shelled X": backshifted speech
    if any(_speech(t) for t in verb.sent if t.i < verb.i and t not in verb.subtree):
        return False  # a verb of saying before it in the sentence, wherever the parse hung it
    words = _words()
    if any(c.dep_ == "advmod" and c.lower_ in words["earlier_time_adverbs"] for c in verb.children):
        return True  # "had previously held", "had once controlled"
    if any(a.dep_ in words["subordinate_deps"] for a in [verb, *verb.ancestors]):
        return True  # the background of another clause's report
    return not _main_clause(verb)


__all__ = ["pluperfect_is_history"]
