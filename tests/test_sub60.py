"""Ground taken in the main clause decides over a strike or a capture told in its adjunct (docs/annotation/subtypes.md
section 67, sub60; events/subtype_sides.main_gain_features, events/subtype_rules.gain_in_main_clause)."""

from __future__ import annotations

import pytest

from frontwatch.events import subtype_rules as sr
from frontwatch.events import subtype_sides as ss

AIR, SHELL, CLASH = "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"
GOV, NONSTATE = "Government regains territory", "Non-state actor overtakes territory"


def _main_gain(nlp, text: str) -> set[str]:
    doc = nlp(text)
    span = next(iter(doc.sents))
    return {f.removeprefix(ss.ANY_MAIN_GAIN) for f in ss.main_gain_features(span, [], [], "")}


@pytest.mark.parametrize("text,sides", [
    # a form the tagger leaves unlemmatised, read through the trigger lexicon's inflected forms
    ("Government troops, backed by air strikes, retook three villages south of the city.", {"state"}),
    # the second capture word of the sentence, the first only tried
    ("The army was unable to recapture the east but soldiers drove the rebels out of the towns.", {"state"}),
    # none: the gain only tried, told in a time adjunct, or named by a noun
    ("The army launched an offensive to retake the town.", set()),
    ("Warplanes bombed the town after rebels seized it last week.", set()),
    ("The rebels are now undertaking the liberation of the rural areas.", set()),
    # a generic verb is no capture word ('take' is none by its own lemma either)
    ("The group is one of the rebel factions taking part in an offensive against the army.", set()),
])
def test_main_gain_features(nlp, text, sides):
    assert _main_gain(nlp, text) == sides


def test_main_gain_is_rules_only():
    assert ss.ANY_MAIN_GAIN.startswith(ss.FEATURE_PREFIXES)


def test_gain_in_main_clause_rule():
    main_state = f"{ss.ANY_MAIN_GAIN}state"
    # a strike in a support phrase or a time adjunct of a clause telling a done gain: the gainer's type
    assert sr.gain_in_main_clause(AIR, ["scope=support", main_state]) == GOV
    assert sr.gain_in_main_clause(SHELL, ["scope=time_adjunct", f"{ss.ANY_MAIN_GAIN}nonstate"]) == NONSTATE
    # a capture told in a time adjunct beside the main clause's gain by another side
    assert sr.gain_in_main_clause(GOV, ["scope=time_adjunct", f"{ss.ANY_MAIN_GAIN}nonstate"]) == NONSTATE
    # kept: a strike of the main clause, two gaining sides, no gain, a territory answer in a support phrase
    assert sr.gain_in_main_clause(AIR, [main_state]) == AIR
    assert sr.gain_in_main_clause(AIR, ["scope=support", main_state, f"{ss.ANY_MAIN_GAIN}nonstate"]) == AIR
    assert sr.gain_in_main_clause(AIR, ["scope=support"]) == AIR
    assert sr.gain_in_main_clause(GOV, ["scope=support", f"{ss.ANY_MAIN_GAIN}nonstate"]) == GOV
    assert sr.gain_in_main_clause(CLASH, ["scope=time_adjunct", main_state]) == CLASH
    # in the chain
    assert sr.codebook_subtype(AIR, ["scope=support", main_state, "trig=air"]) == GOV
    # gain_after_clash reads any main-clause capture word when the first one read gave none
    assert sr.gain_after_clash(CLASH, [f"{ss.ANY_MAIN_GAIN}state"]) == GOV


def test_fight_beside_background_gain_rule():
    clash_rule = f"rule={CLASH}"
    # the rules' fight, told by the main clause's verb or a core argument, no ground taken in the main clause
    assert sr.fight_beside_background_gain(NONSTATE, [clash_rule, "tdep=nsubj", "gain_done_side=nonstate"]) == CLASH
    assert sr.fight_beside_background_gain(GOV, [clash_rule, "tdep=dobj", "agent=state forces"]) == CLASH
    # kept: a main-clause gain (a side known or not), the trigger a capture, the fight in a preposition's phrase,
    # the doer's own gain, another rules' answer
    assert sr.fight_beside_background_gain(GOV, [clash_rule, "tdep=ROOT", f"{ss.ANY_MAIN_GAIN}-"]) == GOV
    assert sr.fight_beside_background_gain(GOV, [clash_rule, "tdep=ROOT", "gain_main_side=state"]) == GOV
    assert sr.fight_beside_background_gain(GOV, [clash_rule, "tdep=ROOT", "gain_side@t=state"]) == GOV
    assert sr.fight_beside_background_gain(NONSTATE, [clash_rule, "tdep=pobj"]) == NONSTATE
    assert sr.fight_beside_background_gain(NONSTATE, [clash_rule, "tdep=ROOT", "gain_done_side=nonstate",
                                                      "agent=rebel group"]) == NONSTATE
    assert sr.fight_beside_background_gain(GOV, [f"rule={GOV}", "tdep=ROOT"]) == GOV
    # an unknown side of the main clause's gain does not choose the side
    assert sr.gain_in_main_clause(AIR, ["scope=support", f"{ss.ANY_MAIN_GAIN}-"]) == AIR
    assert sr.gain_after_clash(CLASH, [f"{ss.ANY_MAIN_GAIN}-"]) == CLASH


# Labelled by the guideline before any run of the code (sections 2 and 4); the base answered CHANGED otherwise
# (Air/drone strike), KEPT alike.
CHANGED = [
    ("Supported by Russian air strikes, pro-government militiamen retook the hill from the jihadists.", GOV),
]
KEPT = [
    ("Government troops, backed by Russian air strikes, retook three villages south of the city on Sunday.", GOV),
    ("Following heavy artillery shelling, the army recaptured the hill from the militants.", GOV),
    ("Rebels, supported by heavy shelling, overran the army base on Monday.", NONSTATE),
    ("Warplanes bombed the town after rebels seized it last week.", AIR),
    ("Government troops recaptured the town after two days of fighting.", GOV),
    ("Backed by air strikes, the army launched an offensive to retake the town.", CLASH),
    ("Under heavy artillery cover, rebel fighters retook the checkpoint from the army.", NONSTATE),
    ("The assault on the border town, from which the jihadists were expelled by Kurdish fighters last month, sparked "
     "an exodus of civilians.", CLASH),
    ("Government forces on Monday repelled a rebel assault on the airport, forcing the rebels to retreat from "
     "positions they had seized a day earlier.", CLASH),
    ("The village lies two kilometres from a hill that rebels seized last week in a battle that killed 20 soldiers.",
     NONSTATE),
    ("Hezbollah fighters launched a surprise attack on jihadist positions inside the village, killing several "
     "militants.", CLASH),
]


def test_pipeline(main_subtypes):
    """Each sentence's main event, through the whole pipeline, gets its expected sub-type."""
    expected = dict(CHANGED + KEPT)
    assert main_subtypes(list(expected)) == expected
