"""JSON Lines: the public event schema, one record per line, UTF-8 as is (not \\u-escaped)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import IO, Any


def json_default(value: Any) -> Any:
    """Dates are the only non-JSON values records may carry (from callers other than the store)."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def write_jsonl(records: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """Write each record as one line; returns the number written."""
    n = 0
    for record in records:
        fh.write(json.dumps(record, ensure_ascii=False, default=json_default) + "\n")
        n += 1
    return n
