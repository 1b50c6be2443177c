"""paused_gc: the collector is off inside, back on after, and what was made inside is still collectable."""

from __future__ import annotations

import gc
import weakref

from frontwatch.merge.bulk import paused_gc


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_restores_the_collector_and_nests():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block does not switch it back on early
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # off before: off after
    finally:
        gc.enable()


def test_objects_made_in_the_pause_are_filed_as_long_lived_and_cycles_still_collected():
    with paused_gc():
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # a cycle: only the collector can free it
        probe = weakref.ref(a)
        kept = [_Node() for _ in range(1000)]
    # Filed with the long-lived objects, not left young for the next allocation to scan all of them at once.
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(kept[-1]) in oldest and id(a) in oldest
    del a, b
    assert probe() is not None
    gc.collect()
    assert probe() is None and len(kept) == 1000


def test_leaves_a_frozen_heap_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc():
            _ = [_Node() for _ in range(100)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
