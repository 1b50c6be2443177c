"""Place filters that fold spellings and aliases: Aleppo = Ḩalab = Halab = Halep = حلب.

Why: an event stores the gazetteer's name for its place ("Aleppo") and the words of the text
("Halepi"); a user types the name they know. A substring search over those columns gave
Aleppo 67, Ḩalab 101 and Halab 0 events on one store. The gazetteer already knows every
alternate name of a place (GeoNames alternates in many scripts) and a transliteration-folded
key for each, so a filter name is looked up there — as a name or alternate (case-insensitive)
and by its folded key — and every place so named matches: by GeoNames id, and by its main name
as the event's place or admin1 (so "Halab" also finds events in towns of Aleppo governorate,
as "Aleppo" does by substring). The substring search stays for names the gazetteer lacks.

The API serves a store and may run where no gazetteer was built: then `lookup` returns
nothing and the filter is the plain substring search, never an error.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from frontwatch.geo.fold import fold

MIN_CHARS = 3  # 'Al' or 'As' would name thousands of places
MAX_PLACES = 60  # a common name ('Springfield') matches many; more adds noise, not recall


@dataclass(frozen=True)
class PlaceAlias:
    """What one filter name stands for: the ids of the places so named and their main names."""

    ids: frozenset[int] = frozenset()
    names: frozenset[str] = frozenset()


class PlaceAliases:
    """Filter name → PlaceAlias through the gazetteer, cached (filters repeat: the map re-sends them)."""

    def __init__(self, gazetteer: Path | None = None) -> None:
        self._path = gazetteer
        self._gazetteer = None
        self._opened = False
        self._lock = threading.Lock()
        self.lookup = lru_cache(maxsize=4096)(self._lookup)

    def _open(self):
        with self._lock:
            if not self._opened:
                from frontwatch.geo.gazetteer import Gazetteer, GazetteerError

                try:  # never build one here: a request must not start a minutes-long build
                    self._gazetteer = Gazetteer.open(self._path, build=False)
                except GazetteerError:
                    self._gazetteer = None
                self._opened = True
        return self._gazetteer

    def _lookup(self, name: str) -> PlaceAlias:
        text = name.strip()
        if len(text) < MIN_CHARS or text.isdigit():
            return PlaceAlias()
        gaz = self._open()
        if gaz is None:
            return PlaceAlias()
        cands = gaz.by_name(text, limit=MAX_PLACES)
        key = fold(text)
        if key:
            cands += gaz.by_fold(key, limit=MAX_PLACES)
        places = {c.place.geonameid: c.place for c in cands}
        return PlaceAlias(ids=frozenset(places), names=frozenset(p.name for p in places.values() if p.name))
