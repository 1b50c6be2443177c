"""Generates the bad-input corpus: hostile or broken records mixed with good ones.

Each case says what a user must see: "ok" (the record is read and processed) or "error"
(exactly one error line naming the record: file:line, feed#entry or the file). The test
(`test_bad_input_corpus.py`) runs the real `frontwatch ingest` and `extract` on it. The
cases are generated, not committed as blobs, so each one is readable here.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

GOOD = ("Government forces shelled the town of {town} on Monday, killing three civilians, a monitor said.",
        "Rebels captured {town} after two days of fighting with the army, according to local activists.",
        "An air strike hit a market in {town} on Tuesday, the civil defence reported.",
        "A car bomb exploded near a checkpoint in {town}, wounding several soldiers.",
        "Police arrested a dozen people in {town} during a night raid, residents said.",
        "Hundreds of people marched through {town} on Friday to demand the release of detainees.",
        "Gunmen kidnapped an aid worker on the road to {town}, his employer said in a statement.",
        "Troops defused a roadside bomb planted outside {town}, the ministry said.")
TOWNS = ["Douma", "Saraqib", "Maarat al-Numan", "Jisr al-Shughur", "Talbiseh", "Rastan", "Khan Shaykhun",
         "Kafr Nabl", "Ariha", "Darayya", "Zabadani", "Atarib", "Harim", "Salqin", "Binnish", "Taftanaz",
         "Tal Rifaat", "Manbij", "Azaz", "Jarablus", "Qusayr", "Palmyra", "Deraa", "Busra", "Nawa", "Inkhil"]


@dataclass
class Case:
    name: str
    ref: str  # what the error line must name (path, path:line, feed#entry)
    expect: str  # "ok" | "error"


class _Towns:
    """A fresh town per good record, so no two good records are duplicates of each other."""

    def __init__(self) -> None:
        self.i = 0

    def text(self) -> str:
        town = TOWNS[self.i % len(TOWNS)]
        template = GOOD[self.i % len(GOOD)]
        self.i += 1
        return template.format(town=town)


def _jsonl_lines(towns: _Towns) -> list[tuple[str, bytes, str]]:
    """(name, raw line, expectation) of the JSONL cases, each one line."""
    good = lambda **kw: json.dumps({"text": towns.text(), **kw}).encode()  # noqa: E731
    deep = b"[" * 100_000 + b"]" * 100_000
    return [
        ("good first", good(published="2024-12-02"), "ok"),
        ("markup closing tag in a date", json.dumps({"text": "x", "published": "2024-[/]12"}).encode(), "error"),
        ("markup tags in a date", json.dumps({"text": "x", "published": "[red]x[/red]"}).encode(), "error"),
        ("markup in the title", good(title="Breaking [/] [bold]news[/bold]"), "ok"),
        ("deeply nested array", b'{"text": ' + deep + b"}", "error"),
        ("deeply nested value of a field", b'{"text": "a", "extra": ' + deep + b"}", "error"),
        ("year 9999 at -14:00", json.dumps({"text": "x", "published": "9999-12-31T23:59:59-14:00"}).encode(), "error"),
        ("year 1 at +14:00", json.dumps({"text": "x", "published": "0001-01-01T00:00:00+14:00"}).encode(), "error"),
        ("NUL byte", b'{"text": "Clashes\x00 today"}', "error"),
        ("a JSON array", b'["text", "x"]', "error"),
        ("a JSON number", b"42", "error"),
        ("a JSON string", b'"text"', "error"),
        ("null", b"null", "error"),
        ("no text", b'{"title": "t"}', "error"),
        ("empty text", b'{"text": "   "}', "error"),
        ("text a number", b'{"text": 5}', "error"),
        ("text a list", b'{"text": ["a", "b"]}', "error"),
        ("title a number", json.dumps({"text": "x", "title": 7}).encode(), "error"),
        ("id an object", json.dumps({"text": "x", "id": {"a": 1}}).encode(), "error"),
        ("truncated JSON", b'{"text": "Shelling in', "error"),
        ("invalid UTF-8", b'{"text": "caf\xe9 \xff"}', "error"),
        ("lone surrogate escape", b'{"text": "' + towns.text().encode() + b' \\ud800"}', "ok"),
        ("infinite id", b'{"text": "' + towns.text().encode() + b'", "id": 1e999}', "ok"),
        ("published a huge number", json.dumps({"text": "x", "published": 1e308}).encode(), "error"),
        ("published a list", json.dumps({"text": "x", "published": ["2024"]}).encode(), "error"),
        ("published 30 February", json.dumps({"text": "x", "published": "2024-02-30"}).encode(), "error"),
        ("published month 13", json.dumps({"text": "x", "published": "13/13/2024"}).encode(), "error"),
        ("published 0000-00-00", json.dumps({"text": "x", "published": "0000-00-00"}).encode(), "error"),
        ("a BOM in the middle (concatenated files)", b"\xef\xbb\xbf" + good(), "ok"),
        ("escape and bell characters", json.dumps({"text": towns.text() + " \x1b[31m\x07"}).encode(), "ok"),
        ("only Unicode spaces", json.dumps({"text": "\u2003\u00a0\u3000"}).encode(), "error"),
        ("duplicate keys", b'{"text": "a", "text": "' + towns.text().encode() + b'"}', "ok"),
        ("bidi override characters", json.dumps({"text": "\u202e" + towns.text() + "\u202c"}).encode(), "ok"),
        ("bogus language", good(language="xx-bogus"), "ok"),
        ("javascript URL", good(url="javascript:alert(1)"), "ok"),
        ("markup in the text", json.dumps({"text": towns.text() + " [/] [link=x]y[/link]"}).encode(), "ok"),
        ("NaN id", b'{"text": "' + towns.text().encode() + b'", "id": NaN}', "ok"),
        ("CRLF line ending", good() + b"\r", "ok"),
        ("an empty object", b"{}", "error"),
        ("good last", good(published="2024-12-03"), "ok"),
    ]


def _feed(towns: _Towns) -> tuple[bytes, list[tuple[str, str, str]]]:
    """An RSS file with hostile entries between good ones: (bytes, [(name, guid, expect)])."""
    nested = "<div>" * 2000 + "deep" + "</div>" * 2000
    entries = [
        ("good entry", "g1", towns.text(), "Mon, 02 Dec 2024 10:00:00 GMT", "ok"),
        ("markup in the guid", "x[/]y", towns.text(), "Mon, 02 Dec 2024 10:00:00 GMT", "ok"),
        ("year 9999 at -1400", "g9999", towns.text(), "Fri, 31 Dec 9999 23:59:59 -1400", "ok"),
        ("no content", "gempty", "", "Mon, 02 Dec 2024 10:00:00 GMT", "error"),
        ("garbage date", "ggarbage", towns.text(), "the day after yesterday [/]", "ok"),
        ("deeply nested HTML", "gnested", towns.text() + " " + nested, "Mon, 02 Dec 2024 10:00:00 GMT", "ok"),
        ("good last entry", "g2", towns.text(), "Tue, 03 Dec 2024 10:00:00 GMT", "ok"),
    ]
    items = "".join(
        f"<item><title>t [/] {n}</title><guid>{g}</guid><description><![CDATA[{d}]]></description>"
        f"<pubDate>{p}</pubDate></item>" for n, g, d, p, _ in entries)
    xml = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed [/]</title>{items}</channel></rss>'
    return xml.encode(), [(n, g, e) for n, g, _, _, e in entries]


def write_corpus(root: Path) -> list[Case]:
    """Write every case under `root`; return them in order (the inputs are `sorted(root.iterdir())`)."""
    towns = _Towns()
    cases: list[Case] = []
    lines = _jsonl_lines(towns)
    jsonl = root / "mixed.jsonl"
    jsonl.write_bytes(b"\n".join(raw for _, raw, _ in lines) + b"\n")
    cases += [Case(f"jsonl: {name}", f"{jsonl}:{i}", expect) for i, (name, _, expect) in enumerate(lines, 1)]

    data, entries = _feed(towns)
    feed = root / "feed.xml"
    feed.write_bytes(data)
    cases += [Case(f"feed: {name}", f"{feed}#{guid}", expect) for name, guid, expect in entries]

    def file(rel: str, content: bytes, expect: str, name: str, entry: str = "") -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        cases.append(Case(f"file: {name}", f"{path}{entry}", expect))

    file("dir[/]markup/a.txt", towns.text().encode(), "ok", "markup in a directory name")
    file("files/[red]name[/red].txt", towns.text().encode(), "ok", "markup in a file name")
    file("files/binary.txt", bytes(range(256)) * 8, "error", "binary bytes")
    file("files/empty.txt", b"", "error", "empty file")
    file("files/spaces.txt", b" \n\t\n ", "error", "whitespace only")
    file("files/utf16.txt", towns.text().encode("utf-16-le"), "error", "UTF-16 without a BOM")
    file("files/utf16-bom.txt", towns.text().encode("utf-16"), "ok", "UTF-16 with a BOM")
    file("files/latin1.txt", "Caf\u00e9 ".encode("latin-1") + towns.text().encode(), "error", "invalid UTF-8")
    file("files/nul.txt", towns.text().encode() + b"\x00 more", "error", "NUL inside a text file")
    file("files/notext.html", b"<html><body><script>x()</script></body></html>", "error", "HTML with no text")
    file("files/nested.html", b"<html><body>" + b"<div>" * 5000 + towns.text().encode() + b"</div>" * 5000
         + b"</body></html>", "error", "HTML nested 5,000 deep (past libxml2's depth limit: one clean line)")
    file("files/binary.jsonl", bytes(range(1, 32)) * 300, "error", "JSONL of control bytes")
    file("files/nul-first-line.jsonl", b'{"text": "a\x00b"}\n' + json.dumps({"text": towns.text()}).encode() + b"\n",
         "ok", "JSONL whose first line has a NUL (the second line is good)")
    cases.append(Case("file: first line of that JSONL", f"{root / 'files/nul-first-line.jsonl'}:1", "error"))
    file("files/xxe.xml", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
         b'<rss version="2.0"><channel><item><description>&x;</description></item></channel></rss>', "error",
         "XXE feed")
    file("files/laughs.xml", b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
         b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><item><description>&b;'
         b"</description></item></channel></rss>", "error", "billion laughs")
    file("files/nofeed.xml", b"<?xml version='1.0'?><note>hello</note>", "error", "XML that is no feed")
    file("files/emptyfeed.xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
         "error", "feed without entries")
    file("files/broken.xml", b"<rss><channel><item><title>unclosed", "error",
         "malformed feed (feedparser recovers one entry, which has no text)", entry="#1")
    file("files/newline\nname.txt", towns.text().encode(), "ok", "a newline in a file name")
    link = root / "links" / "passwd.txt"
    link.parent.mkdir()
    os.symlink("/etc/passwd", link)
    cases.append(Case("file: symlink to /etc/passwd in a directory", str(link), "error"))
    fifo = root / "fifo" / "pipe.txt"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    cases.append(Case("file: a FIFO", str(fifo), "error"))
    return cases


def extra_sources(root: Path) -> list[tuple[str, Case]]:
    """Sources named on the command line that are not files under `root`."""
    missing = str(root / "no-such-file.txt")
    return [(missing, Case("missing path", missing, "error")),
            ("ftp://example.org/feed.xml", Case("unsupported scheme", "ftp://example.org/feed.xml", "error"))]
