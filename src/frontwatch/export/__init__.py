"""frontwatch.export: stored events as JSONL, ACLED-style CSV or GeoJSON.

Every writer takes an iterable of event records (the `Store.iter_events` /
`Event.to_record()` shape) and a text file handle, writes as it reads — an export of
millions of events never sits in memory — and returns how many it wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO, Any

from frontwatch.export.acled_csv import write_acled_csv
from frontwatch.export.geojson import write_geojson
from frontwatch.export.jsonl import write_jsonl

Writer = Callable[[Iterable[dict[str, Any]], IO[str]], int]

WRITERS: dict[str, Writer] = {"jsonl": write_jsonl, "csv": write_acled_csv, "geojson": write_geojson}

__all__ = ["WRITERS", "Writer", "write_acled_csv", "write_geojson", "write_jsonl"]
