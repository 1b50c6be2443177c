"""A long ingest spaces slow derive runs by a multiple of their own time (`derive.pace`): the
stages then take a bounded share of the wall time however large the store grows."""

from __future__ import annotations

from frontwatch.derive.pace import DERIVE_EVERY_S, DERIVE_MAX_PENDING, DERIVE_SPACING, derive_due


def test_fast_runs_keep_the_thirty_seconds() -> None:
    assert not derive_due(DERIVE_EVERY_S - 1, 0.2)
    assert derive_due(DERIVE_EVERY_S, 0.2)


def test_a_slow_run_is_followed_by_a_longer_pause() -> None:
    took = 100.0
    assert not derive_due(DERIVE_EVERY_S, took)
    assert not derive_due(DERIVE_SPACING * took - 1, took)
    assert derive_due(DERIVE_SPACING * took, took)


def test_the_stages_share_of_wall_time_stays_bounded_as_runs_grow() -> None:
    """Runs whose cost grows with the store (1 s per 1,000 articles) while writes go at 40/s."""
    clock, stored, derive_time, since, last = 0.0, 0, 0.0, 0.0, 0.0
    while stored < 100_000:
        clock += 1.0
        since += 1.0
        stored += 40
        if derive_due(since, last):
            last = stored / 1000
            clock += last
            derive_time += last
            since = 0.0
    assert derive_time / clock <= 1 / (1 + DERIVE_SPACING) + 0.05


def test_pending_work_is_bounded_whatever_the_spacing() -> None:
    """A fast import behind slow runs: the stages run once DERIVE_MAX_PENDING articles wait, so the
    reports they hold in memory stay bounded (a 100,000-article ingest held 48,000 articles' events)."""
    took = 300.0
    assert not derive_due(DERIVE_EVERY_S, took, pending=DERIVE_MAX_PENDING - 1)
    assert derive_due(DERIVE_EVERY_S, took, pending=DERIVE_MAX_PENDING)
    stored, since, last, derived = 0, 0.0, 0.0, 0
    while stored < 100_000:  # 60 articles/s, runs of 1 s per 1,000 stored
        since, stored = since + 1.0, stored + 60
        if derive_due(since, last, stored - derived):
            last, since, derived = stored / 1000, 0.0, stored
        assert stored - derived < DERIVE_MAX_PENDING
