"""Small homonyms in the article's home divisions reach the resolver past the candidate cap
(real gazetteer; the spans are built by hand, as the recogniser would)."""

from __future__ import annotations

from frontwatch.geo.home_candidates import (
    CANDIDATE_LIMIT,
    home_divisions,
    with_home_homonyms,
)
from frontwatch.geo.recognize import SpanCandidate


def test_home_divisions_need_a_share() -> None:
    homes = home_divisions({("US", "NJ"): 0.6, ("US", "NY"): 0.05}, {("us", "MN"): 0.3})
    assert homes == frozenset({("US", "NJ"), ("US", "MN")})
    assert home_divisions(None, {}) == frozenset()


def test_a_capped_name_gains_its_homonyms_in_the_home_division(geoparser) -> None:
    span = SpanCandidate(start=0, end=7, text="Douglas", label="GPE", sentence=0, lookup=["Douglas"])
    cands = geoparser._candidates("Douglas", ())
    assert len(cands) >= CANDIDATE_LIMIT  # the cap was reached...

    def minnesotan(cs) -> list:
        return [c for c in cs if c.place.country == "US" and c.place.admin1_code == "MN"]

    (got,) = with_home_homonyms(geoparser.gazetteer, [span], [cands], frozenset({("US", "MN")}))
    assert minnesotan(got) and len(minnesotan(got)) > len(minnesotan(cands))  # ...and Minnesota's came back
    assert got[:len(cands)] == cands  # nothing else changes
    (same,) = with_home_homonyms(geoparser.gazetteer, [span], [cands[:3]], frozenset({("US", "MN")}))
    assert same == cands[:3]  # under the cap: the finder's list is whole


def test_flood_warning_counties_stay_in_their_state(geoparser) -> None:
    # with outlets, as `evaluate geoparse` and an ingest with outlet priors run: the second pass
    # (the one that has the outlet's divisions, here none) widens the capped lists
    text = ("The National Weather Service in Grand Forks issued a flood warning for the Red River in Minnesota. "
            "The warning covers Becker, Clay, Douglas, Grant, Mahnomen, Otter Tail, Swift and Wilkin counties "
            "in Minnesota.")
    (tops,) = geoparser.parse_texts([text], outlets=[None])
    douglas = [t for t in tops if t.text == "Douglas" and t.place is not None]
    assert douglas and douglas[0].place.admin1_code == "MN"
