"""scripts/train_subtypes.py: the corpus it reads, the learners it fits, the JSON it writes.

Needs the 'train' extra (scikit-learn), as the script does; the shipped runtime does not.
The examples are made up here: (rule sub-type, sparse features, dense vector)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn")

from script_modules import load_script  # noqa: E402

from frontwatch.events import subtype_model  # noqa: E402


@pytest.fixture(scope="module")
def train():
    return load_script("scripts/train_subtypes.py")  # registered: its dataclasses look their module up there


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
    # every advance is in `kept` (the codebook rules read each at run time, sub54); the model types only one that
    # names a battle: a bare position keeps the rules' answer
    assert kept == {2: (["w=advance", "lex=territory_regained"], None), 3: (["w=advance", "w=km"], None)}
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
    assert train.predict(allowed, ex, kept)[3] == "Other"  # the bare position: no battle named, left to the rules


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


# --- the main-event chooser's out-of-fold choices (docs/annotation/subtypes.md section 20) ---

def _chooser_data(n: int = 40):
    """n sentences of two candidates each, one of the gold sub-type: the right one carries the general cue
    'good' (what a chooser can learn), placed first or second in turn. Each candidate: (sub-type, modality,
    confidence, chooser features, sub-type example) as train_main_event.collect gives them."""
    data, gold = [], []
    for k in range(n):
        label, other = ("Armed clash", "Attack") if k % 2 else ("Attack", "Armed clash")
        right = (label, "asserted", 0.5, {"good": 1.0, f"sub={label}": 1.0},
                 (label, [f"w=right{k % 3}", "w=fight"], None, False))
        wrong = (other, "asserted", 0.6, {"bad": 1.0, f"sub={other}": 1.0},
                 (other, [f"w=wrong{k % 3}", "w=shoot"], None, False))
        data.append([right, wrong] if k % 4 < 2 else [wrong, right])
        gold.append(label)
    return data, gold


@pytest.fixture(scope="module")
def choosing(train):
    return sys.modules["train_main_event"]  # the module train_subtypes imports: one definition of the folds


def test_the_folds_are_one_deterministic_stratified_partition(choosing):
    gold = ["Attack"] * 20 + ["Armed clash"] * 15 + ["Arrests"] * 2 + ["Looting/property destruction"] * 3
    fold = choosing.tune_folds(gold)
    assert fold == choosing.tune_folds(list(gold))  # fixed seed
    assert sorted(set(fold)) == list(range(choosing.FOLDS))
    assert all(sum(1 for f, g in zip(fold, gold) if f == i and g == "Attack") == 4 for i in range(choosing.FOLDS))


def test_no_cross_fitted_chooser_chooses_for_a_sentence_it_was_fitted_on(choosing, monkeypatch):
    data, gold = _chooser_data()
    fold = choosing.tune_folds(gold)
    fitted_on: list[set[int]] = []
    real_fit = choosing.fit

    def fit_and_note(d, g, C, learner="candidate"):  # the real fit, its training sentences noted
        fitted_on.append({id(x) for x in d})
        return real_fit(d, g, C, learner)

    monkeypatch.setattr(choosing, "fit", fit_and_note)
    choices = choosing.cross_fitted_choices(data, gold, fold, "pairwise", 1.0, "none")
    assert len(choices) == choosing.FOLDS + choosing.FOLDS * (choosing.FOLDS - 1) // 2  # each fold, each pair
    for (held, chosen), seen in zip(choices.items(), fitted_on):
        assert set(chosen) == {k for k in range(len(data)) if fold[k] in held}
        assert seen == {id(data[k]) for k in range(len(data)) if fold[k] not in held}
    # and they learned the general cue: every held-out sentence gets its right candidate
    assert all(data[k][i][0] == gold[k] for chosen in choices.values() for k, i in chosen.items())


def test_the_subtype_cv_trains_each_fold_on_choices_made_without_it(train):
    data, _ = _chooser_data(10)
    fold = [k % 5 for k in range(10)]
    # made-up choices that tell the held sets apart: candidate 0 when one fold was held out, 1 when two were
    choices = {frozenset({a, b}): {k: (len({a, b}) - 1) for k in range(10) if fold[k] in (a, b)}
               for a in range(5) for b in range(a, 5)}
    own, inner = train.cross_fitted_examples(data, fold, choices)
    assert own == [data[k][0][4] for k in range(10)]  # chosen with held = {its own fold}
    for i in range(5):  # outside fold i: chosen with held = {i, its fold}; fold i itself: with held = {i}
        assert inner[i] == [data[k][0 if fold[k] == i else 1][4] for k in range(10)]


def test_cross_validation_trains_on_the_examples_given_for_the_fold(train):
    exs, labels = _examples(15)
    fold = [k % 5 for k in range(15)]
    swap = {"w=stones": "w=gas", "w=gas": "w=defused", "w=defused": "w=stones"}
    shifted = [(r, [swap.get(f, f) for f in fs], d) for r, fs, d in exs]  # the cues of another label
    s = train.Setting("svm", 0.5, "balanced", 0.0, 4.0)
    cv, *_ = train.cross_validate(exs, labels, s, fold)
    cv_shifted, *_ = train.cross_validate(exs, labels, s, fold, None, {i: shifted for i in range(5)})
    assert cv[("override", 0.0)] == 1.0 and cv_shifted[("override", 0.0)] == 0.0


def test_the_structural_chooser_features_are_fitted_only_when_asked(choosing, monkeypatch):
    """`train_main_event.featured` leaves the structural features of section 23 out unless STRUCTURE_ENV is
    "1" (the default fit reproduces the chooser without them); a relation feature comes from the shapes."""
    from frontwatch.events.main_event import Shape

    under = Shape(head=5, verb=5, above=(2, 0), deps=("advcl", "ROOT", "ROOT"))
    over = Shape(head=2, verb=2, above=(0,), deps=("ccomp", "ROOT"))
    cands = [("Attack", "asserted", 0.6, {"harm": 1.0, "dep=advcl": 1.0, "root": 0.0}, None, "killing", under),
             ("Armed clash", "asserted", 0.5, {"dep=ccomp": 1.0, "root": 0.0}, None, "clashed", over)]
    monkeypatch.delenv(choosing.STRUCTURE_ENV, raising=False)
    off = choosing.featured(cands)
    assert not any(k.startswith(choosing.STRUCTURE) for f in off for k in f)
    assert all("conf_top" in f for f in off)
    monkeypatch.setenv(choosing.STRUCTURE_ENV, "1")
    on = choosing.featured(cands)
    assert on[0].get("governed") == 1.0 and on[0].get("under=advcl") == 1.0 and on[0].get("harm+governed") == 1.0
    assert on[1].get("governs") == 1.0 and on[1].get("over=advcl") == 1.0
