"""Which dictionary forms the gazetteer knows, and under which of its keys.

The gazetteer's exact index (`names`, kinds 0 and 1) already holds GeoNames' Arabic,
Cyrillic, Greek and Persian spellings (about 100 k, 133 k and 8 k keys), case-folded but
otherwise as the sources wrote them: 'إدلب' with its hamza, 'Αθήνα' with its accent. News
writes 'ادلب' and 'ΑΘΗΝΑ'. So the non-Latin keys are read once per process (one range scan
of the index, ~250 k short strings) into a map from `morph.match_key` to the gazetteer's own
key; Latin forms are looked up in the index directly. The gazetteer file is not changed.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from frontwatch.geo.fold import is_latin, name_key
from frontwatch.lang.morph import match_key

# The UTF-8 range of Greek, Cyrillic, Armenian, Hebrew and Arabic-script keys (U+0370..U+077F):
# SQLite orders TEXT keys by their bytes, which is code-point order.
_SCRIPT_LOW, _SCRIPT_HIGH = "\u0370", "\u0780"


class NameIndex:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._foreign: dict[str, str] | None = None

    @classmethod
    def of(cls, gazetteer) -> "NameIndex":
        return cls(gazetteer._connect())

    def _foreign_keys(self) -> dict[str, str]:
        if self._foreign is None:
            out: dict[str, str] = {}
            rows = self._conn.execute(
                "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? AND kind IN (0, 1)",
                (_SCRIPT_LOW, _SCRIPT_HIGH))
            for (key,) in rows:
                out.setdefault(match_key(key), key)
            self._foreign = out
        return self._foreign

    @lru_cache(maxsize=300_000)  # noqa: B019 - one index per process, forms repeat
    def known(self, form: str) -> str | None:
        """The gazetteer key under which `form` is a place's name or alternate name, or None."""
        if not form or not form.strip():
            return None
        if is_latin(form):
            for key in dict.fromkeys((name_key(form), name_key(form.replace("İ", "I")))):
                row = self._conn.execute("SELECT 1 FROM names WHERE key = ? AND kind IN (0, 1) LIMIT 1",
                                         (key,)).fetchone()
                if row is not None:
                    return key
            return None
        return self._foreign_keys().get(match_key(form))
