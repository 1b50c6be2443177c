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
    from collections.abc import Iterator

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


def _path_up(span: "Span", trigger_tokens: list[int]) -> "Iterator[Token]":
    """The words on the trigger's path up to the sentence's root, from the trigger's own top word, the root
    left out, at most MAX_UP of them: where an adjunct holding the trigger opens, if one does."""
    if not trigger_tokens:
        return
    trig = set(trigger_tokens)
    toks = [span.doc[i] for i in trigger_tokens]
    t = next((x for x in toks if x.head.i not in trig or x.head.i == x.i), toks[0])
    for _ in range(MAX_UP):
        if t.head.i == t.i:
            return
        yield t
        t = t.head


def in_time_adjunct(span: "Span", trigger_tokens: list[int]) -> bool:
    """Whether the trigger sits inside a time adjunct of another clause: some word on its
    path up to the sentence's root opens one (the root itself never does)."""
    return any(_opens_time_adjunct(t) for t in _path_up(span, trigger_tokens))


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


CONCESSIVE_OPENERS = frozenset(cue_data()["concessive_openers"])
HOST_FEATURE = "adjunct_host="  # a word of the clause an adjunct's event hangs on (rules only)
FEATURE_PREFIXES = (HOST_FEATURE,)  # read by events/subtype_rules.py only (`subtype_model.RULES_ONLY`)
# "launched [an offensive]", "[an assault] was carried out", and the subject of a verb that only tells an event went on:
# "[Fighting] for the city has intensified after troops seized the road" (sub44: the fight is the clause's event).
_HOST_ARGS = frozenset({"dobj", "nsubjpass", "attr", "nsubj", "csubj"})  # csubj: a gerund subject


def _adjunct_opener(tok: "Token", trig: set[int]) -> "Token | None":
    """The word that opens the adjunct `tok` stands in, if `tok` opens one: a time or concessive preposition
    ('following', 'after', 'despite'), a clause a time word subordinates, or a support verb whose agent the
    phrase below is ("backed [by] air strikes", whose opener is 'backed'), or a support noun's preposition
    ("[with] the support of jets")."""
    if tok.dep_ == "prep" and tok.lower_ in TIME_OPENERS | CONCESSIVE_OPENERS:
        return tok
    if _opens_time_adjunct(tok):
        return tok
    if tok.dep_ == "agent" and tok.head.lemma_.lower() in SUPPORT_VERBS and tok.head.i not in trig:
        return tok.head
    if tok.dep_ == "prep" and any(c.dep_ == "pobj" and c.lemma_.lower() in SUPPORT_NOUNS for c in tok.children):
        return tok
    return None


def adjunct_host(span: "Span", trigger_tokens: list[int]) -> "Token | None":
    """The clause verb an adjunct holding the trigger hangs on ("Following the airstrikes, the rebels [stormed]
    ...", "[Backed by] Russian airstrikes the forces are [pressing] a battle", "Despite heavy shelling, the
    groups [managed] to repel the attacks"), or None when the trigger is in no time, concessive or support
    adjunct. Why: the adjunct's event is the background or the support of that clause's event, which the coder
    codes (docs/annotation/subtypes.md section 2, rule 1); the rules read what that clause tells."""
    trig = set(trigger_tokens)
    for t in _path_up(span, trigger_tokens):
        opener = _adjunct_opener(t, trig)
        if opener is not None:
            host = opener.head
            for _ in range(MAX_UP):  # a support participle on the subject: "fighters, [assisted by] ..., launched"
                if host.pos_ in ("VERB", "AUX") or host.head.i == host.i:
                    break
                host = host.head
            return host if host.i not in trig and host.pos_ in ("VERB", "AUX") else None
    return None


def host_features(span: "Span", trigger_tokens: list[int]) -> list[str]:
    """`adjunct_host=<lemma>` for the host clause's verb (`adjunct_host`), the verbs it takes as complements
    ("managed to [repel]") and their objects ("launched [an offensive]", "carried out [an assault]", "repel [the
    attacks]"), and their subjects ("[fighting] has intensified after ...", sub44: a clause whose verb only says the
    event went on tells it in its subject): what the main clause tells, beside the trigger in its adjunct."""
    host = adjunct_host(span, trigger_tokens)
    if host is None:
        return []
    verbs = [host, *(c for c in host.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))]
    words = [*verbs, *(c for v in verbs for c in v.children if c.dep_ in _HOST_ARGS)]
    return sorted({f"{HOST_FEATURE}{w.lemma_.lower()}" for w in words})
