"""Reported events that coded nothing at all (docs/events-recall.md), and their negatives.

The sentences are written for the test (none is from the development corpora): each
mechanism must fire on its own grammar and stay silent on a look-alike."""

from __future__ import annotations

import pytest
from test_events_support import run

from frontwatch.events.narrative_would import narrative_would
from frontwatch.events.novelty import measures_novelty
from frontwatch.events.requirement_places import refused_place_tokens
from frontwatch.geo.refused import store
from frontwatch.model import Place, Toponym


def coded(nlp, text):  # noqa: F811
    return [(e.event_type, e.modality) for e in run(nlp, text)]


def types(nlp, text):  # noqa: F811
    return {t for t, _ in coded(nlp, text)}


@pytest.mark.parametrize("text", [
    "Government jets would later bomb the market in Idlib.",
    "Russian warplanes would lead the assault today, hitting rebel positions near Hama.",
])
def test_a_would_anchored_in_the_time_line_tells_what_happened(nlp, text):  # noqa: F811
    got = coded(nlp, text)
    assert got and all(m == "asserted" for _, m in got), got


@pytest.mark.parametrize("text", [
    "A larger force would be exposed to air strikes near Idlib.",
    "If the army advanced, rebels would attack Idlib later.",
    "Rebels would have seized Aleppo today without Russian jets.",
    "Jets would bomb Idlib tomorrow.",
])
def test_a_conditional_or_future_would_still_reports_nothing(nlp, text):  # noqa: F811
    assert all(m != "asserted" for _, m in coded(nlp, text)), coded(nlp, text)


def test_narrative_would_reads_its_own_clause(nlp):  # noqa: F811
    doc = nlp("They would later execute the prisoners.")
    verb = next(t for t in doc if t.lemma_ == "execute")
    assert narrative_would(verb)
    doc = nlp("They would execute the prisoners.")
    assert not narrative_would(next(t for t in doc if t.lemma_ == "execute"))


def test_a_subject_requirement_tells_troops_from_letters(nlp):  # noqa: F811
    assert "deployment" in types(nlp, "A platoon of peacekeepers arrived in Goma on Monday.")
    assert not types(nlp, "The letter arrived in Goma on Monday.")


@pytest.mark.parametrize("text,typ", [
    ("Dozens of shells fell on Idlib overnight.", "shelling"),
    ("A fight broke out between the two factions in Baghdad.", "armed_clash"),
    ("Gunmen fired into a crowded market in Baghdad.", "attack_civilians"),
    ("Police found the bodies of six men in Baghdad.", "attack_civilians"),
    ("Hundreds of students took to the streets of Kampala.", "protest"),
    ("Troops beat back the rebels near Hama.", "armed_clash"),
    ("A military helicopter crashed near Kandahar, killing its crew.", "incident"),
    ("Two pilots died in a plane crash near Maiduguri.", "incident"),
    ("Gunmen held hostage 20 passengers of a bus near Gusau.", "abduction"),
    ("The two aid workers were held captive for three months near Gao.", "abduction"),
])
def test_whole_trigger_families(nlp, text, typ):  # noqa: F811
    assert typ in types(nlp, text), coded(nlp, text)


@pytest.mark.parametrize("text", [
    "He joined the company in Kampala in 2010.",
    "Police found the keys in a car in Baghdad.",
    "The minister declared a holiday in Kampala.",
    "A car crashed into a wall in Baghdad.",  # only an aircraft's crash is an incident
])
def test_look_alikes_of_the_new_cues_code_no_acled_event(nlp, text):  # noqa: F811
    got = [(e.event_type, e.acled_sub_event_type) for e in run(nlp, text)]
    assert not [g for g in got if g[1]], got  # (a minister's words may still be a PLOVER statement)


def test_a_scene_a_video_showed_is_an_event(nlp):  # noqa: F811
    assert "attack_civilians" in types(nlp, "Video showed gunmen shooting at cars near Idlib.")
    assert not types(nlp, "Rebels fighting the government held a meeting in Idlib.") - {"consult"}


def test_first_time_in_years_is_news_and_for_years_history(nlp):  # noqa: F811
    news = coded(nlp, "Rebels advanced inside Daraa for the first time in years.")
    assert news and all(m != "background" for _, m in news), news
    assert all(m == "background" for _, m in coded(nlp, "Russian jets bombed Idlib for years."))
    doc = nlp("the worst fighting in decades")
    assert measures_novelty(doc[:], 3)
    assert not measures_novelty(nlp("fighting in decades")[:], 1)


def _refused(doc, text: str, score: float) -> Toponym:
    start = doc.text.index(text)
    return Toponym(start=start, end=start + len(text), text=text, score=score, precision="city",
                   place=Place(geonameid=1, name=text, lat=35.0, lon=38.0, country="SY", precision="city"))


def test_a_refused_gazetteer_name_counts_as_a_place_argument(nlp):  # noqa: F811
    doc = nlp("The army said Sinjar has been liberated by its troops in March.")
    store(doc, [_refused(doc, "Sinjar", 0.15), _refused(doc, "March", 0.0)])
    got = {doc[i].text for i in refused_place_tokens(doc[:], [])}
    assert got == {"Sinjar"}  # a zero-score sense ('March') is no evidence


@pytest.mark.parametrize("text", [
    "The attacker detonated his explosives at the gate of the police station.",
    "A young woman detonated herself at the entrance of the market, killing five people.",
])
def test_an_attacker_setting_off_his_own_explosives_is_a_suicide_bombing(nlp, text):  # noqa: F811
    assert "suicide_bombing" in types(nlp, text)


def test_explosives_detonated_by_engineers_are_no_suicide_bombing(nlp):  # noqa: F811
    assert "suicide_bombing" not in types(nlp, "Army engineers detonated the explosives found near the bridge.")
