"""The sub-event type development corpus: labels kept in the repo, real text read in place.

Why by reference: the real sentences come from corpora whose licences forbid copying them
into the project (FA-KES, BBC in re3d), so the repo keeps, for each labelled sentence, where
it is (`ref`: a file under the shared data folder, a record key and character offsets) and
the SHA-1 of its text; the text itself is read from the data folder at evaluation time and
checked against the hash. Only constructed sentences (written by an annotator where real
text lacks a type, marked `constructed`) carry their text in the repo.

Record (one JSON object a line, in `dev/subtypes/*.jsonl`):
    {"id": "...", "ref": {"file": "syria/fakes-articles.csv", "key": "12", "field": "article_content",
     "start": 120, "end": 260} | null, "text": null | "...", "sha1": "...",
     "label": "<ACLED sub-event type, codebook spelling>", "constructed": false, "doubt": "" }

`candidates()` lists every real sentence of the four source corpora with its ref, for the
annotators to choose from; `load()` turns a labelled file back into (id, text, label) with
its split. The split is fixed by a hash of the id: a sentence never moves between the part
that is tuned on and the part that is only reported.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from frontwatch.events.ontology import ACLED_TYPES

SUB_EVENT_TYPES: tuple[str, ...] = tuple(s for subs in ACLED_TYPES.values() for s in subs)
SOURCES: dict[str, tuple[str, str, str]] = {
    # name: (file under the data root, key column or "" for the row number, text field)
    "fakes": ("syria/fakes-articles.csv", "", "article_content"),
    "centcom": ("syria/centcom-strikes.csv", "", "line"),
    "event-location": ("events/event-location.jsonl", "id", "text"),
    # the multilingual NER corpora, read for the multilingual event set (evaluate/ml_devset.py)
    "ml-ru": ("multilingual/ru-factrueval.jsonl", "id", "text"),
    "ml-uk": ("multilingual/uk-ner-uk.jsonl", "id", "text"),
    "ml-ar": ("multilingual/ar-wojood.jsonl", "id", "text"),
    "ml-el": ("multilingual/el-elner.jsonl", "id", "text"),
    "ml-es": ("multilingual/es-conll2002.jsonl", "id", "text"),
    "ml-tr": ("multilingual/tr-turkish-wiki-ner.jsonl", "id", "text"),
    "ml-fa": ("multilingual/fa-peyma.jsonl", "id", "text"),
}
# News articles of the geoparsing corpora (local US news in LGL, world news in GeoWebNews): other
# outlets and countries than the Syria/Iraq sources, read for the rare sub-types (riots, mobs,
# kidnappings). name: (file, attribute of <article> that keys it, text element).
XML_SOURCES: dict[str, tuple[str, str, str]] = {
    "lgl": ("geoparsing/lgl.xml", "docid", "text"),
    "gwn": ("geoparsing/GWN.xml", "file", "text"),
}
RE3D_GLOB = "re3d/*/documents.json"
REPORT_SHARE = 0.4  # of the ids, by hash, held back for reporting only

# A sentence ends at . ! ? followed by space and an upper-case letter, digit or quote.
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[A-Z0-9\"“‘(])")


@dataclass(frozen=True)
class Sentence:
    id: str
    ref: dict | None
    text: str


@dataclass(frozen=True)
class Labelled:
    id: str
    text: str
    label: str
    constructed: bool
    split: str  # "tune" | "report"
    doubt: str = ""


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def split_of(sentence_id: str) -> str:
    """'report' for a fixed 40 % of ids (by SHA-1), 'tune' for the rest."""
    h = int(hashlib.sha1(sentence_id.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "report" if h < REPORT_SHARE else "tune"


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the sentences of a text (a plain regex splitter: offsets must be stable)."""
    start = 0
    for m in _SENT_END.finditer(text):
        yield from _trimmed(text, start, m.start())
        start = m.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    for piece in re.finditer(r"[^\n]+", text[a:b]):
        s, e = a + piece.start(), a + piece.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 20:
            yield s, e


def corpus_records(root: Path, name: str, field: str | None = None) -> Iterator[tuple[str, str, str, str]]:
    """(file, key, field, text) of every record of one source corpus; `field`: another column of a CSV or
    JSONL source than its default one (a FA-KES title, `article_title`, rather than the article's text)."""
    if name == "re3d":
        for path in sorted(root.glob(RE3D_GLOB)):
            rel = path.relative_to(root).as_posix()
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    doc = json.loads(line)
                    yield rel, str(doc["_id"]), "text", doc["text"]
        return
    if name in XML_SOURCES:
        import xml.etree.ElementTree as ET

        rel, attr, field = XML_SOURCES[name]
        for art in ET.parse(root / rel).getroot().iter("article"):
            yield rel, str(art.get(attr)), field, art.findtext(field) or ""
        return
    rel, key_col, default_field = SOURCES[name]
    field = field or default_field
    path = root / rel
    if rel.endswith(".csv"):
        with path.open(encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                yield rel, str(row[key_col]) if key_col else str(i), field, row[field]
    else:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                yield rel, str(obj[key_col]), field, obj[field]


def candidates(root: Path, names: tuple[str, ...] = ("fakes", "centcom", "event-location", "re3d")
               ) -> Iterator[Sentence]:
    """Every real sentence of the source corpora, with the reference that finds it again.

    A record whose key is not unique in its file (event-location.jsonl reuses ids such as
    'wiki' for many sentences) is left out: a reference by key could not find it again."""
    for name in names:
        records = list(corpus_records(root, name))
        keys = Counter((rel, key) for rel, key, _, _ in records)
        for rel, key, field, text in records:
            if keys[(rel, key)] > 1:
                continue
            spans = [(0, len(text.strip()))] if name in ("centcom", "event-location") else sentence_spans(text)
            for a, b in spans:
                ref = {"file": rel, "key": key, "field": field, "start": a, "end": b}
                yield Sentence(f"{name}:{key}:{a}", ref, text[a:b])


class CorpusError(ValueError):
    """A labelled record that cannot be read back (bad label, moved text)."""


def resolve(root: Path, ref: dict, _cache: dict | None = None) -> str:
    """The text a reference points at (its `field`: a record may point into a source's other column)."""
    cache = _cache if _cache is not None else {}
    key = (ref["file"], ref.get("field", "text"))
    if key not in cache:
        name = next((n for n, (f, _, _) in {**SOURCES, **XML_SOURCES}.items() if f == ref["file"]), "re3d")
        cache[key] = {k: t for f, k, _, t in corpus_records(root, name, ref.get("field")) if f == ref["file"]}
    text = cache[key].get(str(ref["key"]))
    if text is None:
        raise CorpusError(f"no record {ref['key']!r} in {ref['file']}")
    return text[ref["start"]:ref["end"]]


def load(paths: list[Path], root: Path) -> list[Labelled]:
    """Labelled sentences of the corpus files, text resolved and checked, split assigned."""
    out: list[Labelled] = []
    cache: dict = {}
    seen: set[str] = set()
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            where = f"{path}:{n}"
            if rec["label"] not in SUB_EVENT_TYPES:
                raise CorpusError(f"{where}: unknown label {rec['label']!r}")
            if rec.get("constructed"):
                text = rec["text"]
            else:
                text = resolve(root, rec["ref"], cache)
                if sha1(text) != rec["sha1"]:
                    raise CorpusError(f"{where}: the text at {rec['ref']} has changed (hash mismatch)")
            if rec["id"] in seen:
                continue
            seen.add(rec["id"])
            out.append(Labelled(rec["id"], text, rec["label"], bool(rec.get("constructed")), split_of(rec["id"]),
                                rec.get("doubt", "")))
    return out


def record(sentence: Sentence, label: str, doubt: str = "") -> dict:
    """The JSON record an annotator writes for a real sentence."""
    return {"id": sentence.id, "ref": sentence.ref, "text": None, "sha1": sha1(sentence.text), "label": label,
            "constructed": False, "doubt": doubt}


def constructed(sentence_id: str, text: str, label: str, doubt: str = "") -> dict:
    """The JSON record of a sentence an annotator wrote where real text lacks a type."""
    return {"id": sentence_id, "ref": None, "text": text, "sha1": sha1(text), "label": label,
            "constructed": True, "doubt": doubt}
