"""ACLED-format CSV: analysts can load frontwatch events beside ACLED's own data.

The columns are ACLED's public CSV columns, in ACLED's order and with ACLED's meaning
and codes (ACLED Codebook 2024, "ACLED Events" .. "Tags"; acledR's codebook pages), so
the file can be appended to an ACLED download. frontwatch's own fields (event id,
modality, confidence, ...) follow only when asked (`frontwatch_columns=True`). Events
with no ACLED type (diplomacy and statements, coded in PLOVER only) are left out unless
asked (`include_non_acled=True`); JSONL and GeoJSON mark them with `"acled": null`.
Cells that came from article text are guarded against spreadsheet formula injection
(OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from typing import IO, Any
from urllib.parse import urlsplit

import pycountry
from pydantic import BaseModel

from frontwatch.data_files import data_json, data_text
from frontwatch.export.country_point import countries_placed_in, unplaced_name_country
from frontwatch.schema import EventOut, get_path, leaf_paths

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
# Record fields (paths in `schema.EventOut`) the ACLED columns carry, and in which column.
ACLED_CARRIES: dict[str, str] = {
    "id": "event_id_cnty", "date": "event_date, year", "acled.event_type": "event_type, disorder_type",
    "acled.sub_event_type": "sub_event_type", "actor1.name": "actor1", "actor1.kind": "inter1",
    "actor1.country": "inter1", "actor2.name": "actor2", "actor2.kind": "inter2", "actor2.country": "inter2",
    "location.name": "location", "location.text": "location (when no name)", "location.country": "iso, country",
    "location.admin1": "admin1", "location.admin2": "admin2", "location.lat": "latitude", "location.lon": "longitude",
    "location.precision": "geo_precision", "evidence.text": "notes", "fatalities": "fatalities",
    "article.outlet": "source", "article.url": "source (when no outlet)",
}
# frontwatch's own columns after ACLED's (`frontwatch_columns=True`): (column, record path). Any record
# field neither here, nor carried by an ACLED column, nor in NOT_IN_CSV is appended after these,
# named by its path, so a field added to `schema.EventRecord` reaches the CSV without an edit here.
EXTRA_LAYOUT: tuple[tuple[str, str], ...] = (
    ("frontwatch_id", "id"), ("article_id", "article_id"), ("plover", "plover"), ("modality", "modality"),
    ("date_precision", "date_precision"), ("date_source", "date_source"), ("confidence", "confidence"),
    ("reported_by", "reported_by"), ("url", "article.url"),
)
NOT_IN_CSV: dict[str, str] = {
    "event_type": "frontwatch's internal type; ACLED's type columns and plover carry it",
    "actor1.text": "the words of the article; the actor's name is in actor1",
    "actor2.text": "the words of the article; the actor's name is in actor2",
    "location.geonameid": "ACLED has no gazetteer id column", "location.relative": "described by geo_precision 2",
    "evidence.start": "offsets into the article, which the CSV does not carry",
    "evidence.end": "offsets into the article, which the CSV does not carry",
    "article.id": "article_id", "article.title": "not an ACLED field", "article.published": "timestamp-like; not ACLED's",
    "story.id": "stories are not exported", "story.corroboration": "stories are not exported",
    "story.outlets": "stories are not exported",
}


def _extra_layout(model: type[BaseModel] = EventOut) -> tuple[tuple[str, str], ...]:
    placed = set(ACLED_CARRIES) | {path for _, path in EXTRA_LAYOUT} | set(NOT_IN_CSV)
    return EXTRA_LAYOUT + tuple((path.replace(".", "_"), path) for path in leaf_paths(model) if path not in placed)


EXTRA_FIELDS = _extra_layout()
EXTRA_COLUMNS: tuple[str, ...] = tuple(name for name, _ in EXTRA_FIELDS)
COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EXTRA_COLUMNS

# ACLED codebook, "Time precision codes": 1 = the day is known, 2 = the week (or a range of
# a few days), 3 = only the month (or coarser) is known. Unknown dates get 3: never a false claim.
TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3, "unknown": 3}
# ACLED codebook, "Spatial precision codes": 1 = the town itself, 2 = near a town / a part of
# a region (a district), 3 = only the province (or larger) is known.
GEO_PRECISION: dict[str, int] = {
    "point": 1, "city": 1, "admin2": 2, "relative": 2, "admin1": 3, "country": 3, "border": 3,
}
# ACLED codebook, "Disorder type": Political violence (Battles, Explosions/Remote violence,
# Violence against civilians), Demonstrations (Protests, Riots), Strategic developments, and
# "Political violence; Demonstrations" for demonstrations met with lethal/excessive state force
# (Protests: Excessive force against protesters). Sub-event overrides first.
DISORDER_BY_SUB_EVENT: dict[str, str] = {"Excessive force against protesters": "Political violence; Demonstrations"}
DISORDER_BY_EVENT: dict[str, str] = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations", "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# ACLED codebook, "Actor Names, Types, and 'Inter' Codes": 1 State forces, 2 Rebel groups,
# 3 Political militias, 4 Identity militias, 5 Rioters, 6 Protesters, 7 Civilians,
# 8 External/Other forces (international organisations, state forces acting outside their
# own country). The keys are events/actors.py KINDS. ACLED files unidentified armed groups
# under political militias (3); NGO staff and journalists are civilians (7) there.
INTER_CODE: dict[str, int] = {
    "state forces": 1, "government": 1, "country": 1, "rebel group": 2, "political militia": 3,
    "armed group": 3, "identity militia": 4, "rioters": 5, "mob": 5, "protesters": 6, "civilians": 7,
    "media": 7, "ngo": 7, "igo": 8,
}
STATE_KINDS = frozenset({"state forces", "government", "country"})
EXTERNAL = 8
CIVILIAN_TARGETING = "Civilian targeting"  # ACLED codebook, "Civilian targeting"
# Codes in common use that ISO 3166 has not (yet) assigned; pycountry lacks them.
USER_ASSIGNED: dict[str, tuple[str, str | None, str]] = {"XK": ("XKX", None, "Kosovo")}
UNKNOWN_ISO3 = "XXX"  # ISO 3166 user-assigned range: "no country known"

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_DATE = re.compile(r"^(\d{4})(?:-\d{2}(?:-\d{2})?)?$")


@lru_cache(maxsize=512)
def country_codes(alpha2: str | None) -> tuple[str, str | None, str | None]:
    """ISO alpha-2 → (alpha-3, numeric as ACLED writes it, English short name)."""
    if not alpha2:
        return UNKNOWN_ISO3, None, None
    code = alpha2.strip().upper()
    if code in USER_ASSIGNED:
        return USER_ASSIGNED[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return UNKNOWN_ISO3, None, code
    # ACLED writes iso as an integer ("4" for Afghanistan) and uses short names ("Syria").
    return country.alpha_3, str(int(country.numeric)), getattr(country, "common_name", None) or country.name


def stable_number(event_id: str) -> int:
    """A number that is the same for an event id on every run and machine (unlike hash()).

    48 bits keep collisions improbable (≈0.2 % for a million events in one country);
    the exact id is in the frontwatch_id column anyway.
    """
    return int.from_bytes(hashlib.sha256(event_id.encode("utf-8")).digest()[:6], "big")


def excel_safe(value: Any) -> str:
    """Text as a CSV cell that no spreadsheet will evaluate as a formula."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def number(value: Any, digits: int = 6) -> str:
    """A finite number with at most `digits` decimals and no exponent, or '' when missing."""
    if value is None or isinstance(value, bool):
        return ""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return ""
    if not math.isfinite(x):
        return ""
    text = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def unique(items: Iterable[str | None]) -> list[str]:
    """Non-empty strings, first spelling kept, case-insensitive duplicates dropped."""
    seen: set[str] = set()
    out = []
    for item in items:
        key = (item or "").strip()
        if key and key.casefold() not in seen:
            seen.add(key.casefold())
            out.append(key)
    return out


@lru_cache(maxsize=1)
def acled_regions() -> dict[str, str]:
    """ISO alpha-2 -> ACLED region (data/acled_regions.tsv; the only loader of that file)."""
    text = data_text("acled_regions.tsv")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {code.strip().upper(): region.strip() for code, region in rows if code != "iso2"}


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    return DISORDER_BY_SUB_EVENT.get(sub_event_type or "") or DISORDER_BY_EVENT.get(event_type or "", "")


@lru_cache(maxsize=1)
def _inter_data() -> dict[str, Any]:
    """data/inter_codes.json (the only loader of that file)."""
    return data_json("inter_codes.json")


@lru_cache(maxsize=1)
def external_actors() -> frozenset[str]:
    """Actor names whose forces are ACLED's external forces (8) wherever they act: coalitions,
    international missions, mercenaries (data/inter_codes.json). Their record carries one home
    country at most (a coalition's lead state), so the event's country cannot decide for them."""
    return frozenset(_inter_data()["external_actors"])


def _home(actor: dict[str, Any] | None) -> str | None:
    return ((actor or {}).get("country") or "").upper() or None


def _doers_own_country(record: dict[str, Any], country: str | None) -> bool:
    """Whether `country` is the home of the event's actor 1 when that is a state's forces. Only the
    doer's: forces strike abroad, their targets are at home (a target's adjective is a fair place)."""
    actor1 = record.get("actor1") or {}
    return bool(country) and INTER_CODE.get(actor1.get("kind") or "") == 1 and _home(actor1) == country


def event_countries(record: dict[str, Any]) -> tuple[str, ...]:
    """The countries an event happened in, one of which holds it, as its actors' inter codes need
    them (alpha-2; empty when unknown).

    Its place's country when it has one; a border's two countries ('the Lebanese-Syrian border').
    A sentence can name no place and still say where its event is: a state's forces acting on a
    side whose own country is another ('US airstrikes killed 80 Syrian soldiers', 'Israeli troops
    shot a Palestinian') act in that side's country, as ACLED codes them (forces strike abroad;
    their targets are at home).

    A country's point standing for a name the gazetteer could not place is no evidence against
    actor 1's state forces of that same country (`country_point.unplaced_name_country`: the country is
    then the force's own adjective, 'the Israeli army shelled ... the Iglim al-Tuffah'): the event
    is then in the countries its sentence names by name after a locative preposition ('... in
    south Lebanon'), unknown if none (not 'a truce brokered by the US and Russia')."""
    loc = record.get("location") or {}
    country = (loc.get("country") or "").upper()
    if country and _doers_own_country(record, unplaced_name_country(loc)):
        return countries_placed_in(((record.get("evidence") or {}).get("text")) or "")
    if country:
        return (country,)
    border = [c.upper() for c in ((loc.get("relative") or {}).get("countries") or []) if c]
    if border:
        return tuple(border)
    actor1, actor2 = record.get("actor1") or {}, record.get("actor2") or {}
    if INTER_CODE.get(actor1.get("kind") or "") != 1 or actor1.get("name") in external_actors():
        return ()
    home, theirs = _home(actor1), _home(actor2)
    return (theirs,) if home and theirs and theirs != home else ()


def inter_code(actor: dict[str, Any] | None, event_country: str | tuple[str, ...] | None) -> int | None:
    """ACLED's inter code of an actor record; state forces outside their own country (`event_country`,
    or none of `event_countries`) are external (8), so are the coalitions and missions `external_actors` names."""
    if not actor:
        return None
    kind = actor.get("kind") or ""
    code = INTER_CODE.get(kind)
    if code is not None and actor.get("name") in external_actors():
        return EXTERNAL
    home = _home(actor)
    where = (event_country,) if isinstance(event_country, str) else tuple(event_country or ())
    if code == 1 and home and where and home not in {c.upper() for c in where}:
        return EXTERNAL
    return code


def leads_a_coalition(actor: dict[str, Any] | None, evidence: str) -> bool:
    """Whether a state's forces are named in `evidence` only as a coalition's leader ('US-led air
    strikes'): the coalition acts, an external force (8) wherever it is (data/inter_codes.json
    `leader_suffixes`)."""
    if not actor or INTER_CODE.get(actor.get("kind") or "") != 1 or not actor.get("text"):
        return False
    suffixes = "|".join(re.escape(x) for x in _inter_data().get("leader_suffixes", ()))
    return bool(suffixes) and re.search(rf"(?<![\w-]){re.escape(actor['text'])}(?:{suffixes})\b", evidence) is not None


def inter_codes(record: dict[str, Any]) -> tuple[int | None, int | None]:
    """The inter codes of an event record's two sides, decided once its country is known
    (`event_countries`): the one place the ACLED export and the actors evaluation take them from."""
    where = event_countries(record)
    evidence = (record.get("evidence") or {}).get("text") or ""
    actor1, actor2 = record.get("actor1"), record.get("actor2")
    return (EXTERNAL if leads_a_coalition(actor1, evidence) else inter_code(actor1, where),
            EXTERNAL if leads_a_coalition(actor2, evidence) else inter_code(actor2, where))


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction code: the two inter codes, lower first ("17"); one actor alone is "10"-style."""
    if inter1 is None and inter2 is None:
        return ""
    if inter1 is None or inter2 is None:
        return f"{inter1 or inter2}0"
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


def _timestamp(now: datetime | None) -> str:
    return str(int((now or datetime.now(UTC)).timestamp()))


def _outlets(article: dict[str, Any]) -> list[str]:
    outlet = (article.get("outlet") or "").strip()
    if outlet:
        return [outlet]
    host = urlsplit(article.get("url") or "").hostname or ""
    return [host.removeprefix("www.")] if host else []


def is_acled(record: dict[str, Any]) -> bool:
    """Whether an event has an ACLED type (PLOVER-only events, e.g. diplomacy, do not)."""
    return bool((record.get("acled") or {}).get("event_type"))


def acled_row(record: dict[str, Any], now: datetime | None = None) -> dict[str, str]:
    """One event record -> one CSV row (all cells strings; ACLED columns then frontwatch's)."""
    loc = record.get("location") or {}
    acled = record.get("acled") or {}
    article = record.get("article") or {}
    actor1 = record.get("actor1") or {}
    actor2 = record.get("actor2") or {}
    alpha2 = (loc.get("country") or "").upper() or None
    iso3, numeric, country = country_codes(alpha2)
    date = record.get("date") or ""
    match = _DATE.match(date)
    reported_by = [r for r in record.get("reported_by") or [] if r]
    precision = loc.get("precision")
    country_level = precision == "country"
    inter1, inter2 = inter_codes(record)
    event_type, sub_event_type = acled.get("event_type"), acled.get("sub_event_type")
    civilians = event_type == "Violence against civilians" or inter2 == 7
    tags = [f"reported by={r}" for r in unique(reported_by)]
    if country_level:
        tags.append("location=country only")
    return {
        "event_id_cnty": f"{iso3}{stable_number(str(record['id']))}",
        "event_date": excel_safe(date),
        "year": match.group(1) if match else "",
        "time_precision": str(TIME_PRECISION.get(record.get("date_precision") or "unknown", 3) if date else 3),
        "disorder_type": disorder_type(event_type, sub_event_type),
        "event_type": excel_safe(event_type),
        "sub_event_type": excel_safe(sub_event_type),
        "actor1": excel_safe(actor1.get("name")),
        "assoc_actor_1": "",
        "inter1": str(inter1) if inter1 is not None else "",
        "actor2": excel_safe(actor2.get("name")),
        "assoc_actor_2": "",
        "inter2": str(inter2) if inter2 is not None else "",
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": CIVILIAN_TARGETING if civilians and event_type else "",
        "iso": numeric or "",
        "region": acled_regions().get(alpha2 or "", ""),
        "country": excel_safe(country),
        "admin1": "" if country_level else excel_safe(loc.get("admin1")),
        "admin2": "" if country_level else excel_safe(loc.get("admin2")),
        "admin3": "",
        "location": excel_safe(country if country_level and country else loc.get("name") or loc.get("text")),
        # A country-level event has no point: its country's centroid would be a false location.
        "latitude": "" if country_level else number(loc.get("lat")),
        "longitude": "" if country_level else number(loc.get("lon")),
        "geo_precision": str(GEO_PRECISION[precision]) if precision in GEO_PRECISION else "",
        "source": excel_safe("; ".join(unique(_outlets(article)))),
        "source_scale": "",  # ACLED's judgement of the sources' reach (local/national/...): not inferred
        "notes": excel_safe((record.get("evidence") or {}).get("text")),
        "fatalities": str(_fatalities(record)),
        "tags": excel_safe("; ".join(tags)),
        "timestamp": _timestamp(now),  # ACLED: when the row entered the data set; here, the export
        **{name: cell(get_path(record, path)) for name, path in EXTRA_FIELDS},
    }


def cell(value: Any) -> str:
    """A frontwatch column's cell: numbers with at most 3 decimals, lists joined by '; ', text formula-safe."""
    if isinstance(value, list):
        return excel_safe("; ".join(unique(str(v) for v in value if v)))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value, 3)
    if isinstance(value, dict):
        return excel_safe(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return excel_safe(value)


def _fatalities(record: dict[str, Any]) -> int:
    try:
        return max(int(record.get("fatalities") or 0), 0)
    except (TypeError, ValueError):
        return 0


def write_acled_csv(records: Iterable[dict[str, Any]], fh: IO[str], *, include_non_acled: bool = False,
                    frontwatch_columns: bool = False, now: datetime | None = None) -> int:
    """Header, then one row per record as it arrives; returns the number of rows.

    Open files with newline="" (the csv module's rule) so rows end in exactly CRLF.
    All rows of one export share its timestamp.
    """
    now = now or datetime.now(UTC)
    columns = COLUMNS if frontwatch_columns else ACLED_COLUMNS
    writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for record in records:
        if not include_non_acled and not is_acled(record):
            continue
        writer.writerow(acled_row(record, now))
        n += 1
    return n
