"""The stories stage reads stored events by per-report date ranges (`derive.window`), not one span.

The ranges must cover every stored event a report can match (`merge.matching.check`'s date
rule), however many reports and gaps there are; and the incremental stage over reports of
every date precision, spread over two years and arriving in no order, must still equal a
`rebuild` of the same events.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from test_api_support import ARMY, OPPOSITION, TAKEOVER, article, event
from test_derive_stages import CLASH, TOWNS, ingest_in_batches, snapshot

from frontwatch.derive import rebuild
from frontwatch.derive.window import merged, news_cycles, reach_ranges
from frontwatch.merge.records import DATE_SLACK_DAYS, FINE_SLACK_DAYS, NEWS_CYCLE_DAYS
from frontwatch.model import ProcessedArticle, Toponym
from frontwatch.store import Store


def test_merged_joins_overlaps_and_closes_the_smallest_gaps_first() -> None:
    assert merged([(10, 20), (1, 5), (6, 8), (30, 40)]) == [(1, 8), (10, 20), (30, 40)]
    assert merged([(0, 1), (10, 11), (13, 14), (50, 51)], max_ranges=2) == [(0, 14), (50, 51)]
    assert merged([]) == []


def test_reach_ranges_cover_every_date_a_report_can_match() -> None:
    rng = random.Random(4)
    window = 3
    slacks = list(DATE_SLACK_DAYS.values())
    reps = [(rng.randrange(0, 3000), rng.choice(slacks)) for _ in range(400)] + [(None, 3)]
    ranges = reach_ranges(reps, window, max_ranges=7)
    assert all(len(r) <= 7 for r in ranges.values())
    for precision, own in DATE_SLACK_DAYS.items():
        covered = ranges[precision]
        for _ in range(3000):
            day = rng.randrange(-400, 3400)
            can_match = any(d is not None and (
                (d == day and s == own) if max(s, own) > FINE_SLACK_DAYS else abs(d - day) <= window + max(s, own))
                for d, s in reps)
            inside = any(lo <= day <= hi for lo, hi in covered)
            assert inside or not can_match, (precision, day)
    far = reach_ranges([(1000, 0)], window)["day"]
    assert far == [(997, 1003)]  # a day-precise report reaches only its own window, not the whole store


def test_a_coarse_date_reaches_only_its_own_period_not_a_year_of_news() -> None:
    year = DATE_SLACK_DAYS["year"]
    ranges = reach_ranges([(1000, year), (2000, 0)], window_days=3)
    assert ranges["year"] == [(1000, 1000)]  # "in 2016": stored "2016" reports only
    assert ranges["day"] == [(1997, 2003)]  # the year-precise report reaches no day-dated event
    assert ranges["month"] == []  # nor another precision
    assert news_cycles([500, 503, 600]) == [(500 - NEWS_CYCLE_DAYS, 503 + NEWS_CYCLE_DAYS),
                                             (600 - NEWS_CYCLE_DAYS, 600 + NEWS_CYCLE_DAYS)]


def _spread(n_articles: int, seed: int) -> list[ProcessedArticle]:
    """Reports of every date precision (and undated) over two years, published up to a month after."""
    rng = random.Random(seed)
    out = []
    for a in range(n_articles):
        aid = f"spread-{a:03d}"
        day = date(2023, 1, 1) + timedelta(days=rng.randrange(700))
        evs = []
        for k in range(rng.randint(1, 3)):
            town = rng.choice(TOWNS[:3])
            kind, acled = rng.choice([("takeover", TAKEOVER), ("clash", CLASH)])
            precision = rng.choice(["day", "day", "day", "week", "month", "year", None])
            when = day - timedelta(days=rng.randrange(4))
            text = {"month": when.isoformat()[:7], "year": when.isoformat()[:4], None: None}.get(
                precision, when.isoformat())
            evs.append(event(f"{aid}-{k}", aid, f"Report {a}-{k} on {town.name}.", kind, acled, "ASSAULT",
                             Toponym(0, len(town.name), town.name, place=town, score=0.9, precision="city"),
                             text, actor1=rng.choice([OPPOSITION, ARMY, None]), date_precision=precision or "day"))
        published = (day + timedelta(days=rng.randrange(30))).isoformat() + f"T{rng.randrange(24):02d}:00:00"
        out.append(ProcessedArticle(article(aid, f"Article {a}.", outlet=f"Outlet {rng.randrange(6)}",
                                            published=published, url=None, title=aid), events=evs))
    return out


def _incremental_equals_rebuild(store: Store) -> None:
    articles = _spread(120, seed=21)
    random.Random(8).shuffle(articles)
    try:
        incremental = ingest_in_batches(store, articles, seed=2, most=8)
        assert sum(1 for r in incremental[0] if dict(r)["corroboration"] > 1) >= 5  # real merging happened
        rebuild(store)
        assert snapshot(store) == incremental
    finally:
        store.close()


def test_reports_of_every_precision_over_two_years_in_no_order_equal_a_rebuild(tmp_path: Path) -> None:
    _incremental_equals_rebuild(Store(tmp_path / "fw.sqlite"))


@pytest.mark.slow
def test_the_same_on_postgresql(pg_url: str) -> None:
    """The date ranges and the `published <= first` bound are SQL: PostgreSQL must read them alike."""
    _incremental_equals_rebuild(Store(pg_url))
