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
def _prefix_codes(lang: str) -> dict[str, dict[str, str]]:
    """Three-letter prefix (capitals) of a country's name in `lang` → {ISO code: that name's match key}, continents
    and regions left out (they have no results codes)."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for key, code in country_names(lang).items():
        letters = key.replace(" ", "")
        if len(code) == 2 and len(letters) >= CODE_LENGTH:
            out[letters[:CODE_LENGTH].upper()].setdefault(code, key)
    return dict(out)


def code_prefixes(lang: str) -> dict[str, str]:
    """Prefix → the country's name key, where only one country's names begin so ('ESL': Eslovaquia and Eslovenia,
    names neither)."""
    return {p: next(iter(codes.values())) for p, codes in _prefix_codes(lang).items() if len(codes) == 1}


def bracketed_codes(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, the country's name key) of each bracketed results code a country's name in `lang` begins."""
    prefixes = code_prefixes(lang)
    out: list[tuple[int, int, str]] = []
    for m in _BRACKET_CODE.finditer(text):
        code = m.group("code")
        if code.isupper() and code in prefixes:
            out.append((m.start("code"), m.end("code"), prefixes[code]))
    return out


_BEFORE_CODE = re.compile(r"(?:\s*/\s*[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2})?\s\((?P<code>[^\W\d_]{3})(?:\)|\s[-–/]\s)")


def coded_athletes(text: str, lang: str, toponyms: list, index) -> set[int]:
    """Indices of `toponyms` right before a bracketed country code ('Kulti (SUE)', 'Kucera / Hrbaty (ESL)', a doubles
    pair): a results list names the athlete there, and the code the athlete's country. The code must be a country's
    (ISO, the gazetteer's, or the language's own even where two countries share it), so a dateline's agency ('Minsk
    (EFE)') is none."""
    out: set[int] = set()
    countries = index.country_keys(lang)
    for k, t in enumerate(toponyms):
        m = _BEFORE_CODE.match(text, t.end)
        if m is None or not m.group("code").isupper():
            continue
        code = m.group("code")
        keys = index.keys(code, lang)
        if code in _prefix_codes(lang) or (keys and keys[0] in countries) or _iso_country(code):
            out.add(k)
    return out


def _iso_country(code: str) -> bool:
    """Is `code` a country's ISO 3166 alpha-3 code ('ITA', 'SVK')?"""
    import pycountry

    return pycountry.countries.get(alpha_3=code) is not None


__all__ = ["bracketed_codes", "code_prefixes", "coded_athletes"]
