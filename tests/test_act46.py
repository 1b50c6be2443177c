"""act46: a war's or a period's total is not one event's toll (issue 14 item 5). ACLED codes an event's own deaths;
'the war that has claimed over 300000 lives', 'killed since an uprising erupted', 'killed last month, the monitor
said', 'killed and millions displaced' are totals: 0 (docs/annotation/actors-fatalities.md, 'fatalities'). A
dateline's year is no count either. Sentences written for these tests (dev/actors_fatalities/probes-act46.tsv,
labelled by the guideline before any run); the whole pipeline runs on each."""

from __future__ import annotations

import pytest
from event_helpers import acled_events, main_record_of

from frontwatch.events.fatalities import count_fatalities, dated_year, tokens
from frontwatch.events.fatality_parse import aggregate_clauses


def _fatalities(text: str) -> int:
    return main_record_of(text)["fatalities"]


def _largest_toll(text: str) -> int:
    """The largest toll of any event coded from the text (0 when none is coded: no event carries the total)."""
    return max((e.get("fatalities") or 0 for e in acled_events(text)), default=0)


@pytest.mark.parametrize("text", [
    "The war, now in its eighth year, has killed more than 350,000 people.",
    "Boko Haram's decade-long insurgency has killed 35,000 people.",
    "The escalation in Aleppo has killed more than 400 people.",
])
def test_a_war_as_the_doer_of_the_killing_gives_no_event_toll(text: str) -> None:
    assert _largest_toll(text) == 0


@pytest.mark.parametrize("text", [
    "Some 120,000 people have died since an uprising against the government erupted in March 2011.",
    "Nearly 2,000 civilians were killed last month, the Syrian Network for Human Rights said.",
    "The Observatory said 1,500 people were killed in the province this month.",
    "Over 800 civilians killed in one week of bombing, monitor says",
    "At least 3,000 fighters have died in the fighting this year.",
    "A total of 4,300 people were killed in air strikes during 2016, the monitor said.",
    "More than 400,000 people have been killed and millions displaced.",
])
def test_a_period_or_war_scope_on_the_count_gives_no_event_toll(text: str) -> None:
    assert count_fatalities(text) == 0
    assert _largest_toll(text) == 0


@pytest.mark.parametrize(("text", "toll"), [
    ("The massacre in the village killed 1,200 people.", 1200),
    ("The war's deadliest attack killed 300 people in Mogadishu on Saturday.", 300),
    ("A car bomb in Kabul killed at least 95 people, the worst attack in the country this year.", 95),
    ("Three soldiers were killed in the war-torn province on Monday.", 3),
    ("An air strike killed 35 civilians in the town on Monday, the Observatory said.", 35),
])
def test_one_event_keeps_its_big_toll(text: str, toll: int) -> None:
    # what must not move: an act as the doer, a war that only modifies ('war-torn', 'the war's deadliest attack'),
    # a period that dates a superlative after a comma
    assert _fatalities(text) == toll


def test_a_dated_act_keeps_its_toll_where_a_told_count_does_not() -> None:
    # the period cue is a tally only for deaths told before any act: 'A bombing last month killed 40' is one act
    assert count_fatalities("A bombing last month killed 40 people.") == 40
    assert count_fatalities("Last month nearly 1200 Syrian civilians were killed, the monitor said.") == 0


def test_the_war_clause_is_found_by_the_parse(nlp) -> None:
    text = "Rebels killed 12 soldiers on Monday in the five-year war that has claimed over 300000 lives."
    doc = nlp(text)
    spans = aggregate_clauses(doc[:])
    blanked = {text[lo:hi] for lo, hi in spans}
    assert "300000" in blanked and "claimed" in blanked
    assert "12" not in blanked  # the event's own clause stays
    assert _fatalities(text) == 12


@pytest.mark.parametrize(("text", "toll"), [
    ("Thu Jul 30 2015 Five civilians were killed in Latakia.", 5),
    ("27-07-2015 Syria Civilian Killed Others Injured in Mortar Shells Bomb Attack.", 0),
    ("A woman and a child were killed and 500 others were affected by the gas attack.", 2),
])
def test_a_dateline_or_the_affected_is_no_count(text: str, toll: int) -> None:
    assert count_fatalities(text) == toll
    toks = tokens("Thu Jul 30 2015")
    assert dated_year(toks, toks.index("2015"))


def test_a_war_scope_before_a_relative_clause_leaves_its_event_toll() -> None:
    # what must not move (found on FA-KES): the conflict dates the week; the relative clause tells one bombing's dead
    text = ("The bombings come in a particularly bloody week in the Syrian conflict which also saw 33 civilians "
            "killed in the city on Thursday when government aircraft bombed a popular market.")
    assert count_fatalities(text) == 33
    assert count_fatalities("The rebel assault, the deadliest since the war began, killed 200 soldiers.") == 200


def test_a_present_perfect_with_a_period_is_a_running_total() -> None:
    assert count_fatalities("Infighting between rival rebel groups has killed thousands of fighters this year.") == 0
    assert count_fatalities("The fighting has killed more than 1,000 people this month, a monitor said.") == 0
    # what must not move: the simple past dates one act; one attack named keeps its dead
    assert count_fatalities("A roadside bomb killed 12 soldiers last month in Helmand.") == 12
    assert count_fatalities("Gunmen have killed 15 villagers in an attack this month, police said.") == 15


def test_a_clock_time_or_a_parsed_dateline_is_no_toll() -> None:
    # FA-KES: '(2000 GMT)' read as 2000 dead; '13 Oct 2016' read by the parse reader as 2016 victims
    assert _largest_toll("The clinic in the village was completely levelled in the 1100 pm (2000 GMT) strike and "
                         "more dead were feared to be buried under the rubble the group added.") == 0
    toll = _largest_toll("13 Oct 2016 At least 17 people most members of Syrian opposition groups were killed in a "
                         "car bomb blast near a checkpoint close to the border in northern Syria.")
    assert toll in (0, 17)
