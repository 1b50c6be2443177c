"""Language identification restricted to the languages frontwatch reads.

Why lingua and a closed set: py3langid (clean/language.py) knows 140 labels and on a
headline it confuses Ukrainian with Russian or Persian with Arabic; lingua's model ships in
its wheel, and restricted to our nine languages it is right on short headlines too. The
English decision itself stays with `clean.language` (so English figures do not move); this
module decides *which* supported language a non-English article is in.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

# ISO 639-1 codes frontwatch processes: English through the spaCy pipeline, the rest natively.
FOREIGN = ("ar", "ru", "uk", "el", "fr", "es", "tr", "fa")
SUPPORTED = ("en", *FOREIGN)
MAX_CHARS = 3_000  # the head of an article decides; lingua's cost grows with the text


@lru_cache(maxsize=1)
def _detector() -> "LanguageDetector":
    """lingua's detector over SUPPORTED, built once per process (its models load on first use)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in SUPPORTED]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def language_scores(text: str) -> dict[str, float]:
    """Confidence per supported language (summing to 1); {} for text without letters."""
    if not isinstance(text, str):
        raise TypeError(f"language detection expects str, got {type(text).__name__}")
    head = text[:MAX_CHARS]
    if not any(c.isalpha() for c in head):
        return {}
    return {v.language.iso_code_639_1.name.lower(): float(v.value)
            for v in _detector().compute_language_confidence_values(head)}


def detect_supported(text: str) -> tuple[str | None, float]:
    """(the most likely supported language, its confidence); (None, 0.0) without letters."""
    scores = language_scores(text)
    if not scores:
        return None, 0.0
    code = max(scores, key=lambda c: scores[c])
    return code, scores[code]
