"""Alembic environment for the frontwatch store.

Run programmatically (see `frontwatch.store.migrate`): the caller hands over an open
connection in `config.attributes["connection"]`, so migrations share the caller's
transaction and SQLite pragmas and no alembic.ini is needed at run time. Offline mode
(`--sql`) renders DDL from `sqlalchemy.url`, for DBAs who apply PostgreSQL changes by hand.
"""

from __future__ import annotations

from alembic import context

from frontwatch.store.schema import Base
from frontwatch.store.spatial import include_object

config = context.config
target_metadata = Base.metadata


def run_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("frontwatch migrations need a connection in config.attributes['connection'] "
                           "(open the store with frontwatch.store.Store)")
    # Batch mode: SQLite cannot ALTER most constraints in place, so later revisions
    # copy-and-move tables there; PostgreSQL gets plain ALTERs.
    # include_object: the PostGIS columns of revision 0002 live outside Base.metadata (see spatial.py).
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True,
                      render_as_batch=connection.dialect.name == "sqlite", include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
