"""Local files: directory walk, kind detection, safe reading and decoding, text and JSONL articles.

Every check here exists so that one odd file in a folder of thousands gives one clear
error line instead of a crash, a hang (a device file, a 50 GB dump read into memory)
or garbage articles (a PDF decoded as Latin-1).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from frontwatch.ingest.published import (
    DateOrder,
    ambiguous_day_month,
    day_month_evidence,
    parse_date,
    resolve_published,
)
from frontwatch.model import IngestError, RawArticle

EXTENSION_KINDS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
SNIFF_BYTES = 4096
TITLE_MAX_CHARS = 200
# Share of control bytes (other than tab, newlines, form feed, escape) above which a
# file is not text. Real text has essentially none; random binary has about 12 %.
BINARY_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_FIRST_TAG = re.compile(rb"<([A-Za-z][\w:.-]*)")
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_FEED_ROOTS = {b"rss", b"feed", b"rdf:rdf", b"rdf"}
_HTML_ROOTS = {b"html", b"head", b"body"}


class ReadError(Exception):
    """A file that cannot be read as an article; the message is the one-line reason."""


# ----------------------------------------------------------------------------- walking


def walk(root: Path, follow_symlinks: bool = False) -> Iterator[Path | IngestError]:
    """Regular files under `root`, recursively, in name order; hidden entries skipped.

    Symlinked directories are never followed (a link back up would loop forever);
    symlinked files only with `follow_symlinks` (else one error line each).
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield IngestError(str(root), f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from walk(path, follow_symlinks)
        elif entry.is_symlink() and not follow_symlinks:
            yield IngestError(str(path), "symbolic link not followed (--follow-symlinks reads links to files)")
        else:
            yield path


# ----------------------------------------------------------------------------- kinds


def sniff_kind(head: bytes) -> str | None:
    """Kind from the first bytes: "feed", "html", "jsonl", or None when nothing is recognised."""
    for bom, _ in _BOMS:
        if head.startswith(bom):
            if bom != codecs.BOM_UTF8:  # UTF-16/32 markup: decode enough to look at the root
                try:
                    head = head.decode(_bom_codec(head), errors="ignore").encode("utf-8")
                except LookupError:
                    return None
            else:
                head = head[len(bom):]
            break
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        first_line = stripped.split(b"\n", 1)[0]
        try:
            return "jsonl" if isinstance(json.loads(first_line), dict) else None
        except ValueError:
            return None
    if not stripped.startswith(b"<"):
        return None
    body = _COMMENT.sub(b"", stripped)
    if re.match(rb"<!doctype\s+html", body, re.I):
        return "html"
    match = _FIRST_TAG.search(body)
    if match is None:
        return None
    root = match.group(1).lower()
    if root in _FEED_ROOTS:
        return "feed"
    if root in _HTML_ROOTS:
        return "html"
    return None


def detect_kind(path: Path, head: bytes) -> str:
    """Extension first (it is the user's statement), then content sniffing, else plain text."""
    return EXTENSION_KINDS.get(path.suffix.lower()) or sniff_kind(head) or "text"


# ----------------------------------------------------------------------------- reading


def file_mtime(st: os.stat_result) -> datetime:
    return datetime.fromtimestamp(st.st_mtime, tz=timezone.utc)


def stat_regular(path: Path) -> os.stat_result:
    """stat() that refuses what is not a regular file (devices and FIFOs would block or never end)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ReadError("no such file or directory") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise ReadError("not a regular file")
    return st


def read_capped(path: Path, st: os.stat_result, max_bytes: int) -> bytes:
    """The whole file, refusing before reading anything when it is larger than `max_bytes`."""
    if st.st_size > max_bytes:
        raise ReadError(
            f"file is {st.st_size} bytes, larger than max_bytes={max_bytes} (raise --max-bytes to read it)"
        )
    if st.st_size == 0:
        raise ReadError("empty file")
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ReadError(f"file is larger than max_bytes={max_bytes} (raise --max-bytes to read it)")
    if not data:
        raise ReadError("empty file")
    return data


def _bom_codec(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _wide_encoding(encoding: str) -> bool:
    """UTF-16/32 and friends legitimately contain NUL bytes."""
    try:
        return b"\x00" in "a".encode(encoding)
    except (LookupError, UnicodeError):
        return False


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a noticeable share of control bytes in the first few KB."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 0x20 and b not in _TEXT_CONTROLS)
    return controls > len(sample) * BINARY_CONTROL_SHARE


def ensure_not_binary(data: bytes, encoding: str | None = None) -> None:
    """Refuse binary content (unless a UTF-16/32 BOM or encoding explains the NUL bytes)."""
    wide = _bom_codec(data) in ("utf-16", "utf-32") or (encoding is not None and _wide_encoding(encoding))
    if not wide and looks_binary(data):
        guess = utf16_without_bom(data)
        hint = f"; it looks like {guess} without a byte-order mark: try --encoding {guess}" if guess else ""
        raise ReadError(f"binary file (NUL or control bytes), not text{hint}")


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit at every other position of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    odd, even = sample[1::2], sample[0::2]
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.9 * len(zeros) and other.count(0) < 0.1 * len(other):
            return name
    return None


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """Bytes → str: the given encoding, else a BOM's, else strict UTF-8 (with a pointed error)."""
    ensure_not_binary(data, encoding)
    bom_codec = _bom_codec(data)
    if encoding:
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except LookupError:
            raise ReadError(f"unknown encoding '{encoding}'") from None
        except UnicodeDecodeError as exc:
            raise ReadError(f"cannot decode as {encoding} at byte {exc.start}: {exc.reason}") from None
    codec = bom_codec or "utf-8"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        raise ReadError(
            f"invalid {codec.upper().removesuffix('-SIG')} at byte {exc.start} (0x{bad}); "
            "pass --encoding (e.g. --encoding cp1252) if the file uses another encoding"
        ) from None


# ----------------------------------------------------------------------------- text


def split_title(text: str) -> str | None:
    """The first non-empty line, if it reads like a headline: short and followed by a blank line.

    A line ending like a sentence is the start of the body, not a headline. Markdown
    heading marks are dropped from the title (the text itself is kept whole).
    """
    lines = text.splitlines()
    i = next((n for n, line in enumerate(lines) if line.strip()), None)
    if i is None or i + 1 >= len(lines) or lines[i + 1].strip():
        return None
    if not any(line.strip() for line in lines[i + 2:]):
        return None  # a single paragraph: that is the article, not its title
    title = lines[i].strip().lstrip("#").strip()
    if not title or len(title) > TITLE_MAX_CHARS or title[-1] in ".,;":
        return None
    return title


def text_article(
    text: str, source_ref: str, *, published: datetime | None, outlet: str | None,
    fallback_date: datetime | None, kind: str = "text", url: str | None = None, date_order: DateOrder | None = None,
) -> RawArticle:
    """A plain-text article; its date from a dateline, else the option, else the fallback (file time).

    `date_order` reads an ambiguous numeric dateline (07/12/2024); see ingest/date_order.py.
    """
    when, origin = resolve_published(dateline(text, date_order), published, fallback_date)
    return RawArticle(
        text=text, source_ref=source_ref, kind=kind, title=split_title(text), url=url,
        outlet=outlet, published=when, published_from=origin,
    )


# A dateline: a date alone at the start of the text or of its first lines, optionally
# after a weekday and before the headline ("Wed 05 Apr 2017 Syria attack ...",
# "13-12-2014 - Aleppo", "December 7, 2024 |"). Only complete dates (day, month, year).
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATELINE = re.compile(
    rf"^\s*{_WEEKDAY}(\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{4}}[/.]\d{{1,2}}[/.]\d{{1,2}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})\b",
    re.I | re.M)
DATELINE_LINES = 3


def dateline(text: str, date_order: DateOrder | None = None) -> datetime | None:
    """The publication date a text states in its first lines, or None (never a guess: an ambiguous
    07/12/2024 is read only with a `date_order`)."""
    head = "\n".join(text.lstrip().splitlines()[:DATELINE_LINES])
    for match in _DATELINE.finditer(head):
        found = parse_date(match.group(1), date_order=date_order)
        if found is not None:
            return found
    return None


# ----------------------------------------------------------------------------- JSONL

_JSONL_STR_FIELDS = ("url", "title", "outlet", "language")
JSONL_NUMERIC_DATE = re.compile(rb'"published"\s*:\s*"\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})')


def jsonl_date_order(path: Path, max_bytes: int) -> DateOrder | None:
    """The day/month order a JSONL file's own dates prove, if they agree.

    One file almost always comes from one exporter with one convention, so 8/21/2013 on
    one line settles what 5/6/2017 means on another. Conflicting or no evidence → None
    (ambiguous dates stay unread). A byte scan, no JSON parsing: it runs only once an
    ambiguous date is met, and must stay cheap on large files.
    """
    seen: set[DateOrder] = set()
    with path.open("rb") as fh:
        while line := fh.readline(max_bytes + 1):
            for match in JSONL_NUMERIC_DATE.finditer(line):
                order = day_month_evidence(match.group(1).decode("ascii"))
                if order:
                    seen.add(order)
            if len(seen) > 1:
                return None
    return seen.pop() if seen else None


def jsonl_record(
    obj: Any, ref: str, *, published: datetime | None, outlet: str | None, fallback_date: datetime | None,
    date_order: Callable[[], DateOrder | None],
) -> RawArticle:
    if not isinstance(obj, dict):
        raise ReadError(f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError("missing or empty 'text'")
    fields: dict[str, str | None] = {}
    for key in _JSONL_STR_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise ReadError(f"'{key}' must be a string, got {type(value).__name__}")
        fields[key] = (value.strip() or None) if isinstance(value, str) else None
    raw_id = obj.get("id")
    if isinstance(raw_id, (dict, list)):
        raise ReadError(f"'id' must be a string or number, got {type(raw_id).__name__}")
    meta_date = None
    if obj.get("published") not in (None, ""):
        value = obj["published"]
        ambiguous = isinstance(value, str) and ambiguous_day_month(value)
        meta_date = parse_date(value, date_order=date_order() if ambiguous else None)
        if meta_date is None:  # a wrong date would shift every event; say so rather than guess
            why = ("ambiguous day/month (no --date-order given and no unambiguous date in the file settles "
                   "the order)" if ambiguous else "unreadable or out-of-range")
            raise ReadError(f"{why} 'published' {value!r}; use ISO 8601, e.g. 2024-03-05T14:30:00Z"
                            + (", or pass --date-order DMY|MDY" if ambiguous else ""))
    when, origin = resolve_published(meta_date, published, fallback_date)
    return RawArticle(
        text=text, source_ref=ref, kind="jsonl", title=fields["title"], url=fields["url"],
        outlet=fields["outlet"] or outlet, published=when, published_from=origin,
        language=fields["language"], external_id=None if raw_id is None else str(raw_id),
    )


def _jsonl_line(
    line: bytes, ref: str, *, encoding: str | None, wide: bool, published: datetime | None, outlet: str | None,
    fallback_date: datetime | None, date_order: Callable[[], DateOrder | None],
) -> RawArticle | IngestError:
    """One JSONL line → an article, or the one error that costs only this line.

    Any exception is caught here, not only the expected ones: a deeply nested array raises
    RecursionError inside `json.loads`, an extreme date OverflowError, and either used to
    end the whole file.
    """
    if b"\x00" in line and not wide:
        return IngestError(ref, "NUL byte in the line (binary data), not a JSON record")
    try:
        obj = json.loads(decode_text(line, encoding))
        return jsonl_record(obj, ref, published=published, outlet=outlet, fallback_date=fallback_date,
                             date_order=date_order)
    except ReadError as exc:
        return IngestError(ref, str(exc))
    except RecursionError:
        return IngestError(ref, "invalid JSON: nested too deeply")
    except ValueError as exc:  # json.JSONDecodeError
        return IngestError(ref, f"invalid JSON: {exc}")
    except Exception as exc:  # an exotic record must cost one line, never the rest of the file
        return IngestError(ref, f"unreadable record: {type(exc).__name__}: {exc}")


def iter_jsonl(
    path: Path, st: os.stat_result, *, published: datetime | None, outlet: str | None,
    encoding: str | None, max_bytes: int, date_order: DateOrder | None = None,
) -> Iterator[RawArticle | IngestError]:
    """One article per line, streamed, so a corpus file of any size never sits in memory.

    `max_bytes` therefore bounds each line (one article), not the whole file. An ambiguous
    'published' is read in `date_order` (the option or locale), else in the order the file's
    own dates prove (ingest/date_order.py), else refused.
    """
    if st.st_size == 0:
        yield IngestError(str(path), "empty file")
        return
    fallback = file_mtime(st)
    order_cache: list[DateOrder | None] = []

    def file_order() -> DateOrder | None:
        if date_order is not None:
            return date_order
        if not order_cache:
            order_cache.append(jsonl_date_order(path, max_bytes))
        return order_cache[0]

    records = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield IngestError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    wide = encoding is not None and _wide_encoding(encoding)
    with fh:
        # A file of control bytes is not JSON lines at all; a stray NUL costs only its line (below).
        if looks_binary(fh.read(8192).replace(b"\x00", b"")):
            yield IngestError(str(path), "binary file (control bytes), not JSON lines")
            return
        fh.seek(0)
        lineno = 0
        while True:
            line = fh.readline(max_bytes + 1)
            if not line:
                break
            lineno += 1
            ref = f"{path}:{lineno}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # skip the remainder of the oversized line in bounded pieces
                yield IngestError(ref, f"line longer than max_bytes={max_bytes}; skipped")
                continue
            if lineno == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line.strip():
                continue
            records += 1
            yield _jsonl_line(line, ref, encoding=encoding, wide=wide, published=published, outlet=outlet,
                              fallback_date=fallback, date_order=file_order)
    if records == 0:
        yield IngestError(str(path), "file contains only whitespace")
