"""Ground left under the other side's assault (events/leaving_under_assault.py; docs/annotation/subtypes.md section
52, sub46): a withdrawal told as done in answer to a ground assault by a named other side is ground lost to that side,
not a Change to group/activity (a withdrawal "not transferring territory")."""

from __future__ import annotations

import pytest
from test_events_subtype_model import main_of
from test_events_support import run

from frontwatch.events import subtype_model
from frontwatch.events import subtype_rules as sr
from frontwatch.events.leaving_under_assault import leaving_under_assault_features


@pytest.mark.parametrize("text,expected", [
    # the assault in the withdrawal's adverbial clause, its 'after' phrase, its 'under' phrase (base: Change x3)
    ("The Syrian army withdrew from the farms of Al Maleh as they faced a rebel counter-offensive led by Al Nusra Front.",
     ["forced_off=state", "forced_off_by=nonstate"]),
    ("Government troops pulled out of the town after a rebel offensive.", ["forced_off=state", "forced_off_by=nonstate"]),
    ("The militants withdrew from the village under heavy attack from the army.",
     ["forced_off=nonstate", "forced_off_by=state"]),
    # none: no assault, an air attack, a withdrawal not told as done, the assault beaten off, the leavers' own assault
    ("The army withdrew from the village on Sunday.", []),
    ("The rebels pulled back after a government air attack.", []),
    ("Government troops will withdraw from the town after a rebel offensive.", []),
    ("The rebels retreated after they repelled an army offensive.", []),
    ("The rebels withdrew after their assault on the base failed.", []),
])
def test_leaving_under_assault_features(nlp, monkeypatch, text, expected):
    """Read through the pipeline's own run, so that the actor mentions are the shipped ones."""
    seen: list[list[str]] = []

    def recorded(span, mentions=()):
        seen.append(leaving_under_assault_features(span, mentions))
        return seen[-1]

    monkeypatch.setattr(subtype_model.leaving_under_assault, "leaving_under_assault_features", recorded)
    run(nlp, text)
    assert seen and seen[0] == expected


def test_the_features_feed_forced_off_ground():
    assert sr.codebook_subtype(sr.GROUP_CHANGE, ["trig=withdraw", "forced_off=state", "forced_off_by=nonstate"]) \
        == sr.NONSTATE_GAIN
    assert sr.codebook_subtype(sr.GROUP_CHANGE, ["trig=withdraw", "forced_off=nonstate", "forced_off_by=state"]) \
        == sr.GOVERNMENT_GAIN
    assert sr.codebook_subtype(sr.GROUP_CHANGE, ["trig=withdraw"]) == sr.GROUP_CHANGE


def test_no_features_without_a_parse_of_a_withdrawal(nlp):
    assert leaving_under_assault_features(nlp("Rebels attacked the town on Sunday.")[:]) == []


@pytest.mark.parametrize("text,expected", [
    # base: Change to group/activity
    ("The Syrian army withdrew from the farms of Al Maleh as they faced a rebel counter-offensive led by Al Nusra Front.",
     "Non-state actor overtakes territory"),
    ("Government troops pulled out of the town after a rebel offensive.", "Non-state actor overtakes territory"),
    ("The militants retreated from the hill after coming under attack from the army.", "Government regains territory"),
    ("Islamist fighters pulled out of the district after an offensive by government troops.",
     "Government regains territory"),
    # unchanged
    ("The army withdrew from the village on Sunday.", "Change to group/activity"),
    ("The rebels pulled back after a government air attack.", "Change to group/activity"),
    ("Government troops will withdraw from the town after a rebel offensive.", "Change to group/activity"),
    ("The rebels retreated after they repelled an army offensive.", "Change to group/activity"),
])
def test_the_pipeline(nlp, text, expected):
    assert main_of(nlp, text) == expected


PREPARED = ["trig=offensive", "w=ramp", "w=force", "w=preparation", "w=offensive"]


@pytest.mark.parametrize("subtype,feats,expected", [
    # an Armed clash answer in a sentence of forces made ready for a fight -> Change to group/activity
    (sr.ARMED_CLASH, PREPARED, sr.GROUP_CHANGE),
    (sr.ARMED_CLASH, ["trig=offensive", "w=transfer", "w=prepare", "w=operation"], sr.GROUP_CHANGE),
    # unchanged: no preparation word, a fight or a killing told beside it, an attack word, another answer
    (sr.ARMED_CLASH, ["trig=offensive", "w=ramp", "w=force", "w=offensive"], sr.ARMED_CLASH),
    (sr.ARMED_CLASH, [*PREPARED, "w=clash"], sr.ARMED_CLASH),
    (sr.ARMED_CLASH, [*PREPARED, "w=kill"], sr.ARMED_CLASH),
    (sr.ARMED_CLASH, [*PREPARED, "lex=attack"], sr.ARMED_CLASH),
    (sr.ARMED_CLASH, [*PREPARED, "cue=lethal"], sr.ARMED_CLASH),
    (sr.SHELLING, [*PREPARED, "trig=shell"], sr.SHELLING),
])
def test_fight_prepared_for(subtype, feats, expected):
    assert sr.fight_prepared_for(subtype, feats) == expected
    assert sr.codebook_subtype(subtype, feats) == expected


@pytest.mark.parametrize("text,expected", [
    ("The army is ramping up forces near the city in preparation for an offensive on the rebel-held towns.",
     "Change to group/activity"),
    ("Rebels clashed with the army near the city as they prepared for an offensive on the towns.", "Armed clash"),
])
def test_the_pipeline_prepared_fight(nlp, text, expected):
    assert main_of(nlp, text) == expected
