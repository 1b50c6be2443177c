"""The territory cluster (docs/annotation/subtypes.md section 85, sub71): ground won back and points captured
(data/triggers.csv 'win back'; data/territory_nouns.json read by events/triggers.py as TERRITORY_NOUNS).

Every sentence is made up and was labelled by the guideline before any pipeline run on it."""

from __future__ import annotations

import pytest
from event_helpers import acled_events, main_record_of

from frontwatch.events import triggers

GOV, NONSTATE = "Government regains territory", "Non-state actor overtakes territory"
TERRITORY_TYPES = {"territory_taken", "territory_regained"}


@pytest.mark.parametrize("text,expected", [
    # 'won back': ground regained, typed by the side that wins it back (no trigger read it before)
    ("The army won back the village of Tal Hamra on Tuesday.", GOV),
    ("Rebels won back the hilltop they had lost a week earlier.", NONSTATE),
])
def test_ground_won_back(text, expected):
    assert main_record_of(text)["acled"]["sub_event_type"] == expected


def test_won_back_needs_ground():
    """'won back their trust' is no ground: the row requires a place."""
    assert not [e for e in acled_events("The party won back the trust of its voters.")
                if e.get("event_type") in TERRITORY_TYPES]


@pytest.mark.parametrize("text", [
    # points captured are ground taken, not people arrested (the lexicon's 'capture' read them as an arrest)
    "Rebel forces managed to capture several points around the town on Monday.",
    "This point that was captured by the army lies on the road to the city.",
])
def test_points_captured_are_ground(text):
    types = {e.get("event_type") for e in acled_events(text) if "captur" in (e.get("trigger") or "")}
    assert types and types <= TERRITORY_TYPES, types


def test_point_is_ground_only():
    """A point is ground taken, not a strike's target ('prices hit a low point' is no strike)."""
    assert "point" in triggers.TERRITORY_NOUNS
    assert "point" not in triggers.TARGET_NOUNS
    assert "town" in triggers.TARGET_NOUNS  # the territory nouns stay targets
    assert not acled_events("Prices hit a low point on Monday.")
