"""A town qualified by the first-level division it lies in, with no namesake of it there (geo39, issues 14, 19).

'Greenwood, W. Va.', 'Nikolske in Kherson oblast', 'Никольское в Херсонской области': when the gazetteer
lists no place of the name inside the division the sentence names, every candidate is a namesake elsewhere,
and the town is put at the division instead (`geo/named_division.py`, `resolve._refuse_outside_named_division`).

The pure functions on CONSTRUCTED places and spans, and CONSTRUCTED sentences (not corpus text) through the
real English and native geoparsers (the end-to-end checks fail before the change: Greenwood went to South
Carolina, Nikolske to Donetsk oblast).
"""

from __future__ import annotations

import pytest
from geo_helpers import toponyms

from frontwatch.geo.named_division import (
    division_links,
    division_places,
    outside_named_division,
    qualifier_gap,
)
from frontwatch.geo.recognize import SpanCandidate
from frontwatch.model import Candidate, Place


def _place(gid: int, name: str, country: str, admin1: str, precision: str = "city") -> Place:
    return Place(geonameid=gid, name=name, lat=40.0, lon=-80.0, country=country, admin1_code=admin1,
                 population=20_000, precision=precision)


def _c(place: Place, how: str = "exact") -> Candidate:
    return Candidate(place=place, score=1.0, how=how)


def _span(text: str, start: int, prep: str | None = None, type_word: str | None = None) -> SpanCandidate:
    return SpanCandidate(start=start, end=start + len(text), text=text, label="GPE", sentence=0, prep=prep,
                         type_word=type_word)


STATE = _place(10, "West Virginia", "US", "WV", "admin1")
ELSEWHERE = _place(1, "Greenwood", "US", "SC")
THERE = _place(2, "Greenwood", "US", "WV")


def test_a_namesake_outside_the_named_division_is_refused_only_when_none_lies_inside() -> None:
    assert outside_named_division(ELSEWHERE, [_c(ELSEWHERE)], [STATE])
    assert not outside_named_division(ELSEWHERE, [_c(ELSEWHERE), _c(THERE)], [STATE])  # the resolver ranks those
    assert not outside_named_division(THERE, [_c(THERE)], [STATE])


def test_a_division_of_another_country_or_a_division_named_first_is_no_qualifier() -> None:
    haiti_sud = _place(11, "Sud", "HT", "12", "admin1")
    assert not outside_named_division(ELSEWHERE, [_c(ELSEWHERE)], [haiti_sud])  # 'Uvira, Sud' misread
    texas = _place(12, "Texas", "US", "TX", "admin1")
    assert not outside_named_division(ELSEWHERE, [_c(ELSEWHERE), _c(texas)], [STATE])  # 'Texas, Oklahoma'


def test_the_gap_a_qualifier_may_stand_behind() -> None:
    division = _span("Kherson", 0, prep="in", type_word="region")
    assert qualifier_gap(", ", division) and qualifier_gap(" in ", division) and qualifier_gap(" в ", division)
    assert qualifier_gap(", in the ", division)
    assert qualifier_gap(" ", division)  # the genitive, with the division's kind word
    assert not qualifier_gap(" ", _span("Kherson", 0, prep="in"))  # two names side by side, no kind word
    assert not qualifier_gap(" and in ", division)
    assert not qualifier_gap(" near ", _span("Kherson", 0, prep="near", type_word="region"))


def test_a_name_that_is_also_a_town_names_no_division_without_its_kind_word() -> None:
    oblast = _place(20, "Khersonska oblast", "UA", "08", "admin1")
    city = _place(21, "Kherson", "UA", "08")
    cands = [_c(oblast, "alternate"), _c(city)]
    assert division_places(_span("Kherson", 0), cands) == []
    assert division_places(_span("Kherson oblast", 0, type_word="oblast"), cands) == [oblast]
    assert division_places(_span("W. Va.", 0), [_c(STATE, "alternate")]) == [STATE]


def test_a_comma_list_is_no_qualifier() -> None:
    text = "Kyiv, Chhattisgarh, Odesa"
    spans = [_span("Kyiv", 0), _span("Chhattisgarh", 6), _span("Odesa", 20)]
    state = _place(30, "Chhattisgarh", "IN", "37", "admin1")
    cands = [[_c(_place(31, "Kyiv", "UA", "12"))], [_c(state)], [_c(_place(32, "Odesa", "UA", "17"))]]
    assert division_links(text, spans, cands) == {}
    assert division_links("Kyiv, Chhattisgarh.", spans[:2], cands[:2]) == {0: (1, [state])}


@pytest.mark.parametrize("text, town, admin1", [
    ("He was arrested in Greenwood, W. Va., on a parole violation.", "Greenwood", "West Virginia"),
    ("Shelling hit Nikolske in Kherson oblast on Monday.", "Nikolske", "Khersonska oblast"),
])
def test_a_town_missing_from_the_named_division_is_put_at_the_division(nlp, geoparser, text, town, admin1) -> None:
    got = {t.text: t for t in toponyms(nlp, geoparser, text)}
    place = got[town].place
    assert (place.precision, place.admin1) == ("admin1", admin1)
    assert got[town].candidates[0].how == "unlisted"


def test_the_qualified_town_that_is_listed_there_keeps_its_point(nlp, geoparser) -> None:
    got = {t.text: t.place for t in toponyms(nlp, geoparser, "Rebels attacked Uvira, South Kivu, on Monday.")}
    assert got["Uvira"].precision == "city" and got["Uvira"].admin1 == "Sud-Kivu"


@pytest.mark.parametrize("text", [
    "Российские войска обстреляли село Никольское в Херсонской области.",
    "Российские войска обстреляли Никольское Херсонской области.",
])
def test_the_native_geoparser_reads_the_same_rule(geoparser, text) -> None:
    from frontwatch.lang.geoparse import geoparse_text

    got = {t.text: t.place for t in geoparse_text(text, "ru", geoparser)[1]}
    assert got["Никольское"].admin1 == "Khersonska oblast"
