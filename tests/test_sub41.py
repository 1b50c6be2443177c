"""sub41: a pluperfect is history only when the sentence places it before the report.

A pluperfect with no date of its own is backshifted speech under (or after) a verb of saying, the
background of another clause when it stands in a subordinate clause, history with an adverb of
earlier time, and otherwise - in the sentence's main clause - the report's own event
(events/pluperfect.py, data/pluperfect.json). The sentences are written for the test.
"""

from __future__ import annotations

import pytest
from event_helpers import acled_events

from frontwatch.events.pluperfect import pluperfect_is_history


def _verb(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


def _told(text: str) -> list[dict]:
    return [e for e in acled_events(text) if e.get("modality") != "background"]


@pytest.mark.parametrize("text,word", [
    ("Several residents of the village had protested the plans of the company.", "protested"),
    ("Both car bombs had been aimed at passing army vehicles.", "aimed"),
    ("Gunmen had stormed the police station and seized weapons.", "seized"),
    ("The coalition reported earlier on Friday it had conducted nine airstrikes on militants.", "conducted"),
])
def test_a_main_clause_pluperfect_is_the_report(nlp, text, word):
    assert not pluperfect_is_history(_verb(nlp(text), word))


@pytest.mark.parametrize("text,word", [
    ("The forces which had advanced to the airbase were driven back to the west.", "advanced"),
    ("After the rebels had seized the town, the army shelled it for a week.", "seized"),
    ("Rebels had previously held the town for two years.", "held"),
    ("The militia had once controlled the whole valley.", "controlled"),
])
def test_a_pluperfect_placed_before_the_report_is_history(nlp, text, word):
    assert pluperfect_is_history(_verb(nlp(text), word))


def test_a_main_clause_pluperfect_is_coded_as_an_event():
    assert any(e["acled"]["sub_event_type"] == "Peaceful protest"
               for e in _told("Several residents of the village had protested the plans of the company."))


def test_a_pluperfect_with_an_earlier_time_adverb_stays_background():
    assert not _told("Residents had previously protested the plans of the company.")


def test_a_background_cue_does_not_absorb_the_reported_event_beside_it():
    # the relative's pluperfect 'had advanced' is background; the main clause 'were driven back' is the report:
    # the two are never merged into one (events/extract.py `_dedupe`, as `consolidate` keeps them apart)
    told = _told("The government forces which had advanced to the airbase were driven back to the west.")
    assert [e["trigger"] for e in told] == ["driven back"]
