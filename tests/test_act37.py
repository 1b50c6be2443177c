"""act37: the side acted on named through what it holds, widened (issue 14 item 5): a side's vehicles, vessels
and aircraft are its holdings; the holder is actor 2 also when no doer is named; a country that plainly owns a
targeted holding ('a Turkish convoy') is acted on through its military forces. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_name, kind, main_record_of, parsed_token


@pytest.mark.parametrize("sentence, word", [
    ("The rebels fired rockets at the army's tanks near the town.", "army"),
    ("Al-Shabaab militants ambushed a police patrol outside the city.", "police"),
    ("Houthi fighters targeted a coalition warship off the coast.", "coalition"),
])
def test_a_sides_vehicles_and_vessels_are_its_holdings(sentence: str, word: str) -> None:
    from frontwatch.events.actor_roles import holds_target

    assert holds_target(parsed_token(sentence, word))


def test_a_holding_is_this_acts_target_only_when_the_act_takes_it() -> None:
    from frontwatch.events.actor_roles import act_targets_holding
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()("Two bomb attacks were aimed at passing police vehicles in the city.")
    assert [doc[7].text, doc[2].text] == ["police", "attacks"]
    assert act_targets_holding(doc[7], doc[2])
    other = load_nlp()("The navy moved its warships closer to the coast to bomb army bases after an alleged chemical "
                       "attack.")
    assert [other[11].text, other[17].text] == ["army", "attack"]
    assert not act_targets_holding(other[11], other[17])


def test_a_country_owns_a_holding_plainly_only_without_another_noun_before_it() -> None:
    from frontwatch.events.actor_roles import plainly_owned

    assert plainly_owned(parsed_token("A roadside bomb hit a Turkish military convoy near the town.", "Turkish"))
    assert not plainly_owned(parsed_token("A bomb blast hit a crowded Syrian bus convoy near the town.", "Syrian"))


@pytest.mark.parametrize("sentence, holder", [
    # no doer named: the holder of the vehicles attacked is still the side acted on, and never the doer
    ("Two bomb attacks were aimed at passing police vehicles in the city on Monday.", "state forces"),
    # a country's convoy is its forces'
    ("A roadside bomb hit a Turkish military convoy near the town on Monday.", "state forces"),
])
def test_the_holder_of_a_targeted_vehicle_is_the_side_acted_on(sentence: str, holder: str) -> None:
    rec = main_record_of(sentence)
    assert kind(rec.get("actor2")) == holder, rec
    assert kind(rec.get("actor1")) != "state forces", rec


def test_a_country_convoy_struck_by_a_known_doer_is_its_forces() -> None:
    rec = main_record_of("Russian warplanes struck a Turkish convoy near the border, killing three soldiers.")
    assert actor_name(rec, "actor1") == "Military Forces of Russia", rec
    assert actor_name(rec, "actor2") == "Military Forces of Turkey", rec


def test_a_civilian_convoy_of_a_country_is_not_its_forces() -> None:
    rec = main_record_of("A bomb blast on a crowded Syrian bus convoy near Homs killed 40 people on Sunday.")
    assert kind(rec.get("actor2")) != "state forces", rec
