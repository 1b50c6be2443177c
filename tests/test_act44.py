"""act44: a group counted by 'of N' as a toll ('killing its crew of four'), a capital named as the side that acts
('Damascus launched air strikes'), and 'by X' of a relative clause that reports no act (issue 14). Sentences
written for these tests and labelled by docs/annotation/actors-fatalities.md before any run; the whole pipeline
runs on each."""

from __future__ import annotations

from event_helpers import main_record_of

from frontwatch.events.fatalities import count_fatalities


def test_a_shoot_down_killing_its_crew_of_four() -> None:
    rec = main_record_of("Rebels shot down a government helicopter near Hama on Monday, killing its crew of four.")
    assert rec.get("fatalities") == 4, rec


def test_a_bomb_killing_a_crew_of_three() -> None:
    rec = main_record_of("An army truck hit a roadside bomb near Kandahar, killing a crew of three.")
    assert rec.get("fatalities") == 3, rec


def test_a_strike_killing_a_family_of_five() -> None:
    assert count_fatalities("The air strike killed a family of five in the village of Kafr Nabl.") == 5


def test_a_crew_counted_but_wounded_is_no_toll() -> None:
    # what must not move: the count of a group only wounded
    rec = main_record_of("Militants fired a rocket at an army helicopter near Mosul, wounding its crew of four.")
    assert not rec.get("fatalities"), rec


def test_an_uncounted_group_killed_is_no_toll() -> None:
    assert count_fatalities("Gunmen killed a group of civilians near the market.") == 0
