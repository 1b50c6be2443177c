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


def _packed(values: np.ndarray) -> bytes:
    """The values as bytes, 4 a value when they all fit (legacy MinHash values are < 2**32: half the
    memory), else 8. Two packings of different values never compare equal (nor do the two widths)."""
    return values.astype("<u4").tobytes() if int(values.max()) <= 0xFFFFFFFF else values.astype("<u8").tobytes()


def _unpacked(packed: bytes) -> np.ndarray:
    return np.frombuffer(packed, dtype="<u4" if len(packed) == NUM_PERM * 4 else "<u8").astype(np.uint64)


@lru_cache(maxsize=4)
def _bands(threshold: float) -> tuple[tuple[int, int], ...]:
    """The band layout datasketch's MinHashLSH uses for this threshold (`LSH_WEIGHTS`)."""
    from datasketch import MinHashLSH

    return tuple((int(a), int(b)) for a, b in MinHashLSH(threshold=threshold, num_perm=NUM_PERM,
                                                           weights=LSH_WEIGHTS).hashranges)


def _from_bytes(sig: bytes) -> MinHash:
    return _new_minhash(hashvalues=_values(sig).astype(np.uint64))


class NearDuplicateIndex:
    """Articles seen so far, searchable for near-duplicates of a new signature.

    The same answers as datasketch's MinHashLSH over MinHash objects (same bands, a candidate
    shares a whole band, verified against THRESHOLD by the same Jaccard estimate), held
    compactly: the index keeps every stored article's signature for the whole ingest, and as
    MinHash objects plus MinHashLSH's tables that was ~7.5 kB an article (747 MB at 100,000
    articles, more than anything else an ingest holds); here each signature is kept once as
    packed values, and each band's table maps the band's packed values to the ids sharing it.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self._ranges = _bands(threshold)
        self._tables: list[dict[bytes, str | list[str]]] = [{} for _ in self._ranges]
        self._sketches: dict[str, bytes] = {}

    def _keys(self, values: np.ndarray) -> list[bytes]:
        return [_packed(values[a:b]) for a, b in self._ranges]

    def add(self, article_id: str, sig: bytes) -> None:
        """Index an article; adding an id that is already indexed keeps the first signature."""
        if not isinstance(article_id, str) or not article_id:
            raise ValueError("article_id must be a non-empty string")
        values = _values(sig)
        if article_id in self._sketches:
            return
        self._sketches[article_id] = _packed(values)
        if bool(np.any(values != _EMPTY)):  # empty texts would all "match" each other
            for key, table in zip(self._keys(values), self._tables, strict=True):
                held = table.get(key)
                if held is None:
                    table[key] = article_id
                elif isinstance(held, str):
                    table[key] = [held, article_id]
                else:
                    held.append(article_id)

    def candidates(self, sig: bytes) -> set[str]:
        """The ids sharing a whole band with `sig` (what MinHashLSH.query returns; none for an empty text)."""
        values = _values(sig)
        out: set[str] = set()
        if not bool(np.any(values != _EMPTY)):
            return out
        for key, table in zip(self._keys(values), self._tables, strict=True):
            held = table.get(key)
            if held is not None:
                out.update((held,) if isinstance(held, str) else held)
        return out

    def find(self, sig: bytes, exclude: str | None = None) -> str | None:
        """Id of the indexed article most similar to `sig` with estimated Jaccard ≥ threshold, else None.

        Ties go to the smallest id, so the answer does not depend on insertion order
        (the store may reload signatures in any order). `exclude` leaves out one id (the
        article itself, when it is indexed already).
        """
        values = _values(sig)
        best: tuple[float, str] | None = None
        for key in self.candidates(sig):
            if key == exclude:
                continue
            score = float(np.count_nonzero(values == _unpacked(self._sketches[key]))) / float(NUM_PERM)
            if score >= self.threshold and (best is None or (-score, key) < (-best[0], best[1])):
                best = (score, key)
        return best[1] if best else None

    def __len__(self) -> int:
        return len(self._sketches)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._sketches
