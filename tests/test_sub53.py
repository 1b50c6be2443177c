"""Who the crowd is: a community's named group is an identity militia, and the fight a casualty fell in is read
through a coordinated casualty verb and a clause of onset (docs/annotation/subtypes.md section 59, sub53: guideline
24.4; events/subtype_parties.py `_community_name`, `_with_shared_phrase`, `_context_events`; events/subtype_rules.py
`crowd_fight`, `armed_fight_not_mob`)."""

from __future__ import annotations

import pytest

from frontwatch.events import subtype_parties as sp
from frontwatch.events import subtype_rules as sr

MOB, CLASH, ATTACK = "Mob violence", "Armed clash", "Attack"


def _party_feats(nlp, text: str, trigger: str) -> set[str]:
    sent = next(iter(nlp(text).sents))
    return set(sp.party_features(sent, [next(t.i for t in sent if t.text == trigger)]))


@pytest.mark.parametrize("text,trigger,present,absent", [
    # a community's name on the group word: an identity militia (24.4(c)), not a crowd
    ("Ongoing fighting between the Tibu and Zwai ethnic groups caused the death of six civilians.", "fighting",
     "party:with=armed", "party:with=crowd"),
    # no community named: the crowd word still names a crowd
    ("Rival student groups clashed on the campus on Monday.", "clashed", "party:subj=crowd", "party:subj=armed"),
    # a casualty verb coordinated before the one that holds the fight's phrase shares it
    ("Five people were killed and three others were wounded in clashes between soldiers and rebels in the province.",
     "killed", "party:with=armed", None),
    # a clause of time whose subject is the fight: the parties are the fight's, the fight itself is none
    ("Three people were killed when a clash between soldiers and rebels erupted near the border.", "killed",
     "pair=armed+state", "party:subj=-"),
    ("Six people died as clashes between rival fan groups spread through the city.", "died", "party:with=crowd", None),
])
def test_party_features(nlp, text, trigger, present, absent):
    feats = _party_feats(nlp, text, trigger)
    assert present in feats
    if absent:
        assert absent not in feats


def test_shared_phrase_needs_a_casualty_verb(nlp):
    """A conjunct that tells no casualty does not lend its phrase: "were killed and the town was cut off in clashes"
    is no reading here; the people who fled after clashes are no fighters (section 33)."""
    feats = _party_feats(nlp, "Five people were killed and hundreds fled after clashes between soldiers and rebels.",
                         "killed")
    assert not any(f.startswith("party:with=") for f in feats)


@pytest.mark.parametrize("subtype,feats,expected", [
    # no actor named, the fight's two sides armed: a Mob violence answer is an Armed clash
    (MOB, ["trig=kill", "party:obj=civilians", "party:with=armed", "pair=armed+armed"], CLASH),
    (MOB, ["trig=kill", "party:subj=-", "party:with=armed", "party:with=state", "pair=armed+state"], CLASH),
    # one side only, a crowd side, or a crowd actor named: kept
    (MOB, ["trig=kill", "party:obj=civilians", "party:with=armed", "pair=armed+civilians"], MOB),
    (MOB, ["trig=kill", "party:with=crowd", "pair=crowd+crowd"], MOB),
    (MOB, ["trig=kill", "party:subj=crowd", "party:with=armed", "pair=armed+armed"], MOB),
])
def test_armed_fight_not_mob(subtype, feats, expected):
    assert sr.armed_fight_not_mob(subtype, feats) == expected


@pytest.mark.parametrize("subtype,feats,expected", [
    # no actor named, the fight's sides a crowd: a casualty of a crowd's fight is Mob violence (24.2(c))
    (ATTACK, ["trig=kill", "party:subj=-", "party:obj=civilians", "party:with=crowd"], MOB),
    (CLASH, ["trig=kill", "party:with=crowd"], MOB),
    # a protest named (24.2(a)), an armed side among the sides, or no side named: kept
    (ATTACK, ["trig=kill", "party:with=crowd", "cue=protest"], ATTACK),
    (ATTACK, ["trig=kill", "party:with=crowd", "party:with=armed"], ATTACK),
    (ATTACK, ["trig=kill", "party:subj=-", "party:obj=civilians"], ATTACK),
])
def test_crowd_fight_reads_the_fights_sides(subtype, feats, expected):
    assert sr.crowd_fight(subtype, feats) == expected


CHANGED = [  # the base answers an Armed clash: the fight's sides were not read through the clause of time
    ("Six people died as clashes between rival fan groups spread through the city.", MOB),
]
KEPT = [
    ("Three people were killed when a clash between soldiers and rebels erupted near the border.", CLASH),
    ("Fighting between the Tibu and Zwai ethnic groups left six dead in Kufra on Sunday.", CLASH),
    ("Five people were killed and three others were wounded in clashes between the Habar Gidir and Abgal clans in "
     "the district.", CLASH),
    ("Two people were killed and ten others were injured in clashes between rival supporters in the market.", MOB),
    ("Ethnic clashes broke out in the town on Friday, leaving four dead.", MOB),
]


def test_pipeline(main_subtypes):
    """Each sentence's main event, through the whole pipeline, gets its expected sub-type (labelled by guideline
    24.4 before any run)."""
    expected = dict(CHANGED + KEPT)
    assert main_subtypes(list(expected)) == expected
