"""Modality: whether a sentence asserts an event, reports a claim, denies it, plans it,
or recalls it as history.

A map of "what happened" must not show plans, denials or twelve-year-old history as
today's news, and should show claims as claims. The cues are grammatical and closed:
negation, modal and intention verbs governing the trigger, hedges ("are said to",
"reportedly"), reporting verbs of claim and denial, and a speaker reporting its own
deed ("rebels say they captured X" is the rebels' claim).

Conditionals and possibilities ("a larger force would be exposed to strikes", "rebels
could attack", "if the army advances") are `hypothetical`: they describe no event at
all, so the extractor does not emit them. Future and intention ("will send", "plan to",
"said it would withdraw": a reported "will") stay `planned`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.events.narrative_would import narrative_would

if TYPE_CHECKING:
    from spacy.tokens import Token

    from frontwatch.events.attribution import Attribution

PLAN_WORDS = frozenset({
    "plan", "ready", "prepare", "intend", "aim", "threaten", "vow", "pledge", "promise", "want", "set",
    "poised", "expect", "likely", "about", "consider", "decide", "hope", "seek", "propose", "offer",
    "due", "willing", "able", "going", "determine", "try", "attempt", "order",
})
PLAN_NOUNS = frozenset({"aim", "plan", "goal", "bid", "effort", "intention", "objective", "attempt", "threat",
                        "preparation", "readiness", "order", "call", "demand", "proposal"})
NOT_DONE_WORDS = frozenset({"refuse", "fail", "decline", "unable"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
# Possibility, condition, obligation: no event is reported ("would be exposed to strikes").
CONDITIONAL_MODALS = frozenset({"would", "could", "may", "might", "should", "can", "must", "'d", "ca"})
MODALS = FUTURE_MODALS | CONDITIONAL_MODALS
# Modals of possibility and inference: with the perfect they judge a past event ("may have been killed").
EPISTEMIC_MODALS = frozenset({"may", "might", "must"})
HYPOTHETICAL = "hypothetical"  # not a stored modality: the extractor drops such events
CONDITION_MARKS = frozenset({"if", "unless", "lest"})
# Nouns of risk whose complement has not happened ("fears of an offensive", "the risk of air strikes").
RISK_NOUNS = frozenset({"risk", "fear", "danger", "possibility", "prospect", "likelihood", "chance", "spectre",
                        "specter", "scenario"})
# Verbs of saying and knowing: a pluperfect under them is backshifted speech, not history.
REPORTED_SPEECH = frozenset({
    "say", "tell", "report", "claim", "confirm", "deny", "announce", "state", "add", "insist", "allege",
    "assert", "note", "explain", "declare", "acknowledge", "admit", "stress", "write", "reveal", "reiterate",
    "warn", "believe", "think", "know", "learn", "hear", "suggest", "indicate", "show", "dismiss", "refute",
    "boast", "understand", "suspect", "argue", "complain", "accuse", "testify", "recount",
})
# Verbs whose complement clause may carry a backshifted "will" ("said it would withdraw").
SPEECH_VERBS = frozenset({"say", "tell", "announce", "declare", "state", "warn", "threaten", "vow", "pledge",
                          "promise", "insist", "add", "confirm", "report", "claim", "indicate", "signal",
                          "write", "explain", "stress", "reiterate"})
HEDGE_VERBS = frozenset({"say", "report", "believe", "think", "allege", "claim", "understand", "rumour",
                         "rumor", "suspect", "expect", "know"})
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "apparently", "supposedly",
                           "seemingly", "possibly", "probably"})
CLAIM_VERBS = frozenset({"claim", "allege", "boast"})
DENY_VERBS = frozenset({"deny", "dismiss", "refute", "reject"})
# Modalities of an event its sentence does not report as happened: an aim or a plan. The codebook
# (docs/annotation/subtypes.md section 2, rule 5) skips plans, so where a sentence tells a reported event
# and a planned one of the same kind ("launched an offensive [to recapture] the town"), the reported one is
# the sentence's event: `extract._most_specific` keeps it and `evaluate.events.main_record` scores it.
UNREPORTED = frozenset({"planned"})
# Heads of an infinitival relative that reports a done deed ("the first to enter the town"), not an aim.
DONE_INFINITIVE_HEADS = frozenset({"first", "last", "only", "latest", "next", "second", "third"})


def purpose_infinitive(t: "Token") -> bool:
    """An infinitive of purpose: "launched an offensive [to recapture] the town", "fired shells [to
    force] the army back". What it names is the aim of the reported act, not a reported event (the
    codebook codes the offensive, and a map must not show the town as taken). A perfect infinitive
    ("claims [to have captured]") tells a done deed, and an infinitive a verb takes as its complement
    ("managed to retake", xcomp) is read by the plan-word rule instead."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ not in ("advcl", "acl"):
        return False
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.lower_ == "to" for c in auxes) or any(c.lemma_.lower() == "have" for c in auxes):
        return False
    return not (t.dep_ == "acl" and t.head.lower_ in DONE_INFINITIVE_HEADS)


def epistemic_perfect(t: "Token", modals: set[str]) -> bool:
    """'up to 33 people may have been killed in the strike', 'rebels must have fired the rockets': a
    modal of possibility or inference with the perfect is the speaker's judgment on a past event -
    the event is reported, its details hedged - not a possibility to come ('rebels may attack').
    'would/could/should have' stay hypothetical: they are counterfactual ('could have been killed'
    tells that no one was)."""
    return bool(modals) and modals <= EPISTEMIC_MODALS and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children)


def bare_infinitive_complement(t: "Token") -> bool:
    """A bare infinitive the parser hangs as a clausal complement ('ccomp') on a verb that is no verb of saying:
    "efforts to help the opposition [clear] the border area", "aim to help the army [retake] the town". Such a
    clause is not finite, so it is no reported clause whose own verb carries its modality: it happens as its head
    does - an aim when the head is aimed at ('efforts to help'), a deed when the head is told done ('helped the
    opposition clear'). Read by the tag (VB: the base form, no auxiliary, no 'to') and the head's lemma, so
    "activists say the rebels control the town" (a finite clause under a speech verb) is still attribution
    (docs/annotation/subtypes.md section 80, sub69)."""
    return (t.dep_ == "ccomp" and t.tag_ == "VB" and t.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in t.children)
            and t.head.lemma_.lower() not in REPORTED_SPEECH | SPEECH_VERBS)


def _chain(head: "Token", limit: int = 6) -> list[tuple["Token", str]]:
    """The trigger and the heads above it up to the clause that reports it, each with the
    dependency through which the chain reached it ('xcomp' for "ready to deploy")."""
    out = [(head, "")]
    t = head
    for _ in range(limit):
        if t.head.i == t.i:
            break
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() not in CLAIM_VERBS | DENY_VERBS \
                and not bare_infinitive_complement(t):
            break  # the reporting clause above is attribution, not modality
        if t.dep_ == "conj" and any(c.dep_ in ("aux", "nsubj", "auxpass") for c in t.children):
            break  # "ready to deploy and have massed": a finite conjunct is a clause of its own
        if t.dep_ in ("nsubj", "nsubjpass", "csubj"):
            break  # "the meeting is aimed at …": the trigger is the subject, not the aim
        out.append((t.head, t.dep_))
        t = t.head
    return out


def _reported(t: "Token") -> bool:
    """A clause that is the complement of a speech verb (where "would" is a reported "will")."""
    for _ in range(3):
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in SPEECH_VERBS:
            return True
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head
    return False


def is_negated(head: "Token", clause: "Token | None" = None) -> bool:
    """Negated trigger: 'did not seize', 'no strikes', 'without admitting'."""
    for t in {head, *(x for x in [clause] if x is not None)}:
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            return True
    return head.dep_ == "pcomp" and head.head.lower_ == "without"


def classify(head: "Token", clause: "Token | None", *, attributions: list["Attribution"] = (),
             negated: bool = False, background: bool = False, future: bool = False,
             self_reported: bool = False) -> str:
    """The modality of one event (negation already consumed by a negated_type is passed as False).

    Returns a stored Modality, or HYPOTHETICAL for conditionals and possibilities.
    """
    if background:
        return "background"
    chain = _chain(head)
    hedged = False
    if clause is not None and all(clause is not t for t, _ in chain):
        chain.append((clause, ""))
    for t, _ in chain:
        lemma = t.lemma_.lower()
        if t is not head and lemma in DENY_VERBS and t.pos_ == "VERB":
            return "denied"
        if t is not head and lemma in NOT_DONE_WORDS and any(c.dep_ == "xcomp" for c in t.children):
            return "denied"
    if negated:
        return "denied"
    for t, via in chain:
        lemma = t.lemma_.lower()
        if t is not head and t.pos_ in ("VERB", "ADJ", "AUX") and lemma in PLAN_WORDS and \
                via in ("xcomp", "prep", "pcomp", "acomp", "advcl", "pobj"):
            return "planned"
        if t is not head and t.pos_ == "NOUN" and lemma in RISK_NOUNS and via in ("pcomp", "acl", "pobj", "prep"):
            return HYPOTHETICAL  # "fears of an offensive"
        if t is not head and t.pos_ == "NOUN" and lemma in PLAN_NOUNS and \
                via in ("pcomp", "acl", "pobj", "xcomp", "prep"):
            return "planned"  # "a key aim of recapturing Aleppo", "plans to attack"
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children):
            return HYPOTHETICAL  # "if the army advances on Idlib"
        if purpose_infinitive(t):
            return "planned"  # "launched an offensive to recapture the town"
        modals = {c.lower_ for c in t.children if c.dep_ == "aux" and c.lower_ in MODALS}
        if modals & FUTURE_MODALS:
            return "planned"
        if epistemic_perfect(t, modals):
            hedged = True  # "may have been killed": a past event, reported as likely
            continue
        if modals:
            if modals <= {"would", "'d"} and _reported(t):
                return "planned"  # "the army said it would withdraw": a reported "will"
            if not (modals <= {"would", "'d"} and narrative_would(t)):  # "they would later execute": told
                return HYPOTHETICAL
        if t.lower_ == "going" and any(c.lower_ == "to" for c in t.children):
            return "planned"
    if future:
        return "planned"
    if hedged:
        return "claimed"
    for t, via in chain:
        lemma = t.lemma_.lower()
        if t is not head and lemma in HEDGE_VERBS and any(c.dep_ == "auxpass" for c in t.children):
            return "claimed"  # "are said to have seized"
        if any(c.lower_ in HEDGE_ADVERBS for c in t.children):
            return "claimed"
        if t is not head and lemma in CLAIM_VERBS:
            return "claimed"
    if any(a.lemma in CLAIM_VERBS for a in attributions):
        return "claimed"
    if any(a.lemma in DENY_VERBS for a in attributions):
        return "denied"
    if self_reported:
        return "claimed"
    return "asserted"
