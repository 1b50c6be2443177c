"""RawArticle → Article: the clean stage as one function."""

from __future__ import annotations

from frontwatch.clean.boilerplate import strip_boilerplate
from frontwatch.clean.dedupe import article_id
from frontwatch.clean.language import (
    detect_language,
    language_distribution,
    normalize_language_code,
)
from frontwatch.clean.normalize import normalize_text
from frontwatch.clean.outlet_tail import strip_outlet_tails
from frontwatch.clean.possessive import restore_possessives
from frontwatch.clean.source_tail import restore_source_tails
from frontwatch.model import Article, RawArticle


def clean_article(raw: RawArticle) -> Article:
    """Normalise, strip boilerplate, identify the language and id of one article.

    A language declared by the source (feed, JSONL field) is trusted when it is a valid
    code, but `language_score` is still the model's probability *for that language*, so
    a feed that labels French text "en" yields a low score and `is_english` can catch it.
    When the text is too short for the model and the source declared a language,
    `language_score` is None ("not measured") rather than 0.0 ("measured: not it").
    """
    if not isinstance(raw, RawArticle):
        raise TypeError(f"clean_article expects RawArticle, got {type(raw).__name__}")
    if not isinstance(raw.text, str):
        raise TypeError(f"{raw.source_ref}: article text must be str, got {type(raw.text).__name__}")
    title = (" ".join(restore_possessives(normalize_text(raw.title)).split()) or None) if raw.title else None
    text, removed = strip_boilerplate(
        restore_source_tails(strip_outlet_tails(restore_possessives(normalize_text(raw.text)))), title)

    declared = normalize_language_code(raw.language)
    if declared:
        dist = language_distribution(text)
        language, score = declared, (min(1.0, dist.get(declared, 0.0)) if dist else None)
    else:
        language, score = detect_language(text)

    return Article(
        id=article_id(text),
        text=text,
        source_ref=raw.source_ref,
        kind=raw.kind,
        title=title,
        url=raw.url,
        outlet=raw.outlet,
        published=raw.published,
        published_from=raw.published_from,
        language=language,
        language_score=score,
        external_id=raw.external_id,
        removed=removed,
    )


# Below this length (a headline, a one-line strike report) language identification is
# unreliable: py3langid calls 1 in 7 CENTCOM strike lines Nigerian Pidgin. Such texts are
# only ruled non-English when the model is sure.
SHORT_TEXT = 300
SURE = 0.9


def is_english(article: Article, min_score: float = 0.5) -> bool:
    """True unless the article is, with enough confidence, in another language.

    An unmeasured score (None: short text with a declared language) trusts the source.
    Short texts are kept unless the identifier is sure of another language (or gives
    English a near-zero probability), so headlines and wire one-liners are not dropped
    on a guess. 'und' means too few letters to process at all.
    """
    if article.language in (None, "und"):
        return False
    short = len(article.text) < SHORT_TEXT
    score = article.language_score
    if article.language == "en":
        if score is None or score >= min_score:
            return True
        return short and score >= 0.1
    return short and (score or 0.0) < SURE


def admitted_language(article: Article) -> str | None:
    """The supported language an article is processed in, or None (the gate keeps it out).

    An article whose language (declared by its source or feed, else py3langid's pick) is one
    of `lang.detect.FOREIGN` is checked by lingua over the supported set: the language is kept
    unless lingua clearly disagrees (under 30 %, or 10 % on a headline-sized text), in which
    case lingua's pick is taken -- Ukrainian read as Russian, Persian as Arabic, or an English
    headline py3langid took for Spanish. Every other article is decided by `is_english`
    exactly as before, so German is never forced into the closest supported language."""
    from frontwatch.lang.detect import FOREIGN, language_scores

    if article.language in FOREIGN:
        scores = language_scores(article.text)
        if scores:
            floor = 0.1 if len(article.text) < SHORT_TEXT else 0.3
            if scores.get(article.language, 0.0) >= floor:
                return article.language
            best = max(scores, key=lambda c: scores[c])
            if best in FOREIGN:
                return best
    return "en" if is_english(article) else None
