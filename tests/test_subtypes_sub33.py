"""Who gained ground, again (sub33, docs/annotation/subtypes.md section 36).

Sentences written for this test. The side that gains is read from the capture word's own gainer; these are the
readings of a gainer the base left unnamed: a pronoun subject of a clause that hangs from another takes that
clause's subject ("the government ... since it seized"), a gerund after a complex preposition is controlled by the
clause's subject ("in addition to capturing X, the army ..."), an adjective's infinitive by its copula's subject
("were able to capture", told as done), and a participle of result coordinated with another ("..., killing 40
soldiers and expelling the rest") or set off by a comma after the object reports the ground as won."""

from __future__ import annotations

import pytest
from test_events_subtype_model import main_of

from frontwatch.events import subtype_rules as sr
from frontwatch.events import subtype_sides
from frontwatch.events.actors import default_dictionary, find_mentions


def _feats(doc, lemma: str) -> list[str]:
    """The territory features with the actor dictionary's mentions, as the pipeline reads them."""
    trig = [t.i for t in doc if t.lemma_.lower() == lemma or t.lower_ == lemma]
    return subtype_sides.territory_features(doc[:], trig, find_mentions(doc[:], default_dictionary()), lemma)


@pytest.mark.parametrize("text,lemma,side", [
    ("The government has been tightening its grip on the province since it seized the town of Qusayr last month.",
     "seize", "state"),
    ("The rebels have gained momentum in the north since they captured the airport in March.", "capture",
     "nonstate"),
    ("The Syrian army says that its troops have retaken the hill overlooking the road.", "retake", "state"),
])
def test_a_pronoun_gainer_takes_the_subject_of_the_clause_above(nlp, text, lemma, side):
    assert f"gain_side={side}" in _feats(nlp(text), lemma)


def test_a_pronoun_with_no_clause_above_or_a_possessed_stranger_names_no_side(nlp):
    # a main clause's pronoun has no clause above it; "their former allies" are not the subject's own men
    assert "gain_agent=-" in _feats(nlp("They captured the town of Qusayr last month."), "capture")
    f = _feats(nlp("The rebels launched a counter-offensive after their former allies seized the village."), "seize")
    assert "gain_agent=-" in f


def test_a_gerund_after_a_complex_preposition_takes_the_clause_subject(nlp):
    f = _feats(nlp("In addition to liberating the two villages, the Syrian army also repelled an attack on the "
                   "airbase."), "liberate")
    assert "gain_side=state" in f and "gain_done" in f


def test_able_to_is_a_done_gain_of_the_copula_subject(nlp):
    f = _feats(nlp("The army stormed the college, where they were able to capture several buildings."), "capture")
    assert "gain_done" in f and "gain_attempt" not in f
    assert "gain_side=state" in f


def test_a_coordinated_participle_of_result_is_done(nlp):
    f = _feats(nlp("The Islamic State launched a counteroffensive in the province on Monday, killing 40 soldiers "
                   "and expelling the others from their positions."), "expel")
    assert "gain_done" in f and "gain_attempt" not in f
    assert "gain_main_side=nonstate" in f


def test_an_aim_stays_an_attempt(nlp):
    f = _feats(nlp("The army launched an offensive to retake the city and drive out the rebels."), "retake")
    assert "gain_attempt" in f and "gain_done" not in f


@pytest.mark.parametrize("text,expected", [  # the base code typed both an Armed clash
    ("The Islamic State launched a counteroffensive in the province on Monday, killing 40 soldiers and expelling the "
     "others from their positions.", sr.NONSTATE_GAIN),
    ("In addition to liberating the two villages, the Syrian army also repelled an attack on the airbase.",
     sr.GOVERNMENT_GAIN),
])
def test_the_pipeline(nlp, text, expected):
    assert main_of(nlp, text) == expected
