"""re3d Location recall: reader (mongoexport and array layouts), scoring, and the real CLI end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from frontwatch.evaluate.re3d import GoldSpan, dataset_folders, read_re3d, score_document, score_re3d

DOC_A = "Rebels seized Aleppo and Homs on Friday. The camp near the river was shelled."
DOC_B = "Iraqi forces entered Mosul. The Syrian army left northern Syria."


def _span(text: str, value: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return start, start + len(value)


def _entity(doc_id: str, text: str, value: str, typ: str = "Location", nth: int = 0) -> dict:
    b, e = _span(text, value, nth)
    return {"_id": f"{doc_id}-{b}-{e}-{typ}", "begin": b, "end": e, "type": typ, "value": value,
            "documentId": doc_id, "confidence": 1}


def write_re3d(root: Path) -> Path:
    """Two source folders the way re3d ships them: one mongoexport (a JSON object per line),
    one JSON array; gold Locations plus entities of other types and a duplicate."""
    a, b = root / "Source A", root / "Source B"
    a.mkdir(parents=True)
    b.mkdir()
    (a / "documents.json").write_text(json.dumps({"_id": "A1", "sourceName": "Source A", "text": DOC_A}) + "\n")
    ents_a = [_entity("A1", DOC_A, "Aleppo"), _entity("A1", DOC_A, "Homs"), _entity("A1", DOC_A, "Rebels", "Organisation"),
              _entity("A1", DOC_A, "The camp near the river"), _entity("A1", DOC_A, "Homs")]
    (a / "entities.json").write_text("\n".join(json.dumps(e) for e in ents_a) + "\n")
    (b / "documents.json").write_text(json.dumps([{"_id": "B1", "sourceName": "Source B", "text": DOC_B}]))
    ents_b = [_entity("B1", DOC_B, "Mosul"), _entity("B1", DOC_B, "northern Syria"),
              _entity("B1", DOC_B, "Iraqi", "Nationality")]
    (b / "entities.json").write_text(json.dumps(ents_b))
    (root / "README.md").write_text("not a folder")
    return root


def test_reader_keeps_locations_once_in_both_layouts(tmp_path: Path) -> None:
    root = write_re3d(tmp_path / "re3d")
    assert [p.name for p in dataset_folders(root)] == ["Source A", "Source B"]
    docs = read_re3d(root)
    assert [(d.id, d.source) for d in docs] == [("A1", "Source A"), ("B1", "Source B")]
    assert [g.text for g in docs[0].locations] == ["Aleppo", "Homs", "The camp near the river"]
    assert [g.named for g in docs[0].locations] == [True, True, False]
    assert [g.text for g in docs[1].locations] == ["Mosul", "northern Syria"]
    # one folder given directly works too
    assert [d.id for d in read_re3d(root / "Source B")] == ["B1"]


def test_named_ignores_determiners_and_capitalised_modifiers() -> None:
    assert GoldSpan(0, 3, "the Euphrates").named and GoldSpan(0, 3, "Ar Raqqah").named
    assert not GoldSpan(0, 3, "The hospital").named and not GoldSpan(0, 3, "ISIL-held buildings").named


def test_reader_refuses_bad_data(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such re3d directory"):
        read_re3d(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="re3d layout"):
        read_re3d(tmp_path / "empty")
    root = write_re3d(tmp_path / "bad")
    bad = _entity("A1", DOC_A, "Aleppo")
    bad["begin"] += 1
    (root / "Source A" / "entities.json").write_text(json.dumps(bad) + "\n")
    with pytest.raises(ValueError, match="do not frame 'Aleppo'"):
        read_re3d(root)
    (root / "Source A" / "entities.json").write_text("{not json\n")
    with pytest.raises(ValueError, match=r"entities\.json:1: not a JSON object"):
        read_re3d(root)


def test_exact_overlap_and_stray_spans() -> None:
    gold = [GoldSpan(0, 6, "Aleppo"), GoldSpan(10, 23, "the Euphrates")]
    r = score_document(gold, [(0, 6), (14, 23), (30, 35)])
    assert [g.text for g in r["exact"]] == ["Aleppo"]
    assert [g.text for g in r["overlap"]] == ["Aleppo", "the Euphrates"]
    assert r["stray"] == [(30, 35)] and r["predicted"] == 3


def test_score_counts_all_and_named_per_source(tmp_path: Path) -> None:
    docs = read_re3d(write_re3d(tmp_path / "re3d"))

    def recognise(texts: list[str]) -> list[list[tuple[int, int]]]:
        # a recogniser that finds capitalised city names by exact string, and "Syria" alone
        out = []
        for t in texts:
            spans = [_span(t, w) for w in ("Aleppo", "Homs", "Mosul") if w in t]
            if "northern Syria" in t:
                spans.append(_span(t, "Syria", 1))
            out.append(spans)
        return out

    r = score_re3d(docs, recognise, batch=1)
    assert r["documents"] == 2
    assert r["all"] == {"gold": 5, "exact": 3, "overlap": 4, "recall_exact": 0.6, "recall_overlap": 0.8}
    assert r["named"]["gold"] == 4 and r["named"]["recall_overlap"] == 1.0
    assert r["by_source"]["Source A"]["recall_exact"] == round(2 / 3, 4)
    assert r["precision_overlap"] == 1.0
    with pytest.raises(ValueError, match="returned 0 results"):
        score_re3d(docs, lambda texts: [])


@pytest.mark.slow
def test_cli_scores_the_real_geoparser(tmp_path: Path) -> None:
    root = write_re3d(tmp_path / "re3d")
    proc = subprocess.run([sys.executable, "-m", "frontwatch", "evaluate", "re3d", str(root), "--json"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    r = json.loads(proc.stdout)
    assert r["documents"] == 2 and r["all"]["gold"] == 5
    # Aleppo, Homs and Mosul are plain city names any working geoparser finds exactly
    assert r["named"]["exact"] >= 3
    assert 0 < r["all"]["recall_overlap"] <= 1
    bad = subprocess.run([sys.executable, "-m", "frontwatch", "evaluate", "re3d", str(tmp_path / "nope")],
                         capture_output=True, text=True, timeout=600)
    assert bad.returncode == 2 and "no such re3d directory" in bad.stderr
