"""normalize_text: one spelling per quote/dash/space, offsets kept for 1:1 substitutions."""

from __future__ import annotations

import pytest

from frontwatch.clean.normalize import normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u2018Assad\u2019s forces\u2019", "'Assad's forces'"),
        ("\u201aa\u201b \u2032 \u2039b\u203a", "'a' ' 'b'"),
        ("\u201cless than 20 km\u201d", '"less than 20 km"'),
        ("\u201elow\u201f 5\u2033 \u00abfr\u00bb", '"low" 5" "fr"'),
        ("Damascus \u2013 Assad", "Damascus - Assad"),
        ("war\u2014again", "war-again"),
        ("\u22125 \u2012 \u2010 \u2011 \u2015", "-5 - - - -"),
        ("20\u00a0km", "20 km"),
        ("20\u202fkm\u2009and\u2003more\u3000end", "20 km and more end"),
        ("Da\u200bmas\u200ccus\u200d\u2060\ufeff", "Damascus"),
        ("Deir ez-Zor\u00ad", "Deir ez-Zor"),
        ("\u200eHoms\u200f", "Homs"),
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("trailing   \nspaces\t \nkept inside  here", "trailing\nspaces\nkept inside  here"),
        ("a\n\n\n\n\n\nb", "a\n\n\nb"),
        ("a\n \n\t\n  \n \nb", "a\n\n\nb"),
        ("a\n\n\nb", "a\n\n\nb"),  # two blank lines are allowed
        ("e\u0301t\u00e9", "\u00e9t\u00e9"),  # NFC
        ("e\u200b\u0301", "\u00e9"),  # composes after the invisible character is gone
    ],
)
def test_substitutions(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_plain_text_is_unchanged() -> None:
    text = ('He said: "Rebels took 3 towns" - and left... \u2026 '
            '\u062d\u0645\u0635 \u0414\u043e\u043d\u0435\u0446\u044c\u043a\n\nEnd.')
    assert normalize_text(text) == text


def test_one_for_one_substitutions_keep_offsets() -> None:
    raw = "\u201cWe are \u201320\u00a0km from Damascus,\u201d said Hassan\u2019s aide \u2014 in Deraa."
    out = normalize_text(raw)
    assert len(out) == len(raw)
    for name in ("Damascus", "Hassan", "Deraa"):
        assert out.index(name) == raw.index(name)
    changed = [i for i, (a, b) in enumerate(zip(raw, out, strict=True)) if a != b]
    assert all(raw[i] in "\u201c\u201d\u2013\u2014\u2019\u00a0" for i in changed)


def test_idempotent(seed_text: str) -> None:
    once = normalize_text(seed_text)
    assert normalize_text(once) == once
    assert "\u2019" not in once and "\u00a0" not in once and "\u2013" not in once
    # the seed's words survive: only quotes/dashes/NBSP changed and one blank line dropped
    assert once.split() == normalize_text(" ".join(seed_text.split())).split()


def test_rejects_non_string() -> None:
    with pytest.raises(TypeError, match="expects str"):
        normalize_text(b"bytes")  # type: ignore[arg-type]
