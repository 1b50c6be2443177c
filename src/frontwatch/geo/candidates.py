"""Candidate places for a surface string: every way a name in an article can match.

Matches come in tiers, best first:

1. exact      -- the place's own name, case-insensitively ('Aleppo');
2. alternate  -- one of its alternate names ('Halab', 'Daraa Governorate');
3. folded     -- equal after transliteration folding ('Dderaa' ~ 'Deraa', 'Kuneytra' ~ 'Quneitra');
4. demonym    -- a country adjective standing for the country ('Syrian', 'Lebanese-Syrian border');
5. fuzzy      -- one or two edits away from a folded name ('Halepi' ~ 'Halep', 'Sheikh Meskin'
   ~ 'Sheikh Miskin'), searched only within the caller's focus countries plus (with one edit
   fewer) a small global set of countries, capitals and million-cities; never for an
   everyday English word ('Islamic' is not Lislamin, Syria: `common_word`).

Fuzzy search is restricted because worldwide it is both slow (hundreds of thousands of keys)
and wrong: any short word is one edit from some village ('Rami' ~ 'Rama'). Within the
countries an article is about, the same edit distance is strong evidence. Scores are
returned, not thresholded, so the resolver decides with context.
"""

from __future__ import annotations

import math
from collections.abc import Collection

from frontwatch.geo.demonyms import countries_named, demonym_codes
from frontwatch.geo.fold import fold
from frontwatch.geo.fuzzy_index import FuzzyIndex, LRUMemo
from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.geo.sources import CONTINENT_ADJECTIVES, NATION_ADJECTIVES
from frontwatch.geo.words import common_word
from frontwatch.model import Candidate

TIERS = {"exact": 0, "alternate": 1, "folded": 2, "demonym": 3, "fuzzy": 4}
# How many names found by no tier but the fuzzy one `CandidateFinder` remembers (least recently used
# out first; a name is ~100 B): the geoparser asks each such name again with every new set of focus
# countries, and all but the fuzzy search's answer is known from the first time (perf36).
WEAK_MEMO = 50_000


def max_edits(key: str) -> int:
    """Edits a misspelling of this length may contain: 0 below 4 letters, 1 below 6, else 2.

    Short names leave no room: 'Homs' one edit away is 'Hums', 'Hom', 'Holms'..."""
    n = len(key.replace(" ", ""))
    return 0 if n < 4 else 1 if n < 6 else 2


def candidate_features(cand: Candidate, *, edits: int = 0, in_focus: bool = False) -> dict[str, float]:
    p = cand.place
    return {
        "match": round(cand.score, 4),
        "tier": float(TIERS[cand.how]),
        "edits": float(edits),
        "log_population": round(math.log10(max(p.population, 0) + 1), 4),
        "in_focus": 1.0 if in_focus else 0.0,
        "is_country": 1.0 if p.precision == "country" else 0.0,
        "is_admin1": 1.0 if p.precision == "admin1" else 0.0,
        "is_admin2": 1.0 if p.precision == "admin2" else 0.0,
        "is_populated_place": 1.0 if p.feature_class == "P" else 0.0,
        "is_capital": 1.0 if p.feature_code == "PPLC" else 0.0,
    }


class CandidateFinder:
    """Candidate lookups over one gazetteer; keeps lazily-built fuzzy indexes per country."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self._by_country: dict[str, FuzzyIndex] = {}
        self._global: FuzzyIndex | None = None
        self._divisions: FuzzyIndex | None = None
        self._weak = LRUMemo(WEAK_MEMO)  # names no tier but the fuzzy one finds (`_weak_candidates`)

    def _country_index(self, code: str) -> FuzzyIndex:
        idx = self._by_country.get(code)
        if idx is None:
            idx = self._by_country[code] = FuzzyIndex.from_pairs(self.gaz.fold_keys(code))
        return idx

    def _global_index(self) -> FuzzyIndex:
        if self._global is None:
            self._global = FuzzyIndex.from_pairs(self.gaz.prominent_fold_keys())
        return self._global

    def divisions(self, text: str, *, fuzzy: bool = True) -> list[Candidate]:
        """First-level divisions by their bare name ('Dagestan', 'Ingushetia': `geo/divisions.py`)
        and two-part countries by their first part ('Bosnia'): one more alternate name each
        (exact), or (with `fuzzy`) a match one edit away."""
        from frontwatch.geo.divisions import division_index, division_matches

        if self._divisions is None:
            self._divisions = division_index(self.gaz)
        hits = [(gid, d) for gid, d in dict(division_matches(self._divisions, text)[::-1]).items()
                if fuzzy or d == 0]  # one per division, its nearest key
        places = self.gaz.places(gid for gid, _ in hits)
        key = fold(text) or ""
        out = []
        from frontwatch.geo.resolve import romanised

        for gid, d in hits:
            # a near miss only in a country that writes in another script ('Ingushetia' ~
            # 'Ingushetiya'): in a Latin-script one it is another word ('Wethington' ~ 'Wellington')
            if gid in places and (d == 0 or romanised(places[gid].country)):
                cand = Candidate(place=places[gid], score=0.95 if d == 0 else round(1.0 - d / max(len(key), 1), 4),
                                 how="alternate" if d == 0 else "fuzzy")
                cand.features = candidate_features(cand, edits=d)
                out.append(cand)
        return out

    def forget_searches(self) -> None:
        """Drop the memoised fuzzy hits but keep the built indexes, so a benchmark can time
        cold searches (`bench/gazetteer_lookups.py`) without rebuilding an index each round."""
        for idx in [*self._by_country.values(), *([self._global] if self._global else [])]:
            idx._memo.clear()

    def demonym(self, text: str) -> list[str]:
        """ISO2 codes of the country adjectives that start `text`: 'Syrian' → ['SY'],
        'Lebanese-Syrian' → ['LB', 'SY'], 'Syrian army' → ['SY']."""
        return demonym_codes(text)

    def fuzzy(self, text: str, *, focus: Collection[str] = (), limit: int = 20) -> list[Candidate]:
        """Fuzzy candidates only: within `focus` countries (`max_edits` edits) and among
        the world's countries, capitals and million-cities (one edit fewer: without the
        article's focus a near-miss is weaker evidence, so 'Rami' and 'Assad' find nothing)."""
        key = fold(text)
        if not key:
            return []
        edits = max_edits(key)
        focus_set = {c.upper() for c in focus}
        searches = [(self._country_index(c), edits) for c in sorted(focus_set)]
        searches.append((self._global_index(), edits - 1))
        best: dict[int, tuple[float, int]] = {}
        for idx, budget in searches:
            for matched, d, gids in idx.search(key, budget, limit * 4):
                score = 1.0 - d / max(len(key), len(matched))
                for gid in gids:
                    if gid not in best or score > best[gid][0]:
                        best[gid] = (score, d)
        places = self.gaz.places(best)
        out = []
        for gid, (score, d) in best.items():
            place = places.get(gid)
            if place is None:
                continue
            cand = Candidate(place=place, score=round(score, 4), how="fuzzy")
            cand.features = candidate_features(cand, edits=d, in_focus=place.country in focus_set)
            out.append(cand)
        return _rank(out, focus_set)[:limit]

    def candidates(self, text: str, *, focus: Collection[str] = (), limit: int = 20) -> list[Candidate]:
        """Every candidate place for `text`, best match first (tier, score, focus, population).

        Fuzzy matching runs only when nothing matched exactly, by alternate name or by
        folding -- within `focus` when that is given (a hit elsewhere does not stop a
        search in the countries the article is about)."""
        if not isinstance(text, str):
            raise TypeError(f"place text must be a str, not {type(text).__name__}")
        text = " ".join(text.split())
        if not text or limit <= 0:
            return []
        focus_set = {c.upper() for c in focus}
        if self._weak.get(text):
            return self._weak_candidates(text, focus_set, limit)
        found: dict[int, Candidate] = {}

        def keep(cand: Candidate) -> None:
            prev = found.get(cand.place.geonameid)
            if prev is None or TIERS[cand.how] < TIERS[prev.how]:
                cand.features = candidate_features(cand, in_focus=cand.place.country in focus_set)
                found[cand.place.geonameid] = cand

        wide = max(limit * 5, 100)  # fetch beyond `limit` so focus countries survive the cut
        for cand in self.gaz.by_name(text, limit=wide):
            keep(cand)
        key = fold(text)
        if key:
            for cand in self.gaz.by_fold(key, limit=wide):
                keep(cand)
        if focus_set and not any(c.place.country in focus_set for c in found.values()):
            for cand in self.gaz.by_name(text, countries=focus_set, limit=limit):
                keep(cand)
            if key:
                for cand in self.gaz.by_fold(key, countries=focus_set, limit=limit):
                    keep(cand)
        for code in countries_named(text):
            place = self.gaz.country(code)
            if place is not None:
                keep(Candidate(place=place, score=1.0, how="demonym"))
        bare = text[4:] if text.lower().startswith("the ") else text
        continent = CONTINENT_ADJECTIVES.get(bare)
        if continent:  # 'African', 'Europeans': the continent, as 'Syrian' is Syria
            for cand in self.gaz.by_name(continent, limit=5):
                if cand.place.feature_code == "CONT":
                    keep(Candidate(place=cand.place, score=1.0, how="demonym"))
        if bare in NATION_ADJECTIVES:  # 'English', 'Welsh': England and Wales, divisions of GB
            country, nation = NATION_ADJECTIVES[bare]
            for cand in self.gaz.by_name(nation, countries={country}, limit=5):
                if cand.place.precision == "admin1":
                    keep(Candidate(place=cand.place, score=1.0, how="demonym"))
        strong_in_focus = any(c.place.country in focus_set for c in found.values()) if focus_set else bool(found)
        if not strong_in_focus and not common_word(text):
            for cand in self.fuzzy(text, focus=focus_set, limit=limit):
                if cand.place.geonameid not in found:
                    found[cand.place.geonameid] = cand
        if not any(TIERS[c.how] <= TIERS["demonym"] for c in found.values()):
            self._add_divisions(text, found)
            if all(c.how == "fuzzy" for c in found.values()):
                self._weak.put(text, True)  # no tier but the fuzzy one, whatever the focus: see `_weak_candidates`
        return _rank(list(found.values()), focus_set)[:limit]

    def _add_divisions(self, text: str, found: dict[int, Candidate]) -> None:
        # an exact bare name even when it is a frequent word ('Bosnia'); a near miss not
        for cand in self.divisions(text, fuzzy=not common_word(text)):  # 'Ingushetia' for 'Ingushetiya, Respublika'
            prev = found.get(cand.place.geonameid)
            if prev is None or TIERS[cand.how] < TIERS[prev.how]:
                found[cand.place.geonameid] = cand

    def _weak_candidates(self, text: str, focus_set: set[str], limit: int) -> list[Candidate]:
        """`candidates` for a name an earlier look-up (any focus) found by no tier but the fuzzy one.

        Why it can skip the rest: the exact, alternate, folded, demonym and division tiers do not
        depend on the focus countries (the focus-only queries ask for a subset of rows the unfocused
        ones found none of), so they are empty again; only the fuzzy search within the new focus can
        differ. An everyday word is never fuzzy-searched and its exact division match would have been
        a strong tier, so its answer is empty. The geoparser asks each name again with every article's
        focus countries (geo/geoparse.py, the second pass for names without a strong candidate)."""
        if common_word(text):
            return []
        found = {cand.place.geonameid: cand for cand in self.fuzzy(text, focus=focus_set, limit=limit)}
        self._add_divisions(text, found)
        return _rank(list(found.values()), focus_set)[:limit]


def _rank(cands: list[Candidate], focus: set[str]) -> list[Candidate]:
    return sorted(
        cands,
        # A town before the division named after it (whose population is its members' sum).
        key=lambda c: (TIERS[c.how], -c.score, c.place.country not in focus, c.place.precision in ("admin1", "admin2"),
                       -c.place.population, c.place.geonameid),
    )
