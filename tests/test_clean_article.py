"""clean_article end to end: normalised, boilerplate-free text with provenance and audit trail."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.clean import article_id, clean_article, is_english, normalize_text
from frontwatch.model import RawArticle


def test_seed_article(seed_text: str, seed_expected: dict) -> None:
    raw = RawArticle(text=seed_text, source_ref="seed/article.txt", kind="text", outlet="ProtoThema English")
    article = clean_article(raw)
    expected = [normalize_text(line).strip() for line in seed_expected["article"]["boilerplate_to_strip"]]
    assert article.removed == expected
    assert article.language == seed_expected["article"]["language"] and is_english(article)
    assert article.id == article_id(article.text)
    assert "appeared first on" not in article.text and "Continue reading" not in article.text
    assert "\u2019" not in article.text and "\u00a0" not in article.text
    # offsets into the cleaned text are what later stages use
    start = article.text.index("Deraa")
    assert article.text[start:start + 5] == "Deraa"


def test_provenance_is_copied_and_title_normalised() -> None:
    published = datetime(2024, 12, 7, 9, 30, tzinfo=UTC)
    raw = RawArticle(
        text="Rebels said on Saturday they had entered the suburbs of the capital after the army withdrew.\n\n"
             "Share this:\nFacebook\nX\n",
        source_ref="https://example.org/feed#3", kind="feed", title="Rebels \u201center\u201d  suburbs",
        url="https://example.org/a", outlet="Example", published=published, published_from="metadata",
        language="en", external_id="item-3",
    )
    article = clean_article(raw)
    assert article.text == raw.text.split("\n", 1)[0] + "\n"
    assert article.removed == ["Share this:", "Facebook", "X"]
    assert article.title == 'Rebels "enter" suburbs'
    assert (article.source_ref, article.kind, article.url, article.outlet) == (
        raw.source_ref, "feed", raw.url, "Example")
    assert (article.published, article.published_from, article.external_id) == (published, "metadata", "item-3")


def test_blank_title_becomes_none() -> None:
    assert clean_article(RawArticle(text="Some text.", source_ref="s", kind="text", title="  ")).title is None


def test_bad_input_fails_with_one_line_error() -> None:
    with pytest.raises(TypeError, match="expects RawArticle"):
        clean_article({"text": "x"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="s:1: article text must be str"):
        clean_article(RawArticle(text=None, source_ref="s:1", kind="text"))  # type: ignore[arg-type]


def test_short_wire_lines_are_not_dropped_on_a_language_guess() -> None:
    """One-line strike reports often look like another language to the identifier."""
    from frontwatch.clean import clean_article, is_english
    from frontwatch.model import RawArticle

    line = "- Near Ar Raqqah, one strike destroyed two oil pump jacks."
    art = clean_article(RawArticle(text=line, source_ref="t", kind="text"))
    assert is_english(art)
    long_fr = ("Les forces gouvernementales syriennes ont lancé des frappes aériennes contre les positions "
               "rebelles autour de Homs, selon la télévision d'État, tandis que des renforts arrivaient pour "
               "défendre la ville. L'armée affirme se redéployer sans admettre avoir perdu du terrain.")
    assert not is_english(clean_article(RawArticle(text=long_fr, source_ref="f", kind="text")))
