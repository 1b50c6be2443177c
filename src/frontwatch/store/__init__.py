"""frontwatch.store: articles, provenance and extracted events in SQLite or PostgreSQL.

`Store` is the entry point; the schema is migrated to head whenever a store is opened.
"""

from frontwatch.store.engine import StoreError
from frontwatch.store.repository import Store

__all__ = ["Store", "StoreError"]
