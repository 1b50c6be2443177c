"""act33: the dead of a bomb no side is named for are its civilian victims (issue 14 item 5), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_name, main_record_of


@pytest.mark.parametrize("sentence", [
    "A roadside bomb exploded near a market in Kirkuk on Monday, killing at least 14.",
    "A car bomb exploded outside a mosque in Kirkuk on Friday, killing nine members of the congregation.",
])
def test_a_bombs_counted_dead_without_a_side_are_civilians(sentence: str) -> None:
    rec = main_record_of(sentence)
    assert rec["actor1"]["name"].startswith("Unidentified Armed Group"), rec
    assert (actor_name(rec, "actor2") or "").startswith("Civilians"), rec


def test_a_bombs_dead_of_a_named_side_stay_that_side() -> None:
    rec = main_record_of("A roadside bomb exploded near a checkpoint in Kirkuk on Monday, killing five Iraqi soldiers.")
    assert actor_name(rec, "actor2") == "Military Forces of Iraq", rec


def test_no_count_of_dead_adds_no_victims() -> None:
    rec = main_record_of("A roadside bomb exploded near a market in Kirkuk on Monday.")
    assert actor_name(rec, "actor2") is None, rec


def test_unnamed_dead_reads_the_counted_object_of_a_verb_of_killing() -> None:
    from frontwatch.events.actor_fill import _unnamed_dead
    from frontwatch.nlp.pipeline import load_nlp

    nlp = load_nlp()
    assert _unnamed_dead(nlp("The blast killed seven members of the minority.")[:], []) == \
        "seven members of the minority"
    assert _unnamed_dead(nlp("The blast hit seven buses.")[:], []) is None
