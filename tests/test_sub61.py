"""A unit the actor list does not name gains ground for its side (docs/annotation/subtypes.md section 68, sub61;
events/subtype_sides.unit_side, acting_for_state, read by side_of; data/state_units.json)."""

from __future__ import annotations

import pytest

from frontwatch.events import subtype_sides as ss
from frontwatch.nlp.doc_memo import doc_lemmas

GOV, NONSTATE = "Government regains territory", "Non-state actor overtakes territory"


def _side(nlp, text: str, word: str, units: bool = True) -> str | None:
    """side_of the first token spelled `word`, with no actor mention (what the phrase's own words say)."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return ss.side_of(tok, [], doc_lemmas(doc), units=units)


@pytest.mark.parametrize("text,word,side", [
    # a part of a force takes the side of the force named after 'from' / 'of', through a numbered formation
    ("Forces from Brigade 67 of the 11th Tank Division launched a surprise attack, recapturing two hills.",
     "Forces", "state"),
    ("Elements of the 4th Armoured Division seized the village.", "Elements", "state"),
    # a state formation's name carries no number
    ("Republican Guard units recaptured the district.", "units", "state"),
    # the owner decides before the number: a rebel group's numbered division is the rebels'
    ("Units of the rebels' 13th Division seized the checkpoint.", "Units", "nonstate"),
    # no owner, no number, no formation name: the phrase says no side
    ("Forces from the north entered the town.", "Forces", None),
])
def test_unit_side(nlp, text, word, side):
    assert _side(nlp, text, word) == side


def test_unit_reading_is_off_for_the_model_features(nlp):
    # the shipped model's features keep the reading it was trained on (section 68)
    assert _side(nlp, "Elements of the 4th Armoured Division seized the village.", "Elements", units=False) is None


def test_state_acting_militia_is_listed_by_canonical_name():
    class _Actor:
        name = "National Defence Forces"

    class _Mention:
        start, end, kind, actors = 0, 1, "political militia", [_Actor()]

    class _Other(_Mention):
        actors = []

    assert ss.acting_for_state(_Mention())
    assert not ss.acting_for_state(_Other())


def test_gain_side_of_an_unnamed_unit(nlp):
    text = "Forces from Brigade 67 of the 11th Tank Division launched a surprise attack, recapturing two hills."
    doc = nlp(text)
    span = next(iter(doc.sents))
    trig = [next(t.i for t in span if t.text == "recapturing")]
    feats = ss.territory_features(span, trig, [], "recapturing")
    assert f"{ss.UNIT_GAIN}state" in feats and "gain_agent=-" in feats  # rules-only; the model's feature unchanged
    assert ss.UNIT_GAIN.startswith(ss.FEATURE_PREFIXES)
    assert ss.side_subtype(NONSTATE, feats) == GOV
    assert f"{ss.ANY_MAIN_GAIN}state" in ss.main_gain_features(span, trig, [], "recapturing")
    # only tried: no gain to credit
    doc = nlp("Forces from Brigade 67 of the 11th Tank Division launched an offensive to recapture two hills.")
    span = next(iter(doc.sents))
    trig = [next(t.i for t in span if t.text == "recapture")]
    assert not any(f.startswith(ss.UNIT_GAIN) for f in ss.territory_features(span, trig, [], "recapture"))


def test_pipeline_units_and_allied_militias(main_subtypes):
    got = main_subtypes([
        "Elements of the 4th Armoured Division seized the village from Islamic State.",
        "The National Defence Forces seized the hill from the jihadists.",
        "Republican Guard units recaptured the district.",
        # the opposite kept: a rebel group's unit, and a rebel group the actor list knows
        "Units of the rebels' 13th Division seized the checkpoint from the army.",
        "Islamic State fighters seized the village from the army.",
    ])
    assert list(got.values()) == [GOV, GOV, GOV, NONSTATE, NONSTATE]
