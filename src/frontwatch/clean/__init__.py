"""frontwatch.clean: RawArticle → Article (normalised, boilerplate-free, language known) and dedupe."""

from frontwatch.clean.article import admitted_language, clean_article, is_english
from frontwatch.clean.boilerplate import strip_boilerplate
from frontwatch.clean.dedupe import NearDuplicateIndex, article_id, signature
from frontwatch.clean.language import detect_language, language_probability, normalize_language_code
from frontwatch.clean.normalize import normalize_text

__all__ = [
    "NearDuplicateIndex",
    "admitted_language",
    "article_id",
    "clean_article",
    "detect_language",
    "is_english",
    "language_probability",
    "normalize_language_code",
    "normalize_text",
    "signature",
    "strip_boilerplate",
]
