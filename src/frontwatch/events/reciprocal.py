"""The other party of a reciprocal act whose subject is a coordination ('X and Y clashed').

Why: the frame reads a verb's subject as its agent and its object as its patient; 'Israeli troops and
Palestinian protesters clashed' has no object, and the second conjunct of the subject used to be read
as the first's ally (ACLED's associated actor). A symmetric predicate is different: 'X and Y clashed',
'X and Y battled around the plant', 'X and Y exchanged fire', 'X and Y shelled each other' each say
that X acted against Y and Y against X, so the conjuncts are the act's two sides (ACLED codes them as
actor 1 and actor 2; the guideline's `symmetric`: either order). The verb must say so: a verb of the
reciprocal list used intransitively (an object only 'fire', 'shots'; no party after 'with', 'against',
'alongside': 'X and Y clashed with police' fight the police together), or any verb whose object is
'each other' / 'one another'. Word lists in data/actor_fill.json (`reciprocal_*`, `allied_preps`).

Pure: spaCy tokens in, a token (or None) out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.events.actor_words import actor_fill_data

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class ReciprocalWords:
    verbs: frozenset[str]  # lemmas: 'clash', 'battle', 'exchange'
    objects: frozenset[str]  # what a reciprocal verb may take and stay reciprocal: 'exchanged fire'
    pronouns: frozenset[str]  # 'each other', 'one another'
    allied_preps: frozenset[str]  # a party after one of these is the coordination's common opponent or ally


@lru_cache(maxsize=1)
def reciprocal_words() -> ReciprocalWords:
    raw = actor_fill_data()
    return ReciprocalWords(frozenset(raw["reciprocal_verbs"]), frozenset(raw["reciprocal_objects"]),
                           frozenset(raw["reciprocal_pronouns"]), frozenset(raw["allied_preps"]))


def _reciprocal_pronoun(tok: Token) -> bool:
    """'each other', 'one another': the object names the subject's own parties."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and f"{before.lower_} {tok.lower_}" in reciprocal_words().pronouns


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects."""
    return [c for c in verb.children if c.dep_ == "dobj"]


def is_reciprocal(verb: Token) -> bool:
    """Does the verb, as used here, say its subject's parties acted on each other?"""
    w = reciprocal_words()
    objects = _objects(verb)
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(_reciprocal_pronoun(o) for o in objects) or any(
            _reciprocal_pronoun(p) for prep in preps for p in prep.children if p.dep_ == "pobj"):
        return True  # 'shelled each other', 'fired on each other'
    if verb.lemma_.lower() not in w.verbs:
        return False
    if any(o.lemma_.lower() not in w.objects and o.lower_ not in w.objects for o in objects):
        return False  # 'rebels and their allies battled government forces': one side, its opponent the object
    if verb.lemma_.lower() == "exchange" and not objects:
        return False  # 'exchange' says nothing reciprocal without what is exchanged
    # a party after 'with'/'against' is their common opponent; 'with two Palestinians killed' (an absolute
    # clause, the parser's pcomp) names none
    return not any(p.lower_ in w.allied_preps and any(c.dep_ == "pobj" for c in p.children) for p in preps)


def reciprocal_partner(verb: Token, subject: Token | None) -> Token | None:
    """The other party of a reciprocal act whose subject is 'X and Y': Y's token (the first conjunct of the
    subject), or None when the verb is not reciprocal or the subject is not a coordination."""
    if subject is None or not subject.conjuncts or not is_reciprocal(verb):
        return None
    return subject.conjuncts[0]
