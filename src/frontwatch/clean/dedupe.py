"""Exact and near-duplicate detection of cleaned articles.

Exact: the article id is a hash of the cleaned text with case and whitespace folded,
so the same story fetched twice (feed and page, two mirrors) gets the same id.

Near: wire stories are republished with an edited sentence, another footer or a new
headline. MinHash over word 5-shingles estimates Jaccard similarity; MinHashLSH finds
candidates without comparing against every stored article. Signatures are persisted
by the store and the index is rebuilt from them at start, so they must be identical
across processes and library versions: fixed seed, datasketch's SHA-1 based hash
(not Python's salted `hash`), and the "legacy" permutation scheme, which datasketch
keeps bit-for-bit stable and which stores uint64 values natively.
"""

from __future__ import annotations

import hashlib
import inspect
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
SEED = 1
SHINGLE = 5
THRESHOLD = 0.8
# LSH band layout chosen for recall: candidates are verified against THRESHOLD anyway,
# so a false candidate costs one comparison while a missed one is a stored duplicate.
# Equal weights (datasketch's default) would find only ~70 % of pairs at Jaccard 0.85.
LSH_WEIGHTS = (0.05, 0.95)
SIGNATURE_BYTES = NUM_PERM * 8

_TOKEN = re.compile(r"[^\W_]+")


def article_id(text: str) -> str:
    """Stable id of a cleaned text: 'a' + 20 hex chars of sha256 over case/whitespace-folded text."""
    if not isinstance(text, str):
        raise TypeError(f"article_id expects str, got {type(text).__name__}")
    folded = " ".join(text.split()).lower()
    return "a" + hashlib.sha256(folded.encode("utf-8")).hexdigest()[:20]


def tokens(text: str) -> list[str]:
    """The normalised word stream shingles are built from: NFKC, case-folded, punctuation dropped."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE) -> list[str]:
    """Distinct word n-grams in first-seen order; a text shorter than `size` is one shingle."""
    words = tokens(text)
    if len(words) < size:
        return [" ".join(words)] if words else []
    return list(dict.fromkeys(" ".join(words[i:i + size]) for i in range(len(words) - size + 1)))


@lru_cache(maxsize=1)
def _minhash_class() -> tuple[type[MinHash], dict[str, str]]:
    # Imported here: datasketch pulls in scipy (~0.75 s), which commands that never
    # deduplicate (extract) should not pay for.
    from datasketch import MinHash

    # datasketch < 2.0 has no `scheme` argument; its only scheme is the legacy one.
    scheme = {"scheme": "legacy"} if "scheme" in inspect.signature(MinHash.__init__).parameters else {}
    return MinHash, scheme


@lru_cache(maxsize=1)
def _permutations() -> Any:
    """The seeded permutation parameters, made once: datasketch draws them anew (128 RandomState
    draws, ~1-4 ms) for every MinHash, and ingest makes several per article (its signature, then
    the index's look-up and add). The values are the same every time (fixed seed), never mutated."""
    cls, scheme = _minhash_class()
    return cls(num_perm=NUM_PERM, seed=SEED, **scheme).permutations


def _new_minhash(**kwargs: Any) -> MinHash:
    cls, scheme = _minhash_class()
    return cls(num_perm=NUM_PERM, seed=SEED, **scheme, permutations=_permutations(), **kwargs)


def signature(text: str) -> bytes:
    """MinHash signature of the text as NUM_PERM little-endian uint64 values (1,024 bytes)."""
    if not isinstance(text, str):
        raise TypeError(f"signature expects str, got {type(text).__name__}")
    m = _new_minhash()
    grams = shingles(text)
    if grams:
        m.update_batch([g.encode("utf-8") for g in grams])
    return np.asarray(m.hashvalues, dtype="<u8").tobytes()


_EMPTY = np.uint64(0xFFFFFFFF)  # every value of a MinHash that saw no shingle (the legacy scheme's max hash)


def _values(sig: bytes) -> np.ndarray:
    """A signature's NUM_PERM values (validated like `_from_bytes`), without a MinHash object."""
    if not isinstance(sig, (bytes, bytearray, memoryview)):
        raise TypeError(f"signature must be bytes, got {type(sig).__name__}")
    if len(sig) != SIGNATURE_BYTES:
        raise ValueError(f"signature must be {SIGNATURE_BYTES} bytes (num_perm={NUM_PERM}), got {len(sig)}")
    return np.frombuffer(bytes(sig), dtype="<u8")


@lru_cache(maxsize=4)
def _bands(threshold: float) -> tuple[tuple[int, int], ...]:
    """The band layout datasketch's MinHashLSH uses for this threshold (`LSH_WEIGHTS`)."""
    from datasketch import MinHashLSH

    return tuple((int(a), int(b)) for a, b in MinHashLSH(threshold=threshold, num_perm=NUM_PERM,
                                                           weights=LSH_WEIGHTS).hashranges)


def _from_bytes(sig: bytes) -> MinHash:
    return _new_minhash(hashvalues=_values(sig).astype(np.uint64))


_MERGE_EVERY = 1024  # articles added before the recent ones are merged into the sorted band arrays
# Odd 64-bit multipliers of the band keys (fixed: the keys never leave the process, but a fixed
# layout keeps runs reproducible). A key is sum(value_i * multiplier_i) mod 2**64 over the band.
_KEY_MULTIPLIERS = np.random.default_rng(20261206).integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)


def _band_layout(ranges: tuple[tuple[int, int], ...]) -> tuple[np.ndarray, np.ndarray]:
    """Gather indices and multipliers (0 on padding) that give every band's key in one numpy step."""
    width = max(b - a for a, b in ranges)
    gather = np.zeros((len(ranges), width), dtype=np.intp)
    mult = np.zeros((len(ranges), width), dtype=np.uint64)
    for n, (a, b) in enumerate(ranges):
        gather[n, :b - a] = np.arange(a, b)
        mult[n, :b - a] = _KEY_MULTIPLIERS[:b - a]
    return gather, mult


class NearDuplicateIndex:
    """Articles seen so far, searchable for near-duplicates of a new signature.

    The same answers as datasketch's MinHashLSH over MinHash objects (same bands, a candidate
    shares a whole band, verified against THRESHOLD by the same Jaccard estimate), held
    compactly, because the index keeps every stored article's signature for the whole ingest:
    as MinHash objects plus MinHashLSH's tables that was ~7.5 kB an article (747 MB at
    100,000 articles), as packed bytes with a dict per band ~2.6 kB. Here:

    - the signatures are the rows of one numpy matrix (4 bytes a value while every value fits,
      as the legacy scheme's do; 8 after the first that does not): 512 bytes an article;
    - each band's table is two numpy arrays, a 64-bit key of the band's values (a multiply-sum
      hash, `_band_layout`) sorted, and the row holding it: 12 bytes an article and band. Articles added since the
      last merge wait in small dicts (`merge_every` of them) and are then merged in, so adding
      one article never re-sorts the whole table;
    - a key match is checked on the band's values in the matrix, so a collision of two keys
      never makes a candidate that MinHashLSH would not have: the candidates are exactly
      "shares a whole band".

    ~0.8 kB an article with its id. `key_bits` and `merge_every` exist for the tests (few bits
    force key collisions; a small merge_every exercises the sorted arrays); ingest keeps the
    defaults.
    """

    def __init__(self, threshold: float = THRESHOLD, *, key_bits: int = 64, merge_every: int = _MERGE_EVERY) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if not 1 <= key_bits <= 64 or merge_every < 1:
            raise ValueError(f"key_bits must be in 1..64 and merge_every >= 1, got {key_bits}, {merge_every}")
        self.threshold = threshold
        self._ranges = _bands(threshold)
        self._gather, self._mult = _band_layout(self._ranges)
        self._bits, self._merge_every = key_bits, merge_every
        self._ids: list[str] = []  # row -> id
        self._rows: dict[str, int] = {}  # id -> row
        self._sigs = np.zeros((0, NUM_PERM), dtype=np.uint32)  # rows [0, len(self._ids)) are in use
        self._keys = [np.zeros(0, dtype=np.uint64) for _ in self._ranges]  # per band, sorted
        self._key_rows = [np.zeros(0, dtype=np.uint32) for _ in self._ranges]  # per band, aligned with _keys
        self._recent: list[dict[int, list[int]]] = [{} for _ in self._ranges]  # per band, not merged yet
        self._recent_count = 0

    def _band_keys(self, values: np.ndarray) -> list[int]:
        keys = (values[self._gather] * self._mult).sum(axis=1, dtype=np.uint64)  # wraps: mod 2**64
        return (keys >> np.uint64(64 - self._bits)).tolist()

    def _store(self, values: np.ndarray) -> int:
        row = len(self._ids)
        if row == len(self._sigs):  # grow by half: amortised O(1) an article, at most 1.5x held
            grown = np.zeros((max(64, row + row // 2), NUM_PERM), dtype=self._sigs.dtype)
            grown[:row] = self._sigs[:row]
            self._sigs = grown
        if self._sigs.dtype == np.uint32 and int(values.max()) > 0xFFFFFFFF:
            self._sigs = self._sigs.astype(np.uint64)
        self._sigs[row] = values
        return row

    def add(self, article_id: str, sig: bytes) -> None:
        """Index an article; adding an id that is already indexed keeps the first signature."""
        if not isinstance(article_id, str) or not article_id:
            raise ValueError("article_id must be a non-empty string")
        values = _values(sig)
        if article_id in self._rows:
            return
        row = self._store(values)
        self._ids.append(article_id)
        self._rows[article_id] = row
        if bool(np.any(values != _EMPTY)):  # empty texts would all "match" each other
            for key, recent in zip(self._band_keys(values), self._recent, strict=True):
                recent.setdefault(key, []).append(row)
            self._recent_count += 1
            if self._recent_count >= self._merge_every:
                self._merge()

    def _merge(self) -> None:
        """Move the recent rows into the sorted band arrays (the few new keys sorted, then inserted)."""
        for b, recent in enumerate(self._recent):
            pairs = sorted((key, row) for key, rows in recent.items() for row in rows)
            new_keys = np.fromiter((k for k, _ in pairs), dtype=np.uint64, count=len(pairs))
            new_rows = np.fromiter((r for _, r in pairs), dtype=np.uint32, count=len(pairs))
            at = np.searchsorted(self._keys[b], new_keys, side="right")
            self._keys[b] = np.insert(self._keys[b], at, new_keys)
            self._key_rows[b] = np.insert(self._key_rows[b], at, new_rows)
            recent.clear()
        self._recent_count = 0

    def _candidate_rows(self, values: np.ndarray) -> set[int]:
        """Rows sharing a whole band with `values` (none for an empty signature)."""
        out: set[int] = set()
        if not bool(np.any(values != _EMPTY)):
            return out
        for b, ((lo, hi), key) in enumerate(zip(self._ranges, self._band_keys(values), strict=True)):
            found = list(self._recent[b].get(key, ()))
            keys = self._keys[b]
            if len(keys):
                start = int(np.searchsorted(keys, np.uint64(key), side="left"))
                end = int(np.searchsorted(keys, np.uint64(key), side="right"))
                found.extend(int(r) for r in self._key_rows[b][start:end])
            band = values[lo:hi]
            out.update(r for r in found if r not in out and bool(np.array_equal(self._sigs[r, lo:hi], band)))
        return out

    def candidates(self, sig: bytes) -> set[str]:
        """The ids sharing a whole band with `sig` (what MinHashLSH.query returns; none for an empty text)."""
        return {self._ids[r] for r in self._candidate_rows(_values(sig))}

    def find(self, sig: bytes, exclude: str | None = None) -> str | None:
        """Id of the indexed article most similar to `sig` with estimated Jaccard ≥ threshold, else None.

        Ties go to the smallest id, so the answer does not depend on insertion order
        (the store may reload signatures in any order). `exclude` leaves out one id (the
        article itself, when it is indexed already).
        """
        values = _values(sig)
        best: tuple[float, str] | None = None
        for row in self._candidate_rows(values):
            key = self._ids[row]
            if key == exclude:
                continue
            score = float(np.count_nonzero(values == self._sigs[row])) / float(NUM_PERM)
            if score >= self.threshold and (best is None or (-score, key) < (-best[0], best[1])):
                best = (score, key)
        return best[1] if best else None

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._rows
