"""dev/headlines_as_subtypes.py: the headlines' tune part as sub-type training records (ret40).

CONSTRUCTED: the titles below were written for these tests (no outlet's text); they sit in a small
CSV shaped like the FA-KES one, under a temporary data root.
"""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from frontwatch.evaluate.devcorpus import CorpusError, load, sha1, split_of

REPO = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("headlines_as_subtypes", REPO / "dev" / "headlines_as_subtypes.py")
conv = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(conv)

SCHEMA = {"id", "ref", "text", "sha1", "label", "constructed", "doubt", "selection"}


def _ids(split: str, n: int) -> list[str]:
    """The first n headline ids that `split_of` puts in `split` (the split is a hash of the id)."""
    out = [f"headline:{k}" for k in range(200) if split_of(f"headline:{k}") == split]
    return out[:n]


def _write(root: Path, titles: list[str]) -> None:
    path = root / "syria" / "fakes-articles.csv"
    path.parent.mkdir(parents=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["article_title", "article_content"])
        w.writeheader()
        for t in titles:
            w.writerow({"article_title": t, "article_content": "Body text that is not the title."})


def _label(hid: str, row: int, title: str, event: bool, sub: str) -> dict:
    t = title.strip()
    rec = {"id": hid, "ref": {"file": "syria/fakes-articles.csv", "key": str(row), "field": "article_title",
                              "start": 0, "end": len(t)}, "text": None, "sha1": sha1(t), "event": event,
           "places": [], "country": "SY", "doubt": ""}
    if event:
        rec["event_type"], rec["sub_event_type"] = "Explosions/Remote violence", sub
    return rec


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """A data root with five titles (one with leading white space) and their labels: tune with a
    sub-type (2), tune with no event (1), report with a sub-type (2)."""
    tune, report = _ids("tune", 3), _ids("report", 2)
    titles = ["  Warplanes strike market town, nine killed", "Roadside bomb hits convoy near river crossing",
              "Ministers meet to discuss the budget", "Drone strike kills four in village",
              "Shells fall on old city quarter"]
    rows = [(tune[0], True, "Air/drone strike"), (tune[1], True, "Remote explosive/landmine/IED"),
            (tune[2], False, ""), (report[0], True, "Air/drone strike"),
            (report[1], True, "Shelling/artillery/missile attack")]
    root = tmp_path / "data"
    _write(root, titles)
    labels = tmp_path / "titles.jsonl"
    labels.write_text("".join(json.dumps(_label(h, i, titles[i], e, s)) + "\n" for i, (h, e, s) in enumerate(rows)),
                      encoding="utf-8")
    return root, labels, {h: titles[i].strip() for i, (h, _, _) in enumerate(rows)}


def test_only_tune_headlines_with_a_subtype(corpus) -> None:
    root, labels, _ = corpus
    recs = conv.subtype_records(labels, root)
    assert [r["id"] for r in recs] == _ids("tune", 2)
    assert all(split_of(r["id"]) == "tune" for r in recs)
    assert [r["label"] for r in recs] == ["Air/drone strike", "Remote explosive/landmine/IED"]


def test_records_have_the_subtypes_schema_and_load_back(corpus, tmp_path: Path) -> None:
    root, labels, text = corpus
    recs = conv.subtype_records(labels, root)
    assert all(set(r) == SCHEMA and r["text"] is None and r["constructed"] is False for r in recs)
    out = tmp_path / "converted.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    loaded = load([out], root)  # devcorpus reads the title column the reference names, checked by its SHA-1
    assert [(it.id, it.text, it.split) for it in loaded] == [(r["id"], text[r["id"]], "tune") for r in recs]
    assert recs[0]["ref"]["start"] == 2  # moved past the stored title's leading white space


def test_a_changed_title_fails_the_sha1_check(corpus, tmp_path: Path) -> None:
    root, labels, _ = corpus
    recs = conv.subtype_records(labels, root)
    recs[0]["sha1"] = sha1("Warplanes strike market town, ten killed")
    out = tmp_path / "converted.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    with pytest.raises(CorpusError, match="hash mismatch"):
        load([out], root)


def test_a_changed_title_is_refused_by_the_converter(corpus) -> None:
    root, labels, _ = corpus
    lines = labels.read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[0])
    rec["sha1"] = sha1("something else")
    labels.write_text("\n".join([json.dumps(rec)] + lines[1:]) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError):
        conv.subtype_records(labels, root)


@pytest.mark.skipif(not (conv.DEFAULT_ROOT / "syria" / "fakes-articles.csv").exists(), reason="shared data absent")
def test_the_real_headlines_convert_to_their_tune_part_only(tmp_path: Path) -> None:
    recs = conv.subtype_records(conv.LABELS, conv.DEFAULT_ROOT)
    labelled = [json.loads(x) for x in conv.LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    want = [r["id"] for r in labelled if split_of(r["id"]) == "tune" and r["event"] and r.get("sub_event_type")]
    assert [r["id"] for r in recs] == want
    out = tmp_path / "converted.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    assert {it.split for it in load([out], conv.DEFAULT_ROOT)} == {"tune"}
