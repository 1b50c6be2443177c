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

from frontwatch.lang.proximity import any_within, gap

T = TypeVar("T")
LOCATIVE_WINDOW = 3  # words from a locative cue to the place's first word: 'в пограничном пункте X'


def in_setting(first: int, last: int, locative: Sequence[Sequence[int]], suffixed: Iterable[int],
               goal_words: Iterable[int]) -> bool:
    """Is the place covering words `first`..`last` named as a setting: after a locative cue (within
    LOCATIVE_WINDOW words), with a locative case ending on its last word (Turkish "Ankara'da"), or right
    after a preposition of goal ('a Hungría')?"""
    return (any_within((first, first + 1), locative, LOCATIVE_WINDOW, side="before")
            or last in set(suffixed) or first - 1 in set(goal_words))


def typed_settings(words: Sequence[str], places: Iterable[tuple[int, int]], type_after: Iterable[str],
                   endings: Iterable[str]) -> set[int]:
    """The last word indices of the places (`first`, `last` word spans) named as a setting by the type word written
    after them in a locative case: Turkish 'Nanterre kentinde', 'Herat ilinde', 'Ege Bölgesinde' (in the city of
    Nanterre ...). Why: where the language marks the case on the type word, not on the name, the name itself bears
    no ending, and without this reading the place was taken for the owner phrase of the next noun ("Fransa'nın
    Nanterre kentinde göstericiler": the protesters' span swallowed the town, which was then no candidate).
    `words` are the sentence's words (casefolded), `type_after` the language's type words written after a name,
    `endings` its locative case endings written without an apostrophe."""
    types = frozenset(type_after)
    ends = tuple(e for e in endings if e and "'" not in e)
    if not types or not ends:
        return set()

    def locative_type(i: int) -> bool:
        return 0 <= i < len(words) and words[i] in types and words[i].endswith(ends)

    return {last for first, last in places if locative_type(last + 1) or (last > first and locative_type(last))}


def without_party_countries(places: Sequence[T], locative: Sequence[Sequence[int]], suffixed: Iterable[int],
                            goal_words: Iterable[int]) -> list[T]:
    """The places that can be a political act's place: every place finer than a country, and the
    countries named as a setting (`in_setting`). Each place has `first`, `last` (word indices) and
    `country_level`."""
    suffixed, goal_words = set(suffixed), set(goal_words)
    return [p for p in places if not p.country_level or in_setting(p.first, p.last, locative, suffixed, goal_words)]


def setting_over_parties(places: Sequence[T], locative: Sequence[Sequence[int]], suffixed: Iterable[int],
                         goal_words: Iterable[int]) -> list[T]:
    """`places` without the countries named as a party when another country is named as the setting.

    Why: `without_party_countries` drops a party's country for political acts only, and only keeps the setting
    when the sentence names one; every act is told the same way: 'La France a déployé deux avions ... en
    Roumanie', 'Les États-Unis ont déployé des troupes en Pologne' (the deployment is in Romania and Poland, the
    sender is the actor, ACLED codes the deployment where the troops go). The party stands next to the verb
    as its subject and the coder's nearest-word score took it. Only a choice between countries: a town or a
    region is left to the coder, and with no country in a setting nothing changes ('Russia attacked
    Ukraine')."""
    set_countries = without_party_countries([p for p in places if p.country_level], locative, suffixed, goal_words)
    if not set_countries:
        return list(places)
    return [p for p in places if not p.country_level or p in set_countries]


def words_between(span: Sequence[int], first: int, last: int) -> int:
    """Words strictly between the half-open word span `span` and the place covering `first`..`last`."""
    return max(gap(span, (first, last + 1), "after"), gap(span, (first, last + 1), "before"))


def not_of_other_acts(places: Sequence[T], act: Sequence[int], others: Iterable[Sequence[int]],
                      modifier_first: bool = False, clause_locatives: Iterable[int] = (),
                      object_first: bool = False, object_ends: Iterable[int] = ()) -> list[T]:
    """The places of a political act that are not the place of another, violent act named with it.

    Why: a condemnation, accusation or call names the act it is about, and that act's place with it
    ('condemned the attack on a hotel in Kabul', "Ankara'daki terör saldırısını kınadı", 'أدانت ...
    الاعتداء ... في اسطنبول'): the place is where the attack happened, not where the statement was made,
    which the guideline places where the sentence names it, otherwise nowhere (§ 5). A place is the
    violent act's when it stands where a noun's modifiers stand (after it; before it where modifiers
    precede the noun, `modifier_first`: Turkish) and nearer to it than to the political act; otherwise
    it stays with the political act ('سفارت آمریکا در قاهره سوء قصد ... را محکوم کرد': the embassy in
    Cairo condemned). Where modifiers precede, a place in the bare locative case sets the clause's verb,
    not a noun ("Ankara'da konuşan Bakan saldırıyı kınadı": the minister spoke in Ankara; the noun's
    form is "Ankara'daki"), so those (`clause_locatives`, the places' last word indices) stay with the
    political act. Where the object precedes the verb (`object_first`: Persian 'حمله به هتلی در کابل را
    محکوم کرد'), the noun's place stands between it and the verb, nearer the verb: there a place after the
    noun belongs to it up to the object marker that ends its phrase (`object_ends`, word indices of 'را';
    'حمله را در تهران محکوم کرد' was condemned in Tehran). `act` and `others` are half-open word spans
    of triggers; each place has `first` and `last`."""
    side = "before" if modifier_first else "after"
    others = [o for o in others if tuple(o) != tuple(act)]
    clause_locatives = set(clause_locatives) if modifier_first else set()
    ends = set(object_ends)

    def the_others(p: T) -> bool:
        if p.last in clause_locatives:
            return False
        span = (p.first, p.last + 1)
        return any(gap(o, span, side) >= 0 and (
            not any(o[1] <= i < p.first for i in ends) if object_first and p.last < act[0] and o[1] <= p.first
            else words_between(o, p.first, p.last) < words_between(act, p.first, p.last)) for o in others)

    return [p for p in places if not the_others(p)]


__all__ = ["LOCATIVE_WINDOW", "in_setting", "not_of_other_acts", "setting_over_parties", "typed_settings",
           "without_party_countries", "words_between"]
