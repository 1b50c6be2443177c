"""SQL functions that mean the same on SQLite and PostgreSQL.

Queries written with `func.*` run whatever the backend calls by that name, and the
two disagree in ways that only show on the other backend: SQLite's `date(ts)` is ISO
text in UTC, PostgreSQL's `date(timestamptz)` is a DATE in the session's time zone
(and cannot be COALESCEd with a text column). These compile to each dialect's own
spelling of the one meaning.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction


class utc_day(GenericFunction[str]):  # noqa: N801 - SQL function names are lower case
    """The UTC calendar day of a timestamp column as 'YYYY-MM-DD' text (NULL stays NULL)."""

    type = String()
    name = "utc_day"
    inherit_cache = True


@compiles(utc_day)
def _utc_day_default(element: utc_day, compiler: Any, **kw: Any) -> str:
    # SQLite keeps timestamps as ISO text with their UTC offset; date() applies the offset.
    return f"date({compiler.process(element.clauses, **kw)})"


@compiles(utc_day, "postgresql")
def _utc_day_postgresql(element: utc_day, compiler: Any, **kw: Any) -> str:
    return f"to_char(({compiler.process(element.clauses, **kw)}) AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
