"""'The Syrian capital', "Afghanistan's capital": a country's capital named by the country.

Why: wire headlines name a capital by its country far more often than by name ('Shelling near
the Syrian capital kills 19', 'Blast rocks Somali capital'), and an event there would otherwise
be placed at the country's centroid (or the demonym taken for an actor's origin). The phrase
is a demonym or a country name (optionally possessive), then 'capital'. Left alone: when the
capital's own name follows ('the Afghan capital Kabul', 'the Dagestani capital, Makhachkala'),
that name is the toponym already; 'the Sudanese capital of Darfur' is a region's capital; and
'the Somali capital's Hamar Weyne district' puts the event in the district the capital contains.
The country comes from a country toponym the geoparser resolved inside the phrase, else from the
demonym table (geo/demonyms.py); the capital from the gazetteer (GeoNames PPLC). The new toponym
is `derived`: the demonym or country inside stays a toponym of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from frontwatch.model import Place, Toponym

# One or two capitalised words ('Syrian', 'South Sudanese', "Syria's", 'Syria'), then 'capital'.
_PHRASE = re.compile(r"\b([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)(?:’s|'s)?\s+capital\b(?!\s+(?:city\s+)?[A-Z])(?![’']s)(?!,\s+[A-Z])(?!\s+of\b)")


def capital_toponyms(text: str, toponyms: list[Toponym], capital: Callable[[str], Place | None],
                     demonym_codes: Callable[[str], list[str]]) -> list[Toponym]:
    """The capital toponyms of the text's capital phrases (marked `derived`: the country or
    demonym inside stays a toponym of its own, as geoparsing corpora annotate it)."""
    out: list[Toponym] = []
    for m in _PHRASE.finditer(text):
        words = m.group(1)
        inside = [t for t in toponyms if t.start >= m.start() and t.end <= m.end() and t.relative is None]
        codes = [t.place.country for t in inside if t.place is not None and t.precision == "country"]
        if not codes:
            codes = demonym_codes(words)
        if len(set(codes)) != 1:
            continue
        place = capital(codes[0])
        if place is None:
            continue
        if any(t.start < m.end() and m.start() < t.end and id(t) not in {id(u) for u in inside} for t in toponyms):
            continue  # a longer name overlaps the phrase ('the Syrian Capital Governorate' is not one)
        score = max((t.score for t in inside), default=0.6)
        out.append(Toponym(start=m.start(), end=m.end(), text=m.group(0), place=place, score=score,
                           precision=place.precision, sentence=inside[0].sentence if inside else None,
                           derived="capital"))
    return out


__all__ = ["capital_toponyms"]
