"""The store side of `ingest` at 100,000 articles, from the real FA-KES extractions.

Why: extraction runs at about 8 articles per CPU second here, so 100,000 articles cannot go
through the NLP in a bench run; repeating the 804 FA-KES articles would only time the duplicate
check (a repeat has the same content id). What ingest does around the NLP — read the JSONL,
clean, content id, duplicate and near-duplicate checks (MinHash), the per-article store
transaction with the near-check recheck, the derive stages every 30 s — is what grows with the
store, and it can be run at full size:

1. `record_extraction`: the real `run_ingest` over the FA-KES articles (NLP included), with the
   pipeline's output of each article kept (pickled, so later runs reuse it).
2. `synthetic_records`: N distinct articles made from them: copy k of base article b has every
   fourth lower-case word swapped for a same-length word of the corpus (chosen by a hash of k and
   the position), so its content id and MinHash signature are its own (no near-duplicate of
   another copy), with its own URL and its dates moved by 7·k days. Lengths are kept, so the
   base's offsets (sentences, mentions, toponyms, event evidence) hold in the copy.
3. `replay_chunk` stands in for the pipeline worker: it hands back the base article's
   extraction re-based onto the cleaned copy (texts re-sliced from the copy, event ids derived
   from the copy's id, dates moved). Everything else is `run_ingest` unchanged.

The NLP's own cost is measured separately (bench/throughput.py, bench/overhead.py).
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from frontwatch.model import Article, Event, ProcessedArticle, Toponym

_WORD = re.compile(r"\b[a-z]+\b")
EVERY = 4  # every 4th lower-case word of a copy is swapped: each word 5-shingle holds about one
DAYS_PER_COPY = 7
URL_BASE = "https://synthetic.invalid/fakes-copy/"  # .invalid: never a real address (RFC 2606)


def vocabulary(texts: Iterable[str]) -> dict[int, list[str]]:
    """Lower-case words of the corpus by length (sorted: the same vocabulary on every run)."""
    by_len: dict[int, set[str]] = defaultdict(set)
    for text in texts:
        for word in _WORD.findall(text):
            by_len[len(word)].add(word)
    return {n: sorted(words) for n, words in by_len.items()}


def vary_text(text: str, copy: int, vocab: dict[int, list[str]]) -> str:
    """`text` with every EVERY-th lower-case word replaced by a same-length corpus word picked by a
    hash of (copy, position): same length, so every offset into `text` holds in the result."""
    out = list(text)
    for n, m in enumerate(_WORD.finditer(text)):
        if n % EVERY != copy % EVERY:
            continue
        choices = vocab.get(len(m.group()))
        if not choices:
            continue
        h = int.from_bytes(hashlib.blake2b(f"{copy}:{m.start()}".encode(), digest_size=8).digest(), "little")
        out[m.start():m.end()] = choices[h % len(choices)]
    return "".join(out)


def _shift(iso: str | None, days: int) -> str | None:
    if not iso or days == 0:
        return iso
    try:
        if len(iso) == 10:
            return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()
        if len(iso) == 7:  # a month: moved by whole months' worth of days, kept a month
            return (date.fromisoformat(iso + "-15") + timedelta(days=days)).isoformat()[:7]
    except ValueError:
        return iso
    return iso


ORDERS = ("archive", "feed")  # arrival orders of the copies: see `arrival_order`


def _published(bases: list[ProcessedArticle], i: int) -> datetime | None:
    """Publication time of synthetic article i: its base's, moved 7 days per copy."""
    base, copy = bases[i % len(bases)].article, i // len(bases)
    return base.published + timedelta(days=DAYS_PER_COPY * copy) if base.published else None


def arrival_order(bases: list[ProcessedArticle], n: int, order: str = "archive") -> list[int]:
    """The indices 0..n-1 of the synthetic articles in the order ingest receives them.

    Why two orders: what the derive stages must redo depends on how old each batch is against
    the store. `archive` (i = 0, 1, …): copy 0 of every base in the corpus's order, then copy 1, …;
    each copy's dates span the whole corpus moved 7 days, so every batch is older than most of the
    store (an archive imported out of order, the adversarial case). `feed`: by publication time,
    as `watch` sees a live feed; an undated article arrives right after the article before it in
    archive order (ties keep archive order), so the order is a pure function of the inputs.
    """
    if order not in ORDERS:
        raise ValueError(f"unknown arrival order {order!r}: one of {ORDERS}")
    if order == "archive":
        return list(range(n))
    keys: list[float] = []
    last = float("-inf")
    for i in range(n):
        when = _published(bases, i)
        if when is not None:
            last = (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).timestamp()
        keys.append(last)
    return sorted(range(n), key=lambda i: (keys[i], i))


def synthetic_records(bases: list[ProcessedArticle], n: int, vocab: dict[int, list[str]],
                      order: str = "archive") -> Iterator[dict[str, Any]]:
    """N JSONL records (`frontwatch ingest` input): article i is copy k = i // len(bases) of base
    i % len(bases); they come in `arrival_order` (the same N articles whatever the order)."""
    for i in arrival_order(bases, n, order):
        base, copy = bases[i % len(bases)].article, i // len(bases)
        published = _published(bases, i)
        yield {"id": f"synthetic-{i:06d}", "url": f"{URL_BASE}{i:06d}", "title": base.title,
               "text": vary_text(base.text, copy, vocab), "outlet": base.outlet,
               "published": published.isoformat() if published else None}


def csv_published(value: str | None) -> str | None:
    """FA-KES's `date` column (month/day/year, e.g. "4/16/2017") as an ISO publication time (noon UTC),
    None when empty or unreadable.

    Why: without it every base article is published when the extraction ran, so its relative dates
    resolve against that moment and all 774 bases share one publication time: copies then arrive in
    publication order whatever `arrival_order` says. With it (`ingest_scale.py --dated`) the bases
    spread over 2011-2018 as the outlets published them, the corpus's own order is not date order
    (an archive), and `feed` is a live feed."""
    try:
        month, day, year = (int(x) for x in (value or "").strip().split("/"))
        return datetime(year, month, day, 12, tzinfo=timezone.utc).isoformat()
    except ValueError:
        return None


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps({k: v for k, v in rec.items() if v is not None}) + "\n")
            count += 1
    return count


def rebase(base: ProcessedArticle, article: Article, copy: int) -> ProcessedArticle:
    """The base article's extraction as the copy's: texts sliced from the copy, ids from its id."""
    text = article.text
    days = DAYS_PER_COPY * copy

    def top(t: Toponym | None) -> Toponym | None:
        return None if t is None else replace(t, text=text[t.start:t.end])

    def event(e: Event) -> Event:
        eid = hashlib.sha1(f"{article.id}:{e.id}".encode()).hexdigest()[:16]
        return replace(e, id=eid, article_id=article.id, evidence_text=text[e.evidence_start:e.evidence_end],
                       location=top(e.location), date=_shift(e.date, days))

    return ProcessedArticle(
        article=article,
        sentences=[replace(s, text=text[s.start:s.end]) for s in base.sentences],
        mentions=[replace(m, text=text[m.start:m.end]) for m in base.mentions],
        toponyms=[top(t) for t in base.toponyms],
        events=[event(e) for e in base.events])


# What replay_chunk replays: the bases and the number of copies, set by `install_replay`. A copy's
# base and copy number follow from the index in its URL, so no table of N entries is held.
_REPLAY: dict[str, Any] = {"bases": [], "n": 0}
REPLAY_STATS = {"rebased": 0, "length_mismatch": 0, "unknown": 0}


def install_replay(bases: list[ProcessedArticle], n: int) -> None:
    _REPLAY.update(bases=bases, n=n)
    for key in REPLAY_STATS:
        REPLAY_STATS[key] = 0


def _replayed(url: str) -> tuple[ProcessedArticle, int] | None:
    """(base extraction, copy number) of synthetic article `url`, None for any other URL."""
    bases, n = _REPLAY["bases"], _REPLAY["n"]
    tail = url[len(URL_BASE):] if url.startswith(URL_BASE) else ""
    if not tail.isdigit() or int(tail) >= n or not bases:
        return None
    i = int(tail)
    return bases[i % len(bases)], i // len(bases)


def replay_chunk(articles: list[Article]) -> list[ProcessedArticle]:
    """Stands in for `worker.process_chunk`: each cleaned copy gets its base's extraction."""
    out = []
    for article in articles:
        found = _replayed(article.url or "")
        if found is None:
            REPLAY_STATS["unknown"] += 1
            out.append(ProcessedArticle(article))
            continue
        base, copy = found
        if len(article.text) != len(base.article.text):  # cleaning changed the copy: offsets would not hold
            REPLAY_STATS["length_mismatch"] += 1
        REPLAY_STATS["rebased"] += 1
        out.append(rebase(base, article, copy))
    return out


def no_pipeline(*_args: Any) -> None:
    """Stands in for `worker.init_process`: the replay needs no model."""


def record_extraction(jsonl: Path, db: Path, cache: Path) -> tuple[list[ProcessedArticle], dict]:
    """The real ingest of `jsonl` into `db`, keeping each article's pipeline output (cached in `cache`)."""
    if cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)
    import time

    from frontwatch import worker
    from frontwatch.runner import SourceOptions, run_ingest

    kept: list[ProcessedArticle] = []
    real = worker.process_chunk

    def recording(articles: list[Article]) -> list:
        results = real(articles)
        kept.extend(r for r in results if isinstance(r, ProcessedArticle))
        return results

    worker.process_chunk = recording
    try:
        t0 = time.perf_counter()
        stats = run_ingest([str(jsonl)], db, opts=SourceOptions(keep_non_english=False), workers=1,
                           on_error=lambda m: None, in_process=True)  # `recording` sees the pipeline here
        seconds = time.perf_counter() - t0
    finally:
        worker.process_chunk = real
    info = {"articles_stored": stats.stored, "events": stats.events, "seconds": round(seconds, 1),
            "articles_per_s": round(stats.stored / seconds, 2), "extracted": len(kept),
            "when": datetime.now().isoformat(timespec="seconds")}
    with cache.open("wb") as fh:
        pickle.dump((kept, info), fh)
    return kept, info
