"""Which stored events a batch of reports could match by date: a few date ranges, not one span.

Why: the stories stage reads the stored events a pending or re-added report could join
(`derive.stories`). Reading one span from the earliest to the latest report's date (widened
by the largest date uncertainty of any report) reads most of the store once a batch holds a
single old or coarsely dated report; each report's own reach (the window plus the larger of
its own and the stored event's date uncertainty: `merge.matching.check`) covers far less.
A month- or year-precise report matches only reports of its own period and precision in its
own news cycle (`merge.matching.coarse_together`): it reaches stored events of that precision
dated to that very period, published within `NEWS_CYCLE_DAYS` of it (`news_cycles`), so what
a run reads is bounded by days of news around the batch, not by the year a coarse date spans.
The ranges are merged, and the closest ones joined until at most `max_ranges` are left (a
statement of thousands of ORs is slower than reading a few extra rows, which the matching
rules then reject in Python), so the read is a superset of what can match, never less.
"""

from __future__ import annotations

from collections.abc import Iterable

from frontwatch.merge.records import DATE_SLACK_DAYS, FINE_SLACK_DAYS, NEWS_CYCLE_DAYS

MAX_RANGES = 40  # date ranges per precision in one statement

Range = tuple[int, int]  # day ordinals, both ends included


def merged(ranges: Iterable[Range], max_ranges: int = MAX_RANGES) -> list[Range]:
    """Overlapping or touching ranges joined; then the smallest gaps closed until `max_ranges` remain."""
    out: list[list[int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    if len(out) > max_ranges:
        gaps = sorted(range(len(out) - 1), key=lambda i: (out[i + 1][0] - out[i][1], i))
        close = set(gaps[:len(out) - max_ranges])
        joined: list[list[int]] = []
        for i, r in enumerate(out):
            if i - 1 in close:
                joined[-1][1] = r[1]
            else:
                joined.append(list(r))
        out = joined
    return [(lo, hi) for lo, hi in out]


def reach_ranges(reports: Iterable[tuple[int | None, int]], window_days: int,
                 max_ranges: int = MAX_RANGES) -> dict[str | None, list[Range]]:
    """For each stored date precision (None: any other), the day ranges a stored event of that
    precision must fall in to match one of `reports` ((day ordinal, slack days); undated ones left out).

    A fine report (slack up to `FINE_SLACK_DAYS`) reaches fine stored dates within the window plus
    the larger slack; a coarse one reaches only its own day at its own precision (`coarse_together`)."""
    dated = [(d, s) for d, s in reports if d is not None]
    out: dict[str | None, list[Range]] = {}
    for precision, own in (*DATE_SLACK_DAYS.items(), (None, FINE_SLACK_DAYS)):
        spans = []
        for day, slack in dated:
            if own > FINE_SLACK_DAYS or slack > FINE_SLACK_DAYS:
                if slack == own:
                    spans.append((day, day))
                continue
            reach = window_days + (slack if slack > own else own)
            spans.append((day - reach, day + reach))
        out[precision] = merged(spans, max_ranges)
    return out


def news_cycles(published: Iterable[int], max_ranges: int = MAX_RANGES) -> list[Range]:
    """The publication days (ordinals) a stored coarsely dated event must be published in to match a
    coarse report published on one of `published` days: `NEWS_CYCLE_DAYS` either side."""
    return merged(((p - NEWS_CYCLE_DAYS, p + NEWS_CYCLE_DAYS) for p in published), max_ranges)
