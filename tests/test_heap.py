"""`frontwatch.heap.release_free_heap`: free heap in the middle of glibc's heap goes back to the OS."""

from __future__ import annotations

import sys

import pytest

from frontwatch.heap import release_free_heap


def _rss_anon_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) / 1024 for line in fh if line.startswith("RssAnon:"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_free_pages_between_live_blocks_are_returned() -> None:
    # 2,000-byte objects come from malloc (above pymalloc's 512 bytes); keeping every 64th pins the
    # heap's top, so glibc does not trim the ~120 MB freed below it by itself
    blocks = [bytes(2000) + i.to_bytes(4, "little") for i in range(64_000)]
    kept = blocks[::64]
    del blocks
    held = _rss_anon_mb()
    assert release_free_heap()
    returned = held - _rss_anon_mb()
    assert returned > 60, f"only {returned:.0f} MB returned"
    assert len(kept) == 1000 and kept[1][-4:] == (64).to_bytes(4, "little")  # the live blocks are untouched
