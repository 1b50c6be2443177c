"""Which events the sub-type model may retype: not those told in a time adjunct; and which are told
as the support of another clause's event ("backed by air strikes": marked, the model may retype them).

Why: the model is trained on each labelled sentence's *main* event (the one an ACLED coder
codes, docs/annotation/subtypes.md section 2: the main clause), but the pipeline applies it to
every event it finds. An event inside a time adjunct ("Since the fall of Aleppo last week,
government forces have been collapsing"; "after rebels took the town, ...") is the background
of another clause, a shape the model never saw labelled: there its words are the main
clause's ('collapsing' made it a group change, 2026-12-05). Such an event keeps the rules'
answer, at run time and in training alike (scripts/train_subtypes.py: its example is the
rules' answer, never trained on). The opening words are data (data/subtype_cues.json,
"time_adjunct_openers").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.events.subtype_features import cue_data

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

TIME_OPENERS = frozenset(cue_data()["time_adjunct_openers"])
ADJUNCT_FEATURE = "scope=time_adjunct"  # the feature that marks such an event (subtype_model.features)
SUPPORT_VERBS = frozenset(cue_data()["support_verbs"])
SUPPORT_NOUNS = frozenset(cue_data()["support_nouns"])
SUPPORT_FEATURE = "scope=support"  # an event told as the support of another clause's (not scoped: the model may retype it)
MAX_UP = 8  # dependency steps from the trigger to the sentence's root read at most


def _opens_time_adjunct(tok: "Token") -> bool:
    """A preposition of time over its object ('since [the fall]'), or a clause a time word
    subordinates ('[after] rebels took the town' -> took)."""
    if tok.dep_ == "prep" and tok.lower_ in TIME_OPENERS:
        return True
    return tok.dep_ in ("advcl", "pcomp", "pobj") and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("mark", "prep", "advmod") and c.lower_ in TIME_OPENERS and c.i < tok.i for c in tok.children)


def in_time_adjunct(span: "Span", trigger_tokens: list[int]) -> bool:
    """Whether the trigger sits inside a time adjunct of another clause: some word on its
    path up to the sentence's root opens one (the root itself never does)."""
    if not trigger_tokens:
        return False
    trig = set(trigger_tokens)
    toks = [span.doc[i] for i in trigger_tokens]
    t = next((x for x in toks if x.head.i not in trig or x.head.i == x.i), toks[0])
    for _ in range(MAX_UP):
        if t.head.i == t.i:
            return False
        if _opens_time_adjunct(t):
            return True
        t = t.head
    return False


def in_support_phrase(span: Span, trigger_tokens: list[int]) -> bool:
    """Whether the trigger is told as the support of another clause's event: the agent of a
    support verb ("troops [backed by Russian air strikes] stormed the town", "assisted by coalition
    air strikes") or the object of a support noun ("with the support of warplanes", "under artillery
    cover"). Why: the rules may take the strike for the sentence's event, where a coder codes the
    battle it supports (docs/annotation/subtypes.md section 2, the main clause); the model reads this
    feature and may retype the event (it is not held to its family as a time adjunct is)."""
    if not trigger_tokens:
        return False
    trig = set(trigger_tokens)
    toks = [span.doc[i] for i in trigger_tokens]
    t = next((x for x in toks if x.head.i not in trig or x.head.i == x.i), toks[0])
    for _ in range(4):
        h = t.head
        if h.i == t.i:
            return False
        lemma = h.lemma_.lower()
        if t.dep_ == "pobj" and h.dep_ == "agent" and h.head.lemma_.lower() in SUPPORT_VERBS:
            return True  # "backed [by] air strikes"
        if lemma in SUPPORT_NOUNS and h.pos_ == "NOUN" and t.dep_ in ("compound", "amod", "prep", "pobj", "poss"):
            return True  # "air cover", "the support of warplanes"
        if t.dep_ == "pobj" and h.dep_ == "prep" and h.head.lemma_.lower() in SUPPORT_NOUNS:
            return True  # "with the support [of] jets"
        t = h
    return False
