"""Event-location scoring: the reader (token-indexed gold spans re-anchored, split by text hash)
and the figures, on constructed records; then the real shared file, if present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.evaluate.event_location import Decision, read_sentences, score_event_location

# CONSTRUCTED records in the corpus's layout: the second gives its location as a whitespace-token index.
ROWS = [
    {"id": 1, "source": "x", "text": "Rebels attacked an army post in Aleppo on Monday.",
     "verb": [{"start": 7, "end": 15, "text": "attacked"}], "locations": [{"start": 32, "end": 38, "text": "Aleppo"}]},
    {"id": "wiki", "source": "wiki", "text": "Later the army captured Das after a week.",
     "verb": [{"start": 15, "end": 23, "text": "captured"}], "locations": [{"start": 4, "end": 4, "text": "Das"}]},
    {"id": "wiki", "source": "wiki", "text": "The minister said talks would resume.",
     "verb": [{"start": 13, "end": 17, "text": "said"}], "locations": []},
]


def write(tmp_path: Path) -> Path:
    path = tmp_path / "el.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    return path


def test_reader_reanchors_token_offsets_and_splits_by_text(tmp_path: Path) -> None:
    rows = read_sentences(write(tmp_path))
    assert [r.text[a:b] for r in rows for a, b in r.gold] == ["Aleppo", "Das"]
    assert rows[1].text[rows[1].verb[0]:rows[1].verb[1]] == "captured"
    assert {r.split for r in rows} <= {"tune", "report"}
    assert [r.split for r in read_sentences(write(tmp_path))] == [r.split for r in rows]  # fixed
    tune, report = read_sentences(write(tmp_path), "tune"), read_sentences(write(tmp_path), "report")
    assert len(tune) + len(report) == 3
    with pytest.raises(ValueError):
        read_sentences(write(tmp_path), "dev")
    with pytest.raises(FileNotFoundError):
        read_sentences(tmp_path / "missing.jsonl")


def test_scores_chosen_place_and_no_invented_place(tmp_path: Path) -> None:
    rows = read_sentences(write(tmp_path))

    def decide(chunk):  # right on the first, wrong on the second, invents a place on the third
        return [Decision([(32, 38)], "locative", None, [(32, 38)]), Decision([(0, 5)], "sentence", [], [(24, 27)]),
                Decision([(4, 12)], "subtree", [(4, 12)], [])][:len(chunk)]

    r = score_event_location(rows, decide, batch=10)
    assert (r["located"]["n"], r["located"]["hit"], r["located"]["reachable"]) == (2, 1, 2)
    assert (r["unlocated"]["n"], r["unlocated"]["hit"]) == (1, 0)
    assert r["end_to_end"]["located_with_event"] == 1 and r["end_to_end"]["unlocated_share"] == 0.0
    assert r["misses"]["wrong place"][0]["gold"] == ["Das"]


def test_real_file_reads_whole(shared_dir: Path) -> None:
    rows = read_sentences(shared_dir / "data" / "events" / "event-location.jsonl")
    assert len(rows) == 4628 and sum(len(r.gold) for r in rows) == 3187
    assert all(r.text[a:b].strip() for r in rows for a, b in r.gold)


@pytest.mark.slow
def test_cli_scores_the_constructed_file(tmp_path: Path, default_gazetteer: None) -> None:
    from typer.testing import CliRunner

    from frontwatch.cli import app

    res = CliRunner().invoke(app, ["evaluate", "event-location", str(write(tmp_path)), "--json"])
    assert res.exit_code == 0, res.output
    r = json.loads(res.output[res.output.index("{"):])
    assert r["sentences"] == 3 and r["located"]["n"] == 2 and r["unlocated"]["n"] == 1
    assert r["located"]["hit"] >= 1  # "Rebels attacked an army post in Aleppo": Aleppo
    bad = CliRunner().invoke(app, ["evaluate", "event-location", str(write(tmp_path)), "--split", "dev"])
    assert bad.exit_code == 2
