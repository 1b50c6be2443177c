"""Everyday English words: what a capitalised word in an article most likely is, before any gazetteer.

A name that is also a frequent English word ('Broadway', 'Congress', 'Islamic', 'Heathrow')
is, without other evidence, the word -- or a famous thing the populated-places gazetteer
lacks -- and not the village spelled so or one edit away. Frequencies come from wordfreq's
bundled lists (no download), on its Zipf scale: 3 is once per million words.
"""

from __future__ import annotations

from functools import lru_cache

# A string this frequent in English is a word or a well-known name, never a misspelling.
COMMON_ZIPF = 3.0


@lru_cache(maxsize=65536)
def zipf(text: str) -> float:
    """English frequency of `text` on wordfreq's Zipf scale (the one reader of wordfreq; memoised,
    since the same words come back in every article)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(text, "en")


def common_word(text: str) -> bool:
    """Is `text` an everyday English word or name ('Islamic', 'Arabic', 'Broadway', 'Heathrow')?

    Misspellings ('Halepi', 'Dayz Az Zawr') and most foreign place names are rare strings."""
    return zipf(text) >= COMMON_ZIPF


def one_common_word(text: str) -> bool:
    """A single everyday word ('Broadway'); a phrase of common words ('Lake Vermont') is a name."""
    return " " not in text.strip() and common_word(text)


__all__ = ["COMMON_ZIPF", "common_word", "one_common_word", "zipf"]


# Titles before a name: what follows them is a person ("President Assad", "General Hafez").
TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "general", "gen", "colonel", "col",
                         "sheikh", "king", "prince", "senator", "sen", "rep", "governor", "mayor", "judge", "st"})
