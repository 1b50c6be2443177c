"""A deal or truce told as ended is no Agreement (docs/annotation/subtypes.md section 71, guideline 24.11, sub64;
events/subtype_deals.py), and the fresh labelled file h-sub64.jsonl is built from its decisions."""

from __future__ import annotations

import pytest
from event_helpers import sentence_and_trigger

from frontwatch.events import subtype_deals as sd
from frontwatch.events import subtype_model, subtype_rules

AGREEMENT, CHANGE = "Agreement", "Change to group/activity"


@pytest.mark.parametrize("text,trigger,word", [
    ("A three-day truce between the militia and the government collapsed on Tuesday.", "truce", "collapse"),
    ("The ceasefire has ended with no word of a new truce.", "ceasefire", "end"),
    ("The local truce broke down in May.", "truce", "break"),
    ("The army declared an end to its ceasefire on Monday evening.", "ceasefire", "end"),
    ("The rebels announced the end of the ceasefire in the north.", "ceasefire", "end"),
    ("The militia scrapped the truce.", "truce", "scrap"),
    # the parser hangs 'collapsed' beside 'after', subjectless: the deal is still the one that ended
    ("Jets pounded the districts days after a week-long ceasefire brokered by the US and Russia collapsed.",
     "ceasefire", "collapse"),
])
def test_deal_told_ended(nlp, text, trigger, word):
    sent, toks = sentence_and_trigger(nlp, text, trigger)
    assert sd.deal_features(sent, toks) == [f"{sd.DEAL_ENDED}{word}"]


@pytest.mark.parametrize("text,trigger", [
    ("The two sides agreed a 48-hour truce in the town.", "truce"),
    ("A ceasefire between the army and the rebels took effect on Monday.", "ceasefire"),
    ("The truce ended weeks of fighting in the district.", "truce"),  # the truce ends something else: in effect
    ("The truce was repeatedly violated by regime forces.", "truce"),  # a breach: the deal still stands
    ("Rebels broke the ceasefire overnight.", "ceasefire"),
    ("Rebels shelled the town after the talks collapsed.", "talks"),  # no deal noun
])
def test_deal_not_told_ended(nlp, text, trigger):
    sent, toks = sentence_and_trigger(nlp, text, trigger)
    # no `deal_ended=` (diag53 adds `deal_made=` for a deal made or in force: guideline 24.17, tests/test_diag53.py)
    assert [f for f in sd.deal_features(sent, toks) if f.startswith(sd.DEAL_ENDED)] == []


def test_deal_ended_rule_and_chain():
    ended = [f"{sd.DEAL_ENDED}collapse", "trig=ceasefire"]
    assert sd.deal_ended(AGREEMENT, ended) == CHANGE
    assert sd.deal_ended(AGREEMENT, ["trig=ceasefire"]) == AGREEMENT
    assert sd.deal_ended("Air/drone strike", ended) == "Air/drone strike"
    assert subtype_rules.codebook_subtype(AGREEMENT, ended) == CHANGE


def test_deal_feature_is_rules_only_and_deal_nouns_one_definition():
    assert sd.DEAL_ENDED.startswith(subtype_model.RULES_ONLY)
    assert subtype_rules.DEAL_NOUNS is sd.DEAL_NOUNS
    assert {"ceasefire", "truce", "deal"} <= sd.DEAL_NOUNS


def test_ended_deals_through_the_pipeline(main_subtypes):
    """Made-up sentences labelled by guideline 24.11 before any run; the first four were Agreement before sub64."""
    expected = {
        "The army declared an end to the truce in the southern province on Sunday.": CHANGE,
        "A three-day truce between the militia and the government collapsed on Tuesday.": CHANGE,
        "The rebels announced the end of the ceasefire in the north.": CHANGE,
        "Since the local ceasefire broke down last week, mortar shells have hit the market every day.":
            "Shelling/artillery/missile attack",
        # kept
        "Government aircraft bombed the rebel-held town hours after a truce brokered by the UN collapsed.":
            "Air/drone strike",
        "The two sides agreed a 48-hour truce in the town.": AGREEMENT,
        "A ceasefire between the army and the rebels took effect on Monday.": AGREEMENT,
        "The truce ended weeks of fighting in the district.": AGREEMENT,
        "The government and the rebels signed a peace deal in the capital.": AGREEMENT,
    }
    assert main_subtypes(list(expected)) == expected


def test_captives_released_rule():
    from frontwatch.events import subtype_other as so

    abd = "Abduction/forced disappearance"
    noun = ["tpos=NOUN", "trig=hostage"]
    assert so.captives_released(abd, [*noun, "head:dobj=release"]) == "Other"
    assert so.captives_released(abd, [*noun, "head:nsubjpass=free"]) == "Other"
    # kept: the taking told by a verb, a noun that is no release's object, another answer
    assert so.captives_released(abd, ["tpos=VERB", "trig=take hostage", "head:ROOT=take"]) == abd
    assert so.captives_released(abd, [*noun, "head:dobj=hold"]) == abd
    assert so.captives_released("Attack", [*noun, "head:dobj=release"]) == "Attack"
    # the taking told in a relative clause on the people a release verb of the sentence names
    relcl = ["tpos=VERB", "trig=hold captive", "tdep=relcl", "head:relcl=schoolgirl"]
    assert so.captives_released(abd, [*relcl, "w=free"]) == "Other"
    assert so.captives_released(abd, relcl) == abd
    assert {"release", "free"} <= so.release_verbs()
    assert subtype_rules.codebook_subtype(abd, [*noun, "head:dobj=free"]) == "Other"


def test_captives_released_through_the_pipeline(main_subtypes):
    """Made-up sentences labelled by guideline 24.5 before any run; the first four were Abduction before sub64 (the
    noun 'hostages' read as an abduction of its own and chosen over the release; the holding's relative clause)."""
    abd = "Abduction/forced disappearance"
    expected = {
        "Twenty hostages were released by the militia on Friday.": "Other",
        "The kidnappers released the two hostages after a ransom was paid.": "Other",
        "The militia released 30 hostages it had held for a month.": "Other",
        "Boko Haram freed 82 schoolgirls it had held captive since 2014.": "Other",
        # kept
        "Gunmen seized five hostages at the hotel.": abd,
        "The gunmen took 12 hostages and later released two of them.": abd,
        "Militants are holding 30 hostages in the church.": abd,
    }
    assert main_subtypes(list(expected)) == expected
