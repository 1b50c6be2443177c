"""How often a long ingest runs the derive stages: every 30 s, or less often when they are slow.

Why: the stories stage's cost is bounded by the batch only when articles arrive roughly in
publication order (live news). An archive imported in feed order brings, in every batch,
articles older than much of the store; growing stories in canonical order, every stored
report published after the oldest new one may land elsewhere and has to be added again
(measured: one batch of 200 such articles into 2,000 changed the story entry of 2,061 of the
4,475 later reports), so each run costs in proportion to the store. Run every 30 s, those
runs then take most of the ingest. Spacing the runs by a multiple of the last run's own time
keeps the stages to a fixed share of the wall time (1 / (1 + DERIVE_SPACING)) whatever the
store's size; the result does not change (the stages add whatever is pending, and the
ingest's last batch is always followed by a run), only how far stories lag the articles
during the import. Live news, whose runs take well under a second, keeps the 30 s.

A cap on what waits comes first: the stages hold every pending report in memory, so a fast
import spaced by slow runs piled up pending work without bound (a 100,000-article synthetic
SQLite ingest held 48,000 articles' events in one run and reached 12 GB). After
DERIVE_MAX_PENDING stored articles the stages run whatever the spacing says; their share of the
wall time may then exceed the spacing's bound on an archive imported out of order, never memory.
The cap is 2,500 articles (5,000 until mem21): a run's working set is ~5 kB a pending event
(its reports, then the story builder over them: 233 MB over the resident set for 46,755 events
of a 5,000-article batch, measured with the kernel's high-water mark), the largest part of an
ingest's peak after the near-duplicate index; halving the batch halves it, for more runs (each
restores the stories near its batch and replays control from a checkpoint: docs/scale-ingest.md).
"""

from __future__ import annotations

DERIVE_EVERY_S = 30.0  # the shortest time between two runs of the derive stages in one ingest
DERIVE_SPACING = 2.0  # at least this many times the last run's own duration between two runs
DERIVE_MAX_PENDING = 2500  # stored articles waiting for the stages: at this many they run anyway


def derive_due(since_last_s: float, last_run_s: float, pending: int = 0, every_s: float = DERIVE_EVERY_S,
               spacing: float = DERIVE_SPACING, max_pending: int = DERIVE_MAX_PENDING) -> bool:
    """Whether the derive stages are due, `since_last_s` after the last run ended, which took
    `last_run_s`, with `pending` articles stored since."""
    return pending >= max_pending or since_last_s >= max(every_s, spacing * last_run_s)
