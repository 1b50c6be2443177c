"""merge.records readers: the cached `iso` must print exactly what `isoformat` prints, whatever was cached before."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from frontwatch.merge.records import iso
from frontwatch.merge.reports import report


def test_iso_tells_apart_equal_times_that_print_differently():
    utc = datetime(2024, 12, 5, 12, 0, tzinfo=timezone.utc)
    plus2 = datetime(2024, 12, 5, 14, 0, tzinfo=timezone(timedelta(hours=2)))
    berlin = ZoneInfo("Europe/Berlin")
    first = datetime(2024, 10, 27, 2, 30, tzinfo=berlin)  # the hour repeated when clocks go back
    second = first.replace(fold=1)
    assert utc == plus2 and first == second  # equal keys for a cache keyed by value alone
    for value in (utc, plus2, first, second, date(2024, 12, 5), datetime(2024, 12, 5),
                  datetime(2024, 12, 5, tzinfo=timezone.utc), datetime(2024, 12, 5, 0, 0, 0, 7, tzinfo=timezone.utc)):
        assert iso(value) == value.isoformat()
        assert iso(value) == value.isoformat()  # and again, from the cache
    assert iso(None) is None


@pytest.mark.parametrize(("event", "message"), [
    ({"id": "e1", "date": "yesterday"}, "bad date of event e1 'yesterday': expected an ISO date like 2024-12-07"),
    ({"id": "e2", "date": 5}, "bad date of event e2 5: expected an ISO date string"),
    ({"id": "e3", "article": {"published": "soon"}},
     "bad article.published of event e3 'soon': expected an ISO date like 2024-12-07"),
])
def test_unreadable_dates_name_the_field_and_event(event, message):
    with pytest.raises(ValueError) as err:
        report(event)
    assert str(err.value) == message
