"""A word for a round fired ('shell') names a firing only as the means of an act.

Why: 'rocket' and 'mortar' name a kind of fire wherever they stand, but 'shell' names many
things ('the burned-out shells of the buildings', 'a shell company'), so the lexicon could
only match it inside fixed phrases ('shell fall'). News tells remote violence with the
round and no verb of firing at all ('4 persons were wounded in terrorist shells', 'Two
shells fired by terrorists positioned in X village fell in the vicinity of ...'): the
round is what hurt someone, what was fired, or what struck. This reads that frame from the
parse, as a linguist would state it (the noun is the instrument or the moving subject of
an act of harm, firing or impact). The verbs are data (data/munition_means.json); the
lexicon row that uses it says `means` in its `requires` column (data/triggers.csv).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.data_files import word_lists

if TYPE_CHECKING:
    from spacy.tokens import Token

def _words() -> dict[str, frozenset[str]]:
    """data/munition_means.json as read (its only loader)."""
    return word_lists("munition_means.json")


def _lemma(tok: "Token") -> str:
    return tok.lemma_.lower()


def _phrase_slot(noun: "Token") -> "Token":
    """The token standing in the clause for the noun: the first conjunct of a list ('rockets and
    shells fell'), the counter of an of-phrase ('dozens of shells fell')."""
    t = noun
    for _ in range(4):
        if t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and (
                t.head.head.pos_ == "NUM" or t.head.head.lower_ in _words()["counters"]):
            t = t.head.head
        else:
            break
    return t


def means_of_act(noun: "Token") -> bool:
    """True when a round noun is the means of an act: the object of 'in/by/from/with' on a word of
    harm or hitting ('wounded in shells', 'targeted with shells'), what a verb of firing sends
    ('fired shells', 'shells were fired at', 'shells fired at X'), or the subject of a verb of
    impact ('shells fell on')."""
    w = _words()
    if any(c.dep_ == "acl" and _lemma(c) in w["firing_verbs"] for c in noun.children):
        return True  # "two shells fired at the town"
    slot = _phrase_slot(noun)
    gov = slot.head
    if gov.i == slot.i:
        return False
    if slot.dep_ == "pobj" and gov.lower_ in w["means_preps"] and gov.head.i != gov.i:
        act = gov.head
        return bool({_lemma(act), act.lower_} & w["harm_words"]) or _lemma(act) in w["hitting_verbs"]
    if slot.dep_ == "nsubj":
        return _lemma(gov) in w["impact_verbs"]
    if slot.dep_ in ("dobj", "nsubjpass"):
        return _lemma(gov) in w["firing_verbs"]
    return False


__all__ = ["means_of_act"]
