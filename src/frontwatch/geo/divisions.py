"""First-level divisions by their bare names: 'Dagestan', 'Ingushetia', 'Baluchistan' (and
two-part countries by their first part: 'Bosnia').

GeoNames (and so the gazetteer) often names a state or province together with its kind
('Dagestan, Respublika', 'Ingushetiya, Respublika', 'Provinsi Papua'), and lists few of
the English spellings news uses. The gazetteer's folded keys then hold no bare 'dagestan',
and fuzzy search, which runs only in the article's focus countries and over a short list
of famous places, never sees the division at all: 'clashes in the province of Ingushetia'
had no candidate. This index holds every first-level division under its name with the
kind words dropped (data/division_words.json, the only loader), searched exactly and with
one edit ('Ingushetia' ~ 'ingushetiya', 'Baluchistan' ~ 'balochistan'). Divisions are few
(about 4,000 with their alternate names' keys), so a world-wide search stays cheap and
rarely hits a wrong word; the resolver still decides with the sentence's evidence.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json
from frontwatch.geo.fold import fold

if TYPE_CHECKING:
    from frontwatch.geo.fuzzy_index import FuzzyIndex
    from frontwatch.geo.gazetteer import Gazetteer


@lru_cache(maxsize=1)
def _settings() -> tuple[frozenset[str], frozenset[str], int, int]:
    raw = data_json("division_words.json")
    folded = lambda ws: frozenset(k for w in ws if (k := fold(w)))  # noqa: E731 - compared as folded keys
    return (folded(raw["designators"]), folded(raw["bare_stop"]), int(raw["min_letters"]),
            int(raw["first_part_min_people"]))


def _words() -> tuple[frozenset[str], frozenset[str], int]:
    return _settings()[:3]


def bare_key(key: str) -> str | None:
    """A folded division name without its kind words ('dagestan respublika' → 'dagestan'),
    or None when nothing name-like is left ('nortern region' → None)."""
    designators, stop, least = _words()
    tokens = key.split()
    rest = [t for t in tokens if t not in designators]
    if not rest or len(rest) == len(tokens):
        return None  # no kind word: the gazetteer already has this key as it is
    bare = " ".join(rest)
    if bare in stop or len(bare.replace(" ", "")) < least:
        return None
    return bare


def division_index(gaz: "Gazetteer") -> "FuzzyIndex":
    """The fuzzy index of first-level divisions' bare names (built once per finder)."""
    from frontwatch.geo.fuzzy_index import FuzzyIndex

    rows = gaz.level_fold_keys("admin1")
    from frontwatch.geo.words import common_word

    # 'national' (National Capital Region), 'jewish' (Jewish Autonomous Oblast): a bare name
    # that is an everyday word names no division by itself
    pairs = [(b, gid) for key, gid in rows if (b := bare_key(key)) and not common_word(b)]
    _, _, _, least_people = _settings()
    countries = gaz.level_fold_keys("country", least_people)
    pairs += [(f, gid) for key, gid in countries if (f := first_part(key))]
    return FuzzyIndex.from_pairs(pairs)


def first_part(key: str) -> str | None:
    """The first of a two-part country's names ('bosnia and herzegovina' → 'bosnia', 'saint
    kitts and nevis' → 'saint kitts'): what news calls it, and listed nowhere on its own."""
    _, stop, least = _words()
    first, sep, _ = key.partition(" and ")
    return first if sep and first not in stop and len(first.replace(" ", "")) >= least else None


def division_matches(index: "FuzzyIndex", text: str) -> list[tuple[int, int]]:
    """(geonameid, edits) of the divisions whose bare name is `text` or one edit from it
    (none for names shorter than the index's least length: 'Kent' ~ 'Kant' is no evidence).
    The caller keeps a near miss only where transliteration makes variants."""
    _, _, least = _words()
    key = fold(text)
    if not key or len(key.replace(" ", "")) < least:
        return []
    edits = 1 if len(key) >= 8 else 0
    exact = [(gid, 0) for k, _, gids in index.search(key, max(edits, 1), 20) if k == key for gid in gids]
    if exact or edits == 0:
        return exact
    return [(gid, d) for _, d, gids in index.search(key, edits, 20) for gid in gids]


__all__ = ["bare_key", "division_index", "division_matches", "first_part"]
