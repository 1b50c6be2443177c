"""A country named only inside the acting side's name is the side's origin, not the event's place.

Why: 'the US-led coalition carried out air strikes in the region' happened in Syria or Iraq, never in
the US; placing it at the US also hides that the coalition's forces act abroad (ACLED inter 8).
"""

from __future__ import annotations

from frontwatch.evaluate.run import extract_texts


def _strike(text: str) -> dict:
    events = [e for e in extract_texts([text])[0] if (e.get("acled") or {}).get("sub_event_type") == "Air/drone strike"]
    assert events, f"no air strike coded from {text!r}"
    return events[0]


def test_country_inside_the_acting_sides_name_is_no_place():
    e = _strike("The US-led coalition carried out air strikes in the region on Sunday.")
    assert (e.get("actor1") or {}).get("name") == "Global Coalition against Daesh"
    assert (e.get("location") or {}).get("country") != "US"


def test_a_place_named_beside_it_is_still_the_events():
    e = _strike("The US-led coalition carried out air strikes near Raqqa on Sunday.")
    assert (e.get("location") or {}).get("country") == "SY"


def test_the_articles_own_country_in_the_acting_sides_name_stays_its_place():
    # a state's forces act at home unless the article is about somewhere else: the one country of the
    # headline is where it happened, not only whose forces struck
    e = _strike("Syria air strikes kill 32 Monitor")
    assert (e.get("location") or {}).get("country") == "SY"
    e = _strike("US airstrikes kill 20 in Raqqa")
    assert (e.get("location") or {}).get("country") == "SY"
