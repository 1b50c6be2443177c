"""Who makes a non-violent act (a deal, a truce, its announcement or its rejection), read off the verb that governs it.

Why: the trigger of a strategic development is mostly a noun ('a deal', 'a truce', 'a ceasefire'), and the frame
(`triggers.frame_of`) reads a noun's doer only inside its own phrase or through a light verb ('X signed a deal').
On unseen news the maker is told one link further away: 'Syria's government officially joined the Convention as
part of a deal', 'Iran welcomed the truce', 'the United Nations called for a ceasefire', 'a ceasefire mediated by
Washington and Moscow', 'Damascus' promise of a truce', 'the foreign minister said a ceasefire would begin'. On the
FA-KES sample act46 and act47 read, these were most of the empty actor 1 of non-violent records (act47: 17 of 30).

ACLED codes an agreement's parties as its actor 1 and actor 2, so a deal's second party (coordinated with the
first, or named with 'with') is its actor 2 (`deal_partner`). Never used for violent records, where 'X and Y
attacked' are allies, not opponents (events/actor_fill.py calls this only on the non-violent branch).

Word classes in data/actor_fill.json (`deal_*`, `two_party_subtypes`, `speech_verbs`); see `deal_notes` there.
Pure: spaCy tokens in, tokens out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.events.actor_roles import role_words
from frontwatch.events.actor_words import actor_fill_data
from frontwatch.events.triggers import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class DealWords:
    verbs: frozenset[str]
    nouns: frozenset[str]
    preps: frozenset[str]
    climb_deps: frozenset[str]
    partner_preps: frozenset[str]
    two_party_subtypes: frozenset[str]


@lru_cache(maxsize=1)
def deal_words() -> DealWords:
    """The `deal_*` classes of data/actor_fill.json (its speech verbs are `actor_roles.role_words().speech`)."""
    raw = actor_fill_data()
    return DealWords(frozenset(raw["deal_verbs"]), frozenset(raw["deal_nouns"]), frozenset(raw["deal_preps"]),
                     frozenset(raw["deal_climb_deps"]), frozenset(raw["deal_partner_preps"]),
                     frozenset(raw["two_party_subtypes"]))


def _by_agent(verb: Token) -> Token | None:
    """The object of a verb's 'by' agent ('brokered by Iran'), or of its 'between' ('a deal agreed between Russia,
    Iran and Turkey': the first of the parties; the others are its conjuncts)."""
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "between"):
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def deal_maker(head: Token) -> Token | None:
    """The token naming who makes, announces, seeks or refuses the act of the trigger `head`, or None.

    Climbs from the trigger up the parse through noun links and the prepositions of `deal_preps` to the first verb
    (at most six links): that verb's subject (or 'by' agent) when it is a verb of making a deal ('joined ... as part
    of a deal'), or the subject of the verb of speech whose reported clause has the act for its subject ('the
    minister said a ceasefire would begin'). On the way, the 'by' agent of a participle of making ('a ceasefire
    mediated by X') and the owner of a noun of `deal_nouns` ('Damascus' promise of a truce') name it too. A verb
    of any other kind ends the climb: 'the truce collapsed' names no maker."""
    w = deal_words()
    node, prev = head, None
    for _ in range(6):
        for c in node.children:
            if c.dep_ == "acl" and c.lemma_.lower() in w.verbs and (by := _by_agent(c)) is not None:
                return by
        if prev is not None and node.lemma_.lower() in w.nouns:
            owner = next((c for c in node.children if c.dep_ in ("poss", "compound", "nmod") and c.i < node.i
                          and c is not prev), None)
            if owner is not None:
                return owner
        if prev is not None and node.pos_ in ("VERB", "AUX"):
            lemma = node.lemma_.lower()
            if lemma in w.verbs:
                return subject_of(node) or _by_agent(node)
            if prev.dep_ in ("nsubj", "nsubjpass") and node.dep_ == "ccomp" and \
                    node.head.lemma_.lower() in role_words().speech | w.verbs:
                return subject_of(node.head)
            return None
        if node.dep_ not in w.climb_deps or node.head.i == node.i:
            return None
        if node.dep_ == "prep" and node.lower_ not in w.preps:
            return None
        prev, node = node, node.head
    return None


def deal_partner(maker: Token, head: Token) -> Token | None:
    """The second party of a two-party deal whose first party is the token `maker`: the side coordinated with it
    ('the United States and Russia announced a deal', 'signed by the government and the SDF'), else the object of a
    partner preposition on the trigger or on the verb that governs it ('reached a deal with the government',
    'agreed to a ceasefire with government forces')."""
    if maker.conjuncts:
        return maker.conjuncts[0]
    w = deal_words()
    hosts = [head, head.head] if head.head.i != head.i else [head]
    if head.dep_ == "pobj" and head.head.head.i != head.head.i:
        hosts.append(head.head.head)  # '[agreed] to a ceasefire with X': the verb over the preposition
    # 'agreed to a [ceasefire] with X', 'signed a [truce] with X': a verb trigger's object takes the partner
    hosts.extend(p for c in head.children if c.dep_ == "prep" and c.lower_ in w.preps
                 for p in c.children if p.dep_ == "pobj")
    hosts.extend(c for c in head.children if c.dep_ == "dobj")
    for host in hosts:
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ in w.partner_preps:
                p = next((x for x in c.children if x.dep_ == "pobj"), None)
                if p is not None and p.i != maker.i:
                    return p
    return None


def two_party(sub_type: str | None) -> bool:
    """Whether an act of this ACLED sub-type has two parties (ACLED's agreement coding), not a doer and allies."""
    return sub_type in deal_words().two_party_subtypes
