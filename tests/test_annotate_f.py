"""Annotator F's second reading (dev/annotate_f.py, dev/subtypes/f-*.tsv): the corpus holds the adjudicated labels.

Why: the adjudication file is the record of every decision taken after the blind reading; if a later edit of the
jsonl files (or a rerun of an annotator's build) undid one, the corpus would silently drift from it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from script_modules import load_script

from frontwatch.evaluate.devcorpus import SUB_EVENT_TYPES, Labelled

REPO = Path(__file__).resolve().parents[1]
SUBTYPES = REPO / "dev" / "subtypes"


@pytest.fixture(scope="module")
def annotate_f():
    return load_script("dev/annotate_f.py")


def corpus_records() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for path in sorted(SUBTYPES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out.setdefault(rec["id"], rec)
    return out


def test_every_adjudicated_final_label_is_in_the_corpus(annotate_f) -> None:
    records = corpus_records()
    decided = annotate_f.adjudications()
    assert len(decided) >= 30
    for sid, (final, doubt) in decided.items():
        assert final in SUB_EVENT_TYPES, sid  # no '-' final: no record was removed
        assert records[sid]["label"] == final, sid
        if doubt is not None:
            assert records[sid]["doubt"] == doubt, sid


def test_adjudication_rows_are_the_disagreements_of_the_blind_reading(annotate_f) -> None:
    blind = annotate_f.f_labels()
    rows = annotate_f.read_tsv(annotate_f.ADJUDICATION)
    assert rows
    for sid, gold, f_label, *_ in rows:
        assert blind[sid][0] == f_label and f_label != gold, sid


def test_blind_labels_are_codebook_types_or_skips(annotate_f) -> None:
    records = corpus_records()
    labels = annotate_f.f_labels()
    assert len(labels) == 408
    assert all(sid in records for sid in labels)
    assert {lab for lab, _ in labels.values()} <= set(SUB_EVENT_TYPES) | {"-"}


def test_cohen_kappa_discounts_chance_agreement(annotate_f) -> None:
    # observed .75; chance (2*1 + 2*3) / 16 = .5 -> kappa .5
    pairs = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]
    assert annotate_f.cohen_kappa(pairs) == pytest.approx(0.5)
    assert annotate_f.cohen_kappa([("a", "a"), ("b", "b")]) == pytest.approx(1.0)


def test_selection_takes_every_weak_type_and_a_seeded_sample(annotate_f) -> None:
    items = [Labelled(f"x:{i}", "t", "Other" if i % 10 == 0 else "Attack", False, "tune") for i in range(400)]
    chosen = annotate_f.select(items)
    assert {s.id for s in chosen if s.label == "Other"} == {s.id for s in items if s.label == "Other"}
    assert sum(s.label == "Attack" for s in chosen) == annotate_f.SAMPLE_OTHERS
    assert [s.id for s in annotate_f.select(items)] == [s.id for s in chosen]  # seeded: the same list twice
