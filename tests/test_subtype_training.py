"""scripts/train_subtypes.py: the corpus it reads, the learners it fits, the JSON it writes.

Needs the 'train' extra (scikit-learn), as the script does; the shipped runtime does not.
The examples are made up here: (rule sub-type, sparse features, dense vector)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn")

from frontwatch.events import subtype_model  # noqa: E402

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_subtypes.py"


@pytest.fixture(scope="module")
def train():
    spec = importlib.util.spec_from_file_location("train_subtypes", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_subtypes"] = mod  # its dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def test_every_labelled_file_of_the_folder_is_read(train, tmp_path: Path):
    for name in ("a.jsonl", "b-constructed.jsonl", "c.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "notes.md").write_text("", encoding="utf-8")
    assert [p.name for p in train.corpus_files([str(tmp_path)])] == ["a.jsonl", "b-constructed.jsonl", "c.jsonl"]
    # the default is the repo's own dev/subtypes folder, whatever files it holds
    assert {p.name for p in train.corpus_files([])} == {p.name for p in train.DEFAULT_CORPUS.glob("*.jsonl")}


def _examples(n: int = 12):
    rng = np.random.default_rng(0)
    exs, labels = [], []
    for k in range(n):
        cue = ("stones", "gas", "defused")[k % 3]
        label = ("Violent demonstration", "Excessive force against protesters", "Disrupted weapons use")[k % 3]
        exs.append(("Peaceful protest", [f"w={cue}", f"noise={k % 2}", "rule=Peaceful protest"],
                    rng.normal(size=4).astype(np.float32)))
        labels.append(label)
    return exs, labels


@pytest.mark.parametrize("learner,C,dense", [("logreg", 3.0, 0.0), ("svm", 0.5, 0.0), ("svm", 0.5, 0.1)])
def test_each_learner_gives_plain_weights_that_read_the_cues(train, learner, C, dense):
    exs, labels = _examples()
    model = train.fit(exs, labels, train.Setting(learner, C, "balanced", dense, 4.0))
    assert train.predict(model, exs) == labels
    p = model.probabilities(exs[0][1], exs[0][2])
    assert p.shape == (3,) and abs(p.sum() - 1.0) < 1e-9
    assert (model.dense is not None) is (dense > 0)


def test_the_svm_temperature_sharpens_its_probabilities(train):
    exs, labels = _examples()
    cool = train.fit(exs, labels, train.Setting("svm", 0.5, None, 0.0, 1.0))
    hot = train.fit(exs, labels, train.Setting("svm", 0.5, None, 0.0, 6.0))
    assert hot.probabilities(exs[0][1]).max() > cool.probabilities(exs[0][1]).max()


def test_the_json_written_is_the_model_read_back(train):
    exs, labels = _examples()
    model = train.fit(exs, labels, train.Setting("svm", 0.5, "balanced", 0.1, 4.0), "override", 0.3)
    back = subtype_model.SubtypeModel.from_json(json.loads(train.to_json(model, {"test": True})))
    assert back.mode == "override" and back.min_prob == 0.3
    for feats, dense in ((e[1], e[2]) for e in exs):
        assert np.allclose(back.probabilities(feats, dense), model.probabilities(feats, dense), atol=1e-3)


def test_advances_are_never_trained_on_and_only_typed_among_the_battle_types(train):
    raw = [("Armed clash", ["w=clash"], None, False), None, ("Other", ["w=advance", "lex=territory_regained"], None, True),
           ("Other", ["w=advance", "w=km"], None, True)]
    ex, kept = train.examples(raw)
    assert ex[2] == ex[3] == ("Other", None, None)
    assert kept == {2: (["w=advance", "lex=territory_regained"], None)}  # a bare position is never typed
    exs, labels = _examples()
    model = train.fit(exs, labels, train.Setting("svm", 0.5, "balanced", 0.0, 4.0))
    # the model's own favourite for "defused" is outside the battle types: an advance keeps the rules' answer
    assert model.choose(["w=defused"], "Other") == "Disrupted weapons use"
    assert model.choose_kept(["w=defused"], "Other") is None  # no keep_choices: advances left alone
    allowed = model.__class__(model.classes, model.bias, model.weights, keep_choices=("Violent demonstration",))
    # only when the sentence also names an event of the allowed kinds ('riot' is a Violent demonstration)
    assert allowed.choose_kept(["w=stones"], "Other") is None
    assert allowed.choose_kept(["w=stones", "lex=riot"], "Other") == "Violent demonstration"
    assert allowed.choose_kept(["w=defused", "lex=riot"], "Other") != "Disrupted weapons use"  # never outside them


def test_an_advance_is_a_battle_only_when_its_sentence_names_one():
    battles = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")
    assert subtype_model.names_one_of(["w=advance", "lex=territory_regained"], battles)
    assert subtype_model.names_one_of(["lex=armed_clash"], battles)
    assert not subtype_model.names_one_of(["w=advance", "w=km", "lex=riot"], battles)


def test_the_keep_choices_survive_the_json(train):
    exs, labels = _examples()
    model = train.fit(exs, labels, train.Setting("svm", 0.5, "balanced", 0.0, 4.0))
    model = model.__class__(model.classes, model.bias, model.weights, keep_choices=tuple(train.KEEP_CHOICES))
    back = subtype_model.SubtypeModel.from_json(json.loads(train.to_json(model, {})))
    assert back.keep_choices == ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")
