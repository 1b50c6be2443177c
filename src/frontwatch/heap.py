"""Give the C heap's free pages back to the operating system after a burst of work.

Why: a long `ingest` keeps one process for hours, and its derive runs build and drop a large
working set every few thousand articles. glibc's malloc keeps what such a run freed in the
middle of its heap (only the top of the heap is trimmed by itself), so the resident set between
runs carried ~50 MB of free heap at 20,000 articles and grew with the run (docs/scale-ingest.md,
"What the store side keeps between derive runs"). `malloc_trim(0)` returns every whole free page
of every arena (madvise), keeps the data where it is, and costs a walk of the heap's free lists:
nothing the program computes changes. Elsewhere (macOS, musl) it is a no-op.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, or None where the C library has none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_free_heap() -> bool:
    """Return the C heap's free pages to the OS (glibc `malloc_trim(0)`); False where that is not possible."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
