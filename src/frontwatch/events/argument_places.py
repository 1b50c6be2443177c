"""Names the event's own grammar calls a place, though the geoparser kept no toponym for them.

The geoparser decides on a name from the name and its document ('Al-Zorba Farms' is in no
gazetteer; 'Banja Luka' labelled ORG falls just under the resolver's threshold). The event
layer knows one thing more: the name is an ARGUMENT of an event trigger, the object of the
preposition that locates it ('killed at X', 'protested in X') or what it acts on ('stormed X').
Such a name is kept as a candidate place of THAT trigger only (never as a document toponym,
so the geoparser's output, its figures and the map's toponym layer do not change), put at
the place named with it ('X in Y', 'X, Y', 'the X district of Y') or else at the article's
country, at that place's precision; with nowhere to put it (a sentence naming no town or
country), kept by its name alone, without a point: no coordinates are made up. Whether it is the event's place is then the place-role
scorer's decision (events/place_role.py: feature `argument_name`, weight fitted on the tune
part), as for every other place of the sentence.

Kept out: dates, nationalities, numbers and other non-place entity labels; named actors; a
name after a title ('President X'); a PERSON-labelled name as a verb's object (people are
shot and captured); an organisation's name unless it ends in a site word ('the Al-Rasoul
Checkpoint') or follows a locative preposition; runs of everyday words; lone acronyms.

Pure: tokens and toponyms in, candidate toponyms out.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json
from frontwatch.geo.locative import words as locative_words
from frontwatch.geo.words import TITLE_WORDS, common_word
from frontwatch.model import Candidate, Toponym
from frontwatch.nlp.deps import NOUN_MODIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

HOW = "argument"  # Candidate.how of such a place (events/place_role.is_unlisted reads it as 'placed at its container')
# Entity labels that never name a place (grammar of the NER scheme, closed class).
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                              "LANGUAGE", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"})
SCORE = 0.3
APPOSITION_WORDS = 8  # 'X, a small town in the restive north of Y': the words an apposition may take before its place


@lru_cache(maxsize=1)
def _words() -> dict:
    """data/argument_places.json as read (its only loader)."""
    return data_json("argument_places.json")


@lru_cache(maxsize=1)
def _people_taking_verbs() -> frozenset[str]:
    return frozenset(_words()["people_taking_verbs"])


@lru_cache(maxsize=1)
def _locating_prepositions() -> frozenset[str]:
    return frozenset(_words()["locating_prepositions"])


def _territory_object(tok: "Token") -> bool:
    """The object of a verb that takes territory ('stormed X', 'shelled X'; not 'captured X',
    which takes people as often) or of an attack noun through 'on'/'against' ('an attack on X')."""
    w = locative_words()
    t = tok
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("dobj", "obj"):
        lemma = t.head.lemma_.lower()
        return lemma in w.territory_verbs and lemma not in _people_taking_verbs()
    if t.dep_ == "pobj" and t.head.lower_ in ("on", "against", "upon"):
        gov = t.head.head
        return gov.lower_ in w.attack_nouns or gov.lemma_.lower() in w.attack_nouns
    return False


def nested_locatives(args: Iterable["Token"]) -> list["Token"]:
    """The objects of a locating preposition that hangs from one of the trigger's own arguments
    ('stormed positions at X', 'an attack on defenses in X'): one step below the argument, the
    place of what the event acts on."""
    from frontwatch.events.triggers import expand

    found = [c for t in args for p in t.children if p.dep_ == "prep" and p.lower_ in _locating_prepositions()
             for c in p.children if c.dep_ == "pobj"]
    return expand(found)


@lru_cache(maxsize=1)
def _person_role_nouns() -> frozenset[str]:
    return frozenset(_words()["person_role_nouns"])


MAX_AGE = 110  # an apposed number above this is no person's age ('Highway 1', 'X, 2010,')


def reads_as_person(doc, a: int, b: int) -> bool:
    """Whether the name doc[a:b] is a person's by the words around it, whatever its label: an
    age apposed to it ('Millan, 41, was shot', 'Selvaraja (24)') or a role noun right before it
    ('PKK leader Abdullah Ocalan', 'a former Taliban commander, Mullah X'). News gives people
    these and places never; the people-taking verbs ('shot X', 'killed X') take both."""
    n = len(doc)
    if b + 2 < n and doc[b].text in (",", "(") and doc[b + 1].like_num and doc[b + 1].text.isdigit() \
            and int(doc[b + 1].text) <= MAX_AGE and doc[b + 2].text in (",", ")"):
        return True
    k = a - 1 if a > 0 and doc[a - 1].text != "," else a - 2  # 'a former Taliban commander, Mullah X'
    return k >= 0 and doc[k].lower_ in _person_role_nouns()


def _name_span(tok: "Token", span: "Span") -> tuple[int, int]:
    """The name a token belongs to: its entity, or its run of capitalised compound words."""
    doc = tok.doc
    if tok.ent_type_:
        a = tok.i
        while a > span.start and doc[a].ent_iob_ == "I":
            a -= 1
        b = tok.i + 1
        while b < span.end and doc[b].ent_iob_ == "I":
            b += 1
        return a, b
    a = tok.i
    while a > span.start and doc[a - 1].dep_ in ("compound", "flat") and doc[a - 1].head.i <= tok.i \
            and doc[a - 1].text[:1].isupper():
        a -= 1
    return a, tok.i + 1


def _prep_of(doc, a: int, span: "Span") -> str:
    """The preposition right before a name (skipping 'the' and scene adjectives)."""
    skip = locative_words().skip_before
    k = a - 1
    while k >= span.start and doc[k].lower_ in skip:
        k -= 1
    return doc[k].lower_ if k >= span.start else ""


def _after_apposition(doc, k: int, span: "Span") -> int:
    """Past the common words of an apposition that describes the name before it by its
    container: 'X, in the north of Y', 'X, a village in Y', 'X, in the territory of Y'. Only
    lower-case determiners, adjectives, nouns and the prepositions that place ('in', 'of',
    'near'), at most APPOSITION_WORDS of them; the token reached may be the container."""
    end = min(span.end, k + APPOSITION_WORDS)
    while k < end and doc[k].text.islower() and (doc[k].pos_ in ("DET", "ADJ", "NOUN")
                                                   or doc[k].lower_ in ("in", "of", "near")):
        k += 1
    return k


def _container(doc, b: int, span: "Span", by_token: Mapping[int, Sequence[Toponym]]) -> Toponym | None:
    """A place named right after the name as its container: 'X in Y', 'X, Y', 'X district of Y',
    'X, a village in Y'."""
    w = locative_words()
    k = b
    while k < span.end and doc[k].lower_ in w.suffix_nouns:
        k += 1
    if k >= span.end or doc[k].lower_ not in ("in", ",", "of"):
        return None
    comma = doc[k].lower_ == ","
    k += 1
    while k < span.end and (doc[k].lower_ in w.skip_before or doc[k].lower_ in w.place_nouns):
        k += 1
    if k < span.end and not by_token.get(k) and comma:
        k = _after_apposition(doc, k, span)
    for t in by_token.get(k, ()) if k < span.end else ():
        if t.place is not None and not t.relative:
            return t
    return None


def _nearest_place(a: int, b: int, span: "Span", by_token: Mapping[int, Sequence[Toponym]]) -> Toponym | None:
    """With no container beside the name and no country named: the nearest town or division
    the sentence names ('killed at X ... north of the provincial capital Y'), a coarse but
    local point; never a country known only by an adjective, a relative phrase or another
    unlisted name."""
    best: tuple[int, Toponym] | None = None
    for i in range(span.start, span.end):
        for t in by_token.get(i, ()):
            if (t.place is None or t.relative or (t.candidates and t.candidates[0].how in ("demonym", "unlisted", HOW))
                    or t.precision not in ("city", "admin1", "admin2", "point")):
                continue
            d = a - i if i < a else i - b + 1
            if best is None or d < best[0]:
                best = (d, t)
    return best[1] if best else None


def _refused_sense(start: int, end: int, refused: Sequence[Toponym], around: Toponym | None) -> Toponym | None:
    """The resolver's best sense of a name it refused (geo/refused.py), when the name is that
    span and the sense lies in the country of the place named with it or of the article
    (`around`; None: nothing to contradict it). A sense in another country is a far homonym:
    the name goes to `around` instead, as an unlisted name would."""
    code = _country_code(around)
    for r in refused:
        if r.start < end and start < r.end and r.place is not None:  # the recogniser may cut the name otherwise
            if code is not None and code != r.place.country:
                return None
            return r
    return None


def _same_name(sense: Toponym, start: int, end: int) -> bool:
    """Whether the refused name is the argument's whole name (not a word of a longer one:
    'Al' of 'Al-Rasoul Checkpoint', 'Sheikh' of 'Sheikh Sa'eed')."""
    return sense.start <= start and sense.end >= end


def _unplaced(start: int, end: int, text: str) -> Toponym:
    """A name with nowhere to put it and no country known ('killed in the town of Kiliba',
    alone). The event's place is still that name, so it is kept unresolved: no point, no
    precision (place_role.is_unplaced). With a country known but not named the name is not
    kept: the event falls back to that country, a coarse place but one with a country."""
    return Toponym(start=start, end=end, text=text, place=None, score=SCORE, precision=None)


def _country_code(t: Toponym | None) -> str | None:
    """The country of a place, or of a country known without a point (extract.synthetic_country)."""
    if t is None:
        return None
    if t.place is not None:
        return t.place.country
    return (t.relative or {}).get("country")


def clause_arguments(head: "Token") -> list["Token"]:
    """Where the trigger's clause is placed when the trigger itself says nothing of it: the
    object ('stormed X'), passive subject ('X is captured') and locating-preposition objects
    ('struck at X') of the trigger (passive subject) and of the verb its clause hangs from ('the
    attack struck X, killing ...', 'captured X ... but lost it'). Only a name the gazetteer
    knows is taken from these (`argument_places(..., vouched_only=...)`): the link is looser
    than the trigger's own arguments."""
    from frontwatch.events.triggers import expand

    found = [c for c in head.children if c.dep_ == "nsubjpass"]
    gov = head.head
    if head.dep_ in ("advcl", "conj", "xcomp") and gov.i != head.i and gov.pos_ in ("VERB", "AUX"):
        for c in gov.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                found.append(c)
            elif c.dep_ == "prep" and c.lower_ in _locating_prepositions():
                found.extend(p for p in c.children if p.dep_ == "pobj")
    return expand(found)


def argument_places(args: Iterable["Token"], locating: set[int], span: "Span",
                    by_token: Mapping[int, Sequence[Toponym]], excluded: set[int],
                    fallback: Toponym | None, refused: Sequence[Toponym] = (),
                    vouched_only: Iterable["Token"] = ()) -> list[tuple[Toponym, int, int, int]]:
    """Candidate places (toponym, first token, end token, root token) for the names among a
    trigger's arguments `args` that no toponym covers. `locating`: the argument tokens that
    are objects of a locating preposition (the rest are the verb's objects); `excluded`:
    tokens of actors; `fallback`: the article's country as a toponym (None: no country known);
    `refused`: the names the resolver refused, with their best sense (geo/refused.py);
    `vouched_only`: more tokens (`clause_arguments`) whose names are kept only when the
    resolver refused them with a sense in the sentence's country."""
    args = list(args)
    loose = {t.i for t in vouched_only} - {t.i for t in args}
    args += [t for t in vouched_only if t.i in loose]
    doc = span.doc
    w = locative_words()
    out: list[tuple[Toponym, int, int, int]] = []
    seen: set[tuple[int, int]] = set()
    for tok in args:
        if not (span.start <= tok.i < span.end) or tok.i in by_token or tok.i in excluded:
            continue
        if not tok.text[:1].isupper() or not (tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC", "FAC")):
            continue
        a, b = _name_span(tok, span)
        if (a, b) in seen or any(i in by_token or i in excluded for i in range(a, b)):
            continue
        seen.add((a, b))
        label = tok.ent_type_
        words_ = [t.text for t in doc[a:b] if t.text[:1].isalnum()]
        if not words_:
            continue
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        container = _container(doc, b, span, by_token)
        sense = _refused_sense(start, end, refused, container or fallback)
        if tok.i in loose and (sense is None or not _same_name(sense, start, end)):
            continue
        # A name the gazetteer knows, with its sense in the sentence's country, is a place though
        # the small NER model called it an organisation ('captured Birao') or, before a place noun,
        # a people ('targeting the Minyan suburbs'). A PERSON label stays a person: people are
        # what these verbs take ('Bigley was captured').
        modifies = tok.dep_ in NOUN_MODIFIERS and tok.head.i >= b  # 'Zwai civilians', 'Minyan suburbs'
        place_head = modifies and tok.head.lower_ in w.place_nouns | w.suffix_nouns
        vouched = sense is not None and _same_name(sense, start, end) and label in ("ORG", "NORP") and \
            (place_head if label == "NORP" or modifies else True)
        if label in NOT_PLACE_LABELS and not vouched:
            continue
        if a > 0 and doc[a - 1].lower_.rstrip(".") in TITLE_WORDS or words_[0].lower() in TITLE_WORDS:
            continue
        if reads_as_person(doc, a, b):
            continue
        last = words_[-1].lower()
        site = last in w.site_words or last in w.facility_words
        prep = _prep_of(doc, a, span)
        strong = tok.i in locating or prep in _locating_prepositions() or _territory_object(tok)
        if label in ("PERSON", "ORG") and not (strong or vouched or (site and label == "ORG")):
            continue  # 'shot X', 'captured X': people and organisations are the objects of these verbs as often
        if len(words_) == 1 and words_[0].isupper():
            continue  # an acronym alone
        if not site and all(common_word(x) for x in words_):
            continue  # 'Member', 'Sabre', 'Tuesday': everyday words
        # a country known but not named has no point (extract.synthetic_country): a town of the sentence has
        anchor = sense or container or (fallback if fallback is not None and fallback.place is not None else
                                        _nearest_place(a, b, span, by_token))
        if anchor is None or anchor.place is None:
            if fallback is None:  # no country known: the name alone (known but not named: the event falls back to it)
                out.append((_unplaced(start, end, doc[a:b].text), a, b, tok.i))
            continue
        place = anchor.place
        t = Toponym(start=start, end=end, text=doc[a:b].text, place=place, score=SCORE,
                    precision=anchor.precision or place.precision,
                    candidates=[Candidate(place=place, score=SCORE, how=HOW)])
        out.append((t, a, b, tok.i))
    return out


def unplaced_names(names: Sequence[Toponym], span: "Span", taken: Sequence[tuple[int, int]],
                   actor_tokens: Collection[int] = frozenset()) -> list[tuple[Toponym, int, int, int]]:
    """Candidate places (toponym, first token, end token, root token) of a sentence from the names the
    geoparser kept without a point (geo/refused.unplaced_of: an unlisted name in a strong role, 'in the town
    of Kiliba', 'murdered ... in Mangalhat', in an article that names no country to put it in). Any event of
    the sentence may take one, as it may any place of the sentence: the place-role scorer weighs it by its
    role (and its feature `unplaced`), as it weighs the argument names kept without a point (`_unplaced`).
    Not a name a candidate already covers (`taken`, token ranges), nor one inside an actor's words
    (`actor_tokens`; the caller passes the unlabelled ones, as to `argument_places`: a name the model labelled and
    the actor reader took too, 'in Al-Zarzour', is the geoparser's to judge, and it kept it)."""
    doc = span.doc
    out: list[tuple[Toponym, int, int, int]] = []
    for t in names:
        if t.place is not None or not (span.start_char <= t.start and t.end <= span.end_char):
            continue
        sp = doc.char_span(t.start, t.end, alignment_mode="expand")
        if sp is None or any(not (sp.end <= a or sp.start >= b) for a, b in taken):
            continue
        if any(i in actor_tokens for i in range(sp.start, sp.end)):
            continue
        out.append((t, sp.start, sp.end, sp.root.i))
    return out


__all__ = ["HOW", "argument_places", "clause_arguments", "nested_locatives", "reads_as_person", "unplaced_names"]
