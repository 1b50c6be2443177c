"""detect_language with the real py3langid model; clean_article's language handling."""

from __future__ import annotations

import pytest

from frontwatch.clean import clean_article, detect_language, is_english, language_probability
from frontwatch.clean.language import _identifier, normalize_language_code
from frontwatch.model import Article, RawArticle

SAMPLES = {
    "en": "The army said on Friday that rebel fighters had seized two villages north of the city "
          "after heavy shelling overnight.",
    "fr": "L'armée a annoncé vendredi que les rebelles avaient pris le contrôle de deux villages au nord "
          "de la ville après des bombardements intenses.",
    "ar": "قال الجيش يوم الجمعة إن مقاتلي المعارضة سيطروا على قريتين شمال المدينة بعد قصف عنيف خلال الليل.",
    "de": "Die Armee teilte am Freitag mit, dass Rebellen nach heftigem Beschuss in der Nacht zwei Dörfer "
          "nördlich der Stadt eingenommen hätten.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detects_language(code: str) -> None:
    lang, score = detect_language(SAMPLES[code])
    assert lang == code
    assert 0.9 <= score <= 1.0


def test_arabic_dialect_labels_fold_into_arabic() -> None:
    # the model splits Arabic across ar/ary/arz; the ISO 639-1 answer sums them
    raw_top = _identifier().rank(SAMPLES["ar"])[0][1]
    assert language_probability(SAMPLES["ar"], "ar") >= raw_top


@pytest.mark.parametrize("text", ["", "   \n", "Hello", "12 345 678 / 2024-12-07", "Breaking news"])
def test_short_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == ("und", 0.0)


def test_model_loads_once() -> None:
    assert _identifier() is _identifier()


def test_language_probability() -> None:
    assert language_probability(SAMPLES["en"], "en") > 0.9
    assert language_probability(SAMPLES["fr"], "en") < 0.1
    assert language_probability(SAMPLES["de"], "deu") > 0.9  # any code form


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "en"), ("EN", "en"), ("en-US", "en"), ("en_GB", "en"), ("eng", "en"), ("English", "en"),
     ("ara", "ar"), ("arz", "ar"), ("fr-CA", "fr"), ("xx", None), ("", None), (None, None),
     ("zxx", None), ("und", None), ("ace", "ace")],
)
def test_normalize_language_code(code: str | None, expected: str | None) -> None:
    assert normalize_language_code(code) == expected


def _raw(text: str, language: str | None = None) -> RawArticle:
    return RawArticle(text=text, source_ref="test:1", kind="text", language=language)


def test_clean_article_detects_language_when_none_declared() -> None:
    article = clean_article(_raw(SAMPLES["de"]))
    assert article.language == "de" and article.language_score > 0.9
    assert not is_english(article)


def test_declared_language_is_trusted_but_scored() -> None:
    honest = clean_article(_raw(SAMPLES["en"], "en-GB"))
    assert honest.language == "en" and honest.language_score > 0.9 and is_english(honest)
    mislabelled = clean_article(_raw(SAMPLES["fr"], "en"))
    assert mislabelled.language == "en"  # trusted ...
    assert mislabelled.language_score < 0.1  # ... but the score shows it is not English
    assert not is_english(mislabelled)


def test_invalid_declared_language_falls_back_to_detection() -> None:
    for declared in ("xx-invalid", "und", "mul"):
        article = clean_article(_raw(SAMPLES["fr"], declared))
        assert article.language == "fr"


def test_short_text_with_declared_language_is_unmeasured() -> None:
    article = clean_article(_raw("Rebels advance.", "en"))
    assert article.language == "en" and article.language_score is None
    assert is_english(article)
    undeclared = clean_article(_raw("Rebels advance."))
    assert (undeclared.language, undeclared.language_score) == ("und", 0.0)
    assert not is_english(undeclared)


def test_is_english_threshold() -> None:
    long_text = "x" * 400  # long enough that the score alone decides
    article = Article(id="a1", text=long_text, source_ref="s", kind="text", language="en", language_score=0.6)
    assert is_english(article)
    assert not is_english(article, min_score=0.7)
    short = Article(id="a2", text="x" * 100, source_ref="s", kind="text", language="en", language_score=0.3)
    assert is_english(short)  # a headline's low score is not trusted...
    assert not is_english(Article(id="a3", text="x" * 100, source_ref="s", kind="text", language="fr",
                                  language_score=0.95))  # ...unless another language is sure


def test_rejects_non_string() -> None:
    with pytest.raises(TypeError, match="expects str"):
        detect_language(42)  # type: ignore[arg-type]
