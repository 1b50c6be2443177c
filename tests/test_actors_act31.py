"""act31: a toll told past a quote, 'in the attack', other dead and a toll whose act merged (issue 14 item 5), on
sentences and events written for these tests."""

from __future__ import annotations

from event_helpers import acled_events, fold, report

from frontwatch.model import Event


def test_a_toll_told_after_a_quote_is_the_act_before_it() -> None:
    recs = acled_events(
        'Rebels fired mortar shells at the city of Aleppo on Monday. "It was a horrible scene," a resident '
        'told reporters. Eight civilians were killed and 80 were injured.')
    assert len(recs) == 1, recs
    assert (recs[0].get("actor1") or {}).get("name") == "Rebels (Syria)"
    assert recs[0]["fatalities"] == 8


def test_killed_in_the_attack_is_the_act_told_before() -> None:
    recs = acled_events(
        "Government warplanes bombed the town of Douma on Friday. At least five civilians were killed in "
        "the attack, the monitor said.")
    assert len(recs) == 1, recs
    assert (recs[0].get("actor1") or {}).get("name") == "Government of Syria"
    assert recs[0]["fatalities"] == 5


def test_other_dead_told_right_after_the_act_add_to_its_toll() -> None:
    recs = acled_events(
        "Russian warplanes struck a market in the town of Maarat al-Numan on Tuesday, killing 20 civilians. "
        "The monitor said 6 other people were killed.")
    assert len(recs) == 1, recs
    assert recs[0]["fatalities"] == 26


def test_the_act_may_stand_past_sentences_that_tell_no_act_but_not_too_far() -> None:
    def events() -> tuple[Event, Event]:
        return (report("s", 0, "shelling", "Explosions/Remote violence", "shelled", actor="Rebels"),
                report("k", 300, "attack_civilians", "Violence against civilians", "were killed", fatalities=8))
    act, toll = events()
    out = fold([act, toll], {0: 0, 100: 0, 200: 0, 300: 0})  # two sentences without events between
    assert out == [act] and act.fatalities == 8
    act, toll = events()
    toll.evidence_start = 400
    assert len(fold([act, toll], {0: 0, 100: 0, 200: 0, 300: 0, 400: 0})) == 2  # three: too far


def test_other_dead_past_a_sentence_are_not_folded() -> None:
    act = report("s", 0, "shelling", "Explosions/Remote violence", "shelled", actor="Rebels", fatalities=11)
    toll = report("k", 200, "attack_civilians", "Violence against civilians", "were killed", fatalities=5,
                  text="Another five civilians were killed in two other districts.")
    assert len(fold([act, toll], {0: 0, 100: 0, 200: 0})) == 2
    assert act.fatalities == 11
    toll.evidence_text = "Five civilians were killed in the shelling, the monitor said."  # the act's own dead
    assert fold([act, toll], {0: 0, 100: 0, 200: 0}) == [act]


def test_a_definite_doerless_act_beside_the_toll_folds_with_it_but_not_an_indefinite_one() -> None:
    def events() -> tuple[Event, Event, Event]:
        return (report("s", 0, "air_strike", "Explosions/Remote violence", "bombed", actor="Government of Syria"),
                report("k", 100, "attack_civilians", "Violence against civilians", "killed", fatalities=5),
                report("t", 100, "armed_clash", "Battles", "attack"))
    act, toll, attack = events()
    assert fold([act, toll, attack], {0: 0, 100: 0}, anaphoric={"t"}) == [act]
    assert act.fatalities == 5
    act, toll, attack = events()  # 'an attack': another act of its own sentence
    assert len(fold([act, toll, attack], {0: 0, 100: 0})) == 3


def test_a_toll_follows_its_own_act_into_the_report_it_merged_with() -> None:
    from frontwatch.events.consolidate import consolidate

    first = report("a", 0, "shelling", "Explosions/Remote violence", "rocket attack", actor="Rebels")
    second = report("b", 100, "shelling", "Explosions/Remote violence", "rocket shells landed")
    toll = report("k", 100, "attack_civilians", "Violence against civilians", "killing", fatalities=4)
    out = consolidate([first, second, toll], explicit=set(), paragraphs={0: 0, 100: 0})
    assert out == [first]
    assert first.fatalities == 4
