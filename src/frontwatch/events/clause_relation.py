"""How the clause holding a place stands to the trigger's clause (issue 14: places of another clause).

A sentence packs several clauses, each with its own act and its own places. A clause that modifies a
noun (a relative clause, 'the trader [who witnessed the incident in Adjame]', or a participle or
infinitive after a noun, 'six gunboats [used by Iran]', 'the changes [made in Paris]') says something
about that noun's referent: where it is, what it did before. Its place is not where the sentence's
other events happened: 'Badou Jean, a trader who witnessed the incident in Adjame, told Reuters after
he fled' puts the witnessing, not the flight, in Adjame. Three nouns keep the clause's place the
event's: the trigger itself and its own tokens ('the attack [launched on Jabal Thardeh]'), a place, a
site or a part of one ('the village [that lies in Idlib province]': the clause locates the place), and
another attack noun ('killed by attacks [conducted across Syria]': the clause places an attack). Nor
does a clause whose verb is an attack or a move on territory (data/locative.json's attack_verbs:
'combatants [that tried to infiltrate the Al-Malaah area]', 'rebels [controlling Misrata]'): it tells an
act of the fight the event belongs to, not a side remark about the noun.

Pure: tokens in, a clause head or None out. The relations are data (data/clause_relations.json), the
noun classes data/locative.json's (through owner_modifier.place_or_event_nouns); the place scorer
(events/place_role.py) reads the answer as a feature whose weight is fitted (dev/fit_place_role.py).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json
from frontwatch.events.owner_modifier import place_or_event_nouns
from frontwatch.geo.locative import words

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class ClauseRelations:
    modifier_clause_deps: frozenset[str]
    clause_verb_tags: frozenset[str]


@lru_cache(maxsize=1)
def relations() -> ClauseRelations:
    """The packaged relations (data/clause_relations.json)."""
    data = data_json("clause_relations.json")
    return ClauseRelations(frozenset(data["modifier_clause_deps"]), frozenset(data["clause_verb_tags"]))


def _names_place_or_event(noun: "Token", place_tokens: Collection[int], extra_nouns: Collection[str]) -> bool:
    """Is the modified noun a place (one of the sentence's place names, or a place, site or part noun)
    or an attack?"""
    if noun.i in place_tokens:
        return True
    nouns = place_or_event_nouns()
    return any(w in nouns or w in extra_nouns for w in (noun.lower_, noun.lemma_.lower()))


def modifier_clause(top: "Token", event_tokens: Collection[int], place_tokens: Collection[int] = frozenset(),
                    extra_nouns: Collection[str] = frozenset()) -> "Token | None":
    """The head of the clause modifying another noun that holds the place phrase (its top token `top`)
    and not the event, else None. Walks up from the place: the event's own tokens (`event_tokens`: the
    trigger, its light verb) reached first mean the place is in the event's clause or its arguments; a
    modifying clause (`relations().modifier_clause_deps`) whose subtree holds the trigger too is shared
    by both. The modified noun must be neither a place (`place_tokens`: the sentence's place names;
    `extra_nouns`: the caller's place nouns) nor an attack (`_names_place_or_event`), and no verb from the
    place up to the clause head an attack verb."""
    rel = relations()
    attack_verbs = words().attack_verbs
    path: list["Token"] = []  # the verbs between the place and the clause head
    for a in top.ancestors:
        if a.i in event_tokens:
            return None
        if a.pos_ in rel.clause_verb_tags:
            path.append(a)
        if a.dep_ in rel.modifier_clause_deps and a.pos_ in rel.clause_verb_tags:
            # the nearest such clause decides: shared with the event, or on a place or an attack noun
            noun = a.head
            if any(t.i in event_tokens for t in a.subtree) or noun.i in event_tokens or \
                    _names_place_or_event(noun, place_tokens, extra_nouns):
                return None
            # a clause telling an act of the fight ('combatants that tried to infiltrate X', 'rebels
            # controlling X'): the episode the event belongs to, not a side remark about the noun
            if any(v.lemma_.lower() in attack_verbs for v in path):
                return None
            return a
    return None
