"""A part of a country or region named by a compass word: 'el sur del Líbano', 'на востоке Украины',
'جنوب لبنان', "Lübnan'ın güneyinde".

Why: news places much of a war in such a part, and the country's point is far from it (Lebanon's
point lies in the Bekaa, 60-75 km from southern Lebanon's villages). The English path reads
'southern X' with geo/relative.py, which moves a fixed fraction of an assumed extent along the
bearing; that is too far for a small country and too near for a large one. Here the point is
taken from the country's own towns instead: the median of the third of its populated places
that lie furthest along the bearing (`part_point`), which lands in the part the words name
whatever the country's size and shape. A first-level area (a province) has no town list of its
own in the gazetteer; its part is put `ADMIN1_KM` out along the bearing, as geo/relative.py does.

The compass words, the words allowed between them and the place, and their side are data
(`directions`, `direction_gap`, `directions_after` in data/lang/<lang>.toml).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import replace

from frontwatch.geo.relative import BEARINGS
from frontwatch.geometry import destination
from frontwatch.lang.morph import is_adjective, match_key
from frontwatch.lang.resources import load
from frontwatch.model import Toponym

ADMIN1_KM = 30.0  # half of the 60 km extent geo/geoparse.py assumes for a first-level area
MIN_TOWNS = 6  # fewer towns than this tell no part of a country
PART_RADIUS_KM = {"country": 75.0, "admin1": 30.0}
MAX_GAP = 2
Towns = Callable[[str], Sequence[tuple[float, float]]]
_WORD_EDGE = " \t\n,.;:«»\"()"


def _bearing_of(word: str, lang: str) -> str | None:
    """The bearing a word names, after the language's proclitics ('بجنوب' → 'جنوب')."""
    res = load(lang)
    key = match_key(word)
    forms = [key]
    if res.proclitics:
        forms += [key[1:], key[2:]] if len(key) > 4 else [key[1:]]
    for form in forms:
        for item, bearing in res.directions.items():
            it = match_key(item.rstrip("*"))
            if (form.startswith(it) if item.endswith("*") else form == it) and form:
                return bearing
    return None


def _words_before(text: str, pos: int, n: int) -> list[tuple[int, int]]:
    """Spans of up to `n` words ending before `pos`, nearest first (no sentence punctuation crossed)."""
    out: list[tuple[int, int]] = []
    i = pos
    while len(out) < n:
        j = i
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == 0 or text[j - 1] in ",.;:!?()\"«»\n":
            break
        k = j
        while k > 0 and text[k - 1] not in _WORD_EDGE:
            k -= 1
        out.append((k, j))
        i = k
    return out


def _words_after(text: str, pos: int, n: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = pos
    while len(out) < n:
        j = i
        while j < len(text) and text[j] in " \t":
            j += 1
        if j >= len(text) or text[j] in ",.;:!?()\"«»\n":
            break
        k = j
        while k < len(text) and text[k] not in _WORD_EDGE:
            k += 1
        out.append((j, k))
        i = k
    return out


def _phrase(text: str, t: Toponym, lang: str) -> tuple[int, int, str] | None:
    """(start, end, bearing) of the compass phrase around a toponym, or None."""
    res = load(lang)
    if not res.directions:
        return None
    side = _words_after(text, t.end, MAX_GAP + 1) if res.directions_after else _words_before(text, t.start, MAX_GAP + 2)
    for n, (s, e) in enumerate(side):
        word = text[s:e]
        if not res.directions_after and n + 1 < len(side):  # two-word compass phrases ('جنوب شرق')
            s2, _ = side[n + 1]
            two = _bearing_of(text[s2:e], lang) if " " in text[s2:e] else None
            if two and len(two) == 2:
                return s2, t.end, two
        bearing = _bearing_of(word, lang)
        if bearing:
            return (t.start, e, bearing) if res.directions_after else (s, t.end, bearing)
        if word.casefold() not in res.direction_gap or n >= MAX_GAP:
            return None
    return None


def part_point(towns: Sequence[tuple[float, float]], bearing: str) -> tuple[float, float] | None:
    """The median (lat, lon) of the third of `towns` furthest along a compass bearing."""
    if len(towns) < MIN_TOWNS or bearing not in BEARINGS:
        return None
    b = math.radians(BEARINGS[bearing])
    mid_lat = math.radians(statistics.median(t[0] for t in towns))

    def along(p: tuple[float, float]) -> float:
        return p[0] * math.cos(b) + p[1] * math.cos(mid_lat) * math.sin(b)

    top = sorted(towns, key=along, reverse=True)[: max(MIN_TOWNS // 2, len(towns) // 3)]
    return statistics.median(p[0] for p in top), statistics.median(p[1] for p in top)


def directional_parts(text: str, lang: str, toponyms: Sequence[Toponym], towns: Towns) -> list[Toponym]:
    """`toponyms` plus, for each country or first-level area that a compass word qualifies, its part:
    a toponym spanning the phrase ('sur del Líbano'), the anchor as `place`, precision 'relative'
    and the part's point in `relative`. Pure but for `towns(country code)`."""
    out = []
    for t in toponyms:
        p = t.place
        level = p.precision if p is not None else None
        found = _phrase(text, t, lang) if level in ("country", "admin1") and not t.relative else None
        if found is None or p is None:
            out.append(t)
            continue
        start, end, bearing = found
        if level == "country":
            point = part_point(towns(p.country), bearing) if p.country else None
        else:
            point = destination(p.lat, p.lon, BEARINGS[bearing], ADMIN1_KM)
        if point is None:  # a country with too few towns to tell its parts: its own point stays
            out.append(t)
            continue
        rel = {"kind": "direction", "direction": bearing, "detail": "part", "anchor": t.text,
               "anchor_lat": p.lat, "anchor_lon": p.lon, "lat": round(point[0], 5), "lon": round(point[1], 5),
               "radius_km": PART_RADIUS_KM.get(level or "", ADMIN1_KM), "precision": "relative",
               "name": f"{bearing} {p.name}"}
        # as geo/geoparse.py does for English: the name stays a toponym of its own (recognition is
        # scored on names) and the phrase is another one, the part, whose point is in `relative`
        out.append(t)
        out.append(replace(t, start=start, end=end, text=text[start:end], precision="relative", relative=rel))
    out.extend(country_parts(text, lang, toponyms, towns))
    return sorted(out, key=lambda x: (x.start, x.end))


ANAPHOR_CHARS = 400  # how far back 'the country' finds the country it names (about two sentences)


def _country_noun_phrases(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, bearing) of each 'south of the country' ('на юге страны', 'en el sur del país',
    'στο νότιο τμήμα της χώρας'): a compass word, then up to MAX_GAP gap or part words, then one of the
    language's words for 'the country' (`country_nouns`, `part_words` in data/lang/<lang>.toml)."""
    res = load(lang)
    if not res.country_nouns or not res.directions or res.directions_after:
        return []
    nouns = {match_key(w) for w in res.country_nouns}
    skip = res.direction_gap | res.part_words
    out = []
    for s, e in _all_words(text):
        if match_key(text[s:e]) not in nouns:
            continue
        for n, (ws, we) in enumerate(_words_before(text, s, MAX_GAP + 2)):
            bearing = _bearing_of(text[ws:we], lang)
            if bearing and n == 0 and is_adjective(text[ws:we], lang):
                break  # 'южные страны', 'північні країни': southern countries, no part of one
            if bearing:
                out.append((ws, e, bearing))
                break
            if text[ws:we].casefold() not in skip or n >= MAX_GAP:
                break
    return out


def _all_words(text: str) -> list[tuple[int, int]]:
    out, i = [], 0
    while i < len(text):
        while i < len(text) and text[i] in _WORD_EDGE:
            i += 1
        j = i
        while j < len(text) and text[j] not in _WORD_EDGE:
            j += 1
        if j > i:
            out.append((i, j))
        i = j
    return out


def country_parts(text: str, lang: str, toponyms: Sequence[Toponym], towns: Towns) -> list[Toponym]:
    """Parts of a country the text names by 'the country' ('в ходе протестов в Ираке ... на юге страны'):
    the country is the nearest country toponym before the phrase (within ANAPHOR_CHARS), and the part's
    point is taken from its towns as for a named country. Why: news names the country once and then its
    parts by a common noun; without its antecedent such a place is lost, or the country's point is used."""
    out = []
    countries = [t for t in toponyms if t.place is not None and t.place.precision == "country" and not t.relative]
    for start, end, bearing in _country_noun_phrases(text, lang):
        before = [t for t in countries if t.end <= start and start - t.end <= ANAPHOR_CHARS]
        if not before:
            continue
        t = max(before, key=lambda x: x.end)
        p = t.place
        point = part_point(towns(p.country), bearing) if p is not None and p.country else None
        if p is None or point is None:
            continue
        rel = {"kind": "direction", "direction": bearing, "detail": "part", "anchor": t.text,
               "anchor_lat": p.lat, "anchor_lon": p.lon, "lat": round(point[0], 5), "lon": round(point[1], 5),
               "radius_km": PART_RADIUS_KM["country"], "precision": "relative", "name": f"{bearing} {p.name}"}
        out.append(replace(t, start=start, end=end, text=text[start:end], precision="relative", relative=rel))
    return out


__all__ = ["country_parts", "directional_parts", "part_point"]
