"""Two means coordinated as one event's means: the first mentioned decides (docs/annotation/subtypes.md section 54,
sub48; events/subtype_means.py)."""

from __future__ import annotations

import pytest

from frontwatch.evaluate.events import main_subtype
from frontwatch.evaluate.run import extract_texts
from frontwatch.events import subtype_means as sm
from frontwatch.events import subtype_rules as sr

AIR, SHELL, CLASH = "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"


def _first_means(nlp, text: str, trigger: str) -> str | None:
    sent = next(iter(nlp(text).sents))
    words = trigger.split()
    start = next(t.i for t in sent if [x.text for x in sent.doc[t.i:t.i + len(words)]] == words)
    return sm.first_means(sent, list(range(start, start + len(words))))


@pytest.mark.parametrize("text,trigger,expected", [
    ("At least 51 civilians were killed in air raids and shelling attacks on Saturday in the city.", "shelling", AIR),
    ("Scores were injured in the aerial strikes as well as shelling from army posts in the area.", "shelling", AIR),
    ("Twelve people were killed in shelling and air strikes on the town.", "air strikes", SHELL),
    ("Since the truce broke down, shells and barrel bombs have fallen almost every day.", "barrel bombs", SHELL),
    # none: a fight word first (no weapon named), a gerund with its own object, two clauses, a generic 'attacks' first, a means in another phrase, the trigger first
    ("Thirty militants have been killed in clashes and coalition air strikes in the north.", "air strikes", None),
    ("It was bad again with warplanes, cannon and artillery shelling our homes.", "shelling", None),
    ("Rebels shelled the town and government jets bombed the villages nearby.", "bombed", None),
    ("Twelve people were killed in attacks and shelling on the town.", "shelling", None),
    ("Rebels fired mortars and the army responded with air strikes.", "air strikes", None),
    ("Jets and artillery shelled the town on Monday.", "artillery", None),
    ("Twelve people were killed in shelling and air strikes on the town.", "shelling", None),
])
def test_first_means(nlp, text, trigger, expected):
    assert _first_means(nlp, text, trigger) == expected


def test_rule_on_features():
    feats = ["trig=strike", f"{sm.FIRST_MEANS}{SHELL}"]
    assert sm.first_means_subtype(AIR, feats) == SHELL
    assert sm.first_means_subtype("Attack", feats) == "Attack"  # not one of the equally specific means
    assert sm.first_means_subtype(AIR, ["trig=strike"]) == AIR
    assert sr.codebook_subtype(SHELL, ["trig=shell", f"{sm.FIRST_MEANS}{AIR}"]) == AIR


CHANGED = [  # the base code answers the later means
    ("Twelve people were killed in shelling and air strikes on the town.", SHELL),
    ("Five people were killed in mortar fire and air raids on the market.", SHELL),
]
KEPT = [  # a fight word first names no weapon: the means stays
    ("Nine soldiers died in clashes and air strikes near the border.", AIR),
    ("Eight fighters were killed in clashes as well as shelling on the front line.", SHELL),
    ("Four civilians were killed in air strikes and clashes on the outskirts of the town.", AIR),
    ("Rebels fired mortars and the army responded with air strikes.", AIR),
    ("Rebels shelled the town and government jets bombed the villages nearby.", SHELL),
]


def test_pipeline(main_subtypes):
    """Each sentence's main event, through the whole pipeline, gets its expected sub-type."""
    expected = dict(CHANGED + KEPT)
    assert main_subtypes(list(expected)) == expected


def test_craft_on_its_mission_rule():
    feats = ["trig=bombing", "tdep=pobj", "verb=crash", "subj@v=aircraft"]
    assert sr.accident_subtype(AIR, feats) == "Other"
    assert sr.accident_subtype(AIR, ["trig=bombing", "tdep=pobj", "verb=crash", "subj@v=rebel"]) == AIR
    assert sr.accident_subtype(AIR, ["trig=bombing", "tdep=dobj", "verb=crash", "subj@v=aircraft"]) == AIR
    assert sr.accident_subtype(CLASH, feats) == CLASH  # a hostile act that downed it keeps its type


CRASHES = [  # the base code answers the first an air strike
    ("A government warplane crashed during an air raid on the rebel-held village, killing the pilot.", "Other"),
    ("A military helicopter crashed after it was hit by rebel fire near the base.", CLASH),
    ("Government jets bombed the town while a helicopter crashed near the airport.", AIR),
]


@pytest.mark.parametrize("text,expected", CRASHES)
def test_crash_on_a_mission(text, expected):
    assert main_subtype(next(iter(extract_texts([text])))) == expected
