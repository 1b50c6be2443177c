"""What is not an Armed clash: a multiword killing of civilians, ground wrested back or cleared of an armed side
(docs/annotation/subtypes.md section 76, sub67; events/subtype_rules.py, events/subtype_sides.py,
data/triggers.csv, data/subtype_cues.json)."""

from __future__ import annotations

import pytest
from event_helpers import main_record_of

from frontwatch.events import subtype_rules as sr
from frontwatch.events import subtype_sides as ss
from frontwatch.nlp.doc_memo import doc_lemmas

ATTACK, CLASH = "Attack", "Armed clash"
GOV, NONSTATE = "Government regains territory", "Non-state actor overtakes territory"
TERRITORY = {GOV, NONSTATE, "Non-violent transfer of territory"}


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_one_sided_violence_reads_a_multiword_killing():
    """'shot dead' is the lexicon's one trigger 'shoot dead': its words tell the harm, as 'kill' does."""
    base = ["verb=<trigger>", "obj_cue=civilian", "party:obj=civilians"]
    assert sr.one_sided_violence(CLASH, [*base, "trig=shoot dead"]) == ATTACK
    assert sr.one_sided_violence(CLASH, [*base, "trig=gun down"]) == ATTACK
    # kept: an armed patient, two sides fighting told, no harm word
    assert sr.one_sided_violence(CLASH, ["verb=<trigger>", "obj_cue=armed", "trig=shoot dead"]) == CLASH
    assert sr.one_sided_violence(CLASH, [*base, "trig=shoot dead", "w=clash"]) == CLASH
    assert sr.one_sided_violence(CLASH, [*base, "trig=storm"]) == CLASH


@pytest.mark.parametrize("text,expected", [
    # labelled by the guideline before any run: unarmed people shot dead are an Attack; soldiers shot dead by
    # militants, a fight
    ("Soldiers shot dead a shepherd near the village.", ATTACK),
    ("Troops gunned down three farmers in their fields.", ATTACK),
    ("Militants shot dead two soldiers at a checkpoint.", CLASH),
])
def test_shot_dead_pipeline(text, expected):
    assert main_record_of(text)["acled"]["sub_event_type"] == expected


def test_losers_read_from_a_particle(nlp):
    """The parser hangs 'from' on 'back', not on the verb: the side the ground was taken from is still read."""
    doc = nlp("The army said five villages had been wrested back from the insurgents.")
    assert [t.text for t in ss.losers(_word(doc, "wrested"))] == ["insurgents"]


@pytest.mark.parametrize("text,verb,back", [
    ("The town was retaken from the rebels on Sunday.", "retaken", True),
    ("Five villages had been wrested back from the insurgents.", "wrested", True),
    ("The town was captured from the rebels on Sunday.", "captured", False),
    ("The militants were driven out of the town.", "driven", False),  # 'out' is no return
])
def test_regaining(nlp, text, verb, back):
    doc = nlp(text)
    assert ss.regaining(_word(doc, verb), doc_lemmas(doc)) is back


@pytest.mark.parametrize("text,verb,side", [
    # ground taken back from a non-state side with no taker named returns to the state
    ("The town was retaken from the rebels on Sunday.", "retaken", "state"),
    ("Five villages had been wrested back from the insurgents.", "wrested", "state"),
    # kept: a plain capture from a non-state side says nothing; a named taker decides
    ("The town was captured from the rebels on Sunday.", "captured", None),
    ("The rebels recaptured the town from the militants.", "recaptured", "nonstate"),
])
def test_gain_side_of_ground_taken_back(nlp, text, verb, side):
    doc = nlp(text)
    tok = _word(doc, verb)
    feats = ss.territory_features(next(iter(doc.sents)), [tok.i], [], doc_lemmas(doc)[tok.i])
    assert "gain_done" in feats  # the capture word was read
    assert next((f[10:] for f in feats if f.startswith("gain_side=")), None) == side


@pytest.mark.parametrize("text,expected", [
    # labelled by the guideline before any run (section 4: the state retakes ground -> Government regains territory)
    ("The army said five villages and hilltops had been wrested back from the insurgents.", GOV),
    ("Rebels wrested the town from government forces on Sunday.", NONSTATE),
    ("Government forces have wrested nearly the entire region from Daesh control.", GOV),
    ("Troops cleared the village of militants after heavy fighting.", GOV),
    ("The Syrian Armed Forces cleared the area of all ISIS fighters that were entrenched there.", GOV),
])
def test_ground_wrested_or_cleared_pipeline(text, expected):
    assert main_record_of(text)["acled"]["sub_event_type"] == expected


def test_road_cleared_of_mines_is_no_ground():
    """'clear of' needs an armed side after 'of' (triggers.csv): mines cleared from a road take no ground."""
    rec = main_record_of("Engineers cleared the road of mines on Monday.")
    assert rec["acled"]["sub_event_type"] not in TERRITORY


def test_execution_is_an_attack():
    """Section 5: the execution of captured soldiers is an Attack; 'executed an operation' stays a clash."""
    assert sr.targeted_killing(CLASH, ["trig=execute", "arg:dobj=troop"]) == ATTACK
    assert sr.codebook_subtype(CLASH, ["trig=execute", "arg:dobj=troop"]) == ATTACK
    assert sr.codebook_subtype(CLASH, ["trig=execute", "arg:dobj=operation"]) == CLASH
    assert sr.targeted_killing(CLASH, ["trig=kill", "arg:dobj=troop"]) == CLASH
    # captives taken in an ambush and executed: the ambush is how they were taken, not the event
    ambush = ["w=ambush", "party:obj=state"]
    assert sr.codebook_subtype(CLASH, ["trig=execute", "arg:dobj=troop", *ambush]) == ATTACK
    assert sr.codebook_subtype(ATTACK, ["trig=kill", "arg:dobj=troop", *ambush]) == CLASH  # kept: a killing in one


@pytest.mark.parametrize("text,side", [
    # another non-state side named may be the taker: no side is inferred; a state speaker leaves it to the state
    ("Kurdish fighters said the town had been recaptured from the jihadists.", None),
    ("The army said the town had been recaptured from the jihadists.", "state"),
])
def test_ground_taken_back_with_another_nonstate_side_named(nlp, text, side):
    doc = nlp(text)
    tok = _word(doc, "recaptured")
    feats = ss.territory_features(next(iter(doc.sents)), [tok.i], [], doc_lemmas(doc)[tok.i])
    assert "gain_done" in feats and "gain_agent=-" in feats
    assert next((f[10:] for f in feats if f.startswith("gain_side=")), None) == side
