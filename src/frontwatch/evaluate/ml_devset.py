"""The multilingual event development set: event labels kept in the repo, real text read in place.

Why by reference: the sentences come from the multilingual NER corpora in the shared data
folder (`multilingual/*.jsonl`), two of them non-commercial and two without a published
licence, so the repo keeps only where each labelled sentence is (file, record id, offsets)
and the SHA-1 of its text, exactly as the sub-event corpus does (evaluate/devcorpus.py,
whose reference resolution, hash and tune/report split are reused here, not copied).

Record (one JSON object a line, `dev/events-ml/<lang>.jsonl`; guideline:
docs/annotation/multilingual-events.md):
    {"id": "ml:<lang>:<record id>:<start>", "lang": "ru",
     "ref": {"file": "multilingual/ru-factrueval.jsonl", "key": "<record id>", "field": "text",
             "start": 120, "end": 260},
     "text": null, "sha1": "...",
     "events": [{"acled_type": "Battles" | "", "sub_event_type": "Armed clash" | "", "plover": "ASSAULT" | "",
                 "place": {"start": 3, "end": 9} | null, "place_name": "Grozny" | "",
                 "lat": 43.3, "lon": 45.7, "geonameid": 557891 | null}],
     "doubt": "", "why": "future"}
`events: []` marks a negative: a sentence that reports no event (detection precision).

Constructed records (text written for the set, not taken from a corpus: `dev/events-ml/constructed-<lang>.jsonl`)
carry their text inline: `"ref": null, "text": "<the sentence>"` (the SHA-1 is still checked, so an edit of
the text without relabelling is caught). Nothing else differs: same events, same split by id hash.

Sentences: the corpora keep one sentence (or source line) per `\\n`; long records (ru, uk) hold
whole articles, cut further by `sentence_spans`, a Unicode-aware version of devcorpus's plain
splitter (the English one wants an upper-case Latin letter after the stop, which Cyrillic,
Greek and Arabic never give).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from frontwatch.evaluate.devcorpus import (
    SOURCES,
    CorpusError,
    Sentence,
    corpus_records,
    resolve,
    sha1,
    split_of,
)
from frontwatch.events.ontology import ACLED_TYPES, PLOVER_TYPES

LANGS: tuple[str, ...] = ("ru", "uk", "ar", "el", "es", "tr", "fa")
MIN_SENTENCE_CHARS = 20
# A stop (. ! ? … or the Arabic question mark), optional closing quotes/brackets, then space.
_STOP = re.compile(r"[.!?…؟]+[\"'”’»)\]]*\s+")
# "В. Путин", "Ε. Βενιζέλος": a lone capital before the dot is an initial, not a sentence end.
_INITIAL = re.compile(r"(?:^|\s)\w\.$")


class MLSentence(NamedTuple):
    id: str
    text: str
    events: list[dict]
    split: str  # "tune" | "report"
    doubt: str = ""
    why: str = ""  # negatives: the kind of hard negative (future, history, opinion, negated, ...)


def source_name(lang: str) -> str:
    """The devcorpus SOURCES key of a language's corpus."""
    if lang not in LANGS:
        raise CorpusError(f"unknown language {lang!r}; known: {', '.join(LANGS)}")
    return f"ml-{lang}"


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the sentences of a record: lines, cut at a stop followed by a non-lower-case start."""
    for line in re.finditer(r"[^\n]+", text):
        a, chunk = line.start(), line.group()
        start = 0
        for m in _STOP.finditer(chunk):
            nxt = chunk[m.end():m.end() + 1]
            if not nxt or nxt.islower() or _INITIAL.search(chunk[max(0, m.start() - 3):m.start() + 1]):
                continue
            yield from _trim(text, a + start, a + m.end())
            start = m.end()
        yield from _trim(text, a + start, a + len(chunk))


def _trim(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s >= MIN_SENTENCE_CHARS:
        yield s, e


def candidates(lang: str, root: Path) -> Iterator[Sentence]:
    """Every sentence of a language's corpus with the reference that finds it again."""
    for rel, key, field, text in corpus_records(root, source_name(lang)):
        for a, b in sentence_spans(text):
            ref = {"file": rel, "key": key, "field": field, "start": a, "end": b}
            yield Sentence(f"ml:{lang}:{key}:{a}", ref, text[a:b])


def check_event(ev: dict, text: str, where: str) -> None:
    """Raise CorpusError if an event's types or place offsets are not valid for its sentence."""
    acled, sub, plover = ev["acled_type"], ev["sub_event_type"], ev["plover"]
    if acled and sub not in ACLED_TYPES.get(acled, ()):
        raise CorpusError(f"{where}: {sub!r} is not a sub-event type of {acled!r}")
    if not acled and sub:
        raise CorpusError(f"{where}: sub-event type {sub!r} without an ACLED event type")
    if plover and plover not in PLOVER_TYPES:
        raise CorpusError(f"{where}: unknown PLOVER type {plover!r}")
    if not acled and not plover:
        raise CorpusError(f"{where}: an event with neither an ACLED nor a PLOVER type")
    place = ev.get("place")
    if place is not None and not (0 <= place["start"] < place["end"] <= len(text)):
        raise CorpusError(f"{where}: place offsets {place} outside the sentence ({len(text)} chars)")
    if (ev.get("lat") is None) != (ev.get("lon") is None):
        raise CorpusError(f"{where}: only one of lat/lon")


def load_ml(lang: str, root: Path | None = None, path: Path | None = None) -> list[MLSentence]:
    """The labelled sentences of one language: text resolved from the data root and hash-checked, split assigned."""
    from frontwatch.evaluate.run import DEFAULT_DATA, DEFAULT_ML_EVENTS

    root = root or DEFAULT_DATA
    path = path or DEFAULT_ML_EVENTS / f"{lang}.jsonl"
    # A language with no corpus (fr) can only have inline records, so its corpus file is looked up lazily.
    expected_file = SOURCES[source_name(lang)][0] if lang in LANGS else None
    out: list[MLSentence] = []
    cache: dict = {}
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        where = f"{path}:{n}"
        inline = rec.get("ref") is None
        if inline and not isinstance(rec.get("text"), str):
            raise CorpusError(f"{where}: a record with neither a corpus reference nor inline text")
        if not inline and expected_file is None:
            source_name(lang)  # raises: a corpus reference in a language with no corpus
        if rec["lang"] != lang or (not inline and rec["ref"]["file"] != expected_file):
            raise CorpusError(f"{where}: record of {rec['lang']}/{(rec['ref'] or {}).get('file')} in the {lang} file")
        if rec["id"] in seen:
            raise CorpusError(f"{where}: id {rec['id']} labelled twice")
        seen.add(rec["id"])
        text = rec["text"] if inline else resolve(root, rec["ref"], cache)
        if sha1(text) != rec["sha1"]:
            raise CorpusError(f"{where}: the text at {rec['ref'] or 'inline'} has changed (hash mismatch)")
        for ev in rec["events"]:
            check_event(ev, text, where)
        out.append(MLSentence(rec["id"], text, rec["events"], split_of(rec["id"]), rec.get("doubt", ""),
                              rec.get("why", "")))
    return out


def record(lang: str, sentence: Sentence, events: list[dict], doubt: str = "", why: str = "") -> dict:
    """The JSON record an annotator writes for a sentence (the text itself stays out).

    `why` (negatives only) says what kind of hard negative it is (future, history, opinion,
    negated, conditional, ...), so precision can be broken down by the trap a detector fell in."""
    rec = {"id": sentence.id, "lang": lang, "ref": sentence.ref, "text": None, "sha1": sha1(sentence.text),
           "events": events, "doubt": doubt}
    if why:
        rec["why"] = why
    return rec


def summary(rows: list[MLSentence]) -> dict[str, int]:
    """The counts quoted for a language: sentences, events, negatives, doubtful records, located events."""
    events = [ev for r in rows for ev in r.events]
    return {
        "sentences": len(rows),
        "event_sentences": sum(1 for r in rows if r.events),
        "events": len(events),
        "acled_events": sum(1 for ev in events if ev["acled_type"]),
        "negatives": sum(1 for r in rows if not r.events),
        "doubtful": sum(1 for r in rows if r.doubt),
        "with_place": sum(1 for ev in events if ev["place"] is not None),
        "with_coordinates": sum(1 for ev in events if ev["lat"] is not None),
        "tune": sum(1 for r in rows if r.split == "tune"),
        "report": sum(1 for r in rows if r.split == "report"),
    }
