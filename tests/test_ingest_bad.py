"""Bad input: each case gives one clear IngestError naming the input, and the batch goes on."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest

from frontwatch.ingest import iter_sources
from frontwatch.ingest.feeds import XML_BOMB_MESSAGE, xml_refusal
from frontwatch.model import IngestError, RawArticle

GOOD = "A shell hit the market on Monday, officials said.\n"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>x</title><description>&lol9;</description></item></channel></rss>
"""


def xxe_feed(target: Path) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{target}">]>
<rss version="2.0"><channel><title>t</title>
<item><title>x</title><description>&xxe;</description></item></channel></rss>
""".encode()


def ingest(*sources: Path | str, **kwargs) -> list[RawArticle | IngestError]:
    return list(iter_sources([str(s) for s in sources], **kwargs))


def one_error(path: Path | str, **kwargs) -> IngestError:
    items = ingest(path, **kwargs)
    assert len(items) == 1 and isinstance(items[0], IngestError), items
    assert items[0].source_ref == str(path)
    return items[0]


def test_nonexistent_path(tmp_path: Path) -> None:
    assert "no such file" in one_error(tmp_path / "missing.txt").message


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n  \n")
    (tmp_path / "blank.jsonl").write_text("\n  \n")
    assert one_error(tmp_path / "empty.txt").message == "empty file"
    assert "only whitespace" in one_error(tmp_path / "blank.txt").message
    assert "only whitespace" in one_error(tmp_path / "blank.jsonl").message


@pytest.mark.parametrize(
    "name, data",
    [
        ("nul.txt", b"PK\x03\x04\x14\x00\x00\x00 some zip-like bytes"),
        ("controls.txt", bytes(range(1, 32)) * 20 + b"a few letters"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR<html>"),
        ("blob.jsonl", bytes(range(1, 32)) * 20),
    ],
)
def test_binary_files(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    assert "binary file" in one_error(tmp_path / name).message


def test_a_nul_byte_costs_only_its_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "first"}\n\x00\x00\x00\x00\n{"text": "a\x00b"}\n{"text": "last"}\n')
    items = ingest(path)
    assert [i.text for i in items if isinstance(i, RawArticle)] == ["first", "last"]
    assert [i.source_ref for i in items if isinstance(i, IngestError)] == [f"{path}:2", f"{path}:3"]


def test_utf16_without_bom_suggests_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Rebels shelled the town.".encode("utf-16-le"))
    assert "--encoding utf-16-le" in one_error(path).message
    assert ingest(path, encoding="utf-16-le")[0].text.startswith("Rebels")


def test_symlinks_inside_a_directory_are_not_followed_unless_asked(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Rebels shelled the town.")
    (tmp_path / "in" / "passwd.txt").symlink_to("/etc/passwd")
    items = ingest(tmp_path / "in")
    assert [type(i).__name__ for i in items] == ["RawArticle", "IngestError"]
    assert "symbolic link not followed" in items[1].message
    assert all(isinstance(i, RawArticle) for i in ingest(tmp_path / "in", follow_symlinks=True))
    assert isinstance(ingest(tmp_path / "in" / "passwd.txt")[0], RawArticle)  # named by the user: read


def test_oversized_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(GOOD.encode())
        f.truncate(50 * 1024 * 1024)  # sparse: cheap on disk
    tracemalloc.start()
    try:
        err = one_error(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "larger than max_bytes=20000000" in err.message and "--max-bytes" in err.message
    assert peak < 1_000_000  # the 50 MB were never pulled into memory


def test_invalid_utf8_names_byte_and_suggests_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Kyiv café was shelled.\n".encode("cp1252"))
    err = one_error(path)
    assert "invalid UTF-8 at byte 8 (0xe9)" in err.message and "--encoding" in err.message
    art = ingest(path, encoding="cp1252")[0]
    assert isinstance(art, RawArticle) and "café" in art.text
    assert "unknown encoding" in one_error(path, encoding="no-such-codec").message


def test_broken_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><head><title>x</title><body><div><script>var a = 1;</script></div")
    assert "no article text" in one_error(path).message


def test_billion_laughs_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xml"
    path.write_bytes(BILLION_LAUGHS)
    assert one_error(path).message == XML_BOMB_MESSAGE


def test_external_entity_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET\n")
    path = tmp_path / "xxe.rss"
    path.write_bytes(xxe_feed(secret))
    assert one_error(path).message == XML_BOMB_MESSAGE


def test_entity_declaration_refused_even_in_malformed_xml() -> None:
    # not well-formed (so defusedxml cannot parse it), yet the declaration must still be refused
    broken = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><item>&a;</rss'
    assert xml_refusal(broken) == XML_BOMB_MESSAGE
    assert xml_refusal(BILLION_LAUGHS.decode().encode("utf-16")) == XML_BOMB_MESSAGE
    public_dtd = (b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
                  b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"></rss>')
    assert xml_refusal(public_dtd) is None  # an ordinary DOCTYPE is fine


def test_malformed_feed_without_entries(tmp_path: Path) -> None:
    path = tmp_path / "bad.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></chann')
    assert "malformed feed with no entries" in one_error(path).message
    assert "unclosed token" in one_error(path).message  # feedparser's reason is passed on
    # broken after the first entries: feedparser keeps what it could read
    partial = tmp_path / "partial.rss"
    partial.write_text('<rss version="2.0"><channel><title>t</title><item><description>Kept.</description>'
                       '</item><item><descr')
    assert isinstance(ingest(partial)[0], RawArticle)
    other = tmp_path / "sitemap.xml"
    other.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    assert isinstance(ingest(other)[0], IngestError)


def test_feed_entry_without_text(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text('<rss version="2.0"><channel><title>t</title><item><guid>g1</guid><title>Only a title</title>'
                    '</item><item><guid>g2</guid><description>Body text.</description></item></channel></rss>')
    err, art = ingest(path)
    assert isinstance(err, IngestError) and err.source_ref == f"{path}#g1" and "no content" in err.message
    assert isinstance(art, RawArticle) and art.text == "Body text."


def test_bad_jsonl_lines_name_the_line_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": 1, "text": "Good one."}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Bad date.", "published": "last Tuesday"}),
        json.dumps({"text": "Bad title.", "title": 5}),
        json.dumps({"text": "Ambiguous date.", "published": "05/06/2017"}),
        json.dumps({"id": 9, "text": "Good two."}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = ingest(path)
    assert [i.source_ref for i in items] == [f"{path}:{n}" for n in range(1, 10)]
    good = [i for i in items if isinstance(i, RawArticle)]
    assert [g.external_id for g in good] == ["1", "9"]
    messages = [i.message for i in items if isinstance(i, IngestError)]
    assert messages[0].startswith("invalid JSON")
    assert "expected a JSON object, got list" in messages[1]
    assert "missing or empty 'text'" in messages[2] and "missing or empty 'text'" in messages[3]
    assert "unreadable or out-of-range 'published'" in messages[4]
    assert "'title' must be a string" in messages[5]
    assert messages[6].startswith("ambiguous day/month (no --date-order given and no unambiguous date in the file "
                                  "settles the order) 'published' '05/06/2017'; use ISO 8601")
    assert messages[6].endswith("or pass --date-order DMY|MDY")


def test_oversized_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "small"}) + "\n")
    first, second = ingest(path, max_bytes=1000)
    assert isinstance(first, IngestError) and first.source_ref == f"{path}:1" and "max_bytes" in first.message
    assert isinstance(second, RawArticle) and second.text == "small" and second.source_ref == f"{path}:2"


def test_invalid_utf8_in_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "enc.jsonl"
    path.write_bytes(b'{"text": "caf\xe9"}\n{"text": "ok"}\n')
    err, ok = ingest(path)
    assert isinstance(err, IngestError) and err.source_ref == f"{path}:1" and "invalid UTF-8" in err.message
    assert isinstance(ok, RawArticle)


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would block forever
    assert one_error(fifo).message == "not a regular file"


def test_unsupported_scheme() -> None:
    assert "unsupported URL scheme" in one_error("ftp://example.org/feed.xml").message


def test_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "ok1.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bomb.xml").write_bytes(BILLION_LAUGHS)
    (tmp_path / "ok2.txt").write_text(GOOD)
    sources = [tmp_path / "missing.txt", tmp_path / "ok1.txt", tmp_path / "empty.txt", tmp_path / "bomb.xml",
               tmp_path / "ok2.txt"]
    items = ingest(*sources)
    assert [type(i).__name__ for i in items] == ["IngestError", "RawArticle", "IngestError", "IngestError",
                                                 "RawArticle"]
    assert [i.source_ref for i in items] == [str(s) for s in sources]
    # a directory holding the same files reports the same errors in order and keeps the good ones
    kinds = [type(i).__name__ for i in ingest(tmp_path)]
    assert kinds == ["IngestError", "IngestError", "RawArticle", "RawArticle"]  # bomb, empty, ok1, ok2
    assert all("\n" not in str(i) for i in items)  # one-line messages
