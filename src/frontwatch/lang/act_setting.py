"""Which named places can be the place of a political act: a country only when named as its setting.

Why: the guideline (docs/annotation/multilingual-events.md § 5) places an event where it happened,
"not the actors' home countries, not a place merely mentioned", and a statement, accusation or demand
"where it was made when the sentence names it, otherwise none". A political act with no ACLED type
(a statement, a request, talks, support, a rejection) has no site acted upon, so the only name that
can be its place is one the sentence sets it in. For a country that is a locative phrase ('в
России', 'στη Γερμανία', "Türkiye'de", 'در ایران') or the goal of a visit or talks ('visita oficial
a Hungría'); a country named otherwise is a party ('las conferencias episcopales de España y
Portugal se reúnen', 'Россия отказывается'), an owner or origin ('τεχνικός της Γερμανίας', 'από
το Μεξικό'), a topic or a currency ('долларов США'), and the coder used to take it whenever the
sentence named nothing finer (the largest class of wrong places of political acts on the
unlabelled corpus sample, mlP33). Places finer than a country are left to the coder's choice: the
seat of the acting body ('Прокуратура Києва', 'el concejal ... de Bergara'), a visit's object
('посетил Пикалево') and a wire dateline ('Minsk - Putin se reúne') are where such acts happen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from frontwatch.lang.proximity import any_within

T = TypeVar("T")
LOCATIVE_WINDOW = 3  # words from a locative cue to the place's first word: 'в пограничном пункте X'


def in_setting(first: int, last: int, locative: Sequence[Sequence[int]], suffixed: Iterable[int],
               goal_words: Iterable[int]) -> bool:
    """Is the place covering words `first`..`last` named as a setting: after a locative cue (within
    LOCATIVE_WINDOW words), with a locative case ending on its last word (Turkish "Ankara'da"), or right
    after a preposition of goal ('a Hungría')?"""
    return (any_within((first, first + 1), locative, LOCATIVE_WINDOW, side="before")
            or last in set(suffixed) or first - 1 in set(goal_words))


def without_party_countries(places: Sequence[T], locative: Sequence[Sequence[int]], suffixed: Iterable[int],
                            goal_words: Iterable[int]) -> list[T]:
    """The places that can be a political act's place: every place finer than a country, and the
    countries named as a setting (`in_setting`). Each place has `first`, `last` (word indices) and
    `country_level`."""
    suffixed, goal_words = set(suffixed), set(goal_words)
    return [p for p in places if not p.country_level or in_setting(p.first, p.last, locative, suffixed, goal_words)]


__all__ = ["LOCATIVE_WINDOW", "in_setting", "without_party_countries"]
