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
from collections import OrderedDict
from collections.abc import Collection, Hashable
from typing import Any

import numpy as np
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist

from frontwatch.geo.demonyms import countries_named, demonym_codes
from frontwatch.geo.fold import fold
from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.geo.sources import CONTINENT_ADJECTIVES, NATION_ADJECTIVES
from frontwatch.geo.words import common_word
from frontwatch.model import Candidate

TIERS = {"exact": 0, "alternate": 1, "folded": 2, "demonym": 3, "fuzzy": 4}
_VOWELS = frozenset("aeiouy")
MEMO_SIZE = 50_000  # fuzzy searches remembered per index


def max_edits(key: str) -> int:
    """Edits a misspelling of this length may contain: 0 below 4 letters, 1 below 6, else 2.

    Short names leave no room: 'Homs' one edit away is 'Hums', 'Hom', 'Holms'..."""
    n = len(key.replace(" ", ""))
    return 0 if n < 4 else 1 if n < 6 else 2


class LRUMemo:
    """A bounded least-recently-used memo: recurring names stay, one-off strings age out.

    Results cached here are pure functions of their key, so the memo changes nothing but
    time; bounded so a long-running worker's memory stays flat."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable) -> Any:
        hit = self._data.get(key)
        if hit is not None:
            self._data.move_to_end(key)
        return hit

    def put(self, key: Hashable, value: Any) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.size:
            self._data.popitem(last=False)

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


_PAD_START, _PAD_END = "\x01", "\x02"  # never in a folded key: the '^' and '$' of the bigrams


def _padded(key: str) -> str:
    return f"{_PAD_START}{key}{_PAD_END}"


def _bigram_postings(keys: list[str], lengths: np.ndarray | None = None
                     ) -> tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray]:
    """(letter ids, sorted bigram codes, start of each bigram's postings, postings), every key
    at once: the padded keys joined into one array, one bigram code per position, and one
    stable sort by code (keys are in row order already, so each bigram's postings come out
    ascending) after which a key's repeated bigrams are adjacent and dropped. Codes fit in 16
    bits for any realistic alphabet (base² < 65,536), where numpy's stable sort is a radix sort."""
    codes = np.frombuffer("".join(map(_padded, keys)).encode("utf-32-le"), dtype=np.uint32)
    letters = np.flatnonzero(np.bincount(codes))
    letter_id = {chr(c): i + 1 for i, c in enumerate(letters.tolist())}  # 0: a letter no key has
    base = len(letters) + 1
    dense = np.zeros(int(letters[-1]) + 1, dtype=np.uint64)
    dense[letters] = np.arange(1, base, dtype=np.uint64)
    ids = dense[codes]
    if lengths is None:
        lengths = np.fromiter(map(len, keys), dtype=np.int32, count=len(keys))
    rows = np.repeat(np.arange(len(keys), dtype=np.int32), lengths.astype(np.int64) + 2)
    inside = rows[:-1] == rows[1:]  # not the pair that spans two keys
    grams, rows = (ids[:-1] * np.uint64(base) + ids[1:])[inside], rows[:-1][inside]
    order = np.argsort(grams.astype(np.uint16) if base * base < 1 << 16 else grams, kind="stable")
    grams, rows = grams[order], rows[order]
    keep = np.r_[True, (grams[1:] != grams[:-1]) | (rows[1:] != rows[:-1])]
    grams, postings = grams[keep], rows[keep]
    first = np.flatnonzero(np.r_[True, grams[1:] != grams[:-1]])
    return letter_id, grams[first], np.r_[first, len(grams)].astype(np.int64), postings


# One OSA edit (substitution, insertion, deletion or adjacent transposition) changes at most
# 3 of a padded key's bigrams: those overlapping the one or two positions it touches.
_GRAMS_PER_EDIT = 3


class FuzzyIndex:
    """Unique folded keys of a set of places, a bigram index over them, and the places of each key.

    A key within `e` OSA edits of the query is within `e` letters of its length and shares
    all but at most 3·e of the query's distinct padded bigrams (and of its own). Counting
    shared bigrams is one numpy `bincount` over the postings of the query's bigrams; only the
    keys that pass both bounds are compared with rapidfuzz. Both bounds are necessary
    conditions, so the hits are exactly those of comparing every key: the index changes the
    cost of a search (a 86,000-key country from ~12 ms to about one), not its answer."""

    def __init__(self, keys: list[str], ids: list[tuple[int, ...]]) -> None:
        self.keys = keys  # unique, shortest first (see from_pairs)
        self.ids = ids
        self._lengths = np.fromiter(map(len, keys), dtype=np.int32, count=len(keys))
        if keys:
            self._letter_id, self._gram_codes, self._starts, self._postings = _bigram_postings(keys, self._lengths)
        else:
            self._letter_id, self._gram_codes = {}, np.zeros(0, dtype=np.uint64)
            self._starts, self._postings = np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int32)
        self._base = len(self._letter_id) + 1
        self._own_grams = np.bincount(self._postings, minlength=len(keys)).astype(np.int32)
        # Keys run shortest first, so each bigram's postings (ascending rows) run shortest
        # first too: (bigram's place, key length) is one ascending code per posting, and the
        # postings of a bigram within a length window are one slice found by binary search.
        self._span = int(self._lengths.max()) + 2 if keys else 1
        per_gram = np.repeat(np.arange(len(self._gram_codes), dtype=np.int64), np.diff(self._starts))
        self._gram_len = per_gram * self._span + self._lengths[self._postings]
        # Memo of `search`: names recur across articles (a batch of Syria news asks the US and
        # SY indexes for the same misspellings again and again); results are a pure function
        # of the arguments, so caching changes nothing but time.
        self._memo = LRUMemo(MEMO_SIZE)

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, int]]) -> "FuzzyIndex":
        # Grouped first, so each distinct key is tested once below. Most keys name one place:
        # each key's ids are kept as a tuple from the start, grown on the rare repeat.
        by_key: dict[str, tuple[int, ...]] = {}
        for key, gid in pairs:
            got = by_key.get(key)
            by_key[key] = (gid,) if got is None else (*got, gid)
        # A key with no vowel is a consonant skeleton ('hms', 'alrqt') or a code, not a
        # spelling anyone writes; fuzzy-matching it only adds noise.
        # Shortest first (then alphabetically): a length window is a run of rows (see _near).
        keys = sorted(k for k in by_key if not _VOWELS.isdisjoint(k))
        keys.sort(key=len)  # stable: alphabetical within a length
        return cls(keys, list(map(by_key.__getitem__, keys)))

    def __len__(self) -> int:
        return len(self.keys)

    def _grams(self, key: str) -> set[int]:
        """The distinct padded bigrams of a key as this index codes them ('homs' → ^h ho om ms s$)."""
        ids = [self._letter_id.get(ch, 0) for ch in _padded(key)]
        return {ids[i] * self._base + ids[i + 1] for i in range(len(ids) - 1)}

    def _near(self, key: str, edits: int) -> list[int]:
        """Indexes of the keys that may be within `edits` of `key` (a superset of the hits)."""
        # The keys within `edits` letters of the query's length: one run of rows, [lo, hi).
        lo, hi = np.searchsorted(self._lengths, [len(key) - edits, len(key) + edits + 1]).tolist()
        mine = np.fromiter(self._grams(key), dtype=np.uint64)
        need = len(mine) - _GRAMS_PER_EDIT * edits
        if need <= 0:  # too short for the bigram bound: only lengths filter
            return list(range(lo, hi))
        if not len(self._gram_codes):
            return []
        at = np.minimum(np.searchsorted(self._gram_codes, mine), len(self._gram_codes) - 1)
        grams = at[self._gram_codes[at] == mine].astype(np.int64)
        if not len(grams):
            return []
        # Each bigram's postings of keys in the length window, counted per key (the window
        # clipped to 0..longest, so that it cannot reach into the next or previous bigram's).
        base = grams * self._span
        first = np.searchsorted(self._gram_len, base + max(len(key) - edits, 0))
        last = np.searchsorted(self._gram_len, base + min(len(key) + edits, self._span - 1), side="right")
        hits = np.concatenate([self._postings[a:b] for a, b in zip(first.tolist(), last.tolist())])
        counts = np.bincount(hits - lo, minlength=hi - lo) if len(hits) else np.zeros(hi - lo, dtype=np.int64)
        cand = np.flatnonzero(counts >= need)
        keep = counts[cand] >= self._own_grams[cand + lo] - _GRAMS_PER_EDIT * edits
        return (cand[keep] + lo).tolist()

    def search(self, key: str, edits: int, limit: int) -> list[tuple[str, int, tuple[int, ...]]]:
        """(matched key, edit distance, geonameids), nearest first (then alphabetically)."""
        if edits <= 0:
            return []
        memo_key = (key, edits, limit)
        cached = self._memo.get(memo_key)
        if cached is not None:
            return list(cached)
        near = self._near(key, edits)
        # One rapidfuzz call for every key left (a short query can leave thousands).
        dists = cdist([key], [self.keys[i] for i in near], scorer=OSA.distance, score_cutoff=edits,
                      dtype=np.int32)[0].tolist() if near else []
        hits = [(self.keys[i], d, self.ids[i]) for i, d in zip(near, dists) if d <= edits]
        hits.sort(key=lambda h: (h[1], h[0]))
        hits = hits[:limit]
        self._memo.put(memo_key, hits)
        return list(hits)


def _features(cand: Candidate, *, edits: int = 0, in_focus: bool = False) -> dict[str, float]:
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
                cand.features = _features(cand, edits=d)
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
            cand.features = _features(cand, edits=d, in_focus=place.country in focus_set)
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
        found: dict[int, Candidate] = {}

        def keep(cand: Candidate) -> None:
            prev = found.get(cand.place.geonameid)
            if prev is None or TIERS[cand.how] < TIERS[prev.how]:
                cand.features = _features(cand, in_focus=cand.place.country in focus_set)
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
            # an exact bare name even when it is a frequent word ('Bosnia'); a near miss not
            for cand in self.divisions(text, fuzzy=not common_word(text)):  # 'Ingushetia' for 'Ingushetiya, Respublika'
                prev = found.get(cand.place.geonameid)
                if prev is None or TIERS[cand.how] < TIERS[prev.how]:
                    found[cand.place.geonameid] = cand
        return _rank(list(found.values()), focus_set)[:limit]


def _rank(cands: list[Candidate], focus: set[str]) -> list[Candidate]:
    return sorted(
        cands,
        # A town before the division named after it (whose population is its members' sum).
        key=lambda c: (TIERS[c.how], -c.score, c.place.country not in focus, c.place.precision in ("admin1", "admin2"),
                       -c.place.population, c.place.geonameid),
    )
