"""A fuzzy index over place names: which keys lie within a few OSA edits of a misspelling.

Its own module because both the candidate finder (`geo.candidates`) and the bare-name index of
first-level divisions (`geo.divisions`) search one, and the divisions are searched from inside
the finder: with the index here neither imports the other.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

import numpy as np
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist

_VOWELS = frozenset("aeiouy")
MEMO_SIZE = 50_000  # fuzzy searches remembered per index


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
