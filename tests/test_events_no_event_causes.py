"""Causes of a reported event coded as no event at all, found on the tune part of the
sub-event type corpus (the sentences here are written for the test, none is from it):
a purpose clause read as the habitual 'used to', a recent span read as history, a duration
inside another clause dating the trigger, a place requirement that missed the place taken,
and a sentence dropped whole as a boilerplate heading."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from test_events_support import run

from frontwatch.clean.boilerplate import match_rule
from frontwatch.events.dates import DateExpr, is_background, resolve

SAT = datetime(2024, 12, 7, tzinfo=timezone.utc)


def coded(nlp, text):  # noqa: F811
    return [(e.event_type, e.modality) for e in run(nlp, text)]


@pytest.mark.parametrize("text", [
    "Gunmen used a bomb to blow up an army truck near Idlib, killing four soldiers.",
    "Police use water cannon to break up a protest in Idlib.",
])
def test_using_a_thing_to_do_something_is_not_the_habitual_used_to(nlp, text):  # noqa: F811
    got = coded(nlp, text)
    assert got and all(m != "background" for _, m in got), got


def test_used_to_is_still_the_habitual_past(nlp):  # noqa: F811
    assert all(m == "background" for _, m in coded(nlp, "Russian jets used to bomb Idlib."))


@pytest.mark.parametrize("text,history", [
    ("in the past five days", False), ("in the past week", False), ("in the past 24 hours", False),
    ("in the past few months", False), ("in the past", True), ("in the past decade", True),
])
def test_in_the_past_is_history_only_without_a_short_span(text, history):
    d, p, h = resolve(text, SAT)
    assert is_background(DateExpr(0, 1, text, d, p, h), SAT) is history


def test_a_recent_span_leaves_the_event_news(nlp):  # noqa: F811
    got = coded(nlp, "Jihadists executed 23 villagers near Idlib in the past five days.")
    assert got and all(m != "background" for _, m in got), got


def test_a_duration_inside_a_relative_clause_does_not_date_the_main_verb(nlp):  # noqa: F811
    got = coded(nlp, "Militants burned down five shops near Idlib that migrants have owned for decades.")
    assert got and all(m == "asserted" for _, m in got), got
    # ... but the relative clause's own verb is still history where it is the trigger
    assert all(m == "background" for _, m in coded(nlp, "For decades, jets bombed Idlib."))


@pytest.mark.parametrize("text", [
    "The jihadist group took over a military barracks during the battle.",
    "Rebels seized most of the countryside on Friday.",
    "The town, which was seized by rebels last week, lies north of Idlib.",
])
def test_a_place_taken_without_a_gazetteer_name_still_counts(nlp, text):  # noqa: F811
    assert "territory_taken" in {t for t, _ in coded(nlp, text)}, coded(nlp, text)


def test_taking_a_thing_is_not_taking_territory(nlp):  # noqa: F811
    assert "territory_taken" not in {t for t, _ in coded(nlp, "Rebels took a break from the talks in Idlib.")}


def test_a_hyphenated_name_is_not_a_heading_separator():
    assert match_rule("Also on Saturday Jaish al-Islam said it had shot down a regime drone near Douma.") is None
    assert match_rule("Also on BBC - Why the war goes on") is not None


@pytest.mark.parametrize("text,typ", [
    ("Strategic town captured by rebels after heavy fighting", "territory_taken"),
    ("Kidnapped schoolgirls released in Zamfara after talks with bandits", "release"),
])
def test_a_reduced_relative_takes_its_noun_as_what_was_acted_on(nlp, text, typ):  # noqa: F811
    assert typ in {t for t, _ in coded(nlp, text)}, coded(nlp, text)
