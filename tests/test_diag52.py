"""diag52 (docs/annotation/subtypes.md section 79): the retrained sub-type pair broke rule-tested sentences because the
codebook rules that should decide them did not fire, leaving the answer to the model's margin. Two rules are
fixed: `protesters_threw` reads the missile among the throw's objects too ('Molotov' is tagged a proper noun and
has no `w=` feature), and guideline 24.10(a)'s mourners who do violence make a Violent demonstration
(`mourners_violence`). Each sentence is run through the whole pipeline twice: with the shipped model, and with the
shipped model made never to override the rules (its margin `min_prob` above 1, written to a temporary file and named
by FRONTWATCH_SUBTYPE_MODEL): the codebook rules, applied after the model, must decide these sentences whatever the
model says. (FRONTWATCH_SUBTYPE_MODEL=off is no such test: with no model the codebook is not applied at all.)"""

from __future__ import annotations

import json

import pytest

from frontwatch.events import subtype_model

VD, PEACEFUL, MOB, ATTACK = "Violent demonstration", "Peaceful protest", "Mob violence", "Attack"

CHANGED = [  # labelled by guideline 24.10(a),(b) and 24.2(a) before any run
    ("Protesters threw Molotov cocktails at the police station.", VD),  # test_sub63's, the retrained pair's miss
    ("Demonstrators hurled Molotov cocktails at riot police in the capital.", VD),
    ("Mourners hurled stones at soldiers after the burial.", VD),  # test_sub63's, the retrained pair's miss
    ("Mourners threw rocks at police after the funeral of the slain activist.", VD),
]
KEPT = [
    ("Protesters marched to the parliament carrying placards.", PEACEFUL),  # no throw
    ("Gunmen opened fire on mourners at a funeral, killing five people.", ATTACK),  # the mourners are the victims
]


@pytest.mark.parametrize("overrides", [False, True])
def test_pipeline(main_subtypes, monkeypatch, tmp_path, overrides):
    """Each sentence's main event gets its sub-type with the shipped model, and by the codebook when the model never
    overrides the rules' answer."""
    if overrides:
        monkeypatch.delenv(subtype_model.MODEL_ENV, raising=False)
    else:
        data = json.loads(subtype_model.packaged_model_path().read_text(encoding="utf-8"))
        data["min_prob"] = 1.5  # margin mode: the model must lead the rules' sub-type by more than any probability
        path = tmp_path / "never_overrides.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        monkeypatch.setenv(subtype_model.MODEL_ENV, str(path))
    expected = dict(CHANGED + KEPT)
    assert main_subtypes(list(expected)) == expected


def test_a_trigger_the_rules_typed_a_gain_is_a_capture_word(nlp):
    """The rules' lexicon types 'freed the town' a gain of ground (territory_regained) but 'free' is no word of the
    'territory_gain' cue class, so the gain features read no gaining side and `gain_after_clash` could not restore the
    gain a retrained model called an Armed clash (section 79). The trigger the rules typed a gain is a capture word;
    the same verb typed a release of people is none."""
    from frontwatch.events import subtype_sides as ss

    doc = nlp("The army freed the town of Dabiq from the militants on Sunday.")
    span = next(iter(doc.sents))
    freed = next(t.i for t in span if t.lower_ == "freed")
    feats = ss.territory_features(span, [freed], [], "free", "territory_regained")
    assert "gain_side=state" in feats and f"{ss.MAIN_GAIN}state" in feats, feats
    assert f"{ss.ANY_MAIN_GAIN}state" in ss.main_gain_features(span, [freed], [], "free", "territory_regained")
    doc = nlp("Government forces freed dozens of hostages held by the militants.")
    span = next(iter(doc.sents))
    freed = next(t.i for t in span if t.lower_ == "freed")
    assert ss.territory_features(span, [freed], [], "free", "release") == []


def test_the_dabiq_sentence_keeps_its_gain(main_subtypes):
    """test_sub54's sentence through the whole pipeline with the shipped model (the retrained pair's Armed clash is
    section 79's record: with the gain features it answers Government regains territory too)."""
    text = "The army freed the town of Dabiq from the militants on Sunday."
    assert main_subtypes([text]) == {text: "Government regains territory"}
