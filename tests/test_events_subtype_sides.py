"""Who gains ground and who is hit (events/subtype_sides.py).

Sentences written for this test. Each check is one the ACLED decision rules need: the side
that takes a place decides Government regains vs Non-state actor overtakes territory, an
attempted capture is no gain, and the victims of a harm verb tell an Attack from a clash."""

from __future__ import annotations

from frontwatch.events import subtype_sides

G, N = subtype_sides.GOVERNMENT_GAIN, subtype_sides.NONSTATE_GAIN


def _feats(doc, lemma: str, trigger: str = "") -> list[str]:
    trig = [t.i for t in doc if t.lemma_.lower() == lemma or t.lower_ == lemma]
    return subtype_sides.territory_features(doc[:], trig, (), trigger or lemma)


def test_the_gainer_is_the_capture_verbs_own_agent(nlp):  # noqa: F811
    assert "gain_side=state" in _feats(nlp("Government troops recaptured the village from the rebels."), "recapture")
    assert "gain_side=nonstate" in _feats(nlp("The village was captured by rebels on Sunday."), "capture")
    # the actor word nearest the verb is not the agent: the army is the loser here
    assert "gain_side=nonstate" in _feats(nlp("Militants seized the town from the army."), "seize")
    # a shared subject: "advanced and captured"
    assert "gain_side=state" in _feats(nlp("Soldiers advanced and captured two hills."), "capture")


def test_a_qualifier_turns_generic_forces_non_state(nlp):  # noqa: F811
    f = _feats(nlp("Kurdish-led forces retook the town in August."), "retook", "retake")
    assert "gain_agent=nonstate" in f
    f = _feats(nlp("Opposition forces captured the airport."), "capture")
    assert "gain_agent=nonstate" in f
    f = _feats(nlp("Pro-government militias captured the airport."), "capture")
    assert "gain_agent=state" in f
    # another state's proxies are not its forces; a backer does not turn the state's own forces
    assert "gain_agent=nonstate" in _feats(nlp("Turkish-backed forces captured the town."), "capture")
    assert "gain_agent=state" in _feats(nlp("Russian-backed government forces captured the town."), "capture")
    # "their forces": whose, the phrase does not say (a clause above it may: tests/test_subtypes_sub33.py)
    assert "gain_agent=-" in _feats(nlp("Their forces captured the town."), "capture")


def test_a_state_loser_means_a_non_state_gain_but_not_the_reverse(nlp):  # noqa: F811
    f = _feats(nlp("The town was captured from government forces."), "capture")
    assert "gain_loser=state" in f and "gain_side=nonstate" in f
    # non-state groups take ground from each other: a non-state loser says nothing of the gainer
    f = _feats(nlp("The town was captured from the jihadists."), "capture")
    assert "gain_loser=nonstate" in f and not any(x.startswith("gain_side=") for x in f)


def test_an_attempted_capture_is_no_gain(nlp):  # noqa: F811
    f = _feats(nlp("The army launched an offensive to retake the city."), "retake")
    assert "gain_attempt" in f and "gain_done" not in f
    f = _feats(nlp("The army managed to retake the city."), "retake")
    assert "gain_done" in f and "gain_attempt" not in f
    f = _feats(nlp("Rebels are said to have seized the city."), "seize")  # a perfect infinitive: done
    assert "gain_done" in f and "gain_attempt" not in f
    assert _feats(nlp("Fighters stormed the building."), "storm") == []  # 'stormed' alone reports no gain


def test_side_subtype_applies_only_to_territory_types():
    assert subtype_sides.side_subtype(G, ["gain_side=nonstate"]) == N
    assert subtype_sides.side_subtype(N, ["gain_side=state"]) == G
    assert subtype_sides.side_subtype(N, []) == N
    assert subtype_sides.side_subtype("Armed clash", ["gain_side=state"]) == "Armed clash"



def test_forces_leaving_change_territory_only_when_someone_takes_it():
    from frontwatch.events.subtype_sides import side_subtype

    left = ["rule=Change to group/activity", "int=retreat", "agent=state forces"]
    # no one takes the ground: the rules' answer stands
    assert side_subtype("Non-violent transfer of territory", left) == "Change to group/activity"
    # a retreating state never regains ground, even when someone takes it
    assert side_subtype("Government regains territory", [*left, "cue=territory_gain"]) == "Change to group/activity"
    # withdrawal and takeover: a transfer of territory
    assert side_subtype("Non-violent transfer of territory", [*left, "cue=territory_gain"]) == \
        "Non-violent transfer of territory"
    # a denied gain word ('without admitting it has lost territory') takes nothing
    assert side_subtype("Non-state actor overtakes territory", [*left, "cue_denied=territory_gain"]) == \
        "Change to group/activity"
    # events of other kinds are left to the side rule
    assert side_subtype("Non-violent transfer of territory", ["rule=Agreement", "int=agreement"]) == \
        "Non-violent transfer of territory"


def test_words_of_holding_ground_are_no_gain(nlp):  # noqa: F811
    # the holder of the place attacked is named, nothing changed hands
    assert _feats(nlp("Militants stormed the farms under the army's control on Saturday."), "storm") == []
    assert _feats(nlp("Fighting broke out between troops and rebels controlling the port."), "fighting") == []
    assert _feats(nlp("Rebels attacked an area controlled by the army."), "attack") == []
    # taking control, or occupying a place, is a gain
    assert "gain_side=nonstate" in _feats(nlp("Rebels took control of the town on Monday."), "take")
    assert "gain_side=state" in _feats(nlp("Soldiers occupied the town after heavy fighting."), "occupy")


def test_a_capture_of_weapons_or_goods_takes_no_ground(nlp):  # noqa: F811
    assert _feats(nlp("Soldiers seized weapons and ammunition near the border."), "seize") == []
    assert _feats(nlp("The raid ended with the capture of large stocks of weapons."), "capture") == []
    assert _feats(nlp("Police raided the office and seized computer servers."), "seize") == []
    assert "gain_done" in _feats(nlp("Rebels seized the town of Kidal on Monday."), "seize")


def test_a_gain_in_the_main_clause_is_marked_and_a_background_one_is_not(nlp):  # noqa: F811
    main = subtype_sides.MAIN_GAIN
    assert f"{main}state" in _feats(nlp("Soldiers stormed the village and expelled the militants."), "storm")
    assert f"{main}state" in _feats(
        nlp("Soldiers began the offensive by shelling the hill, capturing the whole area after a fierce battle."),
        "offensive")
    # a capture told as background: a clause of time, a relative clause
    after = _feats(nlp("Fighting intensified after soldiers seized the last supply road."), "fighting")
    assert "gain_done" in after and not any(f.startswith(main) for f in after)
    rel = _feats(nlp("Militants attacked the town from which they were expelled by soldiers last month."), "attack")
    assert not any(f.startswith(main) for f in rel)
    # only tried: no done gain at all
    assert not any(f.startswith(main) for f in _feats(nlp("Soldiers are trying to retake the town."), "retake"))


def test_a_capture_of_people_takes_no_ground_but_expelling_a_side_does(nlp):  # noqa: F811
    assert _feats(nlp("The army killed 33 militants and captured 10 in the countryside."), "capture") == []
    assert _feats(nlp("Rebels seized two soldiers near the border."), "seize") == []
    assert "gain_done" in _feats(nlp("Soldiers expelled the militants from the village."), "expel")
    assert "gain_done" in _feats(nlp("Rebels captured two hills near the border."), "capture")
