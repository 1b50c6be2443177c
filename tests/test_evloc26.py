"""evloc26: a transliterated town with no rival sense is accepted at any size (geo/resolve.py).

The small NER model labels romanised names PERSON or ORG as often as GPE; in a place's frame a
town of a country that writes in another script, which no other sense of the name rivals, is
raised to acceptance whatever its population (`least_uncontested_people`). The pure predicates
on CONSTRUCTED places (numbers chosen for the test, shaped like GeoNames rows), and CONSTRUCTED
sentences through the real parser and gazetteer ('Jubb al Jarrāḩ', 'Dārayyā' and '‘Ayn ‘Īsá' are
GeoNames towns of Syria; the checks fail loudly if a future gazetteer no longer lists them).
"""

from __future__ import annotations

import pytest

from frontwatch.geo.resolve import W, least_uncontested_people, uncontested_famous
from frontwatch.model import Candidate, Place


def _c(gid: int, name: str, country: str, people: int, how: str = "folded", precision: str = "city",
       admin1: str = "01", lat: float = 36.0, lon: float = 37.0) -> Candidate:
    return Candidate(place=Place(geonameid=gid, name=name, lat=lat, lon=lon, country=country, admin1_code=admin1,
                                 population=people, precision=precision), score=1.0, how=how)


def test_the_least_population_depends_on_the_script_of_the_country() -> None:
    assert least_uncontested_people(_c(1, "Jubb al Jarrah", "SY", 0).place) == W.uncontested_romanised_people
    assert least_uncontested_people(_c(2, "Millbrook", "US", 900).place) == W.famous_city
    # a division is still held to the famous size: a province's name is as often a family's
    assert least_uncontested_people(_c(3, "Hamah", "SY", 700_000, precision="admin1").place) == W.famous_city


def test_a_small_romanised_village_alone_is_uncontested_and_a_rival_spelling_contests_it() -> None:
    village = _c(1, "Jubb al Jarrah", "SY", 0)
    assert uncontested_famous("Jubb Al-Jarrah", village, [village])
    rival = _c(2, "Rey", "IR", 13_000, lat=35.6, lon=51.4)  # as well matched, more people: a contest
    assert not uncontested_famous("Jubb Al-Jarrah", village, [village, rival])
    small = _c(3, "Millbrook", "US", 900)
    assert not uncontested_famous("Millbrook", small, [small])


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "name"), [
    ("Rebels stormed the towns of Jubb Al-Jarrah and Tal Hadya after midnight.", "Jubb Al-Jarrah"),
    ("Government troops captured several buildings inside of Darayya on Tuesday.", "Darayya"),
    ("A car bomb exploded in northern ‘Ayn ‘Issa on Sunday.", "Ayn ‘Issa"),
])
def test_a_mislabelled_syrian_town_in_a_place_frame_is_resolved(nlp, sentence: str, name: str) -> None:
    from frontwatch.geo.geoparse import Geoparser
    from frontwatch.nlp.pipeline import sentences

    gp = Geoparser.open(None)
    assert any(c.place.country == "SY" for c in gp.finder.candidates(name, focus=(), limit=5)), f"{name} not listed"
    doc = nlp(sentence)
    tops = [t for t in gp.parse_doc(doc, sentences(doc)) if t.text == name]
    assert len(tops) == 1 and tops[0].place is not None and tops[0].place.country == "SY"


def test_a_small_town_in_a_neighbour_of_the_theatre_is_not_raised() -> None:
    """The raise for a small romanised town needs it inside the article's theatre, not in a neighbour:
    a Syrian report's 'Bani Zaid' (an Aleppo quarter) is not the West Bank village. A famous town keeps
    the older rule (the theatre only must not mark it down)."""
    from frontwatch.geo.recognize import SpanCandidate
    from frontwatch.geo.resolve import DocContext, resolve_with
    from frontwatch.geo.theatre import build_theatre

    span = SpanCandidate(start=0, end=9, text="Bani Zaid", label="PERSON", sentence=0, prep="in")
    village = _c(1, "Bani Zayd", "PS", 5_000, how="exact", lat=32.0, lon=35.1)
    assert resolve_with(span, [village], DocContext()).place is not None  # no theatre: raised
    israel = build_theatre(place_votes={"haifa": "IL", "eilat": "IL"}, local_names=["haifa", "eilat"])
    assert israel.ring("PS") != "inside"
    assert resolve_with(span, [village], DocContext(theatre=israel)).place is None
