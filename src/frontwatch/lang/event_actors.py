"""Actors named in a sentence of a supported language.

Three sources, in this order of trust: names from the actor dictionary (the UCDP list
keeps some names in their own script: 'Имарат Кавказ', 'مجلس القيادة الرئاسي', and the
Latin names French, Spanish and Turkish write: 'Hamas', 'PKK'); the language's own actor
words (cues [actors]: 'армия', 'المتظاهرين', 'manifestants'), which name a generic actor
whose country comes from a country word next to it ('российские войска', 'الجيش السوري',
'Türk ordusu') or else from the sentence's places; and bare country words, which act
through their state (events.actors.for_event).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from frontwatch.events.actors import ActorDictionary, ActorEntry, default_dictionary
from frontwatch.lang.country_adjectives import derived_country_words
from frontwatch.lang.cues import Cues
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import BurstMemo, PhraseList, Word, words
from frontwatch.lang.morph import common_word
from frontwatch.model import Actor

NEIGHBOURS = 2
ADJECTIVE_AFTER = frozenset({"ar", "fa", "fr", "es"})  # languages whose adjectives follow the noun  # words between a generic actor word and the country word that qualifies it
MAX_NAME_WORDS = 6
COUNTED_PEOPLE = "Civilians ({country})"  # a demonym counted by a numeral: people of that nation


@dataclass
class LangActor:
    start: int  # word indices
    end: int
    actor: Actor
    named: bool  # a dictionary name or a country, not a generic word ('the army')
    # the country of a generic word no country word qualifies ('وزارة الخارجية', 'Dışişleri Bakanlığı'): guessed
    # from the sentence's places, which tell where things happened, not whose ministry spoke
    country_guessed: bool = False
    unqualified: Actor | None = None  # the same word with no country ('Government'), when the country is guessed

    @property
    def kind(self) -> str | None:
        return self.actor.kind


@cache
def _lists(lang: str) -> tuple[PhraseList, PhraseList]:
    cues = load_cues(lang)
    actors = PhraseList(list(cues.actors), list(cues.actors.values()), cues)
    # the cues' own country words first; the adjectives made from every country's name fill in the rest (mlP54)
    words_ = {**derived_country_words(lang), **cues.countries}
    countries = PhraseList(list(words_), list(words_.values()), cues)
    return actors, countries


@cache
def _cue_countries(lang: str) -> PhraseList:
    """The cues' own country words alone: the ones a bare country word acts through its state by (`find_actors`)."""
    cues = load_cues(lang)
    return PhraseList(list(cues.countries), list(cues.countries.values()), cues)


def country_word_spans(ws: list[Word], lang: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO2) of the language's country words and adjectives among `ws` (cues [countries])."""
    return [(st, en, str(code)) for st, en, _, code in _lists(lang)[1].find(ws)]


def country_word_votes(text: str, lang: str) -> list[tuple[str, str, int, int]]:
    """(surface, ISO2, start, end) of each country word or adjective of a text (cues [countries]), with its
    character offsets: the evidence an English demonym ('Spanish police') gives the geoparser's theatre."""
    ws = words(text, load_cues(lang))
    return [(text[ws[st].start:ws[en - 1].end], str(code), ws[st].start, ws[en - 1].end)
            for st, en, _, code in _lists(lang)[1].find(ws)]


def force_origin_words(text: str, lang: str) -> set[tuple[int, int]]:
    """(start, end) characters of the country words of a text that `find_actors` reads as an armed force's own
    ('Российские войска', 'Ermeni güçleri', 'las tropas rusas': the language's adjacency of its actor words and
    country words, no new list): the sender's country, which votes for where that force fights (geo/doer.py
    `origin_votes`, mlP52), not for the ground the sentence is on. Not the police's ('la policía rusa')."""
    from frontwatch.geo.doer import is_origin_actor

    d = default_dictionary()
    ws = words(text, load_cues(lang))
    forces = [(m.start, m.end, m.actor.country) for m in find_actors(ws, text, lang, None, d)
              if m.actor.country and not m.named and not m.country_guessed
              and is_origin_actor(m.actor.name, d.country_name(m.actor.country))]
    return {(ws[st].start, ws[en - 1].end) for st, en, code in country_word_spans(ws, lang)
            if any(lo <= st and en <= hi and code == c for lo, hi, c in forces)}


def named_countries(text: str, lang: str) -> set[str]:
    """ISO2 codes of the countries a text names by the language's country words and adjectives (cues
    [countries]: 'السوري', 'ایرانی'): the geoparser's theatre where no place of the country is named."""
    cues = load_cues(lang)
    return {str(code) for _, _, _, code in _lists(lang)[1].find(words(text, cues))}


def actor_for(value: str, country: str | None, d: ActorDictionary) -> Actor | None:
    """The actor a cue value names: a {country} template filled in (with the country after '@'
    when the word names it: 'ВСУ' = 'Military Forces of {country}@UA'), or a dictionary name."""
    if "@" in value:
        value, country = value.split("@", 1)
    if "{country}" in value:
        tmpl = _templates(d).get(value)
        if tmpl is None:
            return None
        return Actor(name=tmpl.canonical(d.country_name(country)), text=value, kind=tmpl.kind, country=country)
    e = d.lookup(value)
    if e is None:
        return None
    return Actor(name=e.name, text=value, kind=e.kind, country=e.country)


_TEMPLATES: dict[int, dict[str, object]] = {}


def _templates(d: ActorDictionary) -> dict:
    """Generic entries ('Police Forces of {country}') by name, once per dictionary."""
    got = _TEMPLATES.get(id(d))
    if got is None:
        got = _TEMPLATES[id(d)] = {e.name: e for e in d.entries if e.generic}
    return got


# the last texts `dictionary_names` read: the geoparser's theatre (`named_actor_spans`, `force_origin_words`) and the
# event coder (`find_actors`) ask for the names of the same text; a few slots serve one article and its sentences
_last_names = BurstMemo(slots=8)


def dictionary_names(ws: list[Word], text: str, lang: str, d: ActorDictionary) -> list[tuple[int, int, ActorEntry]]:
    """(first word, number of words, entry) of each named (not generic, not country) dictionary actor among `ws`,
    longest first at each word, not overlapping: 'ETA', 'FARC', 'Hamas', 'Имарат Кавказ'.

    Read once while the text is among the last few read: the answer depends only on the text, the language, the
    dictionary (the same object, no entry added since: `ActorDictionary.add` appends to `entries`) and the words'
    character offsets (a new list each call; issue 17, perf51)."""
    key = (text, lang, tuple((w.start, w.end) for w in ws), len(d.entries))
    return list(_last_names.get(key, d, lambda: tuple(_dictionary_names(ws, text, lang, d))))


def _dictionary_names(ws: list[Word], text: str, lang: str, d: ActorDictionary) -> list[tuple[int, int, ActorEntry]]:
    """`dictionary_names` read anew."""
    out: list[tuple[int, int, ActorEntry]] = []
    taken: set[int] = set()
    for i in range(len(ws)):
        for n in range(min(MAX_NAME_WORDS, len(ws) - i), 0, -1):
            if any(j in taken for j in range(i, i + n)):
                continue
            span = text[ws[i].start:ws[i + n - 1].end]
            if len(span) < 3:
                continue
            if n == 1 and span[:1].islower() and common_word(span, lang):
                continue  # (mlB48) 'geri' (back) is no 'Geri': a lower-case everyday word names no one
            e = d.lookup(span)
            if e is None or e.generic or e.kind == "country":
                continue
            out.append((i, n, e))
            taken.update(range(i, i + n))
            break
    return out


def named_actor_spans(text: str, lang: str) -> list[tuple[int, int, ActorEntry]]:
    """(start char, end char, entry) of the named dictionary actors of a text: the geoparser's view of actors
    (geo/actor_names.ActorSpan, which the English path takes from `events.actors.named_actors`): their names are no
    places, and where they fight is theatre evidence ('ETA' puts 'Vitoria' in Spain)."""
    ws = words(text, load_cues(lang))
    return [(ws[i].start, ws[i + n - 1].end, e) for i, n, e in dictionary_names(ws, text, lang, default_dictionary())]


def find_actors(ws: list[Word], text: str, lang: str, default_country: str | None,
                d: ActorDictionary | None = None, oblique: frozenset[int] = frozenset(),
                verbs: frozenset[int] = frozenset(), counted: frozenset[int] = frozenset(),
                settings: frozenset[int] = frozenset()) -> list[LangActor]:
    """Actor mentions of a sentence, in order, not overlapping. `oblique`: words of place
    phrases that are a setting ('в России', "Suriye'nin kuzeyinde"), whose country words
    name where, not who. `verbs`: words of verb triggers; a country word on the far side of one
    is another party, not the owner ('El Gobierno acusó a Rusia' is no 'Government of Russia',
    and the joined span hid the accusation itself); so is one on the far side of a setting ("Dışişleri
    Bakanı Moskova'da Rus mevkidaşıyla": the minister's span would swallow the place of the talks).
    `counted`: words right after a count; a bare demonym there names people of that nation, not its state
    ('5 Filistinli öldü': five Palestinians died, no army fought). `settings`: words of places named as a setting (after
    a locative cue or in the locative case); a country word there tells where, never whose, so it qualifies no actor
    word next to it ("Bakanlığı, Mısır'da düzenlenen saldırıyı kınadı" is no Egyptian ministry)."""
    d = d or default_dictionary()
    cue_list, country_list = _lists(lang)
    countries = [(s, e, code) for s, e, _, code in country_list.find(ws)]  # type: ignore[misc]
    found: list[LangActor] = []
    taken: set[int] = set()
    # 1. dictionary names (longest first)
    for i, n, e in dictionary_names(ws, text, lang, d):
        span = text[ws[i].start:ws[i + n - 1].end]
        found.append(LangActor(i, i + n, Actor(name=e.name, text=span, kind=e.kind, country=e.country), True))
        taken.update(range(i, i + n))
    # 2. the language's actor words, qualified by the country word next to them (on the side the
    # language puts its adjectives: 'الجيش السوري', 'l'armée malienne' but 'российские войска')
    generic: list[tuple[int, int, str]] = []
    for s, e, _, value in sorted(cue_list.find(ws), key=lambda m: (-(m[1] - m[0]), m[0])):
        if not taken.intersection(range(s, e)):
            generic.append((s, e, str(value)))
            taken.update(range(s, e))
    owner: dict[int, tuple[float, int]] = {}  # generic mention index -> (distance, country word index)
    for ci, (cs, ce, _) in enumerate(countries):
        if taken.intersection(range(cs, ce)) or settings.intersection(range(cs, ce)):
            continue
        best = None
        for gi, (s, e, _) in enumerate(generic):
            after = cs >= e
            gap = cs - e if after else s - ce if ce <= s else -1
            between = range(min(e, ce), max(s, cs))
            if not 0 <= gap <= NEIGHBOURS or verbs.intersection(between) or oblique.intersection(between):
                continue  # a verb or a setting between ("Bakanı Moskova'da Rus mevkidaşıyla"): another party's word
            dist = gap + (0.0 if after == (lang in ADJECTIVE_AFTER) else 0.5)
            if best is None or dist < best[0]:
                best = (dist, gi)
        if best is not None and (best[1] not in owner or best[0] < owner[best[1]][0]):
            owner[best[1]] = (best[0], ci)
    for gi, (s, e, value) in enumerate(generic):
        used = countries[owner[gi][1]] if gi in owner else None
        actor = actor_for(value, used[2] if used and "@" not in value else default_country, d)
        if actor is None:
            continue
        actor.text = text[ws[s].start:ws[e - 1].end]
        lo, hi = (min(s, used[0]), max(e, used[1])) if used else (s, e)
        guessed = used is None and "{country}" in value and "@" not in value and actor.country is not None
        bare = actor_for(value, None, d) if guessed else None
        if bare is not None:
            bare.text = actor.text
        found.append(LangActor(lo, hi, actor, "{country}" not in value or "@" in value,
                               country_guessed=guessed, unqualified=bare))
        taken.update(range(lo, hi))
    # 3. bare country words act through their state; an adjective only the made table has (mlP54) does not: it
    # qualifies the noun beside it ('docentes argentinos', 'Іспанського журналіста', 'ліванському місті'), and where
    # that noun is no actor word the state is not named (the cues' words keep the reading the corpora fitted)
    own = {(s, e) for s, e, _, _ in _cue_countries(lang).find(ws)}
    for s, e, code in countries:
        if taken.intersection(range(s, e)) or oblique.intersection(range(s, e)) or (s, e) not in own:
            continue
        people = actor_for(COUNTED_PEOPLE, code, d) if s in counted else None
        if people is not None:
            people.text = text[ws[s].start:ws[e - 1].end]
            found.append(LangActor(s, e, people, False))
            taken.update(range(s, e))
            continue
        name = d.country_name(code) or code
        found.append(LangActor(s, e, Actor(name=name, text=text[ws[s].start:ws[e - 1].end], kind="country",
                                           country=code), True))
        taken.update(range(s, e))
    return sorted(found, key=lambda m: m.start)


def main_country(codes: list[str | None]) -> str | None:
    """The most frequent country among the sentence's resolved places."""
    c = Counter(x for x in codes if x)
    return c.most_common(1)[0][0] if c else None


def cue_values(lang: str) -> list[str]:
    """Every actor value of a language's cues (for checking that each names a known actor)."""
    cues: Cues = load_cues(lang)
    return list(cues.actors.values())
