"""A place named as the owner of a noun: 'the U.S. soldier', "India's Congress party", "China's attempts".

A country's name that premodifies a noun or stands in the possessive before it says whose the thing
is (a nationality, a state's organ, its plan), not where the event happened: 'the grenade that killed
the U.S. soldier' was not thrown in the United States. Two kinds of head noun keep the name a place:
a place or a part of one ("Liberia's capital", 'the Palestine roundabout'), and the event itself or
another attack noun ('a Syria gas attack', 'Iraq violence'), as the other readers of the place scorer
already hold (`place_role._origin_by_grammar`). The head's class comes from data/locative.json's word
lists (the one definition of a place noun, a site head, an attack noun); nothing new is listed here.

Pure: tokens in, a yes or no out. The place scorer (events/place_role.py) reads it as a feature whose
weight is fitted (dev/fit_place_role.py), for names of a whole country only: a town before a noun
('the Baghdad market', 'the Aleppo front') is as often the event's place as not.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.geo.locative import words
from frontwatch.nlp.deps import NOUN_MODIFIERS_OR_OWNER

if TYPE_CHECKING:
    from spacy.tokens import Token

MODIFIER_DEPS = NOUN_MODIFIERS_OR_OWNER


@lru_cache(maxsize=1)
def place_or_event_nouns() -> frozenset[str]:
    """Head nouns under which a place's name stays a place: places, their parts, sites, and attacks."""
    w = words()
    return (w.place_nouns | w.suffix_nouns | w.site_heads | w.facility_words | w.compass_part_nouns
            | w.list_nouns | w.attack_nouns | w.attack_nouns_of | w.modifier_nouns)


def owns_noun(top: "Token", inside: Collection[int], event_tokens: Collection[int],
              place_nouns: Collection[str] = frozenset()) -> bool:
    """Is the name's phrase (its top token `top`, its tokens `inside`) a modifier or possessor of a
    noun that names neither a place (data/locative.json's lists, and the caller's `place_nouns`) nor
    an attack, and is not one of the event's own tokens (`event_tokens`)?"""
    if top.dep_ not in MODIFIER_DEPS:
        return False
    head = top.head
    if head.i in inside or head.i in event_tokens or head.pos_ != "NOUN":
        return False
    nouns = place_or_event_nouns()
    return not any(w in nouns or w in place_nouns for w in (head.lower_, head.lemma_.lower()))
