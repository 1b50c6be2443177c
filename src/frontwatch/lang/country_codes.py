"""Three-letter country codes of sports results, made from the language's own country names (issue 19, topo38).

WHY: results lists put each athlete's country in brackets after the name: '(ITA - Mapei)', '(ESP)', '(SUE)'. Many
codes are ISO 3166 alpha-3 ('ITA', 'ESP', 'COL'), which the gazetteer already lists; a Spanish-language agency
writes the others from the Spanish name, its first three letters: 'HOL' (Holanda), 'SUE' (Suecia), 'UCR' (Ucrania).
So in that bracket -- three capitals, alone or before a dash or slash and the team -- a code that begins exactly one
of the language's country names (CLDR through `lang.index.country_names`, with the language's `country_aliases`)
is that country. A prefix two countries share ('ESL': Eslovaquia, Eslovenia) names neither.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from frontwatch.lang.index import country_names

_BRACKET_CODE = re.compile(r"\((?P<code>[^\W\d_]{3})(?=\s*(?:\)|\s[-–/]\s))")
CODE_LENGTH = 3


@lru_cache(maxsize=16)
def code_prefixes(lang: str) -> dict[str, str]:
    """Three-letter prefix (capitals) of a country's name in `lang` → that name's match key, when only one country's
    names begin so (continents and regions left out: they have no results codes)."""
    by_prefix: dict[str, set[str]] = defaultdict(set)
    first: dict[tuple[str, str], str] = {}
    for key, code in country_names(lang).items():
        if len(code) != 2:
            continue  # a continent
        letters = key.replace(" ", "")
        if len(letters) >= CODE_LENGTH:
            prefix = letters[:CODE_LENGTH].upper()
            by_prefix[prefix].add(code)
            first.setdefault((prefix, code), key)
    return {p: first[(p, next(iter(codes)))] for p, codes in by_prefix.items() if len(codes) == 1}


def bracketed_codes(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, the country's name key) of each bracketed results code a country's name in `lang` begins."""
    prefixes = code_prefixes(lang)
    out: list[tuple[int, int, str]] = []
    for m in _BRACKET_CODE.finditer(text):
        code = m.group("code")
        if code.isupper() and code in prefixes:
            out.append((m.start("code"), m.end("code"), prefixes[code]))
    return out


__all__ = ["bracketed_codes", "code_prefixes"]
