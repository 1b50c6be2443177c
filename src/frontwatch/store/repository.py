"""`Store`: the one object the CLI, the runner and the API use to read and write.

Writes are per article and all-or-nothing, so an interrupted or failing batch never
leaves an article without its sentences or events. Concurrent writers (several ingest
processes on one PostgreSQL database) are made safe by the unique keys themselves:
`INSERT ... ON CONFLICT DO NOTHING` on the article id and on (article, source), so
exactly one writer stores each article and the others only link their source. Reads stream (server-side
cursors / `yield_per`) because exports run over the whole database.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Insert, Table, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from frontwatch.model import Article, Place, ProcessedArticle, Toponym
from frontwatch.store import rows
from frontwatch.store.engine import WRITE_OPTIONS, StoreError, make_engine, normalise_url
from frontwatch.store.migrate import upgrade
from frontwatch.store.schema import TABLES, ArticleRow, EventRow, PlaceRow, SourceRow, ToponymRow

_STREAM = {"yield_per": 500}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _reason(exc: BaseException) -> str:
    """The driver's own message (e.g. 'NOT NULL constraint failed: events.event_type'), one line.

    SQLAlchemy's str() appends the SQL and every parameter — the whole article text —
    which is useless in a CLI error line.
    """
    orig = getattr(exc, "orig", None) or exc
    return " ".join(str(orig).split()) or type(orig).__name__


class Store:
    """Articles, their provenance and everything extracted from them, in one database."""

    def __init__(self, url: str | Path, *, pool_share: int = 1):
        """`pool_share`: processes opening this store side by side (API workers); each gets that share of the pool."""
        self.url = normalise_url(url)
        self.engine = make_engine(self.url, pool_share=pool_share)
        self._writer = self.engine.execution_options(**WRITE_OPTIONS)
        try:
            upgrade(self.engine)
        except StoreError:
            self.engine.dispose()
            raise
        except (SQLAlchemyError, OSError) as exc:
            self.engine.dispose()
            raise StoreError(f"{self}: cannot open store: {_reason(exc)}") from exc
        except Exception as exc:  # alembic raises its own CommandError types
            self.engine.dispose()
            raise StoreError(f"{self}: cannot migrate store: {' '.join(str(exc).split())}") from exc

    def __str__(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def __repr__(self) -> str:
        return f"Store({str(self)!r})"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reads -------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return _article_exists(conn, article_id)

    def has_source(self, source_ref: str) -> str | None:
        """The article already stored for this source (first one linked), or None."""
        stmt = (select(SourceRow.article_id).where(SourceRow.source_ref == source_ref)
                .order_by(SourceRow.id).limit(1))
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar_one_or_none()

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article id, MinHash signature) of every stored article that has one."""
        stmt = (select(ArticleRow.id, ArticleRow.minhash).where(ArticleRow.minhash.is_not(None))
                .order_by(ArticleRow.ingested_at, ArticleRow.id))
        with self.engine.connect() as conn:
            for article_id, sig in conn.execution_options(**_STREAM).execute(stmt):
                yield article_id, bytes(sig)

    def iter_events(self, *, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Every event as `Event.to_record()` plus an "article" summary, in ingestion order."""
        events, articles = EventRow.__table__, ArticleRow.__table__
        stmt = (
            select(events, *(articles.c[f].label(f"article_{f}") for f in rows.ARTICLE_REF_FIELDS))
            .join(articles, events.c.article_id == articles.c.id)
            .order_by(articles.c.ingested_at, articles.c.id, events.c.evidence_start, events.c.id)
        )
        if limit is not None:
            if limit < 0:
                raise ValueError(f"limit must be >= 0, got {limit}")
            stmt = stmt.limit(limit)
        read = rows.event_reader(list(stmt.selected_columns.keys()))
        with self.engine.connect() as conn:
            for row in conn.execution_options(**_STREAM).execute(stmt):
                yield read(row)

    def outlet_toponyms(self, outlets: Collection[str] | None = None) -> Iterator[tuple[str, list[Toponym]]]:
        """(outlet, resolved toponyms) of every stored article that names its outlet (one of
        `outlets`, when given: an HTTP post of one article need not read every outlet's).

        What `geo.outlet.outlet_priors` pools into each outlet's home divisions; only the
        fields it reads are filled (text, score, precision, relative, the place's country
        and admin1 code)."""
        tops, places, articles = ToponymRow.__table__, PlaceRow.__table__, ArticleRow.__table__
        stmt = (
            select(articles.c.outlet, tops.c.article_id, tops.c.text, tops.c.score, tops.c.precision,
                   tops.c.relative, places.c.geonameid, places.c.name, places.c.country, places.c.admin1_code)
            .join(articles, tops.c.article_id == articles.c.id)
            .join(places, tops.c.geonameid == places.c.geonameid)
            .where(articles.c.outlet.is_not(None))
            .order_by(tops.c.article_id, tops.c.id)
        )
        if outlets is not None:
            stmt = stmt.where(articles.c.outlet.in_(sorted(outlets)))
        current: str | None = None
        outlet = ""
        batch: list[Toponym] = []
        with self.engine.connect() as conn:
            for row in conn.execution_options(**_STREAM).execute(stmt).mappings():
                if row["article_id"] != current:
                    if batch:
                        yield outlet, batch
                    current, outlet, batch = row["article_id"], row["outlet"], []
                place = Place(geonameid=row["geonameid"], name=row["name"], lat=0.0, lon=0.0, country=row["country"],
                              admin1_code=row["admin1_code"], precision=row["precision"] or "city")
                batch.append(Toponym(start=0, end=0, text=row["text"], place=place, score=row["score"],
                                     precision=row["precision"], relative=row["relative"]))
        if batch:
            yield outlet, batch

    def counts(self) -> dict[str, int]:
        """Rows per table (alembic_version excluded)."""
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for name, table in sorted(TABLES.items())}

    # -- writes ------------------------------------------------------------------------

    def link_source(self, article_id: str, article: Article) -> bool:
        """Record that `article` (as a source delivered it) is a copy of stored `article_id`."""
        try:
            with self._writer.begin() as conn:
                return _link(conn, article_id, article)
        except SQLAlchemyError as exc:
            raise StoreError(f"{article.source_ref}: could not link to article {article_id}: {_reason(exc)}") from exc

    def save(self, processed: ProcessedArticle, signature: bytes | None = None,
             recheck: "NearRecheck | None" = None) -> bool:
        """Store an article with everything extracted from it, in one transaction.

        Returns True when the article was new. A known article only gains a source
        row, so re-running an ingest is harmless. On any error nothing of this article
        is written and `StoreError` says why in one line.

        `recheck` closes the race between two ingests into one store: each checked its
        articles for near-duplicates against the signatures it had loaded, so both could
        store one story twice. Inside the write transaction (serialised: SQLite's BEGIN
        IMMEDIATE, an advisory lock on PostgreSQL) the articles stored since the caller
        last looked are handed to `recheck`; if it names one, this article is linked to it
        as a copy and False is returned.
        """
        article = processed.article
        try:
            with self._writer.begin() as conn:
                if _article_exists(conn, article.id):
                    _link(conn, article.id, article)
                    return False
                if recheck is not None and signature is not None:
                    target = recheck(self._stored_since(conn, recheck.since))
                    if target is not None:
                        _link(conn, target, article)
                        return False
                if not _insert_article(conn, processed, signature):
                    _link(conn, article.id, article)  # another process stored it just now
                    return False
            return True
        except IntegrityError as exc:
            # Backends without ON CONFLICT: another process may have stored the same article
            # between our check and insert.
            if self.has_article(article.id):
                self.link_source(article.id, article)
                return False
            raise StoreError(f"{article.source_ref}: could not store article {article.id}: {_reason(exc)}") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"{article.source_ref}: could not store article {article.id}: {_reason(exc)}") from exc

    def _stored_since(self, conn: Connection, since: datetime | None) -> list[tuple[str, bytes, datetime]]:
        """(id, signature, ingested_at) of articles stored at or after `since`, under the near-check lock."""
        if self.engine.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(NEAR_CHECK_LOCK)))
        stmt = select(ArticleRow.id, ArticleRow.minhash, ArticleRow.ingested_at).where(ArticleRow.minhash.is_not(None))
        if since is not None:
            stmt = stmt.where(ArticleRow.ingested_at >= since)
        return [(aid, bytes(sig), when) for aid, sig, when in conn.execute(stmt)]

    def transaction(self) -> Any:
        """A write transaction (SQLite: BEGIN IMMEDIATE), for stages that write derived tables."""
        return self._writer.begin()

    def close(self) -> None:
        self.engine.dispose()


# Advisory-lock key of the near-duplicate check (any constant shared by frontwatch processes).
NEAR_CHECK_LOCK = 0x66776E64  # "fwnd"


class NearRecheck:
    """What `Store.save` asks about articles stored meanwhile: is the new one a copy of one?

    `since` is a watermark: the newest ingestion time already looked at, so each save
    reads only what was stored since the previous one (its own articles included).
    """

    def __init__(self, find: Callable[[Iterable[tuple[str, bytes]]], str | None], since: datetime | None) -> None:
        self.find = find
        self.since = since

    def __call__(self, rows: list[tuple[str, bytes, datetime]]) -> str | None:
        for _, _, when in rows:
            when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
            if self.since is None or when > self.since:
                self.since = when
        return self.find((aid, sig) for aid, sig, _ in rows)


def _article_exists(conn: Connection, article_id: str) -> bool:
    return conn.execute(select(ArticleRow.id).where(ArticleRow.id == article_id)).first() is not None


def _insert_ignore(conn: Connection, table: Table, conflict: Sequence[str]) -> Insert | None:
    """`INSERT ... ON CONFLICT (conflict) DO NOTHING` where the dialect has it (SQLite, PostgreSQL).

    The unique key decides, inside the database, which of several concurrent writers
    wins; the others insert nothing and learn it from RETURNING giving no row (row
    counts are no help: psycopg reports -1 here). A PostgreSQL writer whose key is
    being inserted by an open transaction waits for it to end, so "nothing inserted"
    always means "it is committed now".
    """
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    elif conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:  # pragma: no cover - other backends take the check-then-insert paths
        return None
    stmt = dialect_insert(table).on_conflict_do_nothing(index_elements=[table.c[name] for name in conflict])
    return stmt.returning(*table.primary_key.columns)


def _link(conn: Connection, article_id: str, article: Article) -> bool:
    """Add the (article, source_ref) row unless present; True if added."""
    table = SourceRow.__table__
    stmt = _insert_ignore(conn, table, ("article_id", "source_ref"))
    if stmt is not None:
        return conn.execute(stmt, rows.source_row(article_id, article, _now())).first() is not None
    exists = conn.execute(
        select(table.c.id).where(table.c.article_id == article_id, table.c.source_ref == article.source_ref)
    ).first()
    if exists is not None:
        return False
    conn.execute(insert(table), rows.source_row(article_id, article, _now()))
    return True


def _insert_article(conn: Connection, processed: ProcessedArticle, signature: bytes | None) -> bool:
    """Insert the article and all its rows; False (nothing written) if its id is already taken.

    The article row goes first and claims the id: its children are only written by the
    transaction that won it, so concurrent ingests never duplicate sentences or events.
    """
    article = processed.article
    aid = article.id
    now = _now()
    claim = _insert_ignore(conn, TABLES["articles"], ("id",))
    if claim is None:  # pragma: no cover - other backends: a duplicate raises IntegrityError instead
        conn.execute(insert(TABLES["articles"]), rows.article_row(article, signature, now))
    elif conn.execute(claim, rows.article_row(article, signature, now)).first() is None:
        return False
    conn.execute(insert(TABLES["sources"]), rows.source_row(aid, article, now))
    _insert_many(conn, TABLES["sentences"], rows.sentence_rows(aid, processed.sentences))
    _insert_many(conn, TABLES["mentions"], rows.mention_rows(aid, processed.mentions))
    _upsert_places(conn, rows.place_rows(processed))
    _insert_many(conn, TABLES["toponyms"], rows.toponym_rows(aid, processed.toponyms))
    _insert_many(conn, TABLES["events"], [rows.event_row(aid, e) for e in processed.events])
    return True


def _insert_many(conn: Connection, table: Table, values: Sequence[dict[str, Any]]) -> None:
    if values:
        conn.execute(insert(table), list(values))


def _upsert_places(conn: Connection, values: list[dict[str, Any]]) -> None:
    """Insert places, refreshing known ones (a re-imported gazetteer may have better names)."""
    if not values:
        return
    table = TABLES["places"]
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        stmt = dialect_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c.geonameid],
            set_={c.name: stmt.excluded[c.name] for c in table.c if c.name != "geonameid"},
        )
        conn.execute(stmt, values)
        return
    # Other databases: portable update-then-insert (we hold the write transaction).
    for value in values:  # pragma: no cover - exercised only on non-SQLite/PostgreSQL backends
        result = conn.execute(update(table).where(table.c.geonameid == value["geonameid"]).values(**value))
        if result.rowcount == 0:
            conn.execute(insert(table), value)
