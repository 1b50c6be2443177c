"""A name means the place that bears it, not a bigger place that once bore it (geo38, issue 14 item 2).

GeoNames lists old and other names of a place as its alternate names: Chattogram (3.9 M people) holds
'Islamabad', Sylhet holds 'Jalalabad', Engels holds 'Pokrovsk'. By population alone such a holder
outranked the town whose own name the span is (`geo/resolve.alternate_namesake`). The holder keeps its
sense when it is a famous city ten times the size of every bearer ('Bombay' is Mumbai), when the words
name its level ('the Belgorod region'), when the alternate is a spelling of its own name, or when the
article's theatre holds its country and no bearer's.

The pure function on CONSTRUCTED places (numbers shaped like GeoNames rows), and CONSTRUCTED sentences
through the real parser and gazetteer (the checks marked so fail before the change).
"""

from __future__ import annotations

import pytest
from geo_helpers import toponyms

from frontwatch.geo.recognize import SpanCandidate
from frontwatch.geo.resolve import DocContext, W, alternate_namesake
from frontwatch.geo.theatre import build_theatre
from frontwatch.model import Candidate, Place


def _c(gid: int, name: str, country: str, people: int, how: str, precision: str = "city",
       admin1: str = "01", lat: float = 30.0, lon: float = 70.0) -> Candidate:
    return Candidate(place=Place(geonameid=gid, name=name, lat=lat, lon=lon, country=country, admin1_code=admin1,
                                 population=people, precision=precision), score=1.0, how=how)


def _span(text: str, type_word: str | None = None) -> SpanCandidate:
    return SpanCandidate(start=0, end=len(text), text=text, label="GPE", sentence=0, prep="in", type_word=type_word)


BEARER = _c(1, "Islamabad", "PK", 600_000, "exact", lat=33.7, lon=73.0)
HOLDER = _c(2, "Chattogram", "BD", 3_900_000, "alternate", lat=22.3, lon=91.8)


def test_a_holder_of_an_alternate_name_loses_to_the_names_bearer() -> None:
    cands = [BEARER, HOLDER]
    assert alternate_namesake(_span("Islamabad"), HOLDER, cands, DocContext()) == W.alternate_namesake > 0
    assert alternate_namesake(_span("Islamabad"), BEARER, cands, DocContext()) == 0.0  # the bearer itself
    assert alternate_namesake(_span("Islamabad"), HOLDER, [HOLDER], DocContext()) == 0.0  # no bearer: no rival


def test_a_division_is_measured_by_its_town_and_a_famous_holder_keeps_the_name() -> None:
    division = _c(3, "Chattogram", "BD", 7_800_000, "alternate", precision="admin1", lat=22.3, lon=91.8)
    assert alternate_namesake(_span("Islamabad"), division, [BEARER, division, HOLDER], DocContext()) > 0
    mumbai = _c(4, "Mumbai", "IN", 12_700_000, "alternate", lat=19.0, lon=72.8)
    village = _c(5, "Bombay", "NZ", 740, "exact", lat=-37.2, lon=175.0)
    assert alternate_namesake(_span("Bombay"), mumbai, [mumbai, village], DocContext()) == 0.0


def test_context_spelling_and_type_word_keep_the_holder() -> None:
    oblast = _c(6, "Belgorodskaya oblast'", "RU", 1_100_000, "alternate", precision="admin1", admin1="09")
    city = _c(7, "Belgorod", "RU", 345_000, "exact", admin1="10", lat=31.0)  # (constructed: another division)
    assert alternate_namesake(_span("Belgorod", type_word="region"), oblast, [oblast, city], DocContext()) == 0.0
    assert alternate_namesake(_span("Belgorod"), oblast, [oblast, city], DocContext()) > 0
    raqqa = _c(8, "Ar Raqqah", "SY", 180_000, "alternate", lat=35.9, lon=39.0)
    other = _c(9, "Raqqah", "IQ", 20_000, "exact", lat=33.0, lon=44.0)
    assert alternate_namesake(_span("Raqqah"), raqqa, [raqqa, other], DocContext()) == 0.0  # a spelling
    theatre = build_theatre(place_votes={"dhaka": "BD", "sylhet": "BD"}, countries=["BD"])
    assert alternate_namesake(_span("Islamabad"), HOLDER, [BEARER, HOLDER], DocContext(theatre=theatre)) == 0.0


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    ("Police fired tear gas at protesters in Islamabad on Friday.", "Islamabad", "PK"),  # fails before: Chattogram
    ("A roadside bomb killed two tribal elders in Jalalabad.", "Jalalabad", "AF"),  # fails before: Sylhet
    ("Thousands marched through Bombay after the verdict.", "Bombay", "IN"),  # Mumbai keeps its old name
    ("Drones struck an oil depot in the Belgorod region.", "Belgorod", "RU"),
])
def test_sentences_resolve_a_name_to_its_bearer(nlp, geoparser, text: str, name: str, country: str) -> None:
    got = [t for t in toponyms(nlp, geoparser, text) if t.text == name]
    assert got and got[0].place.country == country, [(t.text, t.place.name, t.place.country) for t in got]


def _doc(words: list[str], spaces: list[bool], pos: list[str], ents: list[tuple[int, int, str]] = ()):
    """A Doc built by hand (no model): the recognition helpers read only words, case, spacing, tags, entities."""
    import spacy
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos)
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    return doc


def test_lowercase_words_glued_before_a_name_are_not_the_name() -> None:
    from frontwatch.geo.recognize import _after_lowercase_words

    doc = _doc(["artillery", "pounds", "Omdurman"], [True, True, False], ["NOUN", "NOUN", "PROPN"], [(1, 3, "PERSON")])
    assert _after_lowercase_words(doc.ents[0]).text == "Omdurman"
    doc = _doc(["non", "-", "Russians"], [False, False, False], ["ADJ", "PUNCT", "PROPN"], [(0, 3, "NORP")])
    assert _after_lowercase_words(doc.ents[0]) is None  # a prefix of the word
    doc = _doc(["al", "Raqqa"], [True, False], ["PROPN", "PROPN"], [(0, 2, "GPE")])
    assert _after_lowercase_words(doc.ents[0]) is None  # an article is a word of the name


def test_a_name_the_model_cut_in_two_is_offered_whole() -> None:
    from frontwatch.geo.recognize import _split_names_joined

    words = ["bomb", "in", "Dera", "Ismail", "Khan", "on", "Monday"]
    doc = _doc(words, [True] * 6 + [False], ["NOUN", "ADP", "PROPN", "PROPN", "PROPN", "ADP", "PROPN"],
               [(3, 5, "PERSON")])
    assert [s.text for s in _split_names_joined(doc)] == ["Dera Ismail Khan"]
    doc = _doc(words, [True] * 6 + [False], ["NOUN", "ADP", "PROPN", "PROPN", "PROPN", "ADP", "PROPN"],
               [(2, 5, "GPE")])
    assert _split_names_joined(doc) == []  # one entity, not cut


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    ("A roadside bomb hit a police van in Dera Ismail Khan on Monday.", "Dera Ismail Khan", "PK"),  # fails before: Dar'a
    ("Sudanese army artillery pounds Omdurman again.", "Omdurman", "SD"),  # fails before: no place
])
def test_sentences_with_a_name_the_model_cut(nlp, geoparser, text: str, name: str, country: str) -> None:
    got = [t for t in toponyms(nlp, geoparser, text) if t.text == name]
    assert got and got[0].place.country == country, [(t.text, t.place.name, t.place.country)
                                                     for t in toponyms(nlp, geoparser, text)]


def test_two_rows_of_one_town_are_no_rival() -> None:
    quds = _c(10, "Al Quds", "IL", 1_700_000, "alternate", lat=31.77, lon=35.22)
    jerusalem = _c(11, "Jerusalem", "PS", 560_000, "exact", lat=31.77, lon=35.23)
    assert alternate_namesake(_span("Jerusalem"), quds, [quds, jerusalem], DocContext()) == 0.0
