"""Territory: who gained, and whether ground was won (terr28, docs/annotation/subtypes.md section 29).

Sentences written for this test. The codebook codes a territory change when the sentence reports ground won;
a present participle clause of result ("launched an attack, recapturing two hills") reports it as done,
while an infinitive or a preposition ("launched an offensive to retake", "aimed at capturing") only aims."""

from __future__ import annotations

from frontwatch.events import subtype_sides


def _feats(doc, lemma: str) -> list[str]:
    trig = [t.i for t in doc if t.lemma_.lower() == lemma or t.lower_ == lemma]
    return subtype_sides.territory_features(doc[:], trig, (), lemma)


def test_a_participle_of_result_reports_the_gain_as_done(nlp):  # noqa: F811
    f = _feats(nlp("The militants launched a large offensive on Sunday, seizing several villages from the army."),
               "attack")
    assert "gain_done" in f and "gain_attempt" not in f
    assert "gain_main_side=nonstate" in f
    f = _feats(nlp("Government troops launched a surprise attack on the rebel positions, recapturing two hills."),
               "attack")
    assert "gain_done" in f and "gain_attempt" not in f


def test_an_aim_stays_an_attempt(nlp):  # noqa: F811
    f = _feats(nlp("The army launched an offensive to retake the city."), "offensive")
    assert "gain_attempt" in f and "gain_done" not in f
    f = _feats(nlp("The rebels launched an operation aimed at capturing the airport."), "operation")
    assert "gain_attempt" in f and "gain_done" not in f


def test_a_side_pushed_back_from_named_ground_is_a_gain(nlp):  # noqa: F811
    f = _feats(nlp("The army pushed the rebels back from three villages."), "push")
    assert "gain_side=state" in f and "gain_main_side=state" in f
    f = _feats(nlp("Rebels pushed the army out of three villages."), "push")
    assert "gain_side=nonstate" in f
    # no ground named: a repelled assault; the subject itself moving: no one driven out
    assert _feats(nlp("The army pushed back the rebels on Sunday."), "push") == []
    assert _feats(nlp("The army pushed out of the town towards the hills."), "push") == []


def test_a_place_of_civilians_taken_is_ground(nlp):  # noqa: F811
    f = _feats(nlp("Government forces seized the mosque and the area nearby."), "seize")
    assert "gain_side=state" in f
    # people of the civilian class taken are no ground
    assert _feats(nlp("Gunmen seized the worshippers in the mosque."), "seize") == []


def test_mines_cleared_and_a_battle_entered_are_no_ground(nlp):  # noqa: F811
    assert _feats(nlp("The militia shelled the army unit clearing land mines on the road."), "clear") == []
    assert _feats(nlp("The air force has entered the battle, carrying out several airstrikes."), "enter") == []
    # a town cleared of militants is still ground
    assert "gain_side=state" in _feats(nlp("Troops cleared the town of militants."), "clear")
