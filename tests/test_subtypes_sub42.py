"""Ground left under a deal is a Non-violent transfer of territory (events/subtype_rules.leaving_under_deal;
docs/annotation/subtypes.md section 47).

Feature lists and sentences written for this test. Guideline: a Non-violent transfer is territory changing hands
without fighting, including a handover under a deal; the deal itself is an Agreement only where its making is the
event, and people evacuated under a deal are moved, no side hands over its ground."""

from __future__ import annotations

import pytest

from frontwatch.events import subtype_model
from frontwatch.events import subtype_rules as sr

# "The last insurgents left the port under a ceasefire deal." (the deal noun is the rules' trigger)
DEAL_FRAMES_LEAVING = ["rule=Agreement", "int=agreement", "trig=deal", "head:pobj=under", "verb=leave", "tpos=NOUN",
                       "tdep=pobj", "w=last", "w=insurgent", "w=leave", "w=port", "w=under", "w=ceasefire", "w=deal"]
# "Under the agreement, the rebels evacuated the district." (the leaving is the trigger)
LEAVING_IN_DEAL = ["rule=Change to group/activity", "int=retreat", "trig=evacuate", "arg:pobj=agreement",
                   "verb=<trigger>", "tpos=VERB", "tdep=ROOT", "w=under", "w=agreement", "w=rebel", "w=evacuate",
                   "w=district"]


def test_the_lexicons_deal_nouns():
    assert {"deal", "agreement", "truce", "ceasefire"} <= sr.DEAL_NOUNS
    assert not {"sign", "agree", "broker"} & sr.DEAL_NOUNS  # verbs of making a deal are no frame of a leaving


def test_a_leaving_under_a_deal_is_a_transfer():
    for answer in sorted(sr.DEAL_LEAVING_FROM):
        assert sr.leaving_under_deal(answer, DEAL_FRAMES_LEAVING) == sr.NONVIOLENT_TRANSFER, answer
        assert sr.leaving_under_deal(answer, LEAVING_IN_DEAL) == sr.NONVIOLENT_TRANSFER, answer


def test_what_the_rule_leaves():
    # people evacuated under a deal (passive): moved, no ground handed over
    assert sr.leaving_under_deal(sr.AGREEMENT, DEAL_FRAMES_LEAVING + ["voice=passive"]) == sr.AGREEMENT
    # the deal in a time adjunct of the leaving: its own, earlier event
    earlier = DEAL_FRAMES_LEAVING + ["scope=time_adjunct", "adjunct_host=leave"]
    assert sr.leaving_under_deal(sr.AGREEMENT, earlier) == sr.AGREEMENT
    # fighting told: not a transfer without fighting
    assert sr.leaving_under_deal(sr.AGREEMENT, DEAL_FRAMES_LEAVING + ["w=fighting"]) == sr.AGREEMENT
    # a deal signed, no leaving
    signed = [f for f in DEAL_FRAMES_LEAVING if f != "verb=leave"] + ["verb=sign"]
    assert sr.leaving_under_deal(sr.AGREEMENT, signed) == sr.AGREEMENT
    # a leaving with no deal
    alone = [f for f in LEAVING_IN_DEAL if f != "arg:pobj=agreement"] + ["arg:pobj=night"]
    assert sr.leaving_under_deal(sr.GROUP_CHANGE, alone) == sr.GROUP_CHANGE
    # other answers are not retyped
    assert sr.leaving_under_deal(sr.ARMED_CLASH, DEAL_FRAMES_LEAVING) == sr.ARMED_CLASH


def _feats(doc, trigger: str, rule_type: str) -> list[str]:
    """The features of the parse for the rules' answer on the trigger (given by lemma)."""
    trig = [t.i for t in doc if t.lemma_.lower() == trigger][:1]
    return subtype_model.features(doc[:], trig, rule_type, trigger, None, None)


@pytest.mark.parametrize("text,trigger,rule_type,answer,expected", [
    ("The last insurgents left Kismayo under a ceasefire deal on Tuesday.", "deal", "agreement", sr.AGREEMENT,
     sr.NONVIOLENT_TRANSFER),
    ("The militia withdrew from the port under the terms of the truce.", "truce", "ceasefire", sr.AGREEMENT,
     sr.NONVIOLENT_TRANSFER),
    ("Under the agreement, the rebels evacuated the district on Friday.", "evacuate", "retreat", sr.GROUP_CHANGE,
     sr.NONVIOLENT_TRANSFER),
    # unchanged: people evacuated, a deal before the leaving, fighting told, a deal signed
    ("Hundreds of families were evacuated from the besieged town under the deal.", "deal", "agreement",
     sr.AGREEMENT, sr.AGREEMENT),
    ("Hundreds of families prepared to evacuate the town after an agreement reached on Monday.", "agreement",
     "agreement", sr.AGREEMENT, sr.AGREEMENT),
    ("The rebels left the town under the deal after heavy fighting with the army.", "deal", "agreement",
     sr.AGREEMENT, sr.AGREEMENT),
    ("The two sides signed a ceasefire deal in Doha.", "deal", "agreement", sr.AGREEMENT, sr.AGREEMENT),
])
def test_the_codebook_chain_on_parsed_sentences(nlp, text, trigger, rule_type, answer, expected):
    doc = nlp(text)
    assert sr.codebook_subtype(answer, _feats(doc, trigger, rule_type)) == expected
