"""An everyday word that only a foreign town's exonym vouches for is the word, not the town (topo40).

Without capitals, every frequent Arabic or Persian word is a candidate span, and the gazetteer's
alternate names transliterate thousands of foreign towns into the script: 'ليل' (night) is Lille,
'كمان' (also) is Man in Côte d'Ivoire, 'آوریل' (April) is Orël. `lang.geoparse` lets an everyday
word without a cue stand for a town of `COMMON_WORD_MIN_POPULATION`, which these towns pass. A
coder reads such a word as a place only where the text is: a town in a country the text already
places itself in (its other sure places, the feed's hint, the countries its country words name)
or where the language is official (CLDR's territory data, `official_countries`) or in a land
neighbour of those (`geo.theatre.neighbours`: Persian news names Najaf and Karbala without Iraq).
A world city (`WORLD_CITY_MIN_POPULATION`) or a national capital is named in news from anywhere
and keeps its reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from frontwatch.geo.theatre import neighbours
from frontwatch.lang.morph import COMMON_ZIPF, common_word
from frontwatch.lang.resources import load
from frontwatch.model import Toponym

WORLD_CITY_MIN_POPULATION = 400_000  # above Orël (303,000), below Liverpool (497,000): topo40 sample


@cache
def official_countries(lang: str) -> frozenset[str]:
    """ISO codes of the territories where CLDR gives `lang` an official status (de jure, de facto or
    regional): ar the Arab states with Israel, Chad and Eritrea; fa Iran and Afghanistan."""
    from babel.core import get_global

    return frozenset(t for t, langs in get_global("territory_languages").items()
                     if langs.get(lang, {}).get("official_status"))


def _frequent(word: str, lang: str) -> bool:
    """An everyday word by `morph.common_word`, or a one-word form as frequent that the dictionary lacks
    because a clitic or a plural ending is glued on ('فإن', and indeed; 'آلات', instruments)."""
    from wordfreq import zipf_frequency

    return common_word(word, lang) or (" " not in word.strip() and zipf_frequency(word, lang) >= COMMON_ZIPF)


def _namesake_only(t: Toponym, lang: str) -> bool:
    """A one-word everyday word resolved to a town below a world city's size and no capital."""
    p = t.place
    return p is not None and p.feature_class == "P" and p.feature_code != "PPLC" \
        and (p.population or 0) < WORLD_CITY_MIN_POPULATION and _frequent(t.text, lang)


def foreign_namesakes(toponyms: list[Toponym], sure: list[bool], cueless: set[tuple[int, int]], lang: str,
                      named: Iterable[str] = (), set_in: Iterable[tuple[int, int]] = ()) -> set[int]:
    """Indices of the sure, uncued everyday words (uncased scripts only) whose town lies outside the
    text's countries (those of its other sure places and `named`), the language's `official_countries` and
    the land neighbours of these: a text about Jordan still names Nablus, one about Russia and Portugal Bushehr.
    (mlQ49) A word `set_in` a place by a locative preposition ('در ادلب', in Idlib) is read as a setting, and a
    setting lies where the text is or next door: its town may also lie in a land neighbour of the text's own
    countries ('ارتش ترکیه در ادلب': the Turkish army in Idlib, Syria bordering Turkey), as the official
    countries' neighbours already count for every word."""
    if load(lang).cased or not official_countries(lang):
        return set()
    doubtful = {k for k, (t, ok) in enumerate(zip(toponyms, sure))
                if ok and (t.start, t.end) in cueless and _namesake_only(t, lang)}
    if not doubtful:
        return set()
    theatre = {t.place.country for k, (t, ok) in enumerate(zip(toponyms, sure))
               if ok and k not in doubtful and t.place is not None} | set(named)
    theatre.discard(None)
    home = theatre | official_countries(lang) | neighbours(official_countries(lang))
    setting = home | neighbours(frozenset(theatre))
    placed = set(set_in)
    return {k for k in doubtful
            if toponyms[k].place.country not in (setting if (toponyms[k].start, toponyms[k].end) in placed else home)}
