"""Pausing the cyclic garbage collector while large derived structures are built.

Building stories or the control timeline for 100,000 events makes millions of objects
that all stay alive. CPython's collector runs every few hundred allocations and, as the
heap grows, rescans all of it to find nothing: a third or more of the build time. The
objects are freed by reference counting as usual; only the futile cycle search waits.

Resuming does not hand the collector the whole pile at once either: the objects made in
the pause are all still young, so the first allocation after it would scan every one of
them (a tenth of a story build) to find nothing again. They are filed with the long-lived
objects instead, where the next full collection looks at them as it would once they aged.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cyclic collector off (restored after, also on error; nests)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            file_as_long_lived()
            gc.enable()


def file_as_long_lived() -> None:
    """Move every tracked object into the oldest generation without scanning it: `gc.freeze()` then
    `gc.unfreeze()`, two list splices. Cyclic garbage among them is still found, by the next full
    collection. Skipped when objects are frozen already (a pre-fork server freezes its heap on
    purpose: unfreezing would undo that)."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
