"""Progress for long jobs: a rich bar with articles/s and ETA, and a cheap count of the input.

An ETA needs a total. Counting articles exactly would mean reading and parsing every
source twice, so `estimate_items` counts what is cheap and certain — one item per text
or HTML file, one per non-blank line of a JSONL file — and gives up (None: a bar
without ETA) when a source is a URL or a feed, whose entries are only known once fetched
and parsed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Optional

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

_BLOCK = 1 << 20


def job_progress(console: Console, *, enabled: bool) -> Progress:
    """Bar · done/total · articles/s · elapsed · ETA (the rate field is filled by `rate_text`)."""
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
                    TimeRemainingColumn(), console=console, transient=False, disable=not enabled)


def rate_text(done: int, elapsed: Optional[float]) -> str:
    return f"{done / elapsed:.1f} art/s" if elapsed else ""


def estimate_items(sources: Sequence[str]) -> Optional[int]:
    """How many items (articles or read errors) reading `sources` gives, or None if unknown cheaply."""
    from frontwatch.ingest.files import walk

    total = 0
    for source in sources:
        if "://" in source:
            return None
        path = Path(source)
        files = [p if isinstance(p, Path) else None for p in walk(path)] if path.is_dir() else [path]
        if not files:
            total += 1  # an empty directory is one error item
        for file in files:
            n = 1 if file is None else _count_file(file)  # None from walk: an unlistable directory
            if n is None:
                return None
            total += n
    return total


def _count_file(path: Path) -> Optional[int]:
    from frontwatch.ingest.files import SNIFF_BYTES, detect_kind

    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
            kind = detect_kind(path, head)
            if kind == "feed":
                return None
            if kind != "jsonl":
                return 1
            fh.seek(0)
            return max(1, _non_blank_lines(fh))
    except OSError:
        return 1  # unreadable: one error item


def _non_blank_lines(fh) -> int:
    count, tail = 0, b""
    while block := fh.read(_BLOCK):
        lines = (tail + block).split(b"\n")
        tail = lines.pop()
        count += sum(1 for line in lines if line.strip())
    if tail.strip():
        count += 1
    return count
