"""Title Case headlines, put back in sentence case for the tagger ('Militants Storm Army Base Near Gao').

Why: many outlets capitalise every word of a headline. The small English model then reads
every word as a proper noun: 'Storm Army Base Near Gao' becomes one organisation, the verb is
lost, and the headline yields no event or no place. In sentence case the same line parses
('Militants storm army base near Gao'). So a line that is in Title Case is given to the model
with its everyday words in lower case; names keep their capitals.

Which words are 'everyday': frequent in English (wordfreq Zipf >= EVERYDAY_ZIPF) or a form of
the event lexicon's words (data/triggers.csv: 'Seizes', 'Shells'), and not a
name the project knows -- a country or its demonym (clean/possessive.py, geo/demonyms.py), or a
big place of the gazetteer (`is_known_name`, given by the caller: 'Paris', 'Moscow'). The first
word of the line keeps its capital (sentence case). Lower-casing keeps every offset: only the
model's input changes; the article's text, which spans and evidence are cut from, does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from frontwatch.clean.outlet_tail import (
    MAX_LINE_WORDS,  # a headline, not a paragraph: one bound for both
)

EVERYDAY_ZIPF = 4.0  # 'Kill' 4.9, 'Storm' 4.4, 'Near' 5.1; 'Aleppo' 3.6, 'Kabul' 3.4, 'Gao' 3.2
MIN_WORDS = 4  # a line of fewer words says too little about its case
TITLE_SHARE = 0.8  # of its words of 4+ letters after the first, capitalised
MIN_EVERYDAY = 2  # capitalised everyday words needed: a list of names is not Title Case prose
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def _zipf(word: str) -> float:
    from frontwatch.geo.words import zipf

    return zipf(word)


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    from frontwatch.clean.possessive import country_names
    from frontwatch.geo.demonyms import table

    demonyms = {" ".join(k) for k in table() if len(k) == 1}
    return frozenset(n.lower() for n in country_names()) | frozenset(demonyms)


@lru_cache(maxsize=1)
def _trigger_forms() -> frozenset[str]:
    """Every inflected form of the event lexicon's first words ('seizes', 'shells', 'retakes')."""
    from frontwatch.events.triggers import default_lexicon

    return frozenset(default_lexicon().by_first)


def _everyday(word: str, is_known_name: Callable[[str], bool] | None) -> bool:
    bare = word.rstrip("’'s") if word.endswith(("’s", "'s")) else word
    if not bare[:1].isupper() or bare.isupper():
        return False
    # a word of the event lexicon is the genre's everyday word however rare in English at large
    # ('Seizes' 2.9, 'Shells' 3.3): capitalised, the model reads it as part of a name
    if _zipf(bare) < EVERYDAY_ZIPF and bare.lower() not in _trigger_forms():
        return False
    if bare.lower() in _names():
        return False
    # short words ('In', 'At', 'And') are function words; 'AND' is also Andorra's code
    return not (is_known_name is not None and len(bare) >= 4 and is_known_name(bare))


def is_title_case(line: str) -> bool:
    """Most words of 4+ letters after the first are capitalised, two or more of them everyday words."""
    words = _WORD.findall(line)
    if not (MIN_WORDS <= len(words) <= MAX_LINE_WORDS):
        return False
    long = [w for w in words[1:] if len(w) >= 4]
    if len(long) < 3:
        return False
    caps = [w for w in long if w[:1].isupper()]
    if len(caps) < TITLE_SHARE * len(long):
        return False
    return sum(_zipf(w) >= EVERYDAY_ZIPF for w in caps) >= MIN_EVERYDAY


def detitle(text: str, is_known_name: Callable[[str], bool] | None = None) -> str:
    """`text` with the everyday words of its Title Case lines in lower case (same length)."""
    if not text or not any(ch.isupper() for ch in text):
        return text
    out = []
    for line in text.splitlines(keepends=True):
        if not is_title_case(line):
            out.append(line)
            continue
        words = list(_WORD.finditer(line))
        chars = list(line)
        for m in words[1:]:
            w = m.group()
            if _everyday(w, is_known_name):
                chars[m.start()] = w[0].lower()
        out.append("".join(chars))
    return "".join(out)


@lru_cache(maxsize=4)
def known_place_name(gazetteer, min_population: int = 100_000) -> Callable[[str], bool]:
    """A predicate: is this capitalised word a country, a first-level division or a big place?"""

    @lru_cache(maxsize=20000)
    def known(word: str) -> bool:
        for c in gazetteer.by_name(word, limit=5):
            p = c.place
            if p.precision in ("country", "admin1") or (p.population or 0) >= min_population:
                return True
        return False

    return known


__all__ = ["detitle", "is_title_case", "known_place_name"]
