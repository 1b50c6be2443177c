"""A subject the parser hung on a fronted phrase, and 'executed an operation' (docs/annotation/subtypes.md section 57,
sub51; events/subtype_sides.py, events/subtype_rules.py)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from frontwatch.events import subtype_rules as sr
from frontwatch.events import subtype_sides as ss

ATTACK, CLASH = "Attack", "Armed clash"
GOV, NONSTATE = "Government regains territory", "Non-state actor overtakes territory"


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text,verb,subject", [
    # a fronted adjunct, a comma, then the subject the parser made an apposition of the adjunct's noun
    ("After storming the Tal Afar Citadel, the Iraqi Security Forces took control of the old city.", "took", "Forces"),
    ("In addition to capturing the Hayat Tower, the Syrian Armed Forces also took control of three villages after the "
     "rebels abandoned their positions.", "took", "Forces"),
])
def test_apposed_subject(nlp, text, verb, subject):
    doc = nlp(text)
    v = _word(doc, verb)
    assert not any(c.dep_ == "nsubj" for c in v.children)  # the parse this repairs
    assert ss.apposed_subject(v).text == subject
    assert ss.gainer(v).text == subject


@pytest.mark.parametrize("text,verb", [
    ("In Aleppo, the country's largest city, rebels captured the army base.", "captured"),  # a subject of its own
    ("The army, backed by jets, captured the hill.", "captured"),
    ("Troops advanced on the town, capturing the hill.", "capturing"),  # a participle: no finite verb
])
def test_no_apposed_subject(nlp, text, verb):
    assert ss.apposed_subject(_word(nlp(text), verb)) is None


@dataclass(frozen=True)
class _Actor:
    """An actor mention as the actor layer gives it (start, end, kind): `subtype_sides.side_of` reads its kind."""

    start: int
    end: int
    kind: str


def test_apposed_subject_gains_on_features(nlp):
    """The side of ground taken is read from the repaired subject (`territory_features`, `side_subtype`)."""
    doc = nlp("After storming the Tal Afar Citadel, the Iraqi Army Forces took control of the old city.")
    span = next(iter(doc.sents))
    took, forces = _word(doc, "took"), _word(doc, "Forces")
    army = _Actor(forces.i - 2, forces.i + 1, "state forces")  # "Iraqi Army Forces"
    feats = ss.territory_features(span, [took.i, took.i + 1], [army], "take control")
    assert "gain_side=state" in feats and ss.side_subtype(NONSTATE, feats) == GOV


def test_carried_out_operation():
    assert sr.carried_out_operation(ATTACK, ["trig=execute", "arg:dobj=operation"]) == CLASH
    assert sr.carried_out_operation(ATTACK, ["trig=execute", "head:acl=operation"]) == CLASH
    assert sr.carried_out_operation(ATTACK, ["trig=execute", "arg:dobj=prisoner"]) == ATTACK  # an execution
    assert sr.carried_out_operation(ATTACK, ["trig=execute", "arg:nsubjpass=man"]) == ATTACK
    assert sr.carried_out_operation(ATTACK, ["trig=kill", "arg:dobj=operation"]) == ATTACK  # no execution word
    assert sr.carried_out_operation("Arrests", ["trig=execute", "arg:dobj=operation"]) == "Arrests"
    # in the chain
    assert sr.codebook_subtype(ATTACK, ["trig=execute", "arg:dobj=operation", "verb=<trigger>"]) == CLASH
    assert sr.codebook_subtype(ATTACK, ["trig=execute", "arg:dobj=soldier", "verb=<trigger>"]) == ATTACK


CHANGED = [  # answered Attack on the base: 'executed' read as putting people to death
    ("The elite unit executed a night raid on the militants' hideout near the border.", CLASH),
]
KEPT = [
    ("Militants executed five captured soldiers in the town square.", ATTACK),
    ("In Aleppo, the country's largest city, rebels captured the army base.", NONSTATE),
    ("After storming the Tal Afar Citadel, the Iraqi Security Forces took control of the old city.", GOV),
    ("The special forces executed an operation against the rebel positions on Tuesday, a spokesman said.", CLASH),
]


def test_pipeline(main_subtypes):
    """Each sentence's main event, through the whole pipeline, gets its expected sub-type."""
    expected = dict(CHANGED + KEPT)
    assert main_subtypes(list(expected)) == expected
