"""The actors/fatalities gold (dev/actors_fatalities/gold.jsonl) and its scorer (evaluate/actors_fatalities.py).

Why: the gold is the yardstick for actor 1/2 inter codes and fatalities; a bad inter code, a
moved source text or a scorer that forgives the wrong things would distort every figure.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.evaluate.actors_fatalities import Gold, Predicted, load_gold, predicted_of, score
from frontwatch.evaluate.devcorpus import CorpusError, split_of

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "dev" / "actors_fatalities" / "gold.jsonl"


def _records() -> list[dict]:
    return [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_gold_is_big_enough_real_and_unique():
    recs = _records()
    assert len(recs) >= 250
    assert len({r["id"] for r in recs}) == len(recs)
    assert all(r["text"] is None and r["ref"] for r in recs)  # references only, never copied text
    assert {r["ref"]["file"] for r in recs} == {"syria/fakes-articles.csv", "events/event-location.jsonl"}


def test_gold_labels_are_consistent():
    for r in _records():
        assert (r["inter1"] is None) == (not r["actor1"]), r["id"]
        assert (r["inter2"] is None) == (not r["actor2"]), r["id"]
        assert r["fatalities"] >= 0


def test_report_part_is_about_forty_percent():
    share = sum(split_of(r["id"]) == "report" for r in _records()) / len(_records())
    assert 0.3 < share < 0.5


def test_gold_loads_with_hash_checked_text(data_root: Path):
    items = load_gold([GOLD], data_root)
    assert len(items) == len(_records())
    assert all(len(it.text) >= 20 for it in items)


def test_a_moved_text_is_rejected(data_root: Path, tmp_path: Path):
    rec = _records()[0]
    rec["ref"] = {**rec["ref"], "start": rec["ref"]["start"] + 1}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError):
        load_gold([bad], data_root)


def _gold(i1, i2, fat, symmetric=False) -> Gold:
    return Gold("x", "text", "tune", i1, i2, fat, symmetric)


def test_scores_inter_codes_fill_and_fatalities():
    gold = [_gold(1, 2, 5), _gold(3, 7, 0), _gold(2, 1, 0, symmetric=True), _gold(None, 7, 3)]
    pred = [Predicted(1, 2, 5), Predicted(None, 7, 2), Predicted(1, 2, 0), Predicted(None, None, 0)]
    r = score(gold, pred)
    assert r["actor1_n"] == 3 and r["actor1_inter_accuracy"] == round(2 / 3, 4)  # the swapped battle counts
    assert r["actor1_filled"] == round(2 / 3, 4)
    assert r["actor2_inter_accuracy"] == round(3 / 4, 4)
    assert r["fatalities_exact"] == 0.5 and r["fatalities_filled_where_given"] == 0.5
    assert r["fatalities_false_count"] == 1


def test_an_asymmetric_swap_is_wrong():
    r = score([_gold(2, 1, 0)], [Predicted(1, 2, 0)])
    assert r["actor1_inter_accuracy"] == 0.0 and r["actor2_inter_accuracy"] == 0.0


def test_foreign_state_forces_count_as_external():
    rec = {"acled": {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"},
           "modality": "asserted", "confidence": 0.9, "fatalities": 4, "location": {"country": "SY"},
           "actor1": {"name": "Military Forces of Russia", "kind": "state forces", "country": "RU"},
           "actor2": {"name": "Civilians (Syria)", "kind": "civilians", "country": "SY"}}
    p = predicted_of([rec])
    assert (p.inter1, p.inter2, p.fatalities) == (8, 7, 4)
