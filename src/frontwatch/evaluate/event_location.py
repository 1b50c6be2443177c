"""Which place is the event's: news sentences with one gold event verb and its gold location.

The corpus (Halterman's event-location set, shared data `events/event-location.jsonl`) has,
per sentence, one event verb span and the span(s) of the place where that event happened,
or none when the sentence does not say. Two questions are scored:

* the place decision alone: the system is handed the GOLD verb token and asked which
  place (if any) of the sentence is its location, so trigger recall does not blur it;
* end to end: some event of the pipeline whose trigger overlaps the gold verb is located
  at a gold place (or, for sentences without one, no such event is placed in the sentence).

For sentences with gold places the figure is the share whose chosen place overlaps a gold
span; for those without, the share where no place of the sentence is chosen (none
invented). The split (tune / report) is fixed by a hash of the id, so a sentence never
moves between the part weights are fitted on and the part that is only reported. The key
hashed is the sentence text, not the record id: ids repeat ('wiki' stands for 231 records)
and one sentence appears with several verbs, which must all fall on the same side.

Part of the corpus (AP, Xinhua, wiki, some atrocity reports) gives location offsets as
whitespace-token indices, not characters; such a span is re-anchored on the occurrence of
its text nearest to that token. A gold text not found in the sentence is dropped and counted.

This module knows nothing of frontwatch's stages: the caller supplies `decide`.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from frontwatch.evaluate.devcorpus import split_of

Span = tuple[int, int]


@dataclass(frozen=True)
class LocatedSentence:
    id: str
    text: str
    verb: Span
    gold: tuple[Span, ...]
    source: str
    split: str


@dataclass
class Decision:
    """What the system said for one sentence: places (char spans in the text) for the gold
    verb, how they were found, and the places of pipeline events whose trigger overlaps it
    (None when no such event)."""

    places: list[Span]
    how: str
    e2e: list[Span] | None
    candidates: list[Span] = field(default_factory=list)  # every place of the sentence the geoparser gave
    linked: list[Span] | None = None  # places of events whose trigger is the verb or a word next to it in the parse


Decide = Callable[[Sequence[LocatedSentence]], list[Decision]]


def read_sentences(path: Path, split: str = "all") -> list[LocatedSentence]:
    """Sentences of the corpus in file order, restricted to one split ('tune', 'report', 'all')."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such event-location file")
    if split not in ("tune", "report", "all"):
        raise ValueError(f"split must be tune, report or all, got {split!r}")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row["text"]
            verb = _anchored(text, row["verb"][0])
            if verb is None:
                raise ValueError("verb text not in the sentence")
            gold = [_anchored(text, g) for g in row.get("locations") or ()]
            sid = str(row["id"])
            s = LocatedSentence(sid, text, verb, tuple(g for g in gold if g is not None),
                                row.get("source") or "", split_of(text.strip()))
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: bad event-location record ({exc})") from None
        if split == "all" or s.split == split:
            out.append(s)
    return out


def _anchored(text: str, g: dict) -> Span | None:
    """A gold span as character offsets: as given when they hold the text, else the
    occurrence of the text nearest to the whitespace token numbered `start`."""
    a, b, want = int(g["start"]), int(g["end"]), g["text"].strip()
    if text[a:b].strip() == want and want:
        return a, b
    if not want:
        return None
    hits = [m.start() for m in re.finditer(re.escape(want), text)]
    if not hits:
        return None
    token_at = [len(text[:h].split()) for h in hits]
    best = min(range(len(hits)), key=lambda k: abs(token_at[k] - a))
    return hits[best], hits[best] + len(want)


def _overlaps(a: Span, spans: Iterable[Span]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def trigger_spans(text: str, trigger: str | None) -> list[Span]:
    """Every occurrence of an event's trigger text in the sentence (the event keeps the text, not its offsets)."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(trigger or "\0"), text)]


def verb_events(s: LocatedSentence, doc, events: Sequence) -> tuple[list, list]:
    """The events whose trigger overlaps the gold verb, and those whose trigger is the verb or a word
    next to it in the parse ('launched an offensive', '..., killing five'): the end-to-end matching,
    one definition for the evaluator and the dev scripts. `doc` is the sentence's spaCy Doc."""
    verb = doc.char_span(s.verb[0], s.verb[1], alignment_mode="expand")
    near = {verb.root.i, verb.root.head.i, *(c.i for c in verb.root.children)} if verb else set()
    on, linked = [], []
    for e in events:
        spans = trigger_spans(s.text, e.trigger)
        if _overlaps(s.verb, spans):
            on.append(e)
        toks = {t.i for a, b in spans if (sp := doc.char_span(a, b, alignment_mode="expand")) for t in sp}
        if toks & near:
            linked.append(e)
    return on, linked


def _share(hit: int, n: int) -> float | None:
    return round(hit / n, 3) if n else None


def score_event_location(sentences: Sequence[LocatedSentence], decide: Decide, *, batch: int = 64,
                         progress: Callable[[int], None] | None = None, samples: int = 8) -> dict:
    """Place-decision and end-to-end figures, split into sentences with and without gold places."""
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    hows: Counter[str] = Counter()
    by_source: dict[str, Counter[str]] = {}
    misses: dict[str, list[dict]] = {"wrong place": [], "no place": [], "invented": []}
    done = 0
    for i in range(0, len(sentences), batch):
        chunk = sentences[i:i + batch]
        decisions = decide(chunk)
        if len(decisions) != len(chunk):
            raise ValueError(f"decide returned {len(decisions)} results for {len(chunk)} sentences")
        for s, d in zip(chunk, decisions):
            src = by_source.setdefault(s.source, Counter())
            hows[d.how] += 1
            first = d.places[:1]
            if s.gold:
                counts["located"] += 1
                src["located"] += 1
                ok = bool(first) and _overlaps(first[0], s.gold)
                reachable = any(_overlaps(c, s.gold) for c in d.candidates)
                counts["reachable"] += reachable
                counts["reachable_hit"] += ok and reachable
                counts["located_hit"] += ok
                src["located_hit"] += ok
                e2e_ok = bool(d.e2e) and any(_overlaps(p, s.gold) for p in d.e2e)
                counts["e2e_located_hit"] += e2e_ok
                counts["e2e_event"] += d.e2e is not None
                counts["linked_located_hit"] += bool(d.linked) and any(_overlaps(p, s.gold) for p in d.linked)
                counts["linked_event"] += d.linked is not None
                reason = None if ok else ("no place" if not first else "wrong place")
            else:
                counts["unlocated"] += 1
                src["unlocated"] += 1
                ok = not first
                counts["unlocated_hit"] += ok
                src["unlocated_hit"] += ok
                counts["e2e_unlocated_hit"] += not d.e2e
                counts["linked_unlocated_hit"] += not d.linked
                reason = None if ok else "invented"
            if reason and len(misses[reason]) < samples:
                misses[reason].append({"id": s.id, "verb": s.text[s.verb[0]:s.verb[1]],
                                       "gold": [s.text[a:b] for a, b in s.gold],
                                       "got": [s.text[a:b] for a, b in d.places], "how": d.how})
        done += len(chunk)
        if progress:
            progress(done)
    return {
        "sentences": len(sentences),
        "located": {"n": counts["located"], "hit": counts["located_hit"],
                    "share": _share(counts["located_hit"], counts["located"]),
                    # the geoparser's ceiling: the gold place is among the sentence's toponyms
                    "reachable": counts["reachable"],
                    "share_of_reachable": _share(counts["reachable_hit"], counts["reachable"])},
        "unlocated": {"n": counts["unlocated"], "hit": counts["unlocated_hit"],
                      "share": _share(counts["unlocated_hit"], counts["unlocated"])},
        "end_to_end": {"located_share": _share(counts["e2e_located_hit"], counts["located"]),
                       "located_with_event": counts["e2e_event"],
                       "unlocated_share": _share(counts["e2e_unlocated_hit"], counts["unlocated"]),
                       # the trigger is the verb or its neighbour in the parse (light verb, ', killing ...')
                       "linked_located_share": _share(counts["linked_located_hit"], counts["located"]),
                       "linked_with_event": counts["linked_event"],
                       "linked_unlocated_share": _share(counts["linked_unlocated_hit"], counts["unlocated"])},
        "how": dict(hows.most_common()),
        "by_source": {k: {"located": _share(v["located_hit"], v["located"]),
                          "unlocated": _share(v["unlocated_hit"], v["unlocated"]),
                          "n": v["located"] + v["unlocated"]} for k, v in sorted(by_source.items())},
        "misses": misses,
        "seconds": round(time.perf_counter() - started, 1),
    }


__all__ = ["Decision", "LocatedSentence", "read_sentences", "score_event_location", "trigger_spans", "verb_events"]
