"""Language identification with py3langid, reported as ISO 639-1 codes.

py3langid's model has 140 labels, some of them ISO 639-3 varieties of one ISO 639-1
language (Moroccan and Egyptian Arabic next to Arabic, Yue and Wu next to Chinese).
Callers ask "is this English / Arabic?", so probabilities of labels that share a
639-1 code are summed before the best is picked; labels with no 639-1 code keep
their 639-3 code.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

UNDETERMINED = "und"
MIN_LETTERS = 20  # below this, langid's guess is close to noise ("Hello" → Breton)
MAX_CHARS = 20_000  # the head of a long article decides; keeps cost flat

# 639-3 individual languages → the 639-1 macrolanguage they belong to (not in pycountry).
_MACROLANGUAGE = {"ary": "ar", "arz": "ar", "yue": "zh", "wuu": "zh", "gug": "gn", "uzs": "uz", "sdh": "ku",
                  "fuv": "ff", "zxx": UNDETERMINED}


# ISO 639-2 special codes: declaring one of these says nothing about the language.
_NOT_A_LANGUAGE = frozenset({"und", "mul", "mis", "zxx"})


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """The model, loaded once per process on first use (~0.8 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1024)
def normalize_language_code(code: str | None) -> str | None:
    """ISO 639-1 code for 'en', 'EN', 'en-US', 'en_GB', 'eng' or 'English'; None if unknown."""
    import pycountry

    if not code or not isinstance(code, str):
        return None
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    if primary in _NOT_A_LANGUAGE:
        return None
    if primary in _MACROLANGUAGE:
        return _MACROLANGUAGE[primary]
    lang = None
    if len(primary) == 2:
        lang = pycountry.languages.get(alpha_2=primary)
    elif len(primary) == 3:
        lang = pycountry.languages.get(alpha_3=primary)
    if lang is None:
        try:
            lang = pycountry.languages.lookup(code.strip())
        except LookupError:
            return None
    return getattr(lang, "alpha_2", None) or (lang.alpha_3 if len(primary) == 3 else None)


def _label_code(label: str) -> str:
    if len(label) == 2:
        return label
    return _MACROLANGUAGE.get(label) or normalize_language_code(label) or label


def _too_short(text: str) -> bool:
    letters = 0
    for c in text[:MAX_CHARS]:  # stops at MIN_LETTERS: counting a whole article cost ~1 ms
        if c.isalpha():
            letters += 1
            if letters >= MIN_LETTERS:
                return False
    return True


def language_distribution(text: str) -> dict[str, float]:
    """Probability per ISO 639-1 code (639-3 where none exists), summing over 1.0; {} for short text."""
    if not isinstance(text, str):
        raise TypeError(f"language detection expects str, got {type(text).__name__}")
    if _too_short(text):
        return {}
    merged: dict[str, float] = {}
    for label, prob in _identifier().rank(text[:MAX_CHARS]):
        code = _label_code(label)
        merged[code] = merged.get(code, 0.0) + float(prob)
    return merged


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability 0..1) of the text; ("und", 0.0) when too short to tell."""
    dist = language_distribution(text)
    if not dist:
        return UNDETERMINED, 0.0
    code, prob = max(dist.items(), key=lambda kv: (kv[1], kv[0]))
    if code == UNDETERMINED:
        return UNDETERMINED, 0.0
    return code, min(1.0, max(0.0, prob))


def language_probability(text: str, language: str) -> float:
    """Probability that `text` is written in `language` (any code form); 0.0 for short text."""
    code = normalize_language_code(language) or language
    return min(1.0, max(0.0, language_distribution(text).get(code, 0.0)))
