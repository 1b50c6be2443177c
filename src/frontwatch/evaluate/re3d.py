"""re3d (Dstl) as a gold set for place recognition in Syria/Iraq conflict documents.

re3d ships one folder per source (BBC Online, CENTCOM, UK Government, ...), each with
`documents.json` and `entities.json` written by `mongoexport`: one JSON object per line
(a JSON array is accepted too). Entities carry character offsets (`begin`, `end`) into
the document `text` and a `type`; this module scores the gold `Location` spans only.

re3d's Location is wider than a toponym: besides names ("Raqqa", "the Euphrates") it
marks descriptions ("the northern part of the country", "the camp"). So recall is
reported twice over two gold sets:

* **exact**: a predicted span with the gold span's offsets; **overlap**: a predicted span
  sharing at least one character with it (the gold "the Euphrates" vs the predicted
  "Euphrates");
* over **all** gold Locations and over the **named** ones (a capitalised word in the span,
  see `GoldSpan.named`), the ones a gazetteer-based geoparser can be expected to find.

Precision is given against gold Locations (overlap): a predicted span overlapping none of
them, even if it overlaps another gold entity type, counts as a false alarm.

The system under test is a callable from raw texts to predicted (start, end) spans, so this
module knows nothing of the pipeline.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

Recognise = Callable[[list[str]], list[list[tuple[int, int]]]]
LOCATION = "Location"
FILES = ("documents.json", "entities.json")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str
    confidence: float | None = None

    @property
    def named(self) -> bool:
        """A proper name in the span: a capitalised word other than a leading determiner or a
        capitalised modifier of a common noun ("The hospital", "ISIL-held buildings" are not)."""
        words = self.text.split()
        if words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        return any(w[:1].isupper() and not (("-" in w) and w.rsplit("-", 1)[1][:1].islower()) for w in words)


@dataclass
class Re3dDocument:
    id: str
    source: str
    text: str
    locations: list[GoldSpan] = field(default_factory=list)


def _json_records(path: Path) -> list[dict]:
    """Records of a mongoexport file (one object per line) or of a JSON array."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror or exc})") from None
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        if not all(isinstance(r, dict) for r in data):
            raise ValueError(f"{path}: a JSON array must hold objects")
        return data
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not a JSON object ({exc.msg})") from None
        if not isinstance(rec, dict):
            raise ValueError(f"{path}:{n}: not a JSON object")
        out.append(rec)
    return out


def dataset_folders(root: Path) -> list[Path]:
    """The folders holding documents.json and entities.json: `root` itself or its sub-folders."""
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: no such re3d directory")
    if all((root / f).is_file() for f in FILES):
        return [root]
    folders = sorted(p for p in root.iterdir() if p.is_dir() and all((p / f).is_file() for f in FILES))
    if not folders:
        raise ValueError(f"{root}: no folder with {' and '.join(FILES)} (re3d layout)")
    return folders


def read_re3d(root: Path) -> list[Re3dDocument]:
    """Documents with their gold Location spans, in folder then file order (duplicates once).

    A Location whose offsets do not frame its `value` in the text is a data error and is
    reported, not silently re-aligned.
    """
    docs: dict[str, Re3dDocument] = {}
    for folder in dataset_folders(root):
        for rec in _json_records(folder / "documents.json"):
            did, text = rec.get("_id"), rec.get("text")
            if not isinstance(did, str) or not isinstance(text, str):
                raise ValueError(f"{folder / 'documents.json'}: a document without _id or text")
            docs.setdefault(did, Re3dDocument(did, str(rec.get("sourceName") or folder.name), text))
        seen: set[tuple[str, int, int]] = set()
        for rec in _json_records(folder / "entities.json"):
            if rec.get("type") != LOCATION:
                continue
            doc = docs.get(str(rec.get("documentId")))
            if doc is None:
                raise ValueError(f"{folder / 'entities.json'}: entity {rec.get('_id')} names an unknown document")
            try:
                start, end = int(rec["begin"]), int(rec["end"])
            except (KeyError, TypeError, ValueError):
                raise ValueError(f"{folder / 'entities.json'}: entity {rec.get('_id')} has no begin/end") from None
            value = str(rec.get("value") or "")
            if not 0 <= start < end <= len(doc.text) or (value and doc.text[start:end] != value):
                raise ValueError(f"{folder / 'entities.json'}: entity {rec.get('_id')} offsets {start}-{end} "
                                 f"do not frame {value!r} in its document")
            if (doc.id, start, end) in seen:
                continue
            seen.add((doc.id, start, end))
            conf = rec.get("confidence")
            doc.locations.append(GoldSpan(start, end, doc.text[start:end],
                                          float(conf) if isinstance(conf, (int, float)) else None))
    for d in docs.values():
        d.locations.sort(key=lambda g: (g.start, g.end))
    return list(docs.values())


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_document(gold: list[GoldSpan], predicted: Iterable[tuple[int, int]]) -> dict:
    """Which gold spans were found exactly or by overlap, and which predictions hit no gold span."""
    pred = sorted(set(predicted))
    exact = [g for g in gold if (g.start, g.end) in set(pred)]
    overlap = [g for g in gold if any(_overlaps((g.start, g.end), p) for p in pred)]
    stray = [p for p in pred if not any(_overlaps((g.start, g.end), p) for g in gold)]
    return {"exact": exact, "overlap": overlap, "stray": stray, "predicted": len(pred)}


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _block(n: int, exact: int, overlap: int) -> dict:
    return {"gold": n, "exact": exact, "overlap": overlap, "recall_exact": _ratio(exact, n),
            "recall_overlap": _ratio(overlap, n)}


def _batches(items: list, size: int) -> Iterable[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def score_re3d(docs: list[Re3dDocument], recognise: Recognise, *, batch: int = 16, samples: int = 10,
               progress: Callable[[int], None] | None = None) -> dict:
    """Recall of gold Location spans (exact / overlap, all / named), precision, per source, samples."""
    if batch < 1:
        raise ValueError(f"batch must be at least 1, got {batch}")
    started = time.perf_counter()
    totals: Counter[str] = Counter()
    by_source: dict[str, Counter[str]] = {}
    missed: Counter[str] = Counter()
    stray_texts: Counter[str] = Counter()
    done = 0
    for chunk in _batches(docs, batch):
        results = recognise([d.text for d in chunk])
        if len(results) != len(chunk):
            raise ValueError(f"recogniser returned {len(results)} results for {len(chunk)} documents")
        for doc, spans in zip(chunk, results):
            r = score_document(doc.locations, spans)
            named = [g for g in doc.locations if g.named]
            c = Counter({
                "gold": len(doc.locations), "exact": len(r["exact"]), "overlap": len(r["overlap"]),
                "named": len(named), "named_exact": sum(g.named for g in r["exact"]),
                "named_overlap": sum(g.named for g in r["overlap"]),
                "predicted": r["predicted"], "stray": len(r["stray"]),
            })
            totals.update(c)
            by_source.setdefault(doc.source, Counter()).update(c)
            found = {(g.start, g.end) for g in r["overlap"]}
            missed.update(g.text for g in named if (g.start, g.end) not in found)
            stray_texts.update(doc.text[a:b] for a, b in r["stray"])
        done += len(chunk)
        if progress:
            progress(done)
    hits = totals["predicted"] - totals["stray"]
    return {
        "documents": len(docs),
        "all": _block(totals["gold"], totals["exact"], totals["overlap"]),
        "named": _block(totals["named"], totals["named_exact"], totals["named_overlap"]),
        "predicted": totals["predicted"],
        "precision_overlap": _ratio(hits, totals["predicted"]),
        "by_source": {s: {**_block(c["gold"], c["exact"], c["overlap"]),
                          "named": _block(c["named"], c["named_exact"], c["named_overlap"])}
                      for s, c in sorted(by_source.items())},
        "missed_named": dict(missed.most_common(samples)),
        "stray": dict(stray_texts.most_common(samples)),
        "seconds": round(time.perf_counter() - started, 2),
    }


__all__ = ["GoldSpan", "Re3dDocument", "dataset_folders", "read_re3d", "score_document", "score_re3d"]
