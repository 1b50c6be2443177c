"""Dates relative to the publication date, with precision, and history cues."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from test_events_support import run

from frontwatch.events.dates import DateExpr, find_expressions, is_background, resolve

SAT = date(2024, 12, 7)  # a Saturday


@pytest.mark.parametrize("text,want,precision", [
    ("on Friday", "2024-12-06", "day"),
    ("Saturday", "2024-12-07", "day"),  # the publication weekday is that day
    ("last Saturday", "2024-11-30", "day"),
    ("today", "2024-12-07", "day"),
    ("yesterday", "2024-12-06", "day"),
    ("on Monday night", "2024-12-02", "day"),
    ("on 5 December", "2024-12-05", "day"),
    ("December 28", "2023-12-28", "day"),  # a day still to come this year is last year's
    ("3 days ago", "2024-12-04", "day"),
    ("last week", "2024-11-30", "week"),
    ("earlier this month", "2024-12-01", "month"),
    ("last month", "2024-11-01", "month"),
    ("in March 2023", "2023-03-01", "month"),
    ("last year", "2023-01-01", "year"),
    ("since 2022", "2022-01-01", "year"),
    ("in 2011", "2011-01-01", "year"),
])
def test_relative_expressions_resolve_against_publication(text, want, precision):
    d, prec, _ = resolve(text, datetime(2024, 12, 7, 9, tzinfo=timezone.utc))
    assert (d.isoformat(), prec) == (want, precision)


@pytest.mark.parametrize("text,history", [
    ("since 2022", True), ("since 2011", True), ("for years", True), ("years ago", True),
    ("in the 16th century", True), ("since last week", False), ("last week", False), ("on Friday", False),
])
def test_history_cues(text, history):
    d, p, h = resolve(text, SAT)
    assert is_background(DateExpr(0, 1, text, d, p, h, since=text.startswith("since")), SAT) is history


def test_old_dates_are_background_recent_ones_not():
    assert is_background(DateExpr(0, 1, "2011", date(2011, 1, 1), "year"), SAT)
    assert not is_background(DateExpr(0, 1, "this year", date(2024, 1, 1), "year"), SAT)
    assert is_background(DateExpr(0, 1, "in March", date(2024, 3, 1), "month"), SAT)
    assert not is_background(DateExpr(0, 1, "last month", date(2024, 11, 1), "month"), SAT)


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve("on Friday", None) == (None, "unknown", False)
    assert resolve("in 2011", None)[0] == date(2011, 1, 1)
    assert resolve("resolution 2254", SAT)[0] is None  # numbers are not years


def test_expressions_found_in_a_sentence(nlp):  # noqa: F811
    doc = nlp("On Friday, Russia urged its citizens to flee, as it has done for years.")
    found = find_expressions(doc[:], SAT)
    assert [(e.text, e.precision, e.history) for e in found][0] == ("Friday", "day", False)
    assert any(e.history for e in found)


def test_event_dates(nlp):  # noqa: F811
    ev = run(nlp, "Israel bombed two crossings near Damascus on Friday.")[0]
    assert (ev.date, ev.date_precision) == ("2024-12-06", "day")
    ev = run(nlp, "The army says it is redeploying from Hama.")[0]
    assert (ev.date, ev.date_precision) == ("2024-12-07", "day")  # present tense: the report's day
    ev = run(nlp, "Hezbollah sent fighters to Homs.")[0]
    assert (ev.date, ev.date_precision) == ("2024-12-07", "week")  # past, no day given: recent
    ev = run(nlp, "Since the fall of Aleppo last week, the army has retreated.")[0]
    assert (ev.date, ev.date_precision) == ("2024-11-30", "week")
    ev = run(nlp, "Israel bombed two crossings near Damascus on Friday.", published=None)[0]
    assert (ev.date, ev.date_precision) == (None, "unknown")


def test_a_day_carries_to_the_next_sentence_of_a_paragraph_only(nlp):  # noqa: F811
    evs = run(nlp, "On Friday, Russia urged its citizens to leave Syria. Iran evacuated its diplomats.\n\n"
                   "Hezbollah sent fighters to Homs.")
    by_type = {e.event_type: e for e in evs}
    assert by_type["evacuation"].date == "2024-12-06"
    assert by_type["deployment"].date_precision == "week"
