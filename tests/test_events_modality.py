"""Modality: asserted, claimed, denied, planned, and history kept apart as background."""

from __future__ import annotations

import pytest
from test_events_support import run


def modalities(nlp, text):  # noqa: F811
    return [(e.event_type, e.modality) for e in run(nlp, text)]


@pytest.mark.parametrize("text,want", [
    ("Rebels seized the town of Idlib on Friday.", "asserted"),
    ("The army shelled Idlib overnight, the Observatory said.", "asserted"),
    # claimed: hedges, claim verbs, and a side reporting its own deed
    ("Rebels are said to have seized Idlib.", "claimed"),
    ("Rebels reportedly seized Idlib.", "claimed"),
    ("Rebels claimed they had captured Idlib.", "claimed"),
    ("Jihadists say they have captured Idlib.", "claimed"),
    # denied
    ("The army denied that it had shelled Idlib.", "denied"),
    ("Rebels did not seize Idlib.", "denied"),
    ("Troops refused to withdraw from Idlib.", "denied"),
    # planned
    ("Rebels plan to attack Idlib.", "planned"),
    ("Thousands of militiamen are ready to deploy to Idlib.", "planned"),
    ("Turkey will send troops to Idlib.", "planned"),
    ("The regime has made it a key aim of recapturing Idlib.", "planned"),
    # background: old dates, durations, 'since' long ago, habitual past
    ("Rebels seized Idlib in 2015.", "background"),
    ("For years, Russian jets bombed Idlib.", "background"),
    ("Since 2011, the army has shelled Idlib.", "background"),
    ("Russian jets used to bomb Idlib.", "background"),
])
def test_modality(nlp, text, want):  # noqa: F811
    got = modalities(nlp, text)
    assert got and all(m == want for _, m in got), got


def test_negation_can_change_the_type_instead(nlp):  # noqa: F811
    # "not seeking an intervention" is a rejection, asserted - not a denied request
    assert modalities(nlp, "Iraq is not seeking a military intervention in Syria.") == [("reject", "asserted")]
    assert modalities(nlp, "Iraq is seeking a military intervention in Syria.") == [("request", "asserted")]


def test_a_recent_day_in_the_same_sentence_is_not_history(nlp, monkeypatch):  # noqa: F811
    monkeypatch.setenv("FRONTWATCH_SUBTYPE_MODEL", "off")  # the rules' type; the learned sub-type may differ
    evs = run(nlp, "Since the fall of Aleppo last week, where the insurgency was crushed years ago, the army "
                   "has retreated.")
    fall = next(e for e in evs if e.event_type == "territory_taken")
    assert fall.modality == "asserted" and fall.date == "2024-11-30"


def test_reported_speech_backshift_is_not_history(nlp, monkeypatch):  # noqa: F811
    monkeypatch.setenv("FRONTWATCH_SUBTYPE_MODEL", "off")  # the rules' type; the learned sub-type may differ
    # A third party's report is asserted; the army reporting its own deed is its claim, as
    # "Jihadists say they have captured Idlib" above - in neither case is the pluperfect history.
    assert modalities(nlp, "The Observatory said the army had recaptured Idlib.") == [("territory_regained", "asserted")]
    assert modalities(nlp, "The army said it had recaptured Idlib.") == [("territory_regained", "claimed")]
    # sub41: a main-clause pluperfect with no date is the report's event told from a later point; it is history
    # only when placed before the report (an adverb of earlier time, a subordinate clause: events/pluperfect.py).
    assert modalities(nlp, "The army had recaptured Idlib.") == [("territory_regained", "asserted")]
    assert modalities(nlp, "The army had previously recaptured Idlib.") == [("territory_regained", "background")]


@pytest.mark.parametrize("text", [
    "Russia could strike Kyiv.",
    "If rebels attack Idlib, Turkey would respond.",
    "Fears of an offensive on Idlib grew.",
    "Hezbollah is weak, and a larger force would be exposed to Israeli strikes.",
])
def test_conditionals_and_possibilities_are_not_events(nlp, text):  # noqa: F811
    assert modalities(nlp, text) == []


def test_a_reported_would_is_a_plan_and_a_real_event_beside_a_conditional_stays(nlp, monkeypatch):  # noqa: F811
    monkeypatch.setenv("FRONTWATCH_SUBTYPE_MODEL", "off")  # the rules' type; the learned sub-type may differ
    assert modalities(nlp, "The army said it would withdraw from Homs.") == [("retreat", "planned")]
    got = modalities(nlp, "Hezbollah sent troops to Homs, but a larger force would be exposed to Israeli strikes.")
    assert got == [("deployment", "asserted")]


@pytest.mark.parametrize("text,aim,reported", [
    # an infinitive of purpose names an aim, not a reported event: the offensive / the fighting is the event
    ("Rebels launched an offensive to recapture Idlib.", "recapture", "offensive"),
    ("Government troops fought rebels in order to retake Idlib.", "retake", "fought"),
])
def test_purpose_infinitive(nlp, text, aim, reported):  # noqa: F811
    got = [(e.trigger, e.modality) for e in run(nlp, text)]
    assert (reported, "asserted") in got, got  # kept over the (surer) planned aim of the same type
    assert all(m == "planned" for t, m in got if t == aim), got


@pytest.mark.parametrize("text", [
    "Jihadists claim to have captured Idlib.",  # a perfect infinitive is a done deed
    "The army managed to retake Idlib.",  # an infinitive complement is read by the plan words
])
def test_done_infinitive(nlp, text):  # noqa: F811
    got = modalities(nlp, text)
    assert got and all(m != "planned" for _, m in got), got
