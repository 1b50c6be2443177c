"""act25: tolls and sides on unseen news (issue 14 item 5), on sentences written for these tests."""

from __future__ import annotations

import pytest

from frontwatch.events.fatalities import count_fatalities


@pytest.mark.parametrize("sentence,want", [
    # 'martyrs' / 'martyred': the dead of a side, as state and partisan outlets write them
    ("Bomb blast at a bus station claims 7 martyrs.", 7),
    ("Twelve people fell as martyrs in the shelling of the market.", 12),
    ("Nine people were martyred when the shell hit the school.", 9),
    ("The rocket hit the square, leaving 30 martyrs and more than 90 others wounded.", 30),
    # bodies counted are deaths: right after the count, or 'the bodies of' + a count
    ("Rescuers pulled at least 40 bodies from the rubble of the bombed building.", 40),
    ("The bodies of 14 men were found near the village after the raid.", 14),
    # 'claimed lives of' without its article
    ("An air strike on the town has claimed lives of six civilians.", 6),
    # the dead counted in parts after 'among those killed were' (no count of the whole): the parts summed
    ("Among those killed were three children and two women, the monitor said.", 5),
    ("Among the dead were four medics, the group said.", 4),
])
def test_counts_in_the_words_of_partisan_and_rescue_reports(sentence: str, want: int) -> None:
    assert count_fatalities(sentence) == want


@pytest.mark.parametrize("sentence", [
    # a headline's 'Killed, Injured' without its comma: one number of both harms (as 'killed and wounded')
    "Dozens Killed Injured in Missile Attack on City Hospital.",
    "12 Soldiers Killed Wounded in Ambush Near the Border.",
    "Several Civilians Martyred Injured in Car Bomb Blast.",
    # 'bodies' that are no corpses, and a death word inside a unit's name
    "Two UN bodies said the convoy had been stopped.",
    "Three Martyrs Brigade commanders joined the talks in the capital.",
])
def test_no_toll_from_mixed_harm_or_names(sentence: str) -> None:
    assert count_fatalities(sentence) == 0


def _actor1_of_first(sentence: str) -> str | None:
    from frontwatch.evaluate.run import extract_texts

    recs = extract_texts([sentence])[0]
    violent = [r for r in recs if (r.get("acled") or {}).get("event_type") in (
        "Battles", "Explosions/Remote violence", "Violence against civilians")]
    return ((violent[0].get("actor1") or {}).get("name")) if violent else "no violent event"


@pytest.mark.parametrize("sentence,want", [
    # the side written right before the act noun is its doer, even where the parser splits the phrase
    ("Nine people died in Syrian government shelling of the town.", "Military Forces of Syria"),
    ("Two medics were among 31 people killed on Saturday in Syrian regime shelling of the town.",
     "Military Forces of Syria"),
    ("Nine people were killed in Syrian government shelling of an opposition-held town.", "Military Forces of Syria"),
])
def test_side_before_the_act_noun_is_its_doer(sentence: str, want: str) -> None:
    assert _actor1_of_first(sentence) == want


@pytest.mark.parametrize("sentence", [
    # the event's country written as a noun before an act noun says where, not who
    "One woman was killed in a raid on the Syria chemical attack town of Khan Sheikhun in Idlib province.",
])
def test_no_doer_from_the_place_before_the_act(sentence: str) -> None:
    assert _actor1_of_first(sentence) in (None, "no violent event")


def _actor1_of(sentence: str, trigger_word: str) -> str | None:
    from frontwatch.evaluate.run import extract_texts

    recs = [r for r in extract_texts([sentence])[0] if trigger_word in (r.get("trigger") or "").lower()]
    assert recs, f"no event on {trigger_word!r}"
    return (recs[0].get("actor1") or {}).get("name")


@pytest.mark.parametrize("sentence,trigger_word,want", [
    # the side accused of, blamed for or held responsible for an act is its doer (guideline: 'blamed on X': X)
    ("The French president accused the Assad regime of responsibility for the massacre in Houla.", "massacre",
     "Military Forces of Syria"),
    ("The government blamed the rebels for the car bombing that killed 12 people in Homs.", "bombing",
     "Rebels (Syria)"),
    ("Officials held Islamic State responsible for the suicide attack on the checkpoint.", "attack", "Islamic State"),
])
def test_the_accused_side_is_the_doer(sentence: str, trigger_word: str, want: str) -> None:
    assert _actor1_of(sentence, trigger_word) == want


def test_an_act_in_another_clause_of_the_accusation_is_not_the_accused_sides() -> None:
    # the attacks belong to the resolution's clause, not to what the regime is accused of
    sentence = "Human Rights Watch accused the regime of defying a UN resolution ordering all sides to stop attacks."
    assert _actor1_of(sentence, "attacks") is None


def _sides_of(sentence: str, trigger_word: str) -> set[str | None]:
    from frontwatch.evaluate.run import extract_texts

    recs = [r for r in extract_texts([sentence])[0] if trigger_word in (r.get("trigger") or "").lower()]
    assert recs, f"no event on {trigger_word!r}"
    return {(recs[0].get("actor1") or {}).get("name"), (recs[0].get("actor2") or {}).get("name")}


@pytest.mark.parametrize("sentence,want", [
    # 'pitted X against Y (and Z)': the battle's two sides, the object (the last of an appositive pair) and the
    # first after 'against'
    ("The clashes pitted the rebel faction Ahrar al-Sham against Fateh al-Sham and Faylaq al-Rahman.",
     {"Ahrar al-Sham", "Hay'at Tahrir al-Sham"}),
    # a side the parse hides as the modifier of another word ('Fateh al-Sham Al-Qaeda's former branch')
    ("A monitor said the clashes pitted the rebel faction Ahrar al-Sham against Fateh al-Sham Al-Qaedas former branch "
     "in Syria and Faylaq al-Rahman.", {"Ahrar al-Sham", "Hay'at Tahrir al-Sham"}),
    # a Syrian rebel coalition the dictionary now names
    ("The clashes pitted Jaish al-Islam against Islamic State militants near Dumayr.",
     {"Jaysh al-Islam", "Islamic State"}),
])
def test_pitted_sides(sentence: str, want: set[str]) -> None:
    assert _sides_of(sentence, "clashes") == want


@pytest.mark.parametrize("sentence,want", [
    # two armed sides whose dead are counted side by side are the battle's two sides, not allies
    ("The battle for the town has cost the lives of at least 63 rebels and 21 Hezbollah fighters, a monitor said.",
     {"Rebels", "Hezbollah"}),
    ("A monitor said 30 regime and 39 rebel fighters have been killed in battles north of Aleppo in Syria since Wednesday.",
     {"Military Forces of Syria", "Rebels (Syria)"}),
])
def test_sides_counted_among_a_battles_dead(sentence: str, want: set[str]) -> None:
    assert _sides_of(sentence, "battle") == want
