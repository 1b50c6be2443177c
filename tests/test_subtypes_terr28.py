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
