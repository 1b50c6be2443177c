"""constructed-b (ret43): 200 constructed headlines of other theatres, split by id, and the converter's
tune-only output (section 48 of docs/annotation/subtypes.md)."""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path

from frontwatch.evaluate.devcorpus import load, split_of
from frontwatch.evaluate.headlines import load_headlines
from frontwatch.events.ontology import ACLED_TYPES

REPO = Path(__file__).resolve().parents[1]
FILE_B = REPO / "dev" / "headlines" / "constructed-b.jsonl"
OLD = REPO / "dev" / "headlines" / "constructed.jsonl"
TYPE_OF = {sub: t for t, subs in ACLED_TYPES.items() for sub in subs}


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "dev" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _records() -> list[dict]:
    return [json.loads(line) for line in FILE_B.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_file_has_the_constructed_headline_schema() -> None:
    old_keys = set(json.loads(OLD.read_text(encoding="utf-8").splitlines()[0]))
    recs = _records()
    assert len(recs) == 200
    assert [r["id"] for r in recs] == [f"constructed-b:{n}" for n in range(200)]
    for r in recs:
        assert set(r) == old_keys, r["id"]
        assert r["constructed"] is True and r["text"].strip() == r["text"] and r["country"]
        if r["event"]:
            assert TYPE_OF[r["sub_event_type"]] == r["event_type"], r["id"]
            assert r["places"] and all(p["name"] for p in r["places"]), r["id"]
        else:
            assert r["event_type"] == r["sub_event_type"] == "" and r["places"] == []


def test_every_subtype_at_least_five_times_few_air_strikes_many_countries() -> None:
    recs = _records()
    subs = Counter(r["sub_event_type"] for r in recs if r["event"])
    assert set(subs) == set(TYPE_OF) and min(subs.values()) >= 5
    assert subs["Air/drone strike"] <= 0.10 * len(recs)
    assert sum(not r["event"] for r in recs) >= 10
    assert len({r["country"] for r in recs} - {"SY"}) >= 20


def test_constructed_b_splits_by_id_the_first_set_stays_one_part() -> None:
    rows = load_headlines(FILE_B, split_constructed=True)
    assert [h.split for h in rows] == [split_of(h.id) for h in rows]
    assert {h.split for h in rows} == {"tune", "report"}
    assert {h.split for h in load_headlines(FILE_B)} == {"constructed"}  # the old default is unchanged
    assert {h.split for h in load_headlines(OLD, split_constructed=False)} == {"constructed"}


def test_the_scorer_pools_the_held_out_constructed_headlines() -> None:
    ev = _module("headlines_eval")
    pooled = ev.held_out_constructed()
    b_report = [h for h in load_headlines(FILE_B, split_constructed=True) if h.split == "report"]
    assert len(pooled) == len(load_headlines(OLD)) + len(b_report)
    assert not any(h.id.startswith("constructed-b:") and split_of(h.id) == "tune" for h in pooled)
    ns = argparse.Namespace(held_out=False, constructed=False, labels=FILE_B, split="both")
    (tune_name, tune), (report_name, report) = ev.parts(ns)
    assert (tune_name, report_name) == ("tune", "report")
    assert {h.split for h in tune} == {"tune"} and [h.id for h in report] == [h.id for h in b_report]


def test_the_converter_writes_the_tune_part_only_and_it_loads_back(tmp_path: Path) -> None:
    conv = _module("headlines_as_subtypes")
    out = conv.constructed_records(FILE_B)
    by_id = {r["id"]: r for r in _records()}
    wanted = {i for i, r in by_id.items() if split_of(i) == "tune" and r["event"]}
    assert {r["id"] for r in out} == wanted and wanted
    for r in out:
        assert r["constructed"] is True and r["ref"] is None
        assert r["text"] == by_id[r["id"]]["text"] and r["label"] == by_id[r["id"]]["sub_event_type"]
    path = tmp_path / "extra.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    back = load([path], tmp_path)
    assert {it.split for it in back} == {"tune"} and all(it.constructed for it in back)


def test_the_converter_drops_a_report_id_and_a_headline_with_no_event(tmp_path: Path) -> None:
    conv = _module("headlines_as_subtypes")
    tune_id = next(f"x:{n}" for n in range(100) if split_of(f"x:{n}") == "tune")
    report_id = next(f"x:{n}" for n in range(100) if split_of(f"x:{n}") == "report")
    none_id = next(f"x:{n}" for n in range(100, 200) if split_of(f"x:{n}") == "tune")
    base = {"constructed": True, "event": True, "event_type": "Battles", "sub_event_type": "Armed clash",
            "places": [{"name": "Gao"}], "country": "ML", "doubt": ""}
    recs = [{**base, "id": tune_id, "text": "Troops, rebels clash near Gao"},
            {**base, "id": report_id, "text": "Rebels, troops clash near Gao"},
            {**base, "id": none_id, "text": "Talks held in Gao", "event": False, "event_type": "",
             "sub_event_type": "", "places": []}]
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    assert [r["id"] for r in conv.constructed_records(path)] == [tune_id]


def test_the_cap_keeps_at_most_n_per_subtype_the_same_ones_in_any_order() -> None:
    conv = _module("headlines_as_subtypes")
    recs = [{"id": f"h:{n}", "label": "Air/drone strike" if n < 30 else "Attack", "constructed": False}
            for n in range(40)]
    kept = conv.capped(recs, 5)
    assert Counter(r["label"] for r in kept) == {"Air/drone strike": 5, "Attack": 5}
    assert {r["id"] for r in conv.capped(list(reversed(recs)), 5)} == {r["id"] for r in kept}
    assert conv.capped(recs, None) == recs
