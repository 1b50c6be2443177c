"""Restore the apostrophe of a country's possessive lost in scraping ('Syrias Aleppo' -> "Syria's Aleppo").

Why: headlines passed through CSV exports, RSS titles and some CMSs lose their apostrophes
("Air strikes kill 12 in Syrias Idlib"). The tagger then reads 'Syrias Idlib' as one unknown
name, the gazetteer knows neither, and the event falls back to the country. A country name
plus a glued 's' is no English word, so the possessive is the only reading -- unless the
form is itself a frequent word ('Turkeys', 'Guineas', 'Jerseys'), which is then left alone.

Country names come from `countryinfo` and `pycountry` (both shipped dependencies); the
text grows by one character per restored apostrophe, before any offset is taken.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Above this Zipf frequency the glued form is an English word in its own right.
MAX_WORD_ZIPF = 2.5
_GLUED = re.compile(r"\b([A-Z][a-z]{2,})s\b(?=[ \t]+[\w\"“‘'-])")


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """One-word country names and spellings ('Syria', 'Russia', 'Turkey', 'Iran')."""
    import countryinfo
    import pycountry

    names: set[str] = set()
    for info in countryinfo.all_countries():
        try:
            names.add(info.name())
            names.update(info.alt_spellings() or ())
        except (KeyError, AttributeError, TypeError):
            continue
    for c in pycountry.countries:
        names.update(v for a in ("name", "common_name") if (v := getattr(c, a, None)))
    return frozenset(n for n in names if n.isalpha() and n[:1].isupper() and not n.isupper())


def restore_possessives(text: str) -> str:
    """Text with "<Country>s <word>" read as the country's possessive."""
    if "s " not in text:
        return text
    names = country_names()

    def fix(m: re.Match) -> str:
        from frontwatch.geo.words import zipf

        stem = m.group(1)
        if stem not in names or zipf(stem + "s") >= MAX_WORD_ZIPF:
            return m.group(0)
        return stem + "'s"

    return _GLUED.sub(fix, text)


__all__ = ["restore_possessives", "country_names"]
