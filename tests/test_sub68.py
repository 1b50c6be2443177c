"""A deal only referred to is the sentence's background, not an Agreement it reports (docs/annotation/subtypes.md
section 77, guideline 24.14, sub68; events/subtype_deals.py `referred_word`, `deal_is_background`, read by
`extract`), and the fresh labelled file h-sub68.jsonl is built from its decisions."""

from __future__ import annotations

import pytest
from event_helpers import sentence_and_trigger

from frontwatch.events import subtype_deals as sd
from frontwatch.events.group_status import status_description

AGREEMENT, CHANGE = "Agreement", "Change to group/activity"


@pytest.mark.parametrize("text,trigger,word", [
    ("An air strike near the ceasefire line killed four soldiers on Tuesday.", "ceasefire", "line"),
    ("The rebels exploited the truce and attacked army positions outside the city.", "truce", "exploit"),
    ("The truce was repeatedly violated by regime forces.", "truce", "violate"),
    ("Fighters continued to attack despite the ceasefire.", "ceasefire", "despite"),
    ("Militias clashed in the north during the truce.", "truce", "during"),
    ("The strikes are another violation of the truce.", "truce", "violation"),
])
def test_deal_referred(nlp, text, trigger, word):
    sent, toks = sentence_and_trigger(nlp, text, trigger)
    assert sd.referred_word(sent.doc[toks[0]]) == word
    assert sd.deal_is_background(sent, toks)


@pytest.mark.parametrize("text,trigger", [
    ("The two sides signed a ceasefire agreement in the capital on Monday.", "agreement"),
    ("The two sides signed a ceasefire agreement in the capital on Monday.", "ceasefire"),  # modifies a deal noun
    ("A truce brokered by tribal elders took effect in the district at midnight.", "truce"),
    ("Rebel fighters left the town under the deal.", "deal"),  # the deal in effect (section 5)
    ("The army declared an end to its ceasefire on Monday.", "ceasefire"),  # ended in the main clause: 24.11
    ("The two sides agreed a 48-hour truce in the town.", "truce"),
])
def test_deal_not_background(nlp, text, trigger):
    sent, toks = sentence_and_trigger(nlp, text, trigger)
    assert not sd.deal_is_background(sent, toks)


def test_ended_deal_in_time_adjunct_and_its_participle(nlp):
    text = "Troops launched an offensive on the valley after the truce brokered by Russia collapsed."
    sent, toks = sentence_and_trigger(nlp, text, "truce")
    assert sd.ending_word(sent.doc[toks[0]]) == "collapse"
    assert sd.deal_is_background(sent, toks)
    sent, toks = sentence_and_trigger(nlp, text, "brokered")  # the participle tells the same deal
    assert sd.deal_is_background(sent, toks)


def test_referred_deals_through_the_pipeline(main_subtypes):
    """Made-up sentences labelled by the guideline (24.11, 24.14, section 4) before any run; the first two were
    Agreement before sub68 (the deal noun chosen over the violence)."""
    expected = {
        "An air strike near the ceasefire line killed four soldiers on Tuesday.": "Air/drone strike",
        "The rebels exploited the truce and attacked army positions outside the city.": "Armed clash",
        # kept
        "Militia fighters shelled the market town despite the ceasefire agreed last week.":
            "Shelling/artillery/missile attack",
        "Gunmen opened fire on the village during the truce, killing three farmers.": "Attack",
        "The two sides signed a ceasefire agreement in the capital on Monday.": AGREEMENT,
        "A truce brokered by tribal elders took effect in the district at midnight.": AGREEMENT,
        "The army declared an end to its ceasefire on Monday.": CHANGE,
        "Troops launched an offensive on the valley after the truce collapsed.": "Armed clash",
        "The government and the rebels agreed to a prisoner exchange.": AGREEMENT,
    }
    assert main_subtypes(list(expected)) == expected


@pytest.mark.parametrize("text,word,gloss", [
    ("Kurdish fighters killed 35 Daesh (outlawed in Russia) militants near the town.", "outlawed", True),
    ("The fighters killed 12 militants (ISIL or Daesh outlawed in Russia) near the town.", "outlawed", True),
    ("The Islamic State, a terrorist group banned in Russia, claimed the attack.", "banned", True),
    # a ban told as done: a finite verb with an object, a passive's auxiliary, a ban with an object in a parenthesis
    ("Russia banned the group on Monday.", "banned", False),
    ("The group was outlawed by the government last year.", "outlawed", False),
    ("The movement (which the army banned the group from joining) rallied.", "banned", False),
])
def test_ban_told_as_a_gloss(nlp, text, word, gloss):
    doc = nlp(text)
    assert status_description(next(t for t in doc if t.text == word)) is gloss


def test_ban_gloss_is_background_through_the_pipeline(extract):
    """The gloss is coded as background, so it is no candidate for the sentence's main event (before sub68 it was an
    asserted Change to group/activity that the chooser could take over the killing). A ban told as done stays
    reported."""
    def reported(text: str, trigger: str) -> list[str]:
        return [r.get("modality") for r in extract([text])[0]
                if (r.get("trigger") or "").lower() == trigger and r.get("modality") != "background"]

    assert reported("The fighters killed 12 militants (ISIL or Daesh outlawed in Russia) near the town.",
                    "outlawed") == []
    assert reported("Russia banned the group on Monday.", "banned") == ["asserted"]


