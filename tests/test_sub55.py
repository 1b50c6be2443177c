"""Who the crowd is and what it did (docs/annotation/subtypes.md section 61, sub55: guideline 24.7;
events/subtype_rules.py `crowd_subtype` and its five rules; events/protest_acts.py's acts of intervention)."""

from __future__ import annotations

import pytest

from frontwatch.events import subtype_parties as sp
from frontwatch.events import subtype_rules as sr
from frontwatch.events.protest_acts import ON_CROWD, ON_PROTEST, protest_act_features

MOB, CLASH, ATTACK = "Mob violence", "Armed clash", "Attack"
VD, PEACEFUL = "Violent demonstration", "Peaceful protest"
EF, PWI = "Excessive force against protesters", "Protest with intervention"


@pytest.mark.parametrize("subtype,feats,expected", [
    # (a) a fight of demonstrators and the state's forces in a sentence that names a protest
    (EF, ["trig=clash", "cue=protest", "pair=crowd+state"], VD),
    (EF, ["trig=clash", "cue=protest", "pair=civilians+state"], VD),
    # no protest named, the state alone, a one-sided trigger, an intervention answer: kept
    (EF, ["trig=clash", "pair=crowd+state"], EF),
    (EF, ["trig=clash", "cue=protest", "pair=-+state"], EF),
    (EF, ["trig=shoot", "cue=protest", "pair=crowd+state"], EF),
    (PWI, ["trig=clash", "cue=protest", "pair=crowd+state"], PWI),
])
def test_demonstrators_fought(subtype, feats, expected):
    assert sr.demonstrators_fought(subtype, feats) == expected


@pytest.mark.parametrize("subtype,feats,expected", [
    (EF, ["trig=riot", "w=police"], VD),  # (c) the riot is the event
    (PWI, ["trig=riot"], VD),
    (EF, ["trig=protest", "w=riot"], EF),  # 'riot police' beside a protest: the word is no trigger
    (ATTACK, ["trig=riot"], ATTACK),
])
def test_riot_told(subtype, feats, expected):
    assert sr.riot_told(subtype, feats) == expected


@pytest.mark.parametrize("subtype,feats,expected", [
    (MOB, ["trig=burn tyre", "agent=protesters"], VD),  # (b) demonstrators are no mob
    (MOB, ["trig=throw", "subj_kind=protesters"], VD),
    (MOB, ["trig=lynch", "agent=mob", "subj_kind=mob"], MOB),
    (ATTACK, ["trig=attack", "agent=protesters"], ATTACK),
])
def test_demonstrators_as_mob(subtype, feats, expected):
    assert sr.demonstrators_as_mob(subtype, feats) == expected


@pytest.mark.parametrize("subtype,feats,expected", [
    (VD, ["trig=set on fire", "obj@t=himself", "cue=protest"], PEACEFUL),  # (d) self-immolation
    (MOB, ["trig=burn", "obj@t=herself", "cue=protest"], PEACEFUL),
    # no protest named, another's body, a suicide bomber: kept
    (MOB, ["trig=set on fire", "obj@t=himself"], MOB),
    (MOB, ["trig=set on fire", "obj@t=man", "cue=protest"], MOB),
    ("Suicide bomb", ["trig=blow himself up", "obj@t=himself", "cue=protest"], "Suicide bomb"),
    (ATTACK, ["trig=shoot", "obj@t=himself", "cue=protest"], ATTACK),
])
def test_self_immolation(subtype, feats, expected):
    assert sr.self_immolation(subtype, feats) == expected


@pytest.mark.parametrize("subtype,feats,expected", [
    # (e) no crowd named, a rebel group named: the group's violence
    (MOB, ["trig=kill", "w=insurgent", "actor=rebel group"], ATTACK),
    (MOB, ["trig=clash", "actor=political militia"], CLASH),
    # a crowd word, a crowd party, a civilians subject, only an identity militia or a bare group: kept
    (MOB, ["trig=kill", "w=villager", "actor=rebel group"], MOB),
    (MOB, ["trig=kill", "w=mob", "actor=rebel group"], MOB),
    (MOB, ["trig=kill", "party:subj=civilians", "actor=rebel group"], MOB),
    (MOB, ["trig=expel", "subj_kind=civilians", "actor=rebel group"], MOB),
    (MOB, ["trig=set fire", "w=tribesman", "actor=identity militia"], MOB),
    (MOB, ["trig=kill", "w=group", "actor=armed group"], MOB),
])
def test_mob_without_crowd(subtype, feats, expected):
    assert sr.mob_without_crowd(subtype, feats) == expected


@pytest.mark.parametrize("subtype,feats,expected", [
    (MOB, ["trig=attack", "party:subj=civilians", "pnum=one"], ATTACK),  # (e) one person is no mob
    (MOB, ["trig=attack", "party:subj=-", "pnum=one"], ATTACK),
    (MOB, ["trig=attack", "party:subj=civilians"], MOB),  # many people
    (MOB, ["trig=attack", "party:subj=crowd", "pnum=one"], MOB),
    (ATTACK, ["trig=attack", "party:subj=civilians", "pnum=one"], ATTACK),
])
def test_one_person_no_mob(subtype, feats, expected):
    assert sr.one_person_no_mob(subtype, feats) == expected


@pytest.mark.parametrize("text,word,expected", [
    ("A man attacked the car of his neighbour in the town.", "man", True),
    ("Three men attacked the car of his neighbour in the town.", "men", False),
    ("A mob attacked the car of his neighbour in the town.", "mob", False),
    ("A man and his son attacked the car of their neighbour.", "man", False),
    ("Another man was burnt alive in his car.", "man", False),  # the patient, not the doer
])
def test_one_person(nlp, text, word, expected):
    sent = next(iter(nlp(text).sents))
    assert sp.one_person(next(t for t in sent if t.text == word)) is expected


def test_chain():
    """`codebook_subtype` runs the crowd rules: each reading reaches the final answer."""
    assert sr.codebook_subtype(EF, ["trig=riot"]) == VD
    assert sr.codebook_subtype(MOB, ["trig=burn tyre", "agent=protesters", "cue=protest"]) == VD
    assert sr.codebook_subtype("Peaceful protest", ["trig=march", "cue=protest"]) == "Peaceful protest"


def _act_feats(nlp, text: str) -> set[str]:
    return set(protest_act_features(next(iter(nlp(text).sents))))


@pytest.mark.parametrize("text,expected", [
    # an attack or a block whose object is the protest is an act of intervention on it
    ("Riot police attacked the demonstrators outside the parliament.", True),
    ("Officers blocked several hundred protesters from marching to the square.", True),
    # the protesters' own block of a road is no act on a protest
    ("Protesters blocked the main road into the city.", False),
])
def test_attack_and_block_are_acts_on_a_protest(nlp, text, expected):
    assert (ON_PROTEST in _act_feats(nlp, text)) is expected


@pytest.mark.parametrize("text,expected", [
    # a count word that stands alone is the protest's people when the sentence names a protest
    ("Protesters marched through the capital for hours, and dozens were arrested that night.", True),
    ("Police detained 40 at the march outside the parliament.", True),
    # no protest named, or the count has its own noun
    ("Dozens were arrested in the raid on the market.", False),
    ("Two officers were arrested after the protest.", False),
])
def test_bare_count_is_the_protests_people(nlp, text, expected):
    assert (ON_CROWD in _act_feats(nlp, text)) is expected


@pytest.mark.parametrize("text,expected", [
    # a gerund the parser tags as a noun, used with an object, is a firing verb too
    ("The militants responded with opening fire at the protesters, killing four.", True),
    ("The opening of the border at the protest camp was delayed.", False),  # a noun: no object
])
def test_gerund_fires_on_a_protest(nlp, text, expected):
    assert bool(sp.fired_on_features(next(iter(nlp(text).sents)))) is expected


# Labelled by guideline 24.7 and section 4 before any run of the code.
CHANGED = [  # the base answers Excessive force, Looting/property destruction, Peaceful protest (three)
    ("Soldiers and protesters clashed in the capital on Friday, leaving two protesters dead.", VD),
    ("A Tibetan monk set himself on fire to protest Chinese rule in the town on Monday.", PEACEFUL),
    ("Men sent by local gangs attacked the protesters at the sit-in on Sunday.", PWI),
    ("Officers blocked several hundred protesters from marching to the square.", PWI),
    ("Thousands marched against the new law in the capital, and dozens were arrested when police moved in.", PWI),
]
KEPT = [  # written as changes before the run; the base already answers them so
    ("A man attacked the car of a neighbour with an axe in the village on Sunday.", ATTACK),
    ("The riots left six dead; four were killed when police fired on the crowd.", VD),
    ("Protesters demanding the release of their leader threw stones at police and burned tyres on the highway.", VD),
    ("Twenty people were killed and hundreds of homes were burnt after suspected Boko Haram insurgents stormed the "
     "village.", ATTACK),
    ("A mob lynched a suspected thief in the market.", MOB),
    ("Villagers set fire to the houses of a family accused of witchcraft.", MOB),
    ("Security forces opened fire on peaceful marchers, killing three.", EF),
    ("Police fired tear gas to disperse the sit-in.", PWI),
    ("Civilians threw rocks at the rebels and chased them out of the town.", MOB),
]


def test_pipeline(main_subtypes):
    """Each sentence's main event, through the whole pipeline, gets its expected sub-type."""
    expected = dict(CHANGED + KEPT)
    assert main_subtypes(list(expected)) == expected
