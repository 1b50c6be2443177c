"""The native path up to resolved places: sentences → candidate spans → the English resolver.

`geoparse_text` is the function the pipeline, the evaluator and the tests call; it shares
the `Geoparser` (gazetteer, candidate finder, theatre, resolver) with the English path, so a
place found in an Arabic article is the same `Place` record, chosen by the same rules.

One rule is added after resolution. A span that only the gazetteer vouches for -- no entity
label, no preposition or type word before it (label 'PROPN' from `lang.toponyms`) -- is kept
when it names a country, a first-level division or a town of `CUELESS_MIN_POPULATION`
(`COMMON_WORD_MIN_POPULATION` when the word is also an everyday word), or a place the
article also names with a cue; never when it is a short acronym that is not a country. In Arabic and Persian every word is such a span,
and GeoNames has a village for many everyday words ('بيان', 'مالی').
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from itertools import pairwise

from frontwatch.geo.doer import origin_votes
from frontwatch.geo.fold import is_latin
from frontwatch.geo.span_candidate import TYPE_WORDS
from frontwatch.lang.acronyms import defined_acronyms
from frontwatch.lang.article_gender import masculine_persons
from frontwatch.lang.city_adjectives import city_adjective_places
from frontwatch.lang.club_moves import club_towns
from frontwatch.lang.country_codes import bracketed_codes, coded_athletes
from frontwatch.lang.country_towns import towns_for_countries
from frontwatch.lang.directions import directional_parts
from frontwatch.lang.eponyms import disease_eponyms
from frontwatch.lang.event_actors import (
    country_word_votes,
    force_origin_words,
    named_actor_spans,
    named_countries,
)
from frontwatch.lang.event_name_places import body_seat_places, event_name_places
from frontwatch.lang.foreign_namesakes import foreign_namesakes
from frontwatch.lang.glued_endings import glued_everyday_word
from frontwatch.lang.index import NameIndex
from frontwatch.lang.loan_words import loan_word
from frontwatch.lang.morph import common_word
from frontwatch.lang.ner import available as ner_available
from frontwatch.lang.nisba import nisba_adjectives
from frontwatch.lang.person_marks import person_marked
from frontwatch.lang.person_subjects import person_subjects
from frontwatch.lang.persons import maybe_person
from frontwatch.lang.place_country import place_noun_countries
from frontwatch.lang.resources import load
from frontwatch.lang.sentences import split_sentences
from frontwatch.lang.sounded_places import sounded_places
from frontwatch.lang.state_subjects import state_subjects
from frontwatch.lang.team_names import team_countries
from frontwatch.lang.toponyms import recognise_foreign
from frontwatch.lang.unlisted import anchor_unlisted, unlisted_spans
from frontwatch.model import Sentence, Toponym

CUELESS_MIN_POPULATION = 20_000
# In a cased script a capitalised word that is not an everyday word is already a name; a
# town of a few thousand people is enough ('Olvera').
CASED_MIN_POPULATION = 5_000
# An everyday word of the language ('Universidad', 'بيان') without a cue must be a city
# ('Madrid', 'نابلس', 'Toledo'), not the village of that name.
COMMON_WORD_MIN_POPULATION = 100_000
# Without capitals, 'in' + an everyday word's form is mostly 'in the statement', 'in a shield'; but
# 'في درعا' (in Daraa) is the town when the article is about its country: a town of the cueless size
# that is the only place so named among the exact candidates and lies in a country the article's sure
# places name (or the feed's hint) is kept (`theatre_towns`).
LOCATIVE_PREPS = frozenset({"in", "inside"})
_INDEXES: dict[int, NameIndex] = {}
ROUTE_DASHES = frozenset({"–", "—", "-"})
_EXACT = frozenset({"exact", "alternate", "demonym"})


def name_index(geoparser) -> NameIndex:
    """One `NameIndex` per gazetteer per process (it reads the non-Latin keys once)."""
    key = id(geoparser.gazetteer)
    if key not in _INDEXES:
        _INDEXES[key] = NameIndex.of(geoparser.gazetteer)
    return _INDEXES[key]


def _sure_enough(t: Toponym, lang: str, cued_places: set[int], initial: set[tuple[int, int]]) -> bool:
    p = t.place
    if t.candidates and t.candidates[0].how == "fuzzy" and t.candidates[0].place.geonameid == getattr(p, "geonameid", None):
        return False  # the gazetteer knew the word exactly ('Liga'); a near spelling elsewhere ('Riga') is not it
    if p is None or p.geonameid in cued_places or p.precision == "country":
        return True
    if _county_of_surname(t):
        return False  # 'Jones', 'Walker', 'Clarke': a surname, which only a county named after a person shares
    if p.precision == "admin1" and load(lang).cased and (t.start, t.end) in initial and common_word(t.text, lang) \
            and (p.population or 0) < COMMON_WORD_MIN_POPULATION:
        return False  # 'Bloke edici azınlık': a first word, an everyday one, and a small municipality coded ADM1
    if p.precision == "admin1" and (load(lang).cased or not common_word(t.text, lang)):
        return True  # an everyday word ('مسئله', issue) may fold onto a province's name ('مسيلة')
    if not load(lang).latin_script and is_latin(t.text):
        return False  # 'Honda', 'EUROPA', 'Moody's' in a Greek or Arabic text: a brand or a name
    if len(t.text.strip()) <= 2:
        return False  # 'Hu Da', 'Li': two letters with no cue are a name or an abbreviation, never sure
    if _acronym_word(t.text):
        return False  # 'IU', 'CAN', 'PA': an acronym is a body, unless it names a country ('EEUU', 'ΗΠΑ')
    cased = load(lang).cased
    # Where capitals mark names, only a sentence's first word may be an everyday word in disguise.
    if (not cased or (t.start, t.end) in initial) and common_word(t.text, lang):
        if cased and is_latin(t.text) and t.candidates and t.candidates[0].how != "exact":
            # 'Kendi' ~ Kandy, 'Sol' ~ Seoul, 'Buhar' ~ Bukhara: a sentence's first word that is an everyday word and
            # matches only an alternate name, which in the Latin script is as often another language's name; a
            # Greek or Cyrillic alternate ('Αθήνα' for Athens) is the text's own language's name
            return False
        if (t.start, t.end) in initial and glued_everyday_word(t.text, lang):
            return False  # 'Bunda sonra', 'Kentin sınırları': a common noun's endings, glued on without an apostrophe
        need = COMMON_WORD_MIN_POPULATION
    elif " " not in t.text.strip() and maybe_person(t.text, lang):
        need = COMMON_WORD_MIN_POPULATION  # 'портрет Шевченка': a surname first, unless a city that large
    elif loan_word(t.text, lang):
        need = COMMON_WORD_MIN_POPULATION  # 'Battlefield', "Harrison'a": an English word or name, unless a city that large
    else:
        need = CASED_MIN_POPULATION if cased else CUELESS_MIN_POPULATION
    return (p.population or 0) >= need


def _acronym_word(text: str) -> bool:
    """A short all-capitals word ('ETA', 'IU', 'ONU'): without a cue, a body's acronym, never a place's name."""
    return " " not in text and text.isupper() and len(text) <= 4


def _voteless_acronyms(text: str, spans: list, cueless: set[tuple[int, int]], lang: str, geoparser) -> list:
    """`spans` without the uncued acronyms that reach no country in the gazetteer.

    Why: `_sure_enough` never keeps such a span ('ETA', 'ONU', 'OTAN', 'IU' are bodies), but the resolver reads every
    span it is given as a vote for the text's theatre before any is judged: 'ETA' looked up as Etah (India) pulled
    'San Sebastián' in 'ETA asesinó a un concejal en San Sebastián' away from Donostia to its Puerto Rican namesake.
    A span that can never be a place must not choose the place of another. An acronym any of whose senses is a
    country or a first-level division ('EEUU', a sports code 'ESP', uk 'ДНР') stays: `_sure_enough` keeps those;
    so does a results code in brackets that a country's name begins ('(HOL)', `lang.country_codes`)."""
    index = name_index(geoparser)
    codes = {(a, b) for a, b, _ in bracketed_codes(text, lang)}

    def country_sense(word: str) -> bool:
        return any(h.place.precision in ("country", "admin1") for key in index.keys(word, lang)
                   for h in geoparser.gazetteer.by_name(key))

    return [s for s in spans if (s.start, s.end) not in cueless or not _acronym_word(s.text)
            or (s.start, s.end) in codes or country_sense(s.text)]


def _county_of_surname(t: Toponym) -> bool:
    """Does a one-word span reach a second-level division only through the alternate name that drops its
    English type word ('Jones' → Jones County, 'Andrew' → Andrew County)? Such counties are named after
    people, and a bare surname with no cue is the person's ('Mercedes Jones', "Brecht", 'William Walker')."""
    p = t.place
    if p is None or not t.candidates or t.candidates[0].how != "alternate" or " " in t.text.strip():
        return False
    last = p.name.rsplit(" ", 1)[-1].casefold() if " " in p.name.strip() else ""
    return p.feature_code == "ADM2" and TYPE_WORDS.get(last) == "admin2"


def _club_town(text: str, t: Toponym, lang: str) -> bool:
    """Is a town named after an article that towns do not take ('el Elche', 'del Valencia', `club_articles`)?
    Then the name is its sports club's. Countries and regions may take the article ('el Líbano')."""
    articles = load(lang).club_articles
    if not articles or t.place is None or t.place.feature_class != "P" or not t.text[:1].isupper():
        return False
    before = text[max(0, t.start - 5):t.start]
    return before.endswith(" ") and before.rstrip().rsplit(" ", 1)[-1] in articles


def _unambiguous_town(t: Toponym) -> bool:
    """A populated place named exactly so, with no exact namesake in another country among the
    candidates: the choice rests on the word being a name at all, not on a guess between homonyms."""
    p = t.place
    if p is None or p.feature_class != "P" or (p.population or 0) < CUELESS_MIN_POPULATION:
        return False
    exact = [c.place for c in t.candidates if c.how in _EXACT]
    return bool(exact) and all(q.country == p.country for q in exact)


def theatre_towns(toponyms: list[Toponym], sure: list[bool], locative: set[tuple[int, int]],
                  named: Iterable[str] = (), everyday: frozenset[str] = frozenset()) -> list[bool]:
    """`sure` with every everyday word after a locative preposition that names an unambiguous town
    in the article's theatre made sure too: the countries of its sure places and `named` (the feed's
    hint, the countries its country words and adjectives name: 'الجيش السوري')."""
    theatre = {t.place.country for t, ok in zip(toponyms, sure) if ok and t.place is not None} | set(named)
    theatre.discard(None)
    return [ok or ((t.start, t.end) in locative and _unambiguous_town(t) and t.place.country in theatre
                   and t.text.casefold() not in everyday)
            for t, ok in zip(toponyms, sure)]


def geoparse_text(text: str, lang: str, geoparser, hint: tuple[str, ...] = (),
                  admin_hint: Mapping[tuple[str, str], float] | None = None,
                  sents: list[Sentence] | None = None) -> tuple[list[Sentence], list[Toponym]]:
    """(sentences, toponyms) of a text in one of `lang.detect.FOREIGN`."""
    sents = split_sentences(text) if sents is None else sents
    spans = recognise_foreign(text, lang, sents, name_index(geoparser))
    set_in = {(s.start, s.end) for s in spans if s.prep in LOCATIVE_PREPS}  # 'في عمان': named as a setting
    cueless: set[tuple[int, int]] = set()
    initial: set[tuple[int, int]] = set()
    locative: set[tuple[int, int]] = set()
    if not ner_available(lang):
        # Without an NER model the gazetteer is the only recogniser: the resolver reads the span
        # as a place name, and whether one without a cue is sure enough is asked below. Where a
        # model exists and did not call the span a place, it stays 'PROPN' and needs the
        # resolver's own evidence, as an unlabelled name does in English.
        cueless = {(s.start, s.end) for s in spans if s.label == "PROPN"}
        if not load(lang).cased:
            # Without capitals a preposition is a weak cue: 'در مدرسه' (at school), 'در میان' (among)
            # read as 'in <village>'. An everyday word behind one is judged as if it had none.
            weak = {(s.start, s.end) for s in spans if s.label == "GPE" and s.prep and not s.type_word
                    and common_word(s.text, lang)}
            cueless |= weak
            locative = {(s.start, s.end) for s in spans if (s.start, s.end) in weak and s.prep in LOCATIVE_PREPS}
        initial = {(s.start, s.end) for s in spans if s.sentence_initial}
        spans = [replace(s, label="GPE") if s.label == "PROPN" else s
                 for s in _voteless_acronyms(text, spans, cueless, lang, geoparser)]
    # 'в российском селе Николаевка': the country word of the place's own noun qualifies it as 'X, Russia' does
    named = place_noun_countries(text, lang, spans)
    spans = [replace(s, country_named=named[k]) if k in named else s for k, s in enumerate(spans)]
    toponyms = geoparser.parse_spans(text, spans, sents, hint=hint, admin_hint=admin_hint,
                                     country_words=theatre_words(text, lang, spans),
                                     actors=theatre_actors(text, lang))
    # The gazetteer route matched a dictionary form exactly; a place reached only by folding or
    # fuzzy matching ('Kupası' ~ Kufa, 'Tümen' ~ Tyumen) is another name. NER spans may fold.
    loose = not ner_available(lang)
    toponyms = [t for t in toponyms if t.relative or not t.candidates or t.candidates[0].how in _EXACT
                or t.candidates[0].how == "unlisted"
                or not (loose or (t.start, t.end) in cueless)]
    cued = {t.place.geonameid for t in toponyms if t.place is not None and (t.start, t.end) not in cueless}
    sure = [(t.start, t.end) not in cueless or _sure_enough(t, lang, cued, initial) for t in toponyms]
    sure = listed_with_sure(text, toponyms, sure, lang)
    # the countries the text itself names (the feed's hint, its country words), read by two rules below
    text_countries = (*hint, *named_countries(text, lang)) if not load(lang).cased else hint
    if locative:
        sure = theatre_towns(toponyms, sure, locative, text_countries, load(lang).everyday_towns)
    strays = foreign_namesakes(toponyms, sure, cueless, lang, text_countries, set_in)
    sure = [ok and k not in strays for k, ok in enumerate(sure)]
    not_places = team_countries(text, lang, sents, toponyms) | disease_eponyms(text, lang, toponyms) \
        | masculine_persons(text, lang, toponyms) | nisba_adjectives(text, lang, toponyms) \
        | _person_subjects(text, lang, sents, toponyms, cueless) | person_marked(text, lang, toponyms) \
        | club_towns(text, lang, sents, toponyms) | state_subjects(text, lang, toponyms) \
        | defined_acronyms(text, toponyms) | coded_athletes(text, lang, toponyms, name_index(geoparser))
    kept = [t for k, (t, ok) in enumerate(zip(toponyms, sure))
            if ok and not _club_town(text, t, lang) and k not in not_places]
    # 'في عمان' beside 'الأردني': a country's name that is a town of the country the text speaks of is the town
    kept = towns_for_countries(kept, set_in, text_countries, lambda form: name_index(geoparser).keys(form, lang),
                               lambda key, codes: geoparser.gazetteer.by_name(key, countries=codes))
    # a name the gazetteer lacks in the script, after 'city'/'state' ..., found by its sound in a country the text names
    theatre = {t.place.country for t in kept if t.place is not None} | set(text_countries)
    sounded = sounded_places(text, lang, sents, kept, theatre, geoparser.gazetteer,
                             lambda form: bool(name_index(geoparser).keys(form, lang)))
    kept = sorted(kept + sounded, key=lambda t: t.start)
    kept = anchor_unlisted(unlisted_spans(text, lang, sents), kept, text)
    kept = directional_parts(text, lang, kept, geoparser.gazetteer.towns)
    named = event_name_places(text, lang, sents, geoparser, name_index(geoparser), kept)
    named += body_seat_places(text, lang, sents, geoparser, name_index(geoparser), kept + named)
    named += city_adjective_places(text, lang, sents, geoparser, name_index(geoparser), kept + named)
    return sents, sorted(kept + named, key=lambda t: t.start) if named else kept


def theatre_words(text: str, lang: str, spans) -> list[tuple[str, str]]:
    """(word, ISO2) of the country adjectives and words of a text that no place span covers ('la policía española',
    'الجيش السوري', 'Türk ordusu'): the theatre evidence the English geoparser reads off a demonym span ('Spanish
    police', geo/geoparse.parse_spans), which the native recognisers do not emit as spans. A country word that is a
    span ('Сирии') already votes as a place name. The country word of an armed force ('Российские войска') votes
    for where that force fights (geo/doer.origin_votes, the English path's rule for 'Russian troops'), not for its
    own country."""
    taken = [(s.start, s.end) for s in spans]
    forces = force_origin_words(text, lang)
    return [(w, c) for w, code, a, b in country_word_votes(text, lang)
            if not any(a < e and s < b for s, e in taken)
            for c in (origin_votes([code]) if (a, b) in forces else (code,))]


def theatre_actors(text: str, lang: str) -> list:
    """The named armed actors of a text as the geoparser takes them (`lang.event_actors.named_actor_spans`, the
    English path's `geo.actor_names.find_actor_names`): no place, and where they fight votes in the theatre ('las FARC
    ... en Florencia' is in Colombia, not Florence). A name that is one of the language's country words is the country,
    whatever the dictionary's namesake ('Estados Unidos', a Brazilian rebel group in UCDP's list)."""
    countries = [(a, b) for _, _, a, b in country_word_votes(text, lang)]
    return [x for x in named_actor_spans(text, lang) if not any(x[0] < b and a < x[1] for a, b in countries)]


def _person_subjects(text: str, lang: str, sents: list[Sentence], toponyms: list[Toponym],
                     cueless: set[tuple[int, int]]) -> set[int]:
    """Indices of uncued `toponyms` that are the bare subject of a person verb ('Kavakçı ... doğdu'), unless the place
    is a country or a city large enough to stand for its state ('Ankara açıkladı')."""
    spans = [(t.start, t.end) for t in toponyms]
    return {k for k in person_subjects(text, lang, sents, spans)
            if spans[k] in cueless and toponyms[k].place is not None and toponyms[k].place.precision != "country"
            and (toponyms[k].place.population or 0) < COMMON_WORD_MIN_POPULATION}


def listed_with_sure(text: str, toponyms: list[Toponym], sure: list[bool], lang: str) -> list[bool]:
    """A cueless name listed beside a kept place is a place too: 'στην Κεφαλονιά και την
    Κυλλήνη', 'Австралія, Турція, Болгарія'. Items are joined by a comma or the language's
    'and', with at most one function word (an article, a preposition) after the joint; the
    decision spreads along the list both ways."""
    res = load(lang)
    fillers = list_fillers(lang)
    order = sorted(range(len(toponyms)), key=lambda i: toponyms[i].start)
    out = list(sure)
    changed = True
    while changed:
        changed = False
        for x, y in pairwise(order):
            if out[x] == out[y] or toponyms[x].place is None or toponyms[y].place is None:
                continue
            if not res.latin_script and is_latin(toponyms[x if out[y] else y].text):
                continue  # a Latin-script name in a Greek or Arabic list is a title or a brand
            if list_joint(text[toponyms[x].end:toponyms[y].start], res.and_words, fillers):
                out[x] = out[y] = changed = True
    return out


def list_fillers(lang: str) -> frozenset[str]:
    """The function words a list's item may open with after its joint: stop words, prepositions ('και στην') and
    the articles that open an item (`list_articles`: Greek 'και τη Θεσσαλονίκη', which is no stop word)."""
    res = load(lang)
    return res.stop | frozenset(res.preps) | res.list_articles


def list_joint(gap: str, and_words: frozenset[str], fillers: frozenset[str]) -> bool:
    """Is `gap` the joint between two items of a list (', ', ' και την ', ' y ', '، و')? The one reading of a
    list's joint, for the geoparser (`listed_with_sure`) and the event coder (`lang.events._listed_with`)."""
    words = gap.replace(",", " , ").replace("،", " , ").split()
    if not words or len(words) > 3 or "\n" in gap:
        return False
    joint = words[0]
    if joint in ROUTE_DASHES and len(words) == 1:
        return True  # a route or a segment: 'Гребінка – Дарниця – Київ', 'Стрий-Тернопіль'
    if joint != "," and joint.casefold() not in and_words:
        return False
    rest = words[1:]
    if rest and rest[0].casefold() in and_words and joint == ",":
        rest = rest[1:]  # ', and'
    return len(rest) <= 1 and all(w.casefold() in fillers for w in rest)
