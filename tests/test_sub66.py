"""Where Other and Mob violence end (docs/annotation/subtypes.md section 75, sub66): an advance entered unopposed or
welcomed is a Non-violent transfer of territory (guideline 24.6, events/subtype_other.advance_as_offensive),
'political groups' fighting are a crowd (guideline 24.4(a), events/subtype_parties._crowd_collective), and the fresh
labelled file h-sub66.jsonl is built from its decisions."""

from __future__ import annotations

import pytest
from event_helpers import sentence_and_trigger

from frontwatch.events import subtype_other as so
from frontwatch.events import subtype_parties as sp
from frontwatch.events import subtype_rules

OTHER, CLASH, ATTACK, MOB = "Other", "Armed clash", "Attack", "Mob violence"
TRANSFER = "Non-violent transfer of territory"
ADV = ["rule=Other", "int=advance"]


@pytest.mark.parametrize("subtype,feats,expected", [
    # 24.6: entered unopposed or welcomed -> Non-violent transfer (the rules' Other, the model's clash)
    (OTHER, [*ADV, "trig=march", "w=celebration", "w=cheer"], TRANSFER),
    (OTHER, [*ADV, "trig=march", "w=unoppose"], TRANSFER),  # the tagger's lemma of 'unopposed' read as a verb
    (CLASH, [*ADV, "trig=advance", "w=unopposed"], TRANSFER),
    (OTHER, [*ADV, "trig=advance", "without=fight"], TRANSFER),
    # kept: a fight told with it, a trigger that is no entry, an answer of another type
    (CLASH, [*ADV, "trig=advance", "w=unoppose", "w=clash"], CLASH),
    (OTHER, [*ADV, "trig=encircle", "w=unoppose"], OTHER),
    (ATTACK, [*ADV, "trig=advance", "w=cheer"], ATTACK),
    (CLASH, ["trig=advance", "w=cheer"], CLASH),  # no advance read by the rules
    # 24.6's offensive (sub54): a bare advance is a clash, a bare march or a position stays Other
    (OTHER, [*ADV, "trig=advance"], CLASH),
    (OTHER, [*ADV, "trig=march"], OTHER),
    (OTHER, [*ADV, "trig=km from"], OTHER),
])
def test_advance_as_offensive(subtype, feats, expected):
    assert so.advance_as_offensive(subtype, feats) == expected


def test_advance_rule_in_codebook_and_one_transfer_name():
    assert subtype_rules.codebook_subtype(OTHER, [*ADV, "trig=march", "w=celebration"]) == TRANSFER
    assert subtype_rules.NONVIOLENT_TRANSFER is so.NONVIOLENT_TRANSFER


@pytest.mark.parametrize("text,trigger,expected", [
    ("Members of rival political groups fought with sticks near the polling station.", "fought", "party:subj=crowd"),
    ("Two political factions clashed in the town.", "clashed", "party:subj=crowd"),
    ("Armed political groups clashed with police in the capital.", "clashed", "party:subj=armed"),
    ("Rebel groups clashed with the army in the hills.", "clashed", "party:subj=armed"),
])
def test_political_groups_are_a_crowd(nlp, text, trigger, expected):
    """Guideline 24.4(a): 'political groups' fighting are rioters; an armed one is a political militia."""
    sent, toks = sentence_and_trigger(nlp, text, trigger)
    assert expected in sp.party_features(sent, toks)


def test_through_the_pipeline(main_subtypes):
    """Made-up sentences labelled by the guideline (24.4(a), 24.6, section 4) before any run (/tmp/sub66/madeup.tsv);
    each of the first five was typed otherwise before sub66 (Other, Armed clash)."""
    expected = {
        "Government troops marched into the town amid celebrations after the rebels left.": TRANSFER,
        "The soldiers marched into the village unopposed on Sunday.": TRANSFER,
        "Rebel fighters advanced unopposed into the district on Monday.": TRANSFER,
        "Residents cheered as army units advanced into the town centre.": TRANSFER,
        "Members of rival political groups fought with sticks and stones near the polling station.": MOB,
        # kept
        "Three people were killed when supporters of two political groups clashed in the town.": MOB,
        "The rebels are now 20 km from the capital.": OTHER,
        "Thousands of protesters marched through the capital demanding the president's resignation.":
            "Peaceful protest",
    }
    assert main_subtypes(list(expected)) == expected


def test_one_sided_killing_by_a_political_group_is_not_a_crowd(nlp):
    """Guideline 24.4(a): "members of a rival political group hacked seven Congress members to death" stays an
    Attack: the political collective is read as a crowd only in a two-sided fight (the tune's CV turned this shape
    into Mob violence when the reading held for any act)."""
    sent, toks = sentence_and_trigger(
        nlp, "Seven party members were hacked to death by members of a rival political group.", "hacked")
    assert "party:subj=crowd" not in sp.party_features(sent, toks)
