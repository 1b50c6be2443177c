"""Ground won told by a predicate of control, and a gain over the force that won it (docs/annotation/subtypes.md
section 95, sub77; rule 24.22).

- gain wordings the lexicon lacked: a place that returns to, falls or passes under a side's control or into its
  hands (data/triggers.csv, the 'fall' frame with data/subtype_gains.json "fall_prepositions"), the holder of that
  control as the gainer (`subtype_sides.control_holder`), a place brought (back) under control, gains reversed;
- a remote-violence means in a support phrase of a main-clause gain is the gain (`subtype_rules.gain_in_main_clause`);
- the chooser's features of a strike or fight told as a gain's means (`main_event.means_of_gain`).

Every sentence is made up and was labelled by the guideline before any pipeline run on it."""

from __future__ import annotations

import pytest

GOV, NONSTATE = "Government regains territory", "Non-state actor overtakes territory"


@pytest.mark.parametrize("text,expected", [
    ("Most of the district has returned to regime control after weeks of fighting.", GOV),
    ("The village fell under rebel control on Sunday.", NONSTATE),
    ("The offensive brought the village back under government control.", GOV),
    ("Government forces reversed the rebels' gains in northern Latakia.", GOV),
])
def test_gain_told_by_a_predicate_of_control(main_subtypes, text, expected):
    assert main_subtypes([text])[text] == expected


@pytest.mark.parametrize("text", [
    "The fire was brought under control by firefighters.",  # no place: no ground
    "The situation came under control after the police arrived.",
])
def test_control_of_no_place_is_no_gain(extract, text):
    subs = {(e.get("acled") or {}).get("sub_event_type") for e in extract([text])[0]}
    assert not subs & {GOV, NONSTATE}


@pytest.mark.parametrize("text,verb,holder", [
    ("Most of the district has returned to regime control after weeks of fighting.", "returned", "regime"),
    ("The town passed into the hands of the rebels on Monday.", "passed", "rebels"),
    ("The village fell under full Kurdish control.", "fell", "Kurdish"),
    ("The army took the town on Monday.", "took", None),  # no phrase of control: the subject reading decides
])
def test_control_holder(nlp, text, verb, holder):
    from frontwatch.events.subtype_sides import control_holder

    doc = nlp(text)
    tok = control_holder(next(t for t in doc if t.text == verb))
    assert (tok.text if tok is not None else None) == holder


def test_remote_violence_supporting_a_main_clause_gain_is_the_gain():
    from frontwatch.events.subtype_rules import gain_in_main_clause
    from frontwatch.events.subtype_scope import SUPPORT_FEATURE
    from frontwatch.events.subtype_sides import ANY_MAIN_GAIN

    feats = [SUPPORT_FEATURE, f"{ANY_MAIN_GAIN}nonstate"]
    assert gain_in_main_clause("Suicide bomb", feats) == NONSTATE  # "spearheaded by a suicide bombing - entered"
    assert gain_in_main_clause("Suicide bomb", [f"{ANY_MAIN_GAIN}nonstate"]) == "Suicide bomb"  # not told as support


def _chooser_features(extract, text: str) -> dict[str, dict[str, float]]:
    """{trigger: the chooser's features} of a sentence's candidates, as `main_event.Chooser.scores` reads them."""
    from frontwatch.events import main_event as me

    recs = [r for r in extract([text])[0]
            if me.is_candidate((r.get("acled") or {}).get("sub_event_type"), r.get("modality"))]
    feats = me.sentence_features([me.record_features(r, k, len(recs)) for k, r in enumerate(recs)],
                                 [me.shape(r.get("id")) for r in recs],
                                 [r["acled"]["sub_event_type"] for r in recs])
    return {r["trigger"]: f for r, f in zip(recs, feats)}


def test_chooser_reads_a_strike_told_as_a_gains_means(extract):
    from frontwatch.events.main_event import GAIN_OVER_MEANS, MEANS_OF_GAIN

    feats = _chooser_features(extract, "Kurdish fighters backed by US air strikes took the village of Tal Hamis from "
                                       "Islamic State.")
    gain = next(f for t, f in feats.items() if t.startswith("took"))
    strike = next(f for t, f in feats.items() if "strike" in t)
    assert gain.get(GAIN_OVER_MEANS) == 1.0 and strike.get(MEANS_OF_GAIN) == 1.0
    assert not gain.get(MEANS_OF_GAIN) and not strike.get(GAIN_OVER_MEANS)


def test_chooser_marks_no_means_without_a_gain(extract):
    from frontwatch.events.main_event import GAIN_OVER_MEANS, MEANS_OF_GAIN

    feats = _chooser_features(extract, "Rebels attacked the army checkpoint backed by mortar fire, but were repelled.")
    assert not any(f.get(MEANS_OF_GAIN) or f.get(GAIN_OVER_MEANS) for f in feats.values())
