"""The sub-event type development corpus (dev/subtypes/*.jsonl) reads back cleanly and is sane.

Why: the corpus is the yardstick for the sub-event type classifier; a wrong label spelling, a
sentence id labelled twice (possibly with two labels) or a file dominated by one type would
silently distort every figure measured on it. Texts are resolved from ../shared/data and
hash-checked by `devcorpus.load`, so a moved or edited source also fails here.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from frontwatch.evaluate.devcorpus import SUB_EVENT_TYPES, CorpusError, load, split_of

REPO = Path(__file__).resolve().parents[1]
CORPUS_FILES = sorted((REPO / "dev" / "subtypes").glob("*.jsonl"))

MAX_SHARE_OF_ONE_TYPE = 0.25  # the corpus as a whole is not dominated by one type
MAX_SHARE_IN_A_FILE = 0.50  # no file is a one-type dump (a file of real sentences read as they come,
                            # annotator D's, follows the news: 42 % armed clashes)
MAX_CONSTRUCTED_SHARE = 0.40  # the corpus stays mostly real text
MIN_TYPES_PER_FILE = 8  # a file covers the ontology, not a corner of it


def _raw_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_corpus_files_exist() -> None:
    assert CORPUS_FILES, "no dev/subtypes/*.jsonl file"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_every_label_is_a_codebook_sub_event_type(path: Path) -> None:
    bad = [(r["id"], r["label"]) for r in _raw_records(path) if r["label"] not in SUB_EVENT_TYPES]
    assert not bad, f"labels not in the ACLED codebook spelling: {bad[:5]}"


def test_no_sentence_id_is_labelled_twice() -> None:
    ids = Counter(r["id"] for path in CORPUS_FILES for r in _raw_records(path))
    repeated = [i for i, n in ids.items() if n > 1]
    assert not repeated, f"ids labelled more than once: {repeated[:5]}"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_records_are_well_formed(path: Path) -> None:
    for rec in _raw_records(path):
        if rec["constructed"]:
            assert rec["ref"] is None and rec["text"], rec["id"]
        else:
            assert rec["text"] is None and rec["ref"]["end"] > rec["ref"]["start"], rec["id"]
        assert isinstance(rec["doubt"], str) and len(rec["doubt"]) <= 120, rec["id"]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_type_counts_are_sane(path: Path) -> None:
    counts = Counter(r["label"] for r in _raw_records(path))
    total = sum(counts.values())
    assert len(counts) >= MIN_TYPES_PER_FILE, counts
    top, n = counts.most_common(1)[0]
    assert n <= MAX_SHARE_IN_A_FILE * total, f"{top} is {n} of {total} records"


def test_no_type_dominates_the_corpus() -> None:
    counts = Counter(r["label"] for path in CORPUS_FILES for r in _raw_records(path))
    top, n = counts.most_common(1)[0]
    assert n <= MAX_SHARE_OF_ONE_TYPE * sum(counts.values()), f"{top} is {n} of {sum(counts.values())} records"


def test_constructed_share_is_bounded() -> None:
    records = [r for path in CORPUS_FILES for r in _raw_records(path)]
    constructed = sum(1 for r in records if r["constructed"])
    assert constructed <= MAX_CONSTRUCTED_SHARE * len(records)


def test_corpus_loads_with_resolved_hash_checked_text(data_root: Path) -> None:
    labelled = load(CORPUS_FILES, data_root)
    raw = [r for path in CORPUS_FILES for r in _raw_records(path)]
    assert len(labelled) == len(raw)
    assert all(len(item.text) >= 20 for item in labelled)
    splits = Counter(item.split for item in labelled)
    assert splits["tune"] and splits["report"]
    assert all(item.split == split_of(item.id) for item in labelled)


def test_load_rejects_a_moved_text(data_root: Path, tmp_path: Path) -> None:
    rec = next(r for path in CORPUS_FILES for r in _raw_records(path) if not r["constructed"])
    moved = dict(rec, ref=dict(rec["ref"], start=rec["ref"]["start"] + 1))
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(moved) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError):
        load([bad], data_root)


def test_the_geoparsing_news_sources_resolve_back(data_root: Path) -> None:
    """LGL and GeoWebNews articles (XML) are sources too: a candidate's reference finds its text again."""
    from itertools import islice

    from frontwatch.evaluate.devcorpus import candidates, resolve

    cache: dict = {}  # one parse of each XML file
    for name in ("lgl", "gwn"):
        got = list(islice(candidates(data_root, (name,)), 40))
        assert len(got) == 40 and all(s.id.startswith(f"{name}:") for s in got)
        assert all(resolve(data_root, s.ref, cache) == s.text for s in got)
