"""One event per happening in an article: headline, lede and later summaries of one event fold together."""

from __future__ import annotations

from test_events_support import run


def coded(evs):
    return sorted((e.event_type, e.location.place.name if e.location and e.location.place else None, e.date)
                  for e in evs if e.modality != "background")


def test_headline_repeating_the_lede_is_one_event_told_by_the_body(nlp):  # noqa: F811
    for headline in ("Rebels are 20 km from Damascus", "Rebels 20 km from Damascus"):
        text = (f"{headline}\n\n"
                "On Saturday, rebels were 20 km from Damascus, the Observatory said.\n\n"
                "The rebels are advancing towards the capital Damascus.")
        evs = [e for e in run(nlp, text) if e.event_type == "advance"]
        assert len(evs) == 1, [(e.evidence_text, e.location.text) for e in evs]
        ev = evs[0]
        assert ev.evidence_start > 0  # the body's sentence, not the headline
        assert ev.location.precision == "relative"  # the most precise report of it
        assert ev.reported_by and ev.actor1 is not None


def test_a_dated_report_gives_its_day_to_an_undated_one(nlp):  # noqa: F811
    text = ("Since the fall of Aleppo last week, government forces have been collapsing.\n\n"
            "In addition to Aleppo, rebels have seized Hama.")
    taken = [e for e in run(nlp, text) if e.event_type == "territory_taken"]
    assert coded(taken) == [("territory_taken", "Aleppo", "2024-11-30"), ("territory_taken", "Hama", "2024-12-07")]


def test_different_days_actors_or_places_stay_apart(nlp):  # noqa: F811
    evs = run(nlp, "Russian jets bombed Idlib on Monday. Russian jets bombed Idlib again on Friday.")
    assert [e.date for e in evs] == ["2024-12-02", "2024-12-06"]
    evs = run(nlp, "Russian jets bombed Idlib. Turkish jets bombed Idlib.")
    assert sorted(e.actor1.name for e in evs) == ["Military Forces of Russia", "Military Forces of Turkey"]
    evs = run(nlp, "Rebels seized Hama. Rebels seized Homs.")
    assert coded(evs) == [("territory_taken", "Hama", "2024-12-07"), ("territory_taken", "Homs", "2024-12-07")]


def test_an_unnamed_actor_merges_only_within_its_paragraph(nlp):  # noqa: F811
    near = run(nlp, "Iran and Turkey began talks in Doha. The meeting in Doha lasted hours.")
    assert [e.event_type for e in near] == ["consult"]
    far = run(nlp, "Hezbollah sent troops to Homs.\n\nLater, reinforcements were sent to Homs.")
    assert [e.event_type for e in far] == ["deployment", "deployment"]


def test_a_denial_or_history_is_never_folded_into_the_news(nlp):  # noqa: F811
    evs = run(nlp, "Rebels seized Idlib. Rebels did not seize Idlib, the army said.")
    assert sorted(e.modality for e in evs) == ["asserted", "denied"]
    evs = run(nlp, "Rebels seized Idlib in 2015. Rebels seized Idlib.")
    assert sorted(e.modality for e in evs) == ["asserted", "background"]


def test_a_vaguer_report_in_the_same_sentence_yields_to_the_precise_one(nlp):  # noqa: F811
    evs = run(nlp, "Militias are ready to deploy to Syria and have massed near the Iraqi-Syrian border.")
    assert [(e.event_type, e.location.precision) for e in evs] == [("deployment", "border")]
    # a country-level event of another country, or another type, is kept
    evs = run(nlp, "Rebels seized Idlib on Monday, and Turkey deployed troops to Syria.")
    assert sorted(e.event_type for e in evs) == ["deployment", "territory_taken"]


def test_a_claim_folds_into_an_assertion_only_when_one_of_them_is_dated(nlp):  # noqa: F811
    evs = run(nlp, "Rebels seized Hama, the Observatory said. Rebels are said to have seized Hama.")
    assert sorted(e.modality for e in evs) == ["asserted", "claimed"]
    evs = run(nlp, "Rebels seized Hama on Friday. Rebels are said to have seized Hama.")
    assert [(e.modality, e.date) for e in evs] == [("asserted", "2024-12-06")]


def test_a_later_report_with_a_direction_refines_the_merged_location(nlp):  # noqa: F811
    text = ("On Saturday, rebels were 30 km from Homs, the Observatory said.\n\n"
            "A commander said they were 30 km from the northern entrance to Homs.")
    evs = [e for e in run(nlp, text) if e.event_type == "advance"]
    assert len(evs) == 1, [(e.evidence_text, e.location.text) for e in evs]
    rel = evs[0].location.relative
    assert rel["kind"] == "distance" and rel["direction"] == "N", rel
    assert "northern entrance" in evs[0].location.text
    assert evs[0].evidence_start == 0  # the dated report still tells the event
