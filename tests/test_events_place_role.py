"""The event's place by role (events/place_role.py): where it happened, not where an actor is from,
where someone fled to, or the country holding the named town. Constructed sentences, a stand-in
geoparser (test_events_support) so only the place decision is under test."""

from __future__ import annotations

import json

from test_events_support import nlp, run  # noqa: F401  (fixture)

from frontwatch.events import place_role


def places(evs, etype: str | None = None) -> list[str | None]:
    return sorted(e.location.text if e.location else None for e in evs if etype is None or e.event_type == etype)


def test_the_place_is_where_it_happened_not_the_actors_origin(nlp):  # noqa: F811
    assert places(run(nlp, "Turkish artillery shelled Manbij on Monday."), "shelling") == ["Manbij"]
    assert places(run(nlp, "Iraqi militiamen clashed with rebels in Homs."), "armed_clash") == ["Homs"]


def test_a_destination_or_origin_is_not_the_place_of_the_fighting(nlp):  # noqa: F811
    evs = run(nlp, "Hundreds of families fled to Jordan after clashes in Daraa.")
    assert places(evs, "armed_clash") == ["Daraa"]


def test_a_speakers_place_is_not_the_place_of_the_attack(nlp):  # noqa: F811
    evs = run(nlp, "Officials in Damascus said rebels attacked an army post in Hama.")
    assert "Hama" in places(evs) and "Damascus" not in places(evs)


def test_the_named_town_beats_the_country_holding_it(nlp):  # noqa: F811
    assert places(run(nlp, "Jets bombed Idlib in northern Syria."), "air_strike") == ["Idlib"]


def test_places_in_one_locative_are_one_event_each(nlp):  # noqa: F811
    assert places(run(nlp, "Regime helicopters dropped barrel bombs on Douma and Hama.")) == ["Douma", "Hama"]


def test_packaged_weights_are_fitted_data() -> None:
    data = json.loads(place_role.weights_path().read_text(encoding="utf-8"))
    w = place_role.load_weights()
    assert 0.0 < w.threshold < 1.0 and len(w.weights) > 20
    assert "fit_place_role" in data["about"]
    # what the fit learnt, in the direction the grammar says
    assert w.weights["demonym"] < 0 and w.weights.get("prep=in", 0) > w.weights.get("prep=from", 0)


def test_a_place_following_another_through_in_only_locates_it(nlp):  # noqa: F811
    evs = run(nlp, "Warplanes bombed positions in Manbij city in the eastern countryside of Aleppo.")
    assert places(evs, "air_strike") == ["Manbij"]
