"""Whether an event's place is a country only because a name in the text could not be placed.

Why: the geoparser puts a name it cannot find in its gazetteer ('the Iglim al-Tuffah',
'Al-Suflaniyah') at the point of the sentence's country, and in a sentence with one named
force that country is read from the force's own adjective ('the Israeli army ... shelled
... the Iglim al-Tuffah' -> Israel). Such a place says where the force comes from, not
where it acted, so ACLED's inter code of a state's forces (1 at home, 8 abroad) must not
be decided from it (export/acled_csv.event_countries). A country the text names itself
('in Syria', 'the US', 'Syrian territory') is evidence and is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pycountry

from frontwatch.events.actors import default_dictionary
from frontwatch.geo.demonyms import demonym_codes
from frontwatch.geo.fold import name_key
from frontwatch.geo.locative import words as locative_words

_ARTICLE = re.compile(r"^the\s+")


@lru_cache(maxsize=512)
def _country_names(alpha2: str) -> frozenset[str]:
    """The lookup keys of a country's names: the actor dictionary's country row and its aliases
    (data/actors.csv: 'Britain', 'UK', 'U.K.') and the ISO names and codes (pycountry)."""
    names: list[str] = [alpha2]
    entry = default_dictionary().countries.get(alpha2)
    if entry is not None:
        names += [entry.name, *entry.aliases]
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is not None:
        names += [getattr(country, a, None) or "" for a in ("name", "common_name", "official_name", "alpha_3")]
    return frozenset(name_key(n) for n in names if n)


def names_its_country(location: dict[str, Any]) -> bool:
    """Whether the text of a country-level place names that country itself: its gazetteer or ISO
    name or code inside the text ('Syria', 'southern Syria', 'the US'), or a demonym starting it
    ('Syrian territory')."""
    code = (location.get("country") or "").upper()
    text = _ARTICLE.sub("", name_key(location.get("text") or ""))
    if not code or not text:
        return True  # nothing to judge: leave the place as it is
    names = set(_country_names(code))
    if location.get("name"):
        names.add(name_key(location["name"]))
    words = f" {text} "
    if any(f" {n} " in words for n in names):
        return True
    return code in demonym_codes(text)


def unplaced_name_country(location: dict[str, Any] | None) -> str | None:
    """The country of a place that is only a country's point standing for a name the text gives
    but the gazetteer could not place (precision 'country', the text not naming the country);
    None for any other place."""
    if not location or location.get("precision") != "country":
        return None
    if names_its_country(location):
        return None
    return (location.get("country") or "").upper() or None


@lru_cache(maxsize=1)
def _country_name_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over every country name and alias of the actor dictionary that is a name, not
    an adjective ('Lebanon', 'Britain', not 'Lebanese', 'British': an adjective before a force
    names the force's home, not where it acts), with the code of each."""
    codes: dict[str, str] = {}
    for code, entry in default_dictionary().countries.items():
        for alias in (entry.name, *entry.aliases):
            if alias and alias[:1].isupper() and not demonym_codes(alias):
                codes.setdefault(alias, code)
    names = sorted(codes, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"), codes


_WORD = re.compile(r"[\w'-]+")


def _after_locative_preposition(text: str, start: int) -> bool:
    """Whether the name starting at `start` is the object of a locative preposition ('in', 'inside',
    'into', ...; geo/locative's strong ones), over the article and compass words ('in south
    Lebanon', 'into northern Syria'): the sentence puts something there, not a broker or an ally
    ('brokered by the US and Russia', 'borders Iraq')."""
    w = locative_words()
    skip = w.skip_before | w.compass_words
    for word in reversed(_WORD.findall(text[:start].casefold())):
        if word in skip:
            continue
        return word in w.strong_prepositions
    return False


def countries_placed_in(text: str) -> tuple[str, ...]:
    """The countries a sentence names by name as where something is ('in south Lebanon' -> LB),
    in order, once each."""
    pattern, codes = _country_name_pattern()
    return tuple(dict.fromkeys(codes[m.group(0)] for m in pattern.finditer(text or "")
                               if _after_locative_preposition(text, m.start())))


__all__ = ["countries_placed_in", "names_its_country", "unplaced_name_country"]
