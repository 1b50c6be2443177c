"""act30: a toll told after its act is one event (issue 14 item 5), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_events, fold, report


@pytest.mark.parametrize("text,doer,toll", [
    ("Russian warplanes struck a market in the town of Maarat al-Numan on Tuesday. At least 11 civilians were "
     "killed, the Observatory said.", "Military Forces of Russia", 11),
    ("Rebels fired mortar shells at the city of Aleppo on Monday. Eight civilians were killed and 80 were injured.",
     "Rebels (Syria)", 8),
    # a second figure of the event (a part of its dead) does not replace the act's own count
    ("Government warplanes bombed the town of Douma on Friday, killing 14 civilians. Three children were among "
     "those killed, the monitor said.", "Government of Syria", 14),
])
def test_the_toll_told_after_its_act_is_that_act(text: str, doer: str, toll: int) -> None:
    recs = acled_events(text)
    assert len(recs) == 1, recs
    assert (recs[0].get("actor1") or {}).get("name") == doer
    assert recs[0]["fatalities"] == toll


@pytest.mark.parametrize("text", [
    # a sentence that moves to another scene tells another event
    "Rebels fired mortar shells at the city of Aleppo on Monday. Meanwhile eight civilians were killed and 80 were "
    "injured.",
    # a finer place of its own: another event
    "Rebels fired mortar shells at the city of Aleppo on Monday. Eight civilians were killed in the town of Saraqeb.",
    # two acts before it: the toll's act is undecided
    "Rebels fired mortar shells at the city of Aleppo on Monday and warplanes bombed the town of Saraqeb. Eight "
    "civilians were killed.",
])
def test_a_toll_not_of_the_act_before_stays_its_own_event(text: str) -> None:
    recs = acled_events(text)
    killed = [r for r in recs if r["trigger"] == "killed"]
    assert len(killed) == 1 and killed[0]["fatalities"] == 8
    assert all(r["fatalities"] == 0 for r in recs if r is not killed[0])


def test_fold_carries_the_toll_when_the_act_has_none() -> None:
    act = report("s", 0, "shelling", "Explosions/Remote violence", "shelled", actor="Rebels")
    toll = report("k", 60, "attack_civilians", "Violence against civilians", "were killed", fatalities=8)
    out = fold([act, toll], {0: 0, 60: 0})
    assert out == [act] and act.fatalities == 8


def test_no_fold_across_a_paragraph_or_past_an_unrelated_sentence() -> None:
    act = report("s", 0, "shelling", "Explosions/Remote violence", "shelled", actor="Rebels")
    toll = report("k", 60, "attack_civilians", "Violence against civilians", "were killed", fatalities=8)
    assert len(fold([act, toll], {0: 0, 60: 1})) == 2  # a new paragraph
    act = report("s", 0, "shelling", "Explosions/Remote violence", "shelled", actor="Rebels")
    other = report("c", 60, "armed_clash", "Battles", "clashed", actor="Kurdish forces")
    toll = report("k", 90, "attack_civilians", "Violence against civilians", "were killed", fatalities=8)
    # a sentence telling another act between them (act31: a sentence telling no act no longer keeps them apart)
    assert len(fold([act, other, toll], {0: 0, 60: 0, 90: 0})) == 3


def test_only_a_doerless_counted_generic_death_report_is_folded() -> None:
    from frontwatch.events.toll_report import is_death_report, opens_new_scene

    assert is_death_report(report("k", 0, "attack_civilians", "Violence against civilians", "killed", fatalities=3))
    assert not is_death_report(report("k", 0, "attack_civilians", "Violence against civilians", "killed"))
    assert not is_death_report(report("k", 0, "attack_civilians", "Violence against civilians", "killed",
                                      actor="Islamic State", fatalities=3))
    assert not is_death_report(report("k", 0, "attack_civilians", "Violence against civilians", "opened fire",
                                      fatalities=3))
    assert opens_new_scene("Elsewhere in the province another child was killed.")
    assert not opens_new_scene("Eight civilians were killed, among them a child.")
