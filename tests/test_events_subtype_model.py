"""The shipped sub-event type model and the `evaluate events` scorer.

The sentences are written for this test (none comes from the development corpus): pairs
that share their trigger word but differ in what an ACLED coder reads from the rest of
the sentence, which the rules alone cannot see.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_events_support import run
from typer.testing import CliRunner

from frontwatch.evaluate.devcorpus import constructed
from frontwatch.evaluate.events import NONE, main_subtype, score
from frontwatch.events import subtype_model
from frontwatch.events.ontology import ACLED_TYPES

SUBTYPES = {s for subs in ACLED_TYPES.values() for s in subs}


def main_of(nlp, text: str) -> str:  # noqa: F811
    evs = [e for e in run(nlp, text) if e.acled_sub_event_type and e.modality != "background"]
    return max(evs, key=lambda e: e.confidence).acled_sub_event_type if evs else NONE


def test_the_shipped_model_loads_and_knows_the_acled_sub_types():
    model = subtype_model.default_model()
    assert model is not None
    assert set(model.classes) <= SUBTYPES and len(model.classes) >= 15
    assert model.mode in ("override", "family", "margin") and 0.0 <= model.min_prob < 1.0
    assert all(len(w) == len(model.classes) for w in model.weights.values())


@pytest.mark.parametrize("calm,violent,calm_type,violent_types", [
    ("Police fired tear gas to disperse hundreds of protesters in the capital on Monday.",
     "Security forces opened fire with live ammunition on protesters in the capital on Monday, killing twelve.",
     "Protest with intervention", {"Excessive force against protesters"}),
    ("Army engineers defused a roadside bomb planted on the main road near the town on Tuesday.",
     "A roadside bomb exploded under a passing army vehicle near the town on Tuesday, killing three soldiers.",
     "Disrupted weapons use", {"Remote explosive/landmine/IED"}),
])
def test_the_model_tells_apart_what_the_trigger_alone_cannot(nlp, calm, violent, calm_type, violent_types):  # noqa: F811
    assert main_of(nlp, calm) == calm_type
    assert main_of(nlp, violent) in violent_types


def test_the_model_only_retypes_events_the_rules_found(nlp, monkeypatch):  # noqa: F811
    quiet = ["The central bank kept interest rates unchanged on Thursday.",
             "The festival drew thousands of visitors to the old town."]
    for text in quiet:
        assert [e for e in run(nlp, text) if e.acled_event_type] == []
    # events outside ACLED's scheme stay as they are
    assert subtype_model.retype("statement", None, [], "say", None, None) == "statement"  # type: ignore[arg-type]


def test_model_off_gives_the_rules_answer(nlp, monkeypatch):  # noqa: F811
    text = "Army engineers defused a roadside bomb planted on the main road near the town on Tuesday."
    monkeypatch.setenv(subtype_model.MODEL_ENV, "off")
    assert subtype_model.default_model() is None
    assert main_of(nlp, text) != NONE  # the rules still code an event


def test_model_file_round_trip(tmp_path: Path):
    data = {"classes": ["Armed clash", "Attack"], "bias": [0.0, 0.0], "mode": "override", "min_prob": 0.6,
            "weights": {"w=civilian": {"1": 3.0}, "rule=Armed clash": {"0": 1.0}}}
    model = subtype_model.SubtypeModel.from_json(data)
    assert model.choose(["rule=Armed clash", "w=civilian"], "Armed clash") == "Attack"
    assert model.choose(["rule=Armed clash"], "Armed clash") == "Armed clash"
    assert model.choose([], "Armed clash") is None  # 50/50 is below min_prob: the rules keep their answer


def test_main_subtype_and_score():
    recs = [{"acled": {"sub_event_type": "Armed clash"}, "confidence": 0.6, "modality": "asserted"},
            {"acled": {"sub_event_type": "Air/drone strike"}, "confidence": 0.9, "modality": "asserted"},
            {"acled": {"sub_event_type": "Attack"}, "confidence": 0.99, "modality": "background"},
            {"acled": None, "confidence": 0.99, "modality": "asserted"}]
    assert main_subtype(recs) == "Air/drone strike"
    assert main_subtype([]) == NONE
    # a planned event (an aim: "launched an offensive to recapture X") is never the main event beside a reported one
    plan = [{"acled": {"sub_event_type": "Armed clash"}, "confidence": 0.6, "modality": "asserted"},
            {"acled": {"sub_event_type": "Government regains territory"}, "confidence": 0.95, "modality": "planned"}]
    assert main_subtype(plan) == "Armed clash"
    assert main_subtype(plan[1:]) == "Government regains territory"
    # 'Other' (a front-line advance, an incident) is the sentence's event only when nothing else is coded
    other = [{"acled": {"sub_event_type": "Other"}, "confidence": 0.85, "modality": "asserted"},
             {"acled": {"sub_event_type": "Armed clash"}, "confidence": 0.3, "modality": "asserted"}]
    assert main_subtype(other) == "Armed clash"
    assert main_subtype(other[:1]) == "Other"
    r = score(["Attack", "Attack", "Armed clash", "Arrests"], ["Attack", "Armed clash", "Armed clash", NONE])
    assert r["accuracy"] == 0.5
    assert r["per_type"]["Attack"]["recall"] == 0.5 and r["per_type"]["Attack"]["precision"] == 1.0
    assert r["per_type"]["Armed clash"]["precision"] == 0.5 and r["per_type"]["Arrests"]["f1"] == 0.0
    # weighted by support: Attack 2 x .667, Armed clash 1 x .667, Arrests 1 x 0
    assert r["weighted_f1"] == pytest.approx(0.5, abs=1e-3)
    assert r["no_event"] == 1 and {"gold": "Attack", "predicted": "Armed clash", "count": 1} in r["top_confusions"]


def test_evaluate_events_command_on_a_small_labelled_file(tmp_path: Path):
    from frontwatch.cli import app
    from frontwatch.evaluate.devcorpus import split_of

    sentences = [
        ("t1", "Rebels shelled the town of Hama with mortars on Monday.", "Shelling/artillery/missile attack"),
        ("t2", "Thousands of people marched peacefully through the capital on Friday to demand reforms.",
         "Peaceful protest"),
        ("t3", "Police arrested twenty opposition activists in the capital on Sunday.", "Arrests"),
        ("t4", "Gunmen abducted three aid workers on the road to the border on Saturday.",
         "Abduction/forced disappearance"),
        ("t5", "The central bank kept interest rates unchanged on Thursday.", "Other"),
    ]
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps(constructed(i, t, lab)) + "\n" for i, t, lab in sentences), encoding="utf-8")
    res = CliRunner().invoke(app, ["evaluate", "events", str(path), "--root", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output[res.output.index("{"):])
    assert out["sentences"] == 5 and out["constructed"] == 5
    preds = {p["id"]: p for p in out["predictions"]}
    assert preds["t5"]["predicted"] == NONE  # no event invented for a calm sentence
    assert preds["t3"]["predicted"] == "Arrests"
    parts = {split_of(i) for i, _, _ in sentences}
    assert set(out["parts"]) == parts | {"all"}
    assert out["parts"]["all"]["n"] == 5 and 0.0 <= out["parts"]["all"]["weighted_f1"] <= 1.0
    txt = CliRunner().invoke(app, ["evaluate", "events", str(path), "--root", str(tmp_path), "--split", "all",
                                   "--confusion"])
    assert txt.exit_code == 0 and "weighted F1" in txt.output and "confusion matrix" in txt.output
