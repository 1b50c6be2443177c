"""act31: a toll told past a quote, 'in the attack', other dead and a toll whose act merged (issue 14 item 5), on
sentences and events written for these tests."""

from __future__ import annotations

from frontwatch.model import Actor, Event


def _acled(text: str) -> list[dict]:
    from frontwatch.evaluate.run import extract_texts

    return [r for r in extract_texts([text])[0] if (r.get("acled") or {}).get("event_type")]


def _event(eid: str, start: int, event_type: str, acled: str, trigger: str, *, actor: str | None = None,
           fatalities: int = 0, text: str = "") -> Event:
    return Event(id=eid, article_id="a", evidence_text=text or trigger, evidence_start=start, evidence_end=start + 50,
                 event_type=event_type, acled_event_type=acled, trigger=trigger, fatalities=fatalities,
                 actor1=Actor(name=actor, text=actor, kind="state forces") if actor else None)


def _fold(events: list[Event], paragraphs: dict[int, int], anaphoric: set[str] = frozenset()) -> list[Event]:
    from frontwatch.events.consolidate import toll_place_agrees
    from frontwatch.events.toll_report import fold_tolls

    return fold_tolls(events, explicit=set(), paragraphs=paragraphs, places_agree=toll_place_agrees,
                      anaphoric=anaphoric)


def test_a_toll_told_after_a_quote_is_the_act_before_it() -> None:
    recs = _acled('Rebels fired mortar shells at the city of Aleppo on Monday. "It was a horrible scene," a resident '
                  'told reporters. Eight civilians were killed and 80 were injured.')
    assert len(recs) == 1, recs
    assert (recs[0].get("actor1") or {}).get("name") == "Rebels (Syria)"
    assert recs[0]["fatalities"] == 8


def test_killed_in_the_attack_is_the_act_told_before() -> None:
    recs = _acled("Government warplanes bombed the town of Douma on Friday. At least five civilians were killed in "
                  "the attack, the monitor said.")
    assert len(recs) == 1, recs
    assert (recs[0].get("actor1") or {}).get("name") == "Government of Syria"
    assert recs[0]["fatalities"] == 5


def test_other_dead_told_right_after_the_act_add_to_its_toll() -> None:
    recs = _acled("Russian warplanes struck a market in the town of Maarat al-Numan on Tuesday, killing 20 civilians. "
                  "The monitor said 6 other people were killed.")
    assert len(recs) == 1, recs
    assert recs[0]["fatalities"] == 26


def test_the_act_may_stand_past_sentences_that_tell_no_act_but_not_too_far() -> None:
    def events() -> tuple[Event, Event]:
        return (_event("s", 0, "shelling", "Explosions/Remote violence", "shelled", actor="Rebels"),
                _event("k", 300, "attack_civilians", "Violence against civilians", "were killed", fatalities=8))
    act, toll = events()
    out = _fold([act, toll], {0: 0, 100: 0, 200: 0, 300: 0})  # two sentences without events between
    assert out == [act] and act.fatalities == 8
    act, toll = events()
    toll.evidence_start = 400
    assert len(_fold([act, toll], {0: 0, 100: 0, 200: 0, 300: 0, 400: 0})) == 2  # three: too far


def test_other_dead_past_a_sentence_are_not_folded() -> None:
    act = _event("s", 0, "shelling", "Explosions/Remote violence", "shelled", actor="Rebels", fatalities=11)
    toll = _event("k", 200, "attack_civilians", "Violence against civilians", "were killed", fatalities=5,
                  text="Another five civilians were killed in two other districts.")
    assert len(_fold([act, toll], {0: 0, 100: 0, 200: 0})) == 2
    assert act.fatalities == 11
    toll.evidence_text = "Five civilians were killed in the shelling, the monitor said."  # the act's own dead
    assert _fold([act, toll], {0: 0, 100: 0, 200: 0}) == [act]


def test_a_definite_doerless_act_beside_the_toll_folds_with_it_but_not_an_indefinite_one() -> None:
    def events() -> tuple[Event, Event, Event]:
        return (_event("s", 0, "air_strike", "Explosions/Remote violence", "bombed", actor="Government of Syria"),
                _event("k", 100, "attack_civilians", "Violence against civilians", "killed", fatalities=5),
                _event("t", 100, "armed_clash", "Battles", "attack"))
    act, toll, attack = events()
    assert _fold([act, toll, attack], {0: 0, 100: 0}, anaphoric={"t"}) == [act]
    assert act.fatalities == 5
    act, toll, attack = events()  # 'an attack': another act of its own sentence
    assert len(_fold([act, toll, attack], {0: 0, 100: 0})) == 3


def test_a_toll_follows_its_own_act_into_the_report_it_merged_with() -> None:
    from frontwatch.events.consolidate import consolidate

    first = _event("a", 0, "shelling", "Explosions/Remote violence", "rocket attack", actor="Rebels")
    second = _event("b", 100, "shelling", "Explosions/Remote violence", "rocket shells landed")
    toll = _event("k", 100, "attack_civilians", "Violence against civilians", "killing", fatalities=4)
    out = consolidate([first, second, toll], explicit=set(), paragraphs={0: 0, 100: 0})
    assert out == [first]
    assert first.fatalities == 4
