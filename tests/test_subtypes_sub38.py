"""Fresh sentences (sub38): the unseen pool, annotator G's file and the evaluator on it, on the real files.

Why: the fresh figure of docs/annotation/subtypes.md section 42 is only honest if (1) the pool really leaves out
every sentence a dev file names (by id, skips in a decisions tsv included, or by text), (2) g.jsonl is what its
decisions file says, each keyword-selected sentence matching the query it names, and none was read by an earlier
annotator, and (3) `evaluate events FILE --split PART` scores exactly that file's part.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from script_modules import load_script

from frontwatch.evaluate.devcorpus import Sentence, load, sha1, split_of

REPO = Path(__file__).resolve().parents[1]
G_FILE = REPO / "dev" / "subtypes" / "g.jsonl"
G_DECISIONS = REPO / "dev" / "subtypes" / "g-decisions.tsv"


@pytest.fixture(scope="module")
def pool_mod():
    return load_script("dev/subtypes_fresh_pool.py")


@pytest.fixture(scope="module")
def annotate_g():
    return load_script("dev/annotate_g.py")


def g_records() -> list[dict]:
    return [json.loads(line) for line in G_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentence(sid: str, text: str) -> Sentence:
    return Sentence(sid, {"file": "x", "key": sid, "field": "text", "start": 0, "end": len(text)}, text)


def test_seen_marks_read_ids_by_field_and_hashes(pool_mod, tmp_path: Path) -> None:
    # an event-location key may hold a space: a decisions tsv row (a skip) must still mark it seen
    (tmp_path / "x-decisions.tsv").write_text("# header\nevent-location:XIN_ENG_1_patrol :0\t-\t\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    rec = {"id": "fakes:3:10", "sha1": sha1("Rebels shelled the town at dawn."), "label": "Armed clash"}
    (tmp_path / "sub" / "y.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    ids, hashes = pool_mod.seen_marks(tmp_path)
    assert ids == {"event-location:XIN_ENG_1_patrol :0", "fakes:3:10"}
    assert hashes == {sha1("Rebels shelled the town at dawn.")}
    sents = [_sentence("event-location:XIN_ENG_1_patrol :0", "Troops patrol the dikes day and night."),
             _sentence("fakes:9:0", "Rebels shelled the town at dawn."),  # same text under another key
             _sentence("fakes:9:50", "Gunmen kidnapped two aid workers."),
             _sentence("gwn:1:0", "Gunmen kidnapped two aid workers.")]  # a repeat within the pool
    assert [s.id for s in pool_mod.fresh(sents, ids, hashes)] == ["fakes:9:50"]


def test_every_kth_is_a_seeded_stride_and_a_phase_gives_a_disjoint_pass(pool_mod) -> None:
    items = [_sentence(f"fakes:{i}:0", f"Sentence number {i} of the pool.") for i in range(100)]
    first = pool_mod.every_kth(items, 10, seed=38)
    second = pool_mod.every_kth(items, 10, seed=38, phase=5)
    assert len(first) == len(second) == 10
    idx = [items.index(s) for s in first]
    assert all(b - a == 10 for a, b in zip(idx, idx[1:]))
    assert first == pool_mod.every_kth(items, 10, seed=38)
    assert not {s.id for s in first} & {s.id for s in second}


def test_named_queries_match_their_weak_type_words(pool_mod) -> None:
    items = [_sentence("a:1:0", "A mob lynched the suspected thief."), _sentence("a:2:0", "Jets bombed the town."),
             _sentence("a:3:0", "Hundreds of protesters marched to the square.")]
    assert [s.id for s in pool_mod.matching(items, "mob")] == ["a:1:0"]
    assert [s.id for s in pool_mod.matching(items, "protest")] == ["a:3:0"]
    assert [s.id for s in pool_mod.matching(items, "bombed")] == ["a:2:0"]  # a plain regex still works


def test_the_pool_on_the_real_files_names_no_labelled_sentence(pool_mod, data_root: Path) -> None:
    ids, hashes = pool_mod.seen_marks()
    items = pool_mod.pool(root=data_root)
    assert len(items) > 10_000
    assert not {s.id for s in items} & ids
    assert not {sha1(s.text) for s in items} & hashes
    assert not {r["id"] for r in g_records()} & {s.id for s in items}  # G's sentences are seen now


def test_g_sentences_were_fresh_before_g(pool_mod, tmp_path: Path) -> None:
    # the dev data files without annotator G's: none of them names a sentence of g.jsonl, by id or text
    dev = REPO / "dev"
    for path in dev.rglob("*"):
        if path.is_file() and path.suffix in (".jsonl", ".tsv") and not path.name.startswith("g"):
            target = tmp_path / path.relative_to(dev)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    ids, hashes = pool_mod.seen_marks(tmp_path)
    recs = g_records()
    assert len(recs) >= 200
    assert not {r["id"] for r in recs} & ids
    assert not {r["sha1"] for r in recs} & hashes


def test_g_file_is_its_decisions_and_keyword_rows_match_their_query(annotate_g, pool_mod, data_root: Path) -> None:
    rows = annotate_g.decisions()
    assert annotate_g.records(rows, data_root) == g_records()
    items = {i.id: i for i in load([G_FILE], data_root)}
    assert all(not i.constructed for i in items.values())
    for r in g_records():
        kind, _, name = r["selection"].partition(":")
        assert kind in ("order", "keyword"), r
        if kind == "keyword":
            assert re.search(pool_mod.KEYWORD_QUERIES[name], items[r["id"]].text, re.IGNORECASE), r["id"]


@pytest.mark.slow
def test_evaluate_events_scores_only_the_given_file_and_part(data_root: Path, default_gazetteer: None) -> None:
    from typer.testing import CliRunner

    from frontwatch.cli import app

    res = CliRunner().invoke(app, ["evaluate", "events", str(G_FILE), "--split", "tune", "--json"])
    assert res.exit_code == 0, res.output
    r = json.loads(res.output[res.output.index("{"):])
    tune_ids = {rec["id"] for rec in g_records() if split_of(rec["id"]) == "tune"}
    assert r["files"] == [str(G_FILE)] and list(r["parts"]) == ["tune"]
    assert {p["id"] for p in r["predictions"]} == tune_ids and r["parts"]["tune"]["n"] == len(tune_ids)
    assert 0.0 < r["parts"]["tune"]["accuracy"] <= 1.0
