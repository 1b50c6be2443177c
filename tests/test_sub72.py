"""Attack or Armed clash, and events found by nobody (sub72, docs/annotation/subtypes.md section 86).

The killing and air families' missing words (data/triggers.csv: 'eliminate' armed people, 'decapitate', 'strangle',
'slay', a person's 'execution', 'air campaign', barrels dropped, 'confrontation', 'engage with' an armed side), people the civilian cue class lacked (data
subtype_cues.json "cues"/"civilian": migrants, bystanders, ...), and a patient told as a group or count of people read
as its members (events/subtype_features.members_of, data "member_heads"). Every sentence below is made up and was
labelled by the guideline before any pipeline run; each 'now' case was wrong on the base (515b0423).
"""

from __future__ import annotations

import pytest

from frontwatch.events import subtype_features as sf

ATTACK, CLASH, AIR = "Attack", "Armed clash", "Air/drone strike"

# (sentence, the guideline's label); the base answered none for each (no trigger of the family), Looting for the
# vehicles destroyed 'in the confrontations'
FAMILY_WORDS = [
    ("Soldiers engaged with militants near the border on Sunday.", CLASH),
    ("Two vehicles equipped with heavy machineguns were destroyed in the confrontations.", CLASH),
    ("Government forces eliminated 40 militants near the town on Sunday.", CLASH),
    ("The jihadists decapitated three men in the main square.", ATTACK),
    ("Gunmen strangled a shopkeeper in his store.", ATTACK),
    ("Two farmers were slain by gunmen near the village.", ATTACK),
    ("The militants carried out the execution of two aid workers in the town.", ATTACK),
    ("The air force stepped up its air campaign against the rebels in the province.", AIR),
    ("A helicopter dropped barrels on the rebel-held district.", AIR),
]
# kept: the same words with no act of violence (no event on the base and now)
NO_EVENT = [
    "The government pledged to eliminate corruption in the ministries.",
    "The execution of the plan was delayed.",
    "The opposition engaged with the UN envoy on the new proposal.",
]
# the victims' class: Armed clash on the base (the people word unknown, or 'group' read as an armed side)
VICTIMS = [
    ("Soldiers opened fire on migrants near the border.", ATTACK),
    ("Soldiers opened fire on a group of farmers near the border.", ATTACK),
    ("Gunmen attacked a group of worshippers leaving the mosque.", ATTACK),
]
# kept: a group or count of fighters is an armed side (Armed clash on the base and now)
ARMED_GROUPS = [
    ("Troops ambushed a group of militants near the border.", CLASH),
    ("The army killed dozens of terrorists in the countryside.", CLASH),
]


@pytest.fixture(scope="module")
def answers(main_subtypes):
    texts = [t for t, _ in FAMILY_WORDS + VICTIMS + ARMED_GROUPS] + NO_EVENT
    return main_subtypes(texts)


@pytest.mark.parametrize("text,label", FAMILY_WORDS)
def test_family_words_are_events(answers, text, label):
    assert answers[text] == label


@pytest.mark.parametrize("text", NO_EVENT)
def test_family_words_without_violence_are_no_event(answers, text):
    assert answers[text] == "none"


@pytest.mark.parametrize("text,label", VICTIMS + ARMED_GROUPS)
def test_victims_class_decides(answers, text, label):
    assert answers[text] == label


@pytest.mark.parametrize("text,noun,members", [
    ("Soldiers opened fire on a group of farmers.", "group", "farmers"),
    ("Rebels killed dozens of civilians in the village.", "dozens", "civilians"),
    ("The army attacked an armed group in the hills.", "group", "group"),  # no 'of': the group itself
    ("The army attacked the positions of the group.", "positions", "positions"),  # not a member head
])
def test_members_of(nlp, text, noun, members):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == noun)
    assert sf.members_of(tok).text == members


def test_new_people_words_are_civilian():
    cue = sf.cues()
    assert all(cue[w] == "civilian" for w in ("migrant", "seeker", "bystander", "businessman", "displaced"))
