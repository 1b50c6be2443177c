"""Relative locations: '20 km south of X', 'near X', 'on the road from X to Y', 'on the A-B border'.

War reporting places most fighting *relative to* a town rather than at it, so a geoparser
that only resolves the town puts the front line in the wrong place. This module finds
such phrases (`find_relative`, regular expressions over the raw text, offsets preserved)
and, once the caller has resolved the anchor toponym(s), turns each phrase into a point
with an uncertainty radius (`relative_geometry`).

It deliberately imports no gazetteer: parsing is pure text, geometry is pure maths, and
the geoparser joins the two. Country words in border phrases go through a minimal
built-in table or a caller-supplied `demonym_lookup` (the gazetteer's full table).

Hand-written regular expressions rather than a parser: the phrases are short, formulaic
and must keep exact character offsets; spaCy's dependency parse of transliterated names
is too unreliable to anchor them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from frontwatch.geometry import check_point, destination, haversine_km, midpoint


BEARINGS: dict[str, float] = {"N": 0.0, "NE": 45.0, "E": 90.0, "SE": 135.0, "S": 180.0, "SW": 225.0,
                              "W": 270.0, "NW": 315.0}

# 'north of Homs' names no distance. Villages and front lines described that way in conflict
# reports sit mostly 5-25 km from the town centre (beyond the built-up area, within its
# countryside), so the point goes 15 km out with a 15 km radius: the disc then spans from the
# town's edge to ~30 km, which holds the usual cases without claiming more precision.
DIRECTION_KM = 15.0
# Edges of a town ('the southern entrance to X', 'the northern outskirts of X') are a few km from
# its centre: roughly the radius of a large city's built-up area.
EDGE_KM = {"entrance": 5.0, "gates": 5.0, "edge": 5.0, "outskirts": 7.0, "suburbs": 7.0, "approaches": 10.0}
# Parts of an area ('northern Aleppo countryside', 'southern Syria'): the point sits halfway out
# along the bearing. Without the caller's `extent_km` (the anchor's own size) a countryside of
# ~30 km is assumed, which is right for a city and too small for a province or country.
PART_EXTENT_KM = {"countryside": 30.0, "part": 30.0, "districts": 20.0, "neighbourhoods": 10.0, "side": 20.0}
# 'near X', 'close to X', 'outside X': the same district, within about 10 km.
NEAR_KM = {"near": 10.0, "close": 10.0, "vicinity": 10.0, "outside": 10.0, "outskirts": 7.0, "edge": 5.0,
           "suburbs": 7.0}
# A road known by only one end ('on the road to Homs'), or a border without a second anchor.
ROAD_ONE_END_KM = 20.0
BORDER_KM = 50.0
MIN_RADIUS_KM = 5.0  # no relative phrase is more precise than a town centre

# Minimal country table for border phrases: ISO2 → (names, demonyms). Countries at war and
# their neighbours; the gazetteer's full demonym table plugs in through `demonym_lookup`.
_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "SY": (("Syria",), ("Syrian",)), "LB": (("Lebanon",), ("Lebanese",)), "IQ": (("Iraq",), ("Iraqi",)),
    "TR": (("Turkey", "Türkiye", "Turkiye"), ("Turkish",)), "JO": (("Jordan",), ("Jordanian",)),
    "IL": (("Israel",), ("Israeli",)), "PS": (("Palestine", "Gaza", "West Bank"), ("Palestinian",)),
    "IR": (("Iran",), ("Iranian",)), "SA": (("Saudi Arabia",), ("Saudi", "Saudi Arabian")),
    "YE": (("Yemen",), ("Yemeni",)), "OM": (("Oman",), ("Omani",)), "KW": (("Kuwait",), ("Kuwaiti",)),
    "QA": (("Qatar",), ("Qatari",)), "AE": (("United Arab Emirates", "UAE"), ("Emirati",)),
    "EG": (("Egypt",), ("Egyptian",)), "LY": (("Libya",), ("Libyan",)), "TN": (("Tunisia",), ("Tunisian",)),
    "DZ": (("Algeria",), ("Algerian",)), "MA": (("Morocco",), ("Moroccan",)), "SD": (("Sudan",), ("Sudanese",)),
    "SS": (("South Sudan",), ("South Sudanese",)), "TD": (("Chad",), ("Chadian",)),
    "ET": (("Ethiopia",), ("Ethiopian",)), "ER": (("Eritrea",), ("Eritrean",)), "SO": (("Somalia",), ("Somali",)),
    "KE": (("Kenya",), ("Kenyan",)), "ML": (("Mali",), ("Malian",)), "NE": (("Niger",), ("Nigerien",)),
    "NG": (("Nigeria",), ("Nigerian",)), "BF": (("Burkina Faso",), ("Burkinabe",)),
    "CF": (("Central African Republic",), ("Central African",)), "CD": (("Congo", "DRC"), ("Congolese",)),
    "RW": (("Rwanda",), ("Rwandan",)), "UG": (("Uganda",), ("Ugandan",)), "CM": (("Cameroon",), ("Cameroonian",)),
    "MZ": (("Mozambique",), ("Mozambican",)),
    "RU": (("Russia",), ("Russian",)), "UA": (("Ukraine",), ("Ukrainian",)), "BY": (("Belarus",), ("Belarusian",)),
    "MD": (("Moldova",), ("Moldovan",)), "PL": (("Poland",), ("Polish",)), "RO": (("Romania",), ("Romanian",)),
    "GE": (("Georgia",), ("Georgian",)), "AM": (("Armenia",), ("Armenian",)),
    "AZ": (("Azerbaijan",), ("Azerbaijani", "Azeri")),
    "AF": (("Afghanistan",), ("Afghan",)), "PK": (("Pakistan",), ("Pakistani",)), "IN": (("India",), ("Indian",)),
    "CN": (("China",), ("Chinese",)), "MM": (("Myanmar", "Burma"), ("Myanmar", "Burmese")),
    "BD": (("Bangladesh",), ("Bangladeshi",)), "TH": (("Thailand",), ("Thai",)),
    "TJ": (("Tajikistan",), ("Tajik",)), "UZ": (("Uzbekistan",), ("Uzbek",)), "KG": (("Kyrgyzstan",), ("Kyrgyz",)),
    "TM": (("Turkmenistan",), ("Turkmen",)), "KP": (("North Korea",), ("North Korean",)),
    "KR": (("South Korea",), ("South Korean",)),
    "CO": (("Colombia",), ("Colombian",)), "VE": (("Venezuela",), ("Venezuelan",)),
    "MX": (("Mexico",), ("Mexican",)), "US": (("United States", "US", "U.S."), ("American",)),
}
_DEMONYMS = frozenset(d.casefold() for _, demonyms in _COUNTRIES.values() for d in demonyms) - frozenset(
    n.casefold() for names, _ in _COUNTRIES.values() for n in names)
_COUNTRY_WORDS: dict[str, str] = {
    w.casefold(): code for code, (names, demonyms) in _COUNTRIES.items() for w in (*names, *demonyms)
}


def country_codes(word: str, demonym_lookup: Callable[[str], list[str]] | None = None) -> list[str]:
    """ISO2 codes a country name or demonym stands for ('Lebanese' → ['LB']), [] if none."""
    if demonym_lookup is not None:
        codes = [c.upper() for c in demonym_lookup(word) if c]
        if codes:
            return codes
    code = _COUNTRY_WORDS.get(word.strip().casefold())
    return [code] if code else []


@dataclass
class RelativeExpr:
    """A relative location phrase; offsets index the text given to `find_relative`.

    `detail` says which words qualified the phrase (entrance, outskirts, countryside, part,
    near, outside, vicinity, context) because the geometry depends on it.
    """

    start: int
    end: int
    kind: str  # distance | direction | near | road | border
    km_min: float | None = None
    km_max: float | None = None
    direction: str | None = None  # N NE E SE S SW W NW
    anchor_text: str | None = None
    anchor_start: int | None = None
    anchor_end: int | None = None
    anchor2_text: str | None = None
    anchor2_start: int | None = None
    anchor2_end: int | None = None
    countries: list[str] = field(default_factory=list)
    detail: str | None = None


# ---------------------------------------------------------------------------------------------
# Vocabulary

_DIR = r"(?:north|south)(?:[\s-]?(?:east|west))?|east|west"
_DIR_ADJ = r"(?:north|south)(?:-?(?:east|west))?ern|eastern|western"
_UNITS = {"km": 1.0, "kms": 1.0, "kilometer": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometres": 1.0,
          "mile": 1.609344, "miles": 1.609344, "mi": 1.609344, "nautical mile": 1.852, "nautical miles": 1.852}
_UNIT = r"nautical\s+miles?|kilomet(?:er|re)s?|kms?|miles?|mi"
_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100}
_WORD_NUMBER = (r"(?:a\s+|one\s+)?hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|" + "|".join(reversed(_SMALL[1:])))
_NUMBER = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_WORD_NUMBER}"
_LESS = r"less\s+than|fewer\s+than|under|within|up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|barely"
_MORE = r"more\s+than|over|at\s+least|beyond|upwards\s+of"
_ABOUT = (r"about|around|some|nearly|almost|roughly|approximately|approx\.|just|only|an\s+estimated|"
          r"a\s+mere|merely|estimated")

# A place name as written in English news: capitalised words, Arabic articles ('Deir ez-Zor',
# 'Jisr al-Shughur', 'al-Bab'), a few lower-case connectors between capitalised words.
_LOWER_ART = r"(?:al|el|ad|ar|as|at|az|ash|ez|an|ed|es|et)-[A-Z][\w’']*"
_CAP = r"[A-Z](?:[\w’']|\.(?=[A-Za-z]))*(?:-[\w’']+)*"  # dots only inside abbreviations (U.S.)
_CONNECT = r"(?:al|el|ad|ar|as|at|az|ash|ez|an|ibn|bin|de|di|du|la|le|of|upon)"
_NAME = rf"(?:{_CAP}|{_LOWER_ART})(?:[ ](?:{_LOWER_ART}|(?:{_CONNECT}[ ])?{_CAP}))*"
# Name parts of an 'X-Y road/border' pair: hyphens separate the two ends, so none inside a part.
_CAPW = rf"[A-Z][\w’']*(?:[ ](?:{_LOWER_ART}|[A-Z][\w’']*))*"
_NOT_ANCHOR = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "On", "In", "At",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
})
_PLACE_NOUNS = (r"capital|city|town|village|hamlet|province|governorate|district|region|area|port|base|"
                r"air\s*base|airport|camp|crossing|border\s+crossing|neighbou?rhood|suburb|municipality|"
                r"stronghold|enclave|county|oblast|settlement|outpost")
_DESCRIPTOR = re.compile(rf"(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{_PLACE_NOUNS})(?:\s+of)?\s+(?=[A-Z]|{_LOWER_ART})")
_PART = re.compile(
    rf"(?:the\s+)?(?P<dir>{_DIR_ADJ})\s+(?P<part>entrances?|gates?|outskirts|edges?|approaches|suburbs|"
    rf"countryside|districts|neighbou?rhoods|parts?|side|flank)\s+(?:to|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_EDGE = re.compile(r"(?:the\s+)?(?P<part>outskirts|edges?|suburbs|gates|entrances?)\s+(?:to|of)\s+(?:the\s+)?",
                   re.IGNORECASE)
_NAME_RE = re.compile(_NAME)
_OF_PLACE = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{_PLACE_NOUNS}|countryside|outskirts|suburbs)\s+of\b")
_POSSESSIVE = re.compile(r"[’']s?(?=\s|$)")
_PATRON = re.compile(r"\s*-\s*(?:backed|led|funded|supported|sponsored|allied|aligned|trained|armed|made|"
                     r"brokered|owned|controlled)\b", re.IGNORECASE)

_PART_CANON = {"entrance": "entrance", "entrances": "entrance", "gate": "gates", "gates": "gates",
               "outskirts": "outskirts", "edge": "edge", "edges": "edge", "approaches": "approaches",
               "suburbs": "suburbs", "countryside": "countryside", "districts": "districts",
               "neighbourhoods": "neighbourhoods", "neighborhoods": "neighbourhoods", "part": "part",
               "parts": "part", "side": "side", "flank": "side"}


def _direction(word: str) -> str | None:
    """'south-western' / 'North East' / 'northern' → 'SW' / 'NE' / 'N'."""
    w = re.sub(r"[\s-]", "", word.lower())
    w = w[:-3] if w.endswith("ern") else w
    code = "".join(p[0] for p in re.findall(r"north|south|east|west", w)).upper()
    return code if code in BEARINGS else None


def _number(text: str) -> float | None:
    t = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    if t in _TENS:
        return float(_TENS[t])
    if t in _SMALL:
        return float(_SMALL.index(t))
    parts = re.split(r"[\s-]", t)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _SMALL:
        return float(_TENS[parts[0]] + _SMALL.index(parts[1]))
    return None


# ---------------------------------------------------------------------------------------------
# Anchors


@dataclass
class _Anchor:
    start: int
    end: int
    text: str
    direction: str | None = None
    detail: str | None = None


def _trim_name(name: str) -> str:
    """Cut a name run at a possessive ('Syria’s Idlib' → 'Syria') and drop a final full stop."""
    poss = _POSSESSIVE.search(name)
    if poss:
        name = name[: poss.start()]
    return name.rstrip(".’'")


def _anchor_at(text: str, pos: int) -> _Anchor | None:
    """The place name a relative phrase points at, starting at `pos`.

    Skips what stands between the preposition and the name: a part of the place ('the
    southern entrance to'), an edge ('the outskirts of'), a descriptor ('the capital', 'the
    rebel-held town of'), an article.
    """
    direction = detail = None
    m = _PART.match(text, pos)
    if m:
        direction, detail = _direction(m.group("dir")), _PART_CANON[m.group("part").lower()]
        pos = m.end()
    else:
        m = _EDGE.match(text, pos)
        if m:
            detail = _PART_CANON[m.group("part").lower()]
            pos = m.end()
    m = _DESCRIPTOR.match(text, pos)
    if m:
        pos = m.end()
    elif text.startswith("the ", pos):
        pos += 4
    m = _NAME_RE.match(text, pos)
    if not m:
        return None
    name = _trim_name(m.group(0))
    if not name or name.split()[0] in _NOT_ANCHOR:
        return None
    return _Anchor(m.start(), m.start() + len(name), name, direction, detail)


# ---------------------------------------------------------------------------------------------
# Phrase patterns (each yields candidates; overlaps are settled by length afterwards)

_DISTANCE = re.compile(
    rf"\b(?:(?P<qual>{_LESS}|{_MORE}|{_ABOUT}|between)\s+)?(?P<num>{_NUMBER})"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<num2>{_NUMBER}))?\s*(?P<unit>{_UNIT})\b\.?[”\"’']?"
    rf"(?:\s*\([^()]{{0,40}}\))?\s+"
    rf"(?:(?:to\s+the\s+)?(?P<dir>{_DIR})\s+(?:of|from)|(?:away\s+)?from|of|outside(?:\s+of)?|short\s+of|off)\s+",
    re.IGNORECASE,
)
_DIRECTION = re.compile(rf"\b(?:(?:just|directly|due|further|farther)\s+)?(?:to\s+the\s+)?(?P<dir>{_DIR})\s+of\s+",
                        re.IGNORECASE)
_WITHIN = re.compile(
    rf"\b(?P<dir>{_DIR_ADJ})\s+(?P<name>{_NAME})"
    rf"(?:\s+(?P<part>countryside|outskirts|suburbs|districts|neighbou?rhoods|province|governorate|region))?"
)
_POSS_PART = re.compile(
    rf"(?P<name>{_NAME})[’']s\s+(?P<dir>{_DIR_ADJ})\s+(?P<part>countryside|outskirts|suburbs|districts|"
    rf"neighbou?rhoods|entrances?|gates|edges?|approaches|side|flank|parts?)\b"
)
_PART_HEAD = re.compile(rf"\b(?:the\s+)?(?:{_DIR_ADJ})\s+(?:entrances?|gates?|outskirts|edges?|approaches|suburbs|"
                        rf"countryside|districts|neighbou?rhoods|parts?|side|flank)\s+(?:to|of)\s+", re.IGNORECASE)
_NEAR = re.compile(
    r"\b(?P<head>near(?:by)?|close\s+to|outside(?:\s+of)?|just\s+outside|in\s+the\s+vicinity\s+of|"
    r"(?:on\s+|in\s+)?the\s+(?:outskirts|edges?|fringes|suburbs)\s+of|outskirts\s+of)\s+",
    re.IGNORECASE,
)
_ROAD_NOUN = r"(?:road|highway|motorway|expressway|freeway|route|roadway)"
_ROAD_ADJ = (r"(?:main|key|strategic|international|old|new|major|vital|coastal|desert|busy|supply|ring|"
             r"northern|southern|eastern|western|central|[A-Z]{1,2}\d{1,3})")
_ROAD = re.compile(
    rf"(?:\b(?:on|along|off|near|at|by|onto|across)\s+)?(?:\bthe\s+)?"
    rf"(?:\b{_ROAD_ADJ}\s+){{0,2}}\b{_ROAD_NOUN}\s+"
    rf"(?:(?P<verb>leading|running|linking|connecting|going|heading|that\s+(?:links|leads|runs|connects)|"
    rf"which\s+(?:links|leads|runs|connects))\s+)?(?P<prep>from|between|to|towards)?\s*",
)
_ROAD_JOIN = re.compile(r"\s+(?:to|towards|and|with)\s+")
_ROAD_PAIR = re.compile(
    rf"(?:\b(?:on|along|off|near|at|by|onto|across)\s+)?(?:\b[Tt]he\s+)?(?P<a>{_CAPW})\s*[-–—]\s*(?P<b>{_CAPW})\s+"
    rf"(?:(?:{_ROAD_ADJ})\s+)?{_ROAD_NOUN}\b"
)
_BORDER_PREP = r"(?:\b(?:on|along|at|near|across|to|towards|toward|close\s+to|over|alongside|by|from)\s+)?"
_BORDER_NOUN = r"(?:border|frontier|boundary)(?:\s+(?:area|areas|region|zone|strip|crossings?|towns?|villages?))?"
_BORDER_PAIR = re.compile(
    rf"{_BORDER_PREP}(?:\b[Tt]he\s+)?(?P<a>{_CAPW})\s*[-–—/]\s*(?P<b>{_CAPW})\s+{_BORDER_NOUN}\b")
_BORDER_BETWEEN = re.compile(
    rf"{_BORDER_PREP}(?:\b[Tt]he\s+)?\b(?:border|frontier|boundary)\s+between\s+(?:the\s+)?(?P<a>{_CAPW})\s+and\s+"
    rf"(?:the\s+)?(?P<b>{_CAPW})")
_BORDER_WITH = re.compile(
    rf"{_BORDER_PREP}(?:(?P<owner>{_CAPW})[’']s\s+|\b[Tt]he\s+(?:(?P<owner2>{_CAPW})\s+)?|\bits\s+)?"
    rf"\b(?:borders?|frontier)\s+with\s+(?:the\s+)?(?P<b>{_CAPW})")
_BORDER_ONE = re.compile(rf"{_BORDER_PREP}\b[Tt]he\s+(?P<a>{_CAPW})\s+{_BORDER_NOUN}\b")
_BORDER_BARE = re.compile(rf"\b(?:near|at|along|on|across|to|towards|toward|close\s+to|over|alongside|by)\s+"
                          rf"the\s+{_BORDER_NOUN}\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_CONTEXT_WORD = re.compile(rf"{_CAPW}")


# Each phrase family contains a keyword (a unit, a compass word, 'near', a road or border
# noun). Trying the full patterns at every position of a long article is slow, so they run
# only in windows around keyword hits; overlapping windows are merged, so no phrase is seen
# twice. WINDOW exceeds the longest stretch a pattern matches on either side of its keyword.
WINDOW = 120
_KEYS = {
    "distance": re.compile(rf"(?:{_UNIT})\b", re.IGNORECASE),
    "direction": re.compile(r"north|south|east|west", re.IGNORECASE),
    "near": re.compile(r"near|close|outside|vicinity|outskirts|edge|fringes|suburbs", re.IGNORECASE),
    "road": re.compile(_ROAD_NOUN),
    "border": re.compile(r"border|frontier|boundary"),
}


def _scan(rx: re.Pattern[str], text: str, family: str) -> list[re.Match[str]]:
    """Matches of `rx` in `text`, looked for only in windows around the family's keyword."""
    spans: list[list[int]] = []
    for k in _KEYS[family].finditer(text):
        lo, hi = max(0, k.start() - WINDOW), min(len(text), k.end() + WINDOW)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi])
    return [m for lo, hi in spans for m in rx.finditer(text, lo, hi)]


def _qualified(qual: str | None, n1: float, n2: float | None) -> tuple[float | None, float | None]:
    """Stated distance → (km_min, km_max) before unit conversion."""
    q = re.sub(r"\s+", " ", (qual or "").lower())
    if n2 is not None:
        return min(n1, n2), max(n1, n2)
    if q and re.fullmatch(_LESS, q):
        return None, n1
    if q and re.fullmatch(_MORE, q):
        return n1, None
    return n1, n1


def _distance_candidates(text: str) -> list[RelativeExpr]:
    out = []
    for m in _scan(_DISTANCE, text, "distance"):
        n1 = _number(m.group("num"))
        n2 = _number(m.group("num2")) if m.group("num2") else None
        between = (m.group("qual") or "").lower() == "between"
        if n1 is None or (m.group("num2") and n2 is None) or (between and n2 is None):
            continue
        anchor = _anchor_at(text, m.end())
        if anchor is None or _followed_by_border(text, anchor.end):
            continue
        factor = _UNITS[re.sub(r"\s+", " ", m.group("unit").lower())]
        lo, hi = _qualified(m.group("qual"), n1, n2)
        direction = _direction(m.group("dir")) if m.group("dir") else anchor.direction
        out.append(RelativeExpr(
            start=m.start(), end=anchor.end, kind="distance",
            km_min=round(lo * factor, 3) if lo is not None else None,
            km_max=round(hi * factor, 3) if hi is not None else None,
            direction=direction, anchor_text=anchor.text, anchor_start=anchor.start, anchor_end=anchor.end,
            detail=anchor.detail,
        ))
    return out


def _followed_by_border(text: str, pos: int) -> bool:
    return re.match(r"\s*(?:[-–—/]\s*[A-Z][\w’']*\s+)?(?:border|frontier)", text[pos:pos + 40]) is not None


def _direction_candidates(text: str) -> list[RelativeExpr]:
    out = []
    for m in _scan(_DIRECTION, text, "direction"):
        anchor = _anchor_at(text, m.end())
        if anchor is None or _followed_by_border(text, anchor.end):
            continue
        out.append(RelativeExpr(start=m.start(), end=anchor.end, kind="direction", direction=_direction(m.group("dir")),
                                anchor_text=anchor.text, anchor_start=anchor.start, anchor_end=anchor.end,
                                detail=anchor.detail))
    for m in _scan(_PART_HEAD, text, "direction"):  # 'the southern entrance to Damascus' with no distance
        anchor = _anchor_at(text, m.start())
        if anchor is None or anchor.direction is None:
            continue
        out.append(RelativeExpr(start=m.start(), end=anchor.end, kind="direction", direction=anchor.direction,
                                anchor_text=anchor.text, anchor_start=anchor.start, anchor_end=anchor.end,
                                detail=anchor.detail))
    for m in _scan(_WITHIN, text, "direction"):  # 'northern Aleppo countryside', 'southern Syria'
        name = _trim_name(m.group("name"))
        if not name or name.split()[0] in _NOT_ANCHOR or _followed_by_border(text, m.end("name")):
            continue
        if name.casefold() in _DEMONYMS or _OF_PLACE.match(text, m.start("name") + len(name)):
            continue  # 'the northeastern Syrian province of Hasakeh': the place comes later
        trimmed = name != m.group("name")
        part = "" if trimmed else (m.group("part") or "").lower()
        end = m.start("name") + len(name) if trimmed else m.end()
        out.append(RelativeExpr(start=m.start(), end=end, kind="direction", direction=_direction(m.group("dir")),
                                anchor_text=name, anchor_start=m.start("name"), anchor_end=m.start("name") + len(name),
                                detail=_PART_CANON.get(part, "part")))
    for m in _scan(_POSS_PART, text, "direction"):  # "Aleppo's northern countryside"
        name = m.group("name")
        if name.split()[0] in _NOT_ANCHOR:
            continue
        out.append(RelativeExpr(start=m.start(), end=m.end(), kind="direction", direction=_direction(m.group("dir")),
                                anchor_text=name, anchor_start=m.start("name"), anchor_end=m.end("name"),
                                detail=_PART_CANON[m.group("part").lower()]))
    return out


def _near_candidates(text: str) -> list[RelativeExpr]:
    out = []
    for m in _scan(_NEAR, text, "near"):
        if re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()]) and text[m.start()].isupper():
            continue  # 'the Near East' is a region's name
        anchor = _anchor_at(text, m.end())
        if anchor is None or _followed_by_border(text, anchor.end):
            continue
        head = m.group("head").lower()
        detail = next((d for d in ("outskirts", "edge", "fringes", "suburbs", "vicinity", "outside", "close")
                       if d in head), "near")
        detail = "edge" if detail == "fringes" else detail
        out.append(RelativeExpr(start=m.start(), end=anchor.end, kind="near", direction=anchor.direction,
                                anchor_text=anchor.text, anchor_start=anchor.start, anchor_end=anchor.end,
                                detail=anchor.detail or detail))
    return out


def _road_candidates(text: str) -> list[RelativeExpr]:
    out = []
    for m in _scan(_ROAD, text, "road"):
        if re.search(r"\ben\s+$", text[max(0, m.start() - 4):m.start()]):
            continue  # 'en route to X' is a movement, not a place on a road
        a1 = _anchor_at(text, m.end())
        if a1 is None or _followed_by_border(text, a1.end):
            continue
        j = _ROAD_JOIN.match(text, a1.end)
        a2 = _anchor_at(text, j.end()) if j else None
        prep, verb = m.group("prep"), m.group("verb")
        joined = j.group(0).strip() if j else None
        two_ends = a2 is not None and (
            (prep == "from" and joined in ("to", "towards")) or (prep == "between" and joined == "and")
            or (verb is not None and joined in ("to", "and", "with")))
        if two_ends:
            out.append(RelativeExpr(start=m.start(), end=a2.end, kind="road", anchor_text=a1.text,
                                    anchor_start=a1.start, anchor_end=a1.end, anchor2_text=a2.text,
                                    anchor2_start=a2.start, anchor2_end=a2.end))
        elif prep in ("to", "towards", "from") or verb:
            out.append(RelativeExpr(start=m.start(), end=a1.end, kind="road", anchor_text=a1.text,
                                    anchor_start=a1.start, anchor_end=a1.end))
    for m in _scan(_ROAD_PAIR, text, "road"):  # 'the Damascus-Amman highway'
        a, b = m.group("a"), m.group("b")
        if re.fullmatch(_CONNECT, a, re.IGNORECASE) or a in _NOT_ANCHOR:
            continue  # 'Al-Bab road' is one name, not a pair
        out.append(RelativeExpr(start=m.start(), end=m.end(), kind="road", anchor_text=a, anchor_start=m.start("a"),
                                anchor_end=m.end("a"), anchor2_text=b, anchor2_start=m.start("b"),
                                anchor2_end=m.end("b")))
    return out


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return left, right.start() if right else len(text)


def _context_countries(text: str, start: int, end: int, lookup: Callable[[str], list[str]] | None) -> list[str]:
    """Countries named in the phrase's sentence, nearest first.

    'X-backed' / 'X-led' name a patron, not a place ('Iranian-backed militias near the
    border' is not about Iran's border), so those are skipped.
    """
    left, right = _sentence_bounds(text, start, end)
    found: list[tuple[int, str]] = []
    for m in _CONTEXT_WORD.finditer(text, left, right):
        if start <= m.start() < end or _PATRON.match(text, m.end()):
            continue
        words = m.group(0).split(" ")
        # Longest prefix that names a country ('Saudi Arabia' before 'Saudi').
        for k in range(len(words), 0, -1):
            codes = country_codes(" ".join(words[:k]), lookup)
            if codes:
                dist = start - m.end() if m.end() <= start else m.start() - end
                found.append((dist, codes[0]))
                break
    out: list[str] = []
    for _, code in sorted(found):
        if code not in out:
            out.append(code)
    return out


def _fill_border(expr: RelativeExpr, text: str, lookup: Callable[[str], list[str]] | None) -> RelativeExpr:
    """A border lies between two countries: take the missing one(s) from the sentence."""
    if len(expr.countries) < 2:
        for code in _context_countries(text, expr.start, expr.end, lookup):
            if code not in expr.countries:
                expr.countries.append(code)
                expr.detail = "context"
            if len(expr.countries) == 2:
                break
    return expr


def _border_candidates(text: str, lookup: Callable[[str], list[str]] | None) -> list[RelativeExpr]:
    out = []

    def codes(word: str | None) -> list[str]:
        return country_codes(word, lookup) if word else []

    for rx in (_BORDER_PAIR, _BORDER_BETWEEN):
        for m in _scan(rx, text, "border"):
            ca, cb = codes(m.group("a")), codes(m.group("b"))
            if not ca or not cb or ca[0] == cb[0]:
                continue
            out.append(RelativeExpr(start=m.start(), end=m.end(), kind="border", anchor_text=m.group("a"),
                                    anchor_start=m.start("a"), anchor_end=m.end("a"), anchor2_text=m.group("b"),
                                    anchor2_start=m.start("b"), anchor2_end=m.end("b"), countries=[ca[0], cb[0]]))
    for m in _scan(_BORDER_WITH, text, "border"):
        cb = codes(m.group("b"))
        if not cb:
            continue
        owner_group = "owner" if m.group("owner") else "owner2" if m.group("owner2") else None
        co = codes(m.group(owner_group)) if owner_group else []
        expr = RelativeExpr(start=m.start(), end=m.end(), kind="border", anchor2_text=m.group("b"),
                            anchor2_start=m.start("b"), anchor2_end=m.end("b"),
                            countries=[c for c in (co[:1] + cb[:1])])
        if owner_group and co:
            expr.anchor_text, expr.anchor_start, expr.anchor_end = (m.group(owner_group), m.start(owner_group),
                                                                    m.end(owner_group))
        out.append(_fill_border(expr, text, lookup))
    for m in _scan(_BORDER_ONE, text, "border"):
        ca = codes(m.group("a"))
        if not ca:
            continue
        expr = RelativeExpr(start=m.start(), end=m.end(), kind="border", anchor_text=m.group("a"),
                            anchor_start=m.start("a"), anchor_end=m.end("a"), countries=ca[:1])
        out.append(_fill_border(expr, text, lookup))
    for m in _scan(_BORDER_BARE, text, "border"):  # 'massed near the border': countries from the sentence
        expr = RelativeExpr(start=m.start(), end=m.end(), kind="border")
        out.append(_fill_border(expr, text, lookup))
    return out


def find_relative(text: str, *, demonym_lookup: Callable[[str], list[str]] | None = None) -> list[RelativeExpr]:
    """Relative location phrases in `text`, in order, non-overlapping (longest phrase wins).

    `demonym_lookup(word) -> [ISO2, ...]` resolves country words in border phrases; the
    built-in minimal table is the fallback.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_relative needs a str, got {type(text).__name__}")
    cands = (_distance_candidates(text) + _direction_candidates(text) + _near_candidates(text)
             + _road_candidates(text) + _border_candidates(text, demonym_lookup))
    rank = {"distance": 0, "border": 1, "road": 2, "direction": 3, "near": 4}
    chosen: list[RelativeExpr] = []
    for c in sorted(cands, key=lambda e: (-(e.end - e.start), rank[e.kind], e.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda e: e.start)


def relative_geometry(expr: RelativeExpr, anchor: tuple[float, float], anchor2: tuple[float, float] | None = None,
                      *, extent_km: float | None = None) -> dict[str, Any]:
    """Point + radius (km) for a relative phrase whose anchor(s) the caller resolved.

    `extent_km` is the anchor's own size (a province, a country) for phrases naming a part
    of it ('southern Syria'); without it a city's countryside is assumed. For border phrases
    the anchor is whatever point the caller has (a crossing, a border town, the first
    country) and `anchor2` the second country's. The radius is the uncertainty: the true
    place is meant to lie within it. Keys: kind, lat, lon, radius_km, direction, km, km_min,
    km_max, anchor, anchor_lat, anchor_lon, detail, precision ('relative' | 'border'), plus
    anchor2* when given, `line` for roads and `countries` for borders.
    """
    lat0, lon0 = anchor
    check_point(lat0, lon0)
    if anchor2 is not None:
        check_point(*anchor2)
    bearing = BEARINGS.get(expr.direction) if expr.direction else None
    lat, lon, radius = lat0, lon0, MIN_RADIUS_KM
    km = expr.km_max if expr.km_max is not None else expr.km_min
    out: dict[str, Any] = {"kind": expr.kind, "direction": expr.direction, "km": km, "km_min": expr.km_min,
                           "km_max": expr.km_max, "anchor": expr.anchor_text, "anchor_lat": lat0, "anchor_lon": lon0,
                           "detail": expr.detail, "precision": "relative"}
    if expr.kind == "distance":
        lo, hi = expr.km_min, expr.km_max
        if lo is not None and hi is not None:
            mid = (lo + hi) / 2
            if bearing is not None:
                lat, lon = destination(lat0, lon0, bearing, mid)
                # Stated distances are rounded and compass words are loose: ~30% of the distance.
                radius = max(0.3 * mid, (hi - lo) / 2, MIN_RADIUS_KM)
            else:
                radius = max(hi, MIN_RADIUS_KM)  # somewhere on a ring around the anchor: the disc holding it
        elif hi is not None:  # 'less than N'
            if bearing is not None:
                # A compass word names a quadrant (bearing ±45°); the smallest circle holding that
                # quarter-disc of radius N is centred N/√2 out along the bearing, with radius N/√2.
                lat, lon = destination(lat0, lon0, bearing, hi / math.sqrt(2))
                radius = max(hi / math.sqrt(2), MIN_RADIUS_KM)
            else:
                radius = max(hi, MIN_RADIUS_KM)
        elif lo is not None:  # 'more than N': read as N to 2N, the usual hedge
            if bearing is not None:
                lat, lon = destination(lat0, lon0, bearing, 1.5 * lo)
                radius = max(0.5 * lo, MIN_RADIUS_KM)
            else:
                radius = 2 * lo
    elif expr.kind == "direction":
        if bearing is None:
            radius = DIRECTION_KM
        elif expr.detail in PART_EXTENT_KM:
            extent = extent_km if extent_km else PART_EXTENT_KM[expr.detail]
            lat, lon = destination(lat0, lon0, bearing, extent / 2)
            radius = max(extent / 2, MIN_RADIUS_KM)
        elif expr.detail in EDGE_KM:
            lat, lon = destination(lat0, lon0, bearing, EDGE_KM[expr.detail])
            radius = max(EDGE_KM[expr.detail], MIN_RADIUS_KM)
        else:
            lat, lon = destination(lat0, lon0, bearing, DIRECTION_KM)
            radius = DIRECTION_KM
    elif expr.kind == "near":
        radius = NEAR_KM.get(expr.detail or "near", NEAR_KM["near"])
        if bearing is not None:  # 'near the northern outskirts of X'
            lat, lon = destination(lat0, lon0, bearing, radius)
    elif expr.kind == "road":
        if anchor2 is not None:
            # Nothing says where along the road: the midpoint, with a radius reaching both ends.
            lat, lon = midpoint(lat0, lon0, *anchor2)
            radius = max(haversine_km(lat0, lon0, *anchor2) / 2, MIN_RADIUS_KM)
            out["line"] = [[lat0, lon0], [anchor2[0], anchor2[1]]]
        else:
            radius = ROAD_ONE_END_KM
    elif expr.kind == "border":
        if anchor2 is not None:
            lat, lon = midpoint(lat0, lon0, *anchor2)
            radius = max(haversine_km(lat0, lon0, *anchor2) / 2, MIN_RADIUS_KM)
        else:
            radius = BORDER_KM
        out["countries"] = list(expr.countries)
        out["precision"] = "border"
    else:
        raise ValueError(f"unknown relative kind: {expr.kind!r}")
    if anchor2 is not None:
        out.update(anchor2=expr.anchor2_text, anchor2_lat=anchor2[0], anchor2_lon=anchor2[1])
    out.update(lat=round(lat, 5), lon=round(lon, 5), radius_km=round(radius, 2))
    return out
