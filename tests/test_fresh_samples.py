"""Each fresh sub-type sample labelled from the pool is its decisions file, and each row's query is named first.

Why one test: every helper that labels a fresh sample (`dev/subtypes/h-<name>.jsonl`, built by
`dev/annotate_g.py --decisions h-<name>-decisions.tsv`) must show that the file holds ids and labels only, each
labelled row once, and that every row's selection names a keyword query written in the decisions file's header
before its matches were read (docs/annotation/subtypes.md section 42). Three sessions copied this test per sample.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from script_modules import load_script

REPO = Path(__file__).resolve().parents[1]
SUBTYPES = REPO / "dev" / "subtypes"
# the samples whose decisions file carries the '# queries' header (the later ones; earlier files predate it)
SAMPLES = ("h-sub64", "h-sub66", "h-sub68", "h-sub70", "h-sub71", "h-sub72", "h-sub73", "h-sub74", "h-sub75", "h-sub76", "h-sub77", "h-diag56")


@pytest.fixture(scope="module")
def annotate_g():
    return load_script("dev/annotate_g.py")


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_file_is_its_decisions(name: str, annotate_g, data_root: Path) -> None:
    rows = annotate_g.decisions(SUBTYPES / f"{name}-decisions.tsv")
    # a sample with one type over half its labels is a probe (dev/subtypes/probes/, outside the CV folds)
    path = SUBTYPES / f"{name}.jsonl"
    path = path if path.exists() else SUBTYPES / "probes" / f"{name}.jsonl"
    recs = [json.loads(line) for line in path.read_text().splitlines()]
    assert annotate_g.records(rows, data_root) == recs
    assert all(r["text"] is None and not r["constructed"] for r in recs)
    assert len({r["id"] for r in recs}) == len(recs) == sum(1 for _, label, _, _ in rows if label != annotate_g.SKIP)
    header = (SUBTYPES / f"{name}-decisions.tsv").read_text().split("\n# queries", 1)[1]
    assert all(f"#   {sel}\t" in header for _, _, _, sel in rows)
