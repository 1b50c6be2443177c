"""Extraction computes the main-event chooser's structural features (`main_event.STRUCTURE`) only when something
reads them (`main_event.structure_wanted`, perf23): the shipped chooser gives them no weight.

Sentences written for this test, none from the development corpus."""

from __future__ import annotations

import json

from test_events_support import run

from frontwatch.events import main_event

TEXT = ("Activists said government jets bombed the market after rebels seized the bridge, killing five civilians. "
        "An air strike killed ten people in the town.")


def _structural(events) -> list[str]:
    return [k for e in events if e.acled_sub_event_type
            for k in main_event.noted(e.id) if k.startswith(main_event.STRUCTURE)]


def test_the_shipped_chooser_weighs_no_structural_feature_so_extraction_skips_them(nlp, monkeypatch):  # noqa: F811
    monkeypatch.delenv(main_event.STRUCTURE_ENV, raising=False)
    monkeypatch.delenv(main_event.MODEL_ENV, raising=False)
    chooser = main_event.default_chooser()
    assert chooser is not None and not chooser.structure
    events = run(nlp, TEXT)
    coded = [e for e in events if e.acled_sub_event_type]
    assert len(coded) >= 2
    assert all("depth" in main_event.noted(e.id) for e in coded)  # the weighted parse features are kept
    assert _structural(events) == []
    assert all(main_event.shape(e.id) is None for e in coded)


def test_training_and_a_chooser_that_weighs_them_get_the_structural_features(nlp, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.delenv(main_event.STRUCTURE_ENV, raising=False)
    monkeypatch.setenv(main_event.MODEL_ENV, "off")  # how scripts/train_main_event.py collects its candidates
    assert main_event.structure_wanted()
    events = run(nlp, TEXT)
    assert any(k.startswith("dep=") for k in _structural(events))
    assert all(main_event.shape(e.id) is not None for e in events if e.acled_sub_event_type)

    monkeypatch.delenv(main_event.MODEL_ENV)
    monkeypatch.setenv(main_event.STRUCTURE_ENV, "1")  # a fit of the structural features with the chooser on
    assert main_event.structure_wanted()
    assert any(k.startswith("form=") for k in _structural(run(nlp, TEXT)))

    monkeypatch.delenv(main_event.STRUCTURE_ENV)
    path = tmp_path / "main.json"
    path.write_text(json.dumps({"keys": "reported+named", "bias": 0.0, "weights": {"root": 1.0, "depth_eff": 0.5}}),
                    encoding="utf-8")
    monkeypatch.setenv(main_event.MODEL_ENV, str(path))
    assert main_event.default_chooser().structure and main_event.structure_wanted()
    assert "depth_eff" in _structural(run(nlp, TEXT))
    path.write_text(json.dumps({"keys": "reported+named", "bias": 0.0, "weights": {"root": 1.0, "depth_eff": 0.0}}),
                    encoding="utf-8")
    main_event._load.cache_clear()
    assert not main_event.default_chooser().structure  # a zero weight reads nothing


def test_leaving_them_out_changes_no_score_of_the_shipped_chooser(nlp, monkeypatch):  # noqa: F811
    monkeypatch.delenv(main_event.MODEL_ENV, raising=False)
    chooser = main_event.default_chooser()

    def scored(structure: bool) -> list[float]:
        if structure:
            monkeypatch.setenv(main_event.STRUCTURE_ENV, "1")
        else:
            monkeypatch.delenv(main_event.STRUCTURE_ENV, raising=False)
        events = [e for e in run(nlp, TEXT) if e.acled_sub_event_type]
        return chooser.scores([e.to_record() for e in events]), [e.sentence_main for e in events]

    full, gated = scored(True), scored(False)
    assert len(full[0]) >= 2 and full == gated
