"""What a crowd's violence is over: a grievance held against the authorities, or a suspect the crowd wants punished.

Why: guideline 24.2 and 24.10(c) (docs/annotation/subtypes.md sections 25 and 70) part a crowd's violence by its aim.
A crowd that hits the state's people or property over a grievance against the state (a death in custody, a
demolition, an arrest; "accusing officers of killing a boy") is a Violent demonstration even with no protest word;
a crowd that wants a suspect punished (mob justice: "the refusal of the police to release a suspected ritualist to the
community") is Mob violence. The rules (events/subtype_rules.crowd_cause_subtype) read the trigger's words and parties;
neither tells why the crowd acted. This reads the clauses and phrases that give the trigger's cause or aim in the
parse: an adverbial clause under a cause subordinator ('after', 'because'), a participle clause of the crowd's own
grievance ('accusing ...', 'demanding ...'), a cause phrase ('over the demolition', 'following ...') and a cause
predicate ('the clash was due to ...'), on the trigger and on the verb of its clause. The word lists are
data/subtype_cues.json "about_sub63".

Emitted as `cause=suspect` (a suspect word in a cause: mob justice, 24.2(c)) or else `cause=grievance` (a grievance
word in one). Rules-only (`subtype_model.RULES_ONLY`): the learner does not see them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.events.subtype_features import cue_data, trigger_head
from frontwatch.nlp.doc_memo import doc_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FEATURE_PREFIXES = ("cause=",)
GRIEVANCE = "cause=grievance"  # the crowd's cause is a grievance against the authorities (24.2(b))
SUSPECT = "cause=suspect"  # the crowd's cause is a suspect it wants punished (24.2(c), mob justice)


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    data = cue_data()
    return {k: frozenset(data[k]) for k in ("cause_marks", "cause_prepositions", "cause_predicates",
                                            "grievance_words", "suspect_words")}


def _clause_chain(head: Token) -> list[Token]:
    """The trigger's head and the words above it up to the verb of its clause ('the clashes [erupted]', 'the clash
    [was] due to'): a cause hangs on the trigger or on the verb it is an argument of, not on a reporting verb
    further up."""
    chain = [head]
    t = head
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
        chain.append(t)
    return chain


def causes(span: Span, trigger_tokens: list[int]) -> list[Token]:
    """The roots of the clauses and phrases that give the trigger's cause or aim (see the module docstring)."""
    if not trigger_tokens:
        return []
    lists = _lists()
    lemmas = doc_lemmas(span.doc)
    trig = set(trigger_tokens)
    head = trigger_head(span, trigger_tokens)
    out: list[Token] = []
    for word in _clause_chain(head):
        for c in word.children:
            if c.i in trig:
                continue
            if c.dep_ == "advcl":
                marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
                # "after a driver died in custody"; "..., accusing officers of killing a boy" (no subordinator: a
                # participle clause, read only when its verb is itself a grievance: 'saying' gives none)
                if marks & lists["cause_marks"] or (not marks and c.tag_ == "VBG"
                                                     and lemmas[c.i] in lists["grievance_words"]):
                    out.append(c)
            elif c.dep_ == "prep" and c.lower_ in lists["cause_prepositions"]:
                out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
            elif c.dep_ == "acomp" and lemmas[c.i] in lists["cause_predicates"]:  # "was due to the refusal ..."
                for p in c.children:
                    if p.dep_ in ("prep", "pcomp"):
                        out.extend(g for g in p.children if g.dep_ == "pobj")
    return out


def cause_features(span: Span, trigger_tokens: list[int]) -> list[str]:
    """`cause=suspect` when a cause of the trigger names a suspect (mob justice wins: "demanding that the suspect be
    handed over"), else `cause=grievance` when one names a grievance against the authorities; [] otherwise."""
    lists = _lists()
    lemmas = doc_lemmas(span.doc)
    words = [t for root in causes(span, trigger_tokens) for t in root.subtree]
    # a suspect is a person named as one, a noun ("the suspect", "a suspected [thief]"): the participle 'suspected'
    # alone qualifies any doer ("suspected herdsmen", "suspected militants") and names no one to punish
    if any(t.pos_ == "NOUN" and lemmas[t.i] in lists["suspect_words"] for t in words):
        return [SUSPECT]
    if {lemmas[t.i] for t in words} & lists["grievance_words"]:
        return [GRIEVANCE]
    return []
