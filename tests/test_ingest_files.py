"""Ingest from local files: each source kind, directory walks and publication-date precedence."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from frontwatch.ingest import iter_sources
from frontwatch.ingest.feeds import html_to_text
from frontwatch.ingest.files import sniff_kind, split_title
from frontwatch.ingest.published import parse_date, resolve_published
from frontwatch.model import IngestError, RawArticle

UTC = timezone.utc
MTIME = datetime(2023, 6, 1, 12, 0, tzinfo=UTC)
OPTION = datetime(2024, 1, 2, 3, 4, tzinfo=UTC)

BODY = (
    "Shelling hit the eastern town overnight, local officials said on Sunday.\n\n"
    "Three houses were destroyed and two people were wounded, the regional administration said.\n"
)

HTML_PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Drone strike hits fuel depot | Frontline Daily</title>
<meta property="og:title" content="Drone strike hits fuel depot">
<meta property="og:site_name" content="Frontline Daily">
<meta property="article:published_time" content="2024-03-05T14:30:00+02:00">
<link rel="canonical" href="https://frontline.example/news/depot">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Drone strike hits fuel depot</h1>
<p>A drone struck a fuel depot on the outskirts of the city early on Tuesday, starting a fire that
burned for several hours, the regional governor said in a statement on Telegram.</p>
<p>Firefighters contained the blaze by mid-morning. No casualties were reported, but residents of nearby
streets were told to keep their windows closed because of the smoke.</p>
<p>The military said air defences had shot down eleven of fourteen drones launched overnight.</p>
</article>
<footer>Copyright 2024 Frontline Daily. All rights reserved.</footer>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Conflict Wire</title><link>https://wire.example/</link><description>News</description>
<item>
  <title>Clashes reported near the border</title>
  <link>https://wire.example/a/1</link>
  <guid>wire-1</guid>
  <pubDate>Tue, 05 Mar 2024 14:30:00 +0200</pubDate>
  <description>&lt;p&gt;Clashes broke out near the border crossing on Tuesday.&lt;/p&gt;&lt;p&gt;Two soldiers were wounded.&lt;/p&gt;</description>
</item>
<item>
  <title>Aid convoy reaches the city</title>
  <link>https://wire.example/a/2</link>
  <description>A convoy of twenty trucks reached the besieged city.</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Front Notes</title>
  <id>urn:front-notes</id>
  <updated>2024-04-01T10:00:00Z</updated>
  <entry>
    <title type="html">Strike on &lt;b&gt;bridge&lt;/b&gt;</title>
    <id>urn:front-notes:7</id>
    <link href="https://notes.example/7"/>
    <updated>2024-04-01T09:15:00Z</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;A missile strike damaged the river bridge on Monday.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Traffic was halted.&lt;/li&gt;&lt;/ul&gt;</content>
  </entry>
</feed>
"""


def write(path: Path, content: str | bytes, mtime: datetime | None = MTIME) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    if mtime is not None:
        os.utime(path, (mtime.timestamp(), mtime.timestamp()))
    return path


def ingest(*sources: Path | str, **kwargs) -> list[RawArticle | IngestError]:
    return list(iter_sources([str(s) for s in sources], **kwargs))


def only_article(items: list) -> RawArticle:
    assert len(items) == 1 and isinstance(items[0], RawArticle), items
    return items[0]


# ----------------------------------------------------------------------------- text


def test_seed_article_is_one_text_article(seed_path: Path, seed_text: str) -> None:
    art = only_article(ingest(seed_path))
    assert art.kind == "text"
    assert art.text == seed_text  # kept whole, title line included
    assert art.title == seed_text.splitlines()[0].strip()
    assert art.source_ref == str(seed_path)
    assert art.published_from == "file_mtime" and art.published.tzinfo is not None


def test_text_file_title_and_mtime(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Town shelled overnight\n\n" + BODY)
    art = only_article(ingest(path))
    assert art.title == "Town shelled overnight"
    assert art.text.startswith("Town shelled overnight\n\n")
    assert (art.published, art.published_from) == (MTIME, "file_mtime")
    assert art.outlet is None and art.external_id is None


def test_markdown_heading_title(tmp_path: Path) -> None:
    art = only_article(ingest(write(tmp_path / "a.md", "# Town shelled overnight\n\n" + BODY)))
    assert art.title == "Town shelled overnight"
    assert art.text.startswith("# Town")


@pytest.mark.parametrize(
    "text, title",
    [
        ("Headline here\n\nBody paragraph one.\n", "Headline here"),
        ("\n\n  Headline here  \n\nBody.\n", "Headline here"),
        ("Headline here\nBody continues straight away.\n", None),  # no blank line after it
        ("The army said it shelled the town.\n\nMore text.\n", None),  # reads like a sentence
        ("x" * 300 + "\n\nBody.\n", None),  # too long for a headline
        ("Only one paragraph\n\n", None),
    ],
)
def test_split_title(text: str, title: str | None) -> None:
    assert split_title(text) == title


def test_utf8_bom_and_encoding_option(tmp_path: Path) -> None:
    bom = only_article(ingest(write(tmp_path / "bom.txt", b"\xef\xbb\xbfKyiv\n\nCaf\xc3\xa9 hit.\n")))
    assert bom.text.startswith("Kyiv") and "Café" in bom.text
    cp = only_article(ingest(write(tmp_path / "cp.txt", "Café hit by shell.\n".encode("cp1252")), encoding="cp1252"))
    assert cp.text == "Café hit by shell.\n"
    wide = only_article(ingest(write(tmp_path / "w.txt", "Café hit by shell.\n".encode("utf-16"))))
    assert wide.text == "Café hit by shell.\n"


def test_outlet_option_applies_to_text(tmp_path: Path) -> None:
    art = only_article(ingest(write(tmp_path / "a.txt", BODY), outlet="Local Radio"))
    assert art.outlet == "Local Radio"


# ----------------------------------------------------------------------------- JSONL


def test_jsonl_records(tmp_path: Path) -> None:
    lines = [
        {"id": 17, "url": "https://x.example/1", "title": "T1", "text": BODY, "published": "2024-02-03T04:05:06Z",
         "outlet": "X News", "language": "en", "extra": {"ignored": True}},
        {"text": "Second article text about a ceasefire."},
        {"id": "abc", "text": "Third.", "published": "Sat, 03 Feb 2024 10:00:00 +0100"},
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    items = ingest(path, outlet="Fallback Outlet")
    assert all(isinstance(i, RawArticle) for i in items) and len(items) == 3
    first, second, third = items
    assert first.kind == "jsonl" and first.external_id == "17" and first.source_ref == f"{path}:1"
    assert (first.url, first.title, first.outlet, first.language) == ("https://x.example/1", "T1", "X News", "en")
    assert (first.published, first.published_from) == (datetime(2024, 2, 3, 4, 5, 6, tzinfo=UTC), "metadata")
    assert second.source_ref == f"{path}:2" and second.external_id is None
    assert second.outlet == "Fallback Outlet" and second.published_from == "file_mtime"
    assert third.published == datetime(2024, 2, 3, 9, 0, tzinfo=UTC) and third.external_id == "abc"


@pytest.mark.parametrize(
    "settling, expected",
    [("8/21/2013", datetime(2017, 5, 6, tzinfo=UTC)), ("21/8/2013", datetime(2017, 6, 5, tzinfo=UTC))],
)
def test_jsonl_day_month_order_settled_by_the_file(tmp_path: Path, settling: str, expected: datetime) -> None:
    lines = [{"text": "Ambiguous alone.", "published": "5/6/2017"}, {"text": "Settles it.", "published": settling}]
    path = write(tmp_path / "us.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    first, _ = ingest(path)
    assert isinstance(first, RawArticle) and (first.published, first.published_from) == (expected, "metadata")
    both = write(tmp_path / "mixed.jsonl", "\n".join(json.dumps({"text": "x", "published": d})
                                                      for d in ("5/6/2017", "8/21/2013", "21/8/2013")) + "\n")
    assert isinstance(ingest(both)[0], IngestError)  # conflicting evidence: still not guessed


def test_ndjson_extension_and_sniffed_jsonl(tmp_path: Path) -> None:
    a = write(tmp_path / "a.ndjson", json.dumps({"text": "One."}) + "\n")
    b = write(tmp_path / "dump.data", json.dumps({"text": "Two."}) + "\n")
    assert [i.kind for i in ingest(a, b)] == ["jsonl", "jsonl"]


# ----------------------------------------------------------------------------- HTML


def test_html_file(tmp_path: Path) -> None:
    art = only_article(ingest(write(tmp_path / "page.html", HTML_PAGE), outlet="Ignored Outlet"))
    assert art.kind == "html"
    assert "fuel depot on the outskirts" in art.text and "eleven of fourteen" in art.text
    assert "Sport" not in art.text and "All rights reserved" not in art.text
    assert art.title == "Drone strike hits fuel depot"
    assert art.outlet == "Frontline Daily"  # metadata beats the option
    assert art.url == "https://frontline.example/news/depot"
    assert (art.published, art.published_from) == (datetime(2024, 3, 5, 12, 30, tzinfo=UTC), "metadata")


# ----------------------------------------------------------------------------- feeds


def test_rss_file(tmp_path: Path) -> None:
    path = write(tmp_path / "wire.rss", RSS)
    first, second = ingest(path, outlet="Ignored", published=OPTION)
    assert first.kind == "feed" and first.outlet == "Conflict Wire"
    assert first.source_ref == f"{path}#wire-1" and first.url == "https://wire.example/a/1"
    assert first.title == "Clashes reported near the border"
    assert first.text == "Clashes broke out near the border crossing on Tuesday.\n\nTwo soldiers were wounded."
    assert (first.published, first.published_from) == (datetime(2024, 3, 5, 12, 30, tzinfo=UTC), "metadata")
    # no id: the link names the entry; a short summary is kept as is (the link is not fetched)
    assert second.source_ref == f"{path}#https://wire.example/a/2"
    assert second.text == "A convoy of twenty trucks reached the besieged city."
    assert (second.published, second.published_from) == (OPTION, "option")


def test_atom_file_prefers_full_content(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.atom", ATOM)
    art = only_article(ingest(path))
    assert art.outlet == "Front Notes" and art.title == "Strike on bridge"
    assert art.text == "A missile strike damaged the river bridge on Monday.\n\nTraffic was halted."
    assert art.source_ref == f"{path}#urn:front-notes:7" and art.url == "https://notes.example/7"
    assert art.published == datetime(2024, 4, 1, 9, 15, tzinfo=UTC)


def test_feed_sniffed_without_extension(tmp_path: Path) -> None:
    items = ingest(write(tmp_path / "feed", RSS))
    assert [i.kind for i in items] == ["feed", "feed"]


def test_html_to_text_blocks() -> None:
    assert html_to_text("<p>One <b>two</b></p><p>Three<br>four</p><script>x()</script>") == "One two\n\nThree\nfour"
    assert html_to_text("plain &amp; simple") == "plain &amp; simple"  # not HTML: left alone


@pytest.mark.parametrize(
    "head, kind",
    [
        (b'<?xml version="1.0"?>\n<!-- c --><rss version="2.0">', "feed"),
        (b'\xef\xbb\xbf<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<rdf:RDF xmlns:rdf='x'>", "feed"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"  <html lang='en'>", "html"),
        (b'{"text": "x"}\n', "jsonl"),
        (b'{\n  "pretty": "json"\n}', None),
        (b"Plain words.", None),
    ],
)
def test_sniff_kind(head: bytes, kind: str | None) -> None:
    assert sniff_kind(head) == kind


# ----------------------------------------------------------------------------- directories


def test_directory_recursion_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "Second file.\n")
    write(root / "a.txt", "First file.\n")
    write(root / "sub" / "c.html", HTML_PAGE)
    write(root / "sub" / "deeper" / "d.jsonl", json.dumps({"text": "Deep record."}) + "\n")
    write(root / ".hidden.txt", "secret\n")
    write(root / ".git" / "e.txt", "not an article\n")
    items = ingest(root)
    assert all(isinstance(i, RawArticle) for i in items), items
    assert [i.source_ref for i in items] == [
        str(root / "a.txt"), str(root / "b.txt"), str(root / "sub" / "c.html"),
        f"{root / 'sub' / 'deeper' / 'd.jsonl'}:1",
    ]
    assert ingest(root) == items  # deterministic


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    [err] = ingest(tmp_path / "empty")
    assert isinstance(err, IngestError) and "no (non-hidden) files" in err.message


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-05T14:30:00+02:00", datetime(2024, 3, 5, 12, 30, tzinfo=UTC)),
        ("2024-03-05T14:30:00Z", datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),
        ("2024-03-05T14:30:00+0200", datetime(2024, 3, 5, 12, 30, tzinfo=UTC)),
        ("2024-03-05 14:30", datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),  # naive → UTC
        ("2024-03-05", datetime(2024, 3, 5, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 14:30:00 GMT", datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 14:30:00 -0500", datetime(2024, 3, 5, 19, 30, tzinfo=UTC)),
        (datetime(2024, 3, 5, 14, 30), datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),
        ("December 7, 2024 10:30 EST", datetime(2024, 12, 7, 15, 30, tzinfo=UTC)),  # written-out dates
        ("7 December 2024", datetime(2024, 12, 7, tzinfo=UTC)),
        ("8/21/2013", datetime(2013, 8, 21, tzinfo=UTC)),  # numeric, but only one reading is possible
        ("21.08.2013", datetime(2013, 8, 21, tzinfo=UTC)),
        ("4/4/2017", datetime(2017, 4, 4, tzinfo=UTC)),
        ("5/6/2017", None),  # 5 June or May 6: never guessed
        ("May", None),
        ("Tuesday", None),
        ("2 hours ago", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value, expected) -> None:
    assert parse_date(value) == expected


def test_resolve_published_precedence() -> None:
    meta, opt, fb = OPTION - timedelta(days=1), OPTION, MTIME
    assert resolve_published(meta, opt, fb) == (meta, "metadata")
    assert resolve_published(None, opt, fb) == (opt, "option")
    assert resolve_published(None, None, fb) == (fb, "file_mtime")
    assert resolve_published(None, None, None) == (None, "unknown")
    naive = datetime(2024, 1, 1, 5)
    assert resolve_published(None, naive, None)[0] == datetime(2024, 1, 1, 5, tzinfo=UTC)


def test_published_precedence_end_to_end(tmp_path: Path) -> None:
    text = write(tmp_path / "t.txt", BODY)
    page = write(tmp_path / "p.html", HTML_PAGE)
    rec = write(tmp_path / "r.jsonl", json.dumps({"text": "x", "published": "2020-01-01"}) + "\n")
    with_option = ingest(text, page, rec, published=OPTION)
    assert [(i.published, i.published_from) for i in with_option] == [
        (OPTION, "option"),  # no metadata: the option beats the mtime
        (datetime(2024, 3, 5, 12, 30, tzinfo=UTC), "metadata"),
        (datetime(2020, 1, 1, tzinfo=UTC), "metadata"),
    ]
    without = ingest(text)
    assert (without[0].published, without[0].published_from) == (MTIME, "file_mtime")
