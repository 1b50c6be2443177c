"""Row-by-row comparison of the derived tables of two SQLite stores: are their stories the same?

    .venv/bin/python bench/compare_stores.py A.sqlite B.sqlite

Why: a change to how the stories stage works (what it restores, how it writes) must leave its
output as it was. Two stores filled by the same ingest (e.g. `bench/ingest_scale.py
--synthetic N` on two trees) must hold the same `stories` rows (every column but `updated_at`,
the time of the write), the same story of every event (`events.story_id`) and the same
`control` rows. Prints counts and the first differences; exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return sorted((tuple(r) for r in conn.execute(sql)), key=repr)  # NULLs and numbers mixed: order by text


def _columns(db: Path, table: str, leave_out: set[str]) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in leave_out]


def compare(a: Path, b: Path, show: int = 5) -> dict[str, Any]:
    """{table: {'a': rows, 'b': rows, 'only_a': n, 'only_b': n, 'examples': [...]}} for the derived tables."""
    story_cols = _columns(a, "stories", {"updated_at"})
    control_cols = _columns(a, "control", {"id"})
    queries = {
        "stories": f"SELECT {', '.join(story_cols)} FROM stories",
        "members": "SELECT id, story_id FROM events",
        "control": f"SELECT {', '.join(control_cols)} FROM control",
    }
    out: dict[str, Any] = {}
    for name, sql in queries.items():
        ra, rb = _rows(a, sql), _rows(b, sql)
        sa, sb = set(ra), set(rb)
        only_a, only_b = sorted(sa - sb), sorted(sb - sa)
        out[name] = {"a": len(ra), "b": len(rb), "only_a": len(only_a), "only_b": len(only_b),
                     "equal": ra == rb,
                     "examples": [repr(r)[:300] for r in (only_a[:show] + only_b[:show])]}
    corroborated = _rows(a, "SELECT corroboration, count(*) FROM stories GROUP BY corroboration")
    out["stories_by_corroboration_a"] = corroborated
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    args = ap.parse_args()
    result = compare(args.a, args.b)
    print(json.dumps(result, indent=1))
    return 0 if all(result[t]["equal"] for t in ("stories", "members", "control")) else 1


if __name__ == "__main__":
    sys.exit(main())
