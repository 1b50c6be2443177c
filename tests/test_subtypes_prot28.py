"""What was done to a protest (events/protest_acts.py, events/subtype_rules.py; docs/annotation/subtypes.md section 30).

Sentences and feature lists written for this test. An act of intervention whose object is the protest (cleared,
dispersed, arrested, tear gas fired at it) makes a Protest with intervention when no one is killed; an intervention
word that only stands in the sentence does not. Force on demonstrators who threw stones is a Violent demonstration."""

from __future__ import annotations

from test_events_subtype_model import main_of

from frontwatch.events import subtype_rules as sr
from frontwatch.events.protest_acts import ON_CROWD, ON_PROTEST, protest_act_features

PI, PROTEST = sr.PROTEST_INTERVENTION, "Peaceful protest"
EF, VD = sr.EXCESSIVE_FORCE, sr.VIOLENT_DEMONSTRATION


def _features(nlp, text: str) -> list[str]:
    return protest_act_features(next(iter(nlp(text).sents)))


def test_an_act_on_the_protest_is_read_from_the_parse(nlp):
    for text in ("In the capital, police cleared a protest by taxi drivers who had blocked the main avenue.",
                 "Riot police used tear gas to disperse the sit-in outside the ministry.",
                 "Police fired rubber bullets into the crowd of protesters.",
                 "Dozens of protesters were arrested outside parliament.",
                 "Riot police cracked down on the demonstrators."):
        assert ON_PROTEST in _features(nlp, text), text
    # a crowd taken at a protest the sentence names
    assert _features(nlp, "Police arrested several dozen opposition supporters as they gathered for a rally.") \
        == [ON_CROWD]


def test_an_intervention_word_that_is_not_done_to_a_protest_is_not_read(nlp):
    for text in ("Thousands protested against the arrest of their leader.",
                 "Hundreds marched in the square calling for the prisoners' release.",
                 "Police arrested five suspects in a dawn raid.",
                 "Police arrested dozens of students at the university.",  # a crowd, but no protest named
                 "Gunmen opened fire on a crowd at the market."):
        assert _features(nlp, text) == [], text


def test_an_intervention_on_a_protest_with_no_one_killed_is_a_protest_with_intervention():
    for answer in (PROTEST, sr.ARRESTS, sr.ATTACK, sr.ARMED_CLASH, sr.MOB_VIOLENCE):
        assert sr.intervention_on_protest(answer, [ON_PROTEST, "w=police", "w=disperse"]) == PI, answer
    assert sr.intervention_on_protest(sr.ARRESTS, [ON_CROWD, "w=arrest", "w=rally"]) == PI
    # a killing is excessive force; the demonstrators' own violence, and force on no protest, keep their type
    assert sr.intervention_on_protest(PROTEST, [ON_PROTEST, "w=disperse", "w=kill"]) == PROTEST
    assert sr.intervention_on_protest(sr.VIOLENT_DEMONSTRATION, [ON_PROTEST]) == sr.VIOLENT_DEMONSTRATION
    assert sr.intervention_on_protest(PROTEST, ["w=arrest", "w=protest"]) == PROTEST


def test_force_on_demonstrators_who_threw_stones_is_a_violent_demonstration():
    for answer in (EF, PI):
        assert sr.demonstrators_violence(answer, ["w=shoot", "w=demonstrator", "w=stone", "w=throw"]) == VD, answer
    # riot police and a protest that 'rocked' the capital are no violence of the demonstrators; a peaceful protest
    # with a violent word is left to the model
    assert sr.demonstrators_violence(EF, ["w=riot", "w=police", "w=fire", "w=protester"]) == EF
    assert sr.demonstrators_violence(EF, ["w=protest", "w=rock", "w=capital", "w=kill"]) == EF
    assert sr.demonstrators_violence(PROTEST, ["w=protester", "w=stone"]) == PROTEST


def test_the_codebook_chain_applies_them():
    assert sr.codebook_subtype(PROTEST, [ON_PROTEST, "cue=protest", "w=clear"]) == PI
    assert sr.codebook_subtype(PROTEST, [ON_PROTEST, "cue=protest", "w=disperse", "w=kill"]) == PROTEST
    assert sr.codebook_subtype(EF, ["cue=protest", "w=demonstrator", "w=petrol", "w=bomb"]) == VD


def test_the_pipeline_reads_an_act_on_the_protest(nlp):
    # before prot28: Peaceful protest (the model heard the protest, not what was done to it)
    assert main_of(nlp, "Police evicted a sit-in of nurses from the hospital grounds.") == PI
    assert main_of(nlp, "Police handcuffed several protesters outside the courthouse.") == PI


def test_the_pipeline_reads_the_demonstrators_violence(nlp):
    # before prot28: Excessive force against protesters
    assert main_of(nlp, "Police opened fire on the protesters after they hurled stones and petrol bombs at the "
                        "station, killing two.") == VD
    assert main_of(nlp, "Troops fired on marchers who had set up barricades and smashed shop windows.") == VD
    assert main_of(nlp, "Police fired on the protest march in the capital, killing three.") == EF
