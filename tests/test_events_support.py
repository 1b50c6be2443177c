"""Shared helpers for the event tests: one spaCy model per process and a stand-in geoparser.

The geoparser is a separate stage; event tests build the toponyms it would produce
from a small hand-made gazetteer (real coordinates), so they test event coding alone.
"""

from __future__ import annotations

import re
import zlib
from datetime import datetime, timezone


from frontwatch.model import Article, Place, Toponym

# name in text -> (canonical name, lat, lon, country, precision)
GAZETTEER: dict[str, tuple[str, float, float, str, str]] = {
    "Damascus": ("Damascus", 33.51, 36.29, "SY", "city"),
    "Aleppo": ("Aleppo", 36.20, 37.13, "SY", "city"),
    "Homs": ("Homs", 34.73, 36.71, "SY", "city"),
    "Hama": ("Hama", 35.13, 36.76, "SY", "city"),
    "Idlib": ("Idlib", 35.93, 36.63, "SY", "city"),
    "Raqqa": ("Ar-Raqqah", 35.95, 39.01, "SY", "city"),
    "Douma": ("Douma", 33.57, 36.40, "SY", "city"),
    "Maaloula": ("Maaloula", 33.84, 36.55, "SY", "city"),
    "Kharkiv": ("Kharkiv", 49.99, 36.23, "UA", "city"),
    "Kyiv": ("Kyiv", 50.45, 30.52, "UA", "city"),
    "Bakhmut": ("Bakhmut", 48.59, 38.00, "UA", "city"),
    "Marib": ("Marib", 15.46, 45.33, "YE", "city"),
    "Kabul": ("Kabul", 34.53, 69.17, "AF", "city"),
    "Helmand": ("Helmand", 31.0, 64.0, "AF", "admin1"),
    "Bujumbura": ("Bujumbura", -3.38, 29.36, "BI", "city"),
    "Goma": ("Goma", -1.68, 29.22, "CD", "city"),
    "Gao": ("Gao", 16.27, -0.04, "ML", "city"),
    "Kidal": ("Kidal", 18.44, 1.41, "ML", "city"),
    "Tessalit": ("Tessalit", 20.20, 1.01, "ML", "city"),
    "Khartoum": ("Khartoum", 15.55, 32.53, "SD", "city"),
    "El Fasher": ("El Fasher", 13.63, 25.35, "SD", "city"),
    "Nairobi": ("Nairobi", -1.29, 36.82, "KE", "city"),
    "Baghdad": ("Baghdad", 33.34, 44.40, "IQ", "city"),
    "Lagos": ("Lagos", 6.45, 3.39, "NG", "city"),
    "Kampala": ("Kampala", 0.35, 32.58, "UG", "city"),
    "Jeddah": ("Jeddah", 21.54, 39.17, "SA", "city"),
    "Harare": ("Harare", -17.83, 31.05, "ZW", "city"),
    "Mogadishu": ("Mogadishu", 2.04, 45.34, "SO", "city"),
    "Gaza": ("Gaza", 31.50, 34.47, "PS", "city"),
    "Doha": ("Doha", 25.29, 51.53, "QA", "city"),
    "Manbij": ("Manbij", 36.53, 37.95, "SY", "city"),
    "Quneitra": ("Quneitra", 33.13, 35.82, "SY", "city"),
    "Daraa": ("Daraa", 32.62, 36.10, "SY", "city"),
    "Suwayda": ("As-Suwayda", 32.71, 36.57, "SY", "city"),
    "Syria": ("Syria", 35.0, 38.0, "SY", "country"),
    "Iraq": ("Iraq", 33.0, 44.0, "IQ", "country"),
    "Iran": ("Iran", 32.0, 53.0, "IR", "country"),
    "Russia": ("Russia", 60.0, 100.0, "RU", "country"),
    "Turkey": ("Turkey", 39.0, 35.0, "TR", "country"),
    "Israel": ("Israel", 31.5, 34.75, "IL", "country"),
    "Lebanon": ("Lebanon", 33.83, 35.83, "LB", "country"),
    "Jordan": ("Jordan", 31.0, 36.0, "JO", "country"),
    "Qatar": ("Qatar", 25.5, 51.25, "QA", "country"),
    "Ukraine": ("Ukraine", 49.0, 32.0, "UA", "country"),
    "Sudan": ("Sudan", 15.0, 30.0, "SD", "country"),
    "Mali": ("Mali", 17.0, -4.0, "ML", "country"),
}
BORDER = re.compile(r"\b([A-Z][a-z]+)-([A-Z][a-z]+) border\b")
DEMONYM = {"Lebanese": "LB", "Syrian": "SY", "Iraqi": "IQ", "Turkish": "TR", "Jordanian": "JO", "Israeli": "IL"}
DISTANCE = re.compile(r"(\d+)\s*(?:km|kilomet(?:er|re)s?)\W{0,2}\s+from\s+(?:the\s+)?(?:(north|south|east|west)ern\s+"
                      r"\w+\s+to\s+|capital\s+)?")


def place(name: str, gazetteer: dict | None = None) -> Place:
    canonical, lat, lon, country, precision = (gazetteer or GAZETTEER)[name]
    gid = zlib.crc32(canonical.encode()) % 10_000_000
    return Place(geonameid=gid, name=canonical, lat=lat, lon=lon, country=country, precision=precision)  # type: ignore[arg-type]


def make_toponyms(text: str, extra: dict[str, tuple] | None = None) -> list[Toponym]:
    """Toponyms a good geoparser would find: gazetteer names (plus `extra` entries in the same
    form), 'X-Y border' as a border, and 'N km from X' as a relative location around X."""
    gaz = {**GAZETTEER, **(extra or {})}
    out: list[Toponym] = []
    for surface in gaz:
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            p = place(surface, gaz)
            out.append(Toponym(start=m.start(), end=m.end(), text=surface, place=p, score=0.9,
                               precision=p.precision))
    for m in BORDER.finditer(text):
        codes = [DEMONYM.get(m.group(1)), DEMONYM.get(m.group(2))]
        if all(codes):
            out.append(Toponym(start=m.start(), end=m.end(), text=m.group(0), place=None, score=0.8,
                               precision="border", relative={"kind": "border", "countries": sorted(codes)}))
    for m in DISTANCE.finditer(text):
        anchor = min((t for t in out if t.start >= m.end() and t.place is not None), key=lambda t: t.start,
                     default=None)
        if anchor is None or anchor.start - m.end() > 3:
            continue
        km = float(m.group(1))
        direction = (m.group(2) or "")[:1].upper() or None
        lat = anchor.place.lat - (km / 2 / 111 if direction == "S" else 0)  # type: ignore[union-attr]
        out.append(Toponym(start=m.start(), end=anchor.end, text=text[m.start():anchor.end], place=anchor.place,
                           score=0.8, precision="relative",
                           relative={"kind": "distance", "km": km, "direction": direction, "lat": lat,
                                     "lon": anchor.place.lon, "radius_km": km}))  # type: ignore[union-attr]
    return sorted(out, key=lambda t: (t.start, t.end))


def article(text: str, published: datetime | None = datetime(2024, 12, 7, 10, tzinfo=timezone.utc),
            id: str = "test") -> Article:
    return Article(id=id, text=text, source_ref="test", kind="text", published=published, language="en",
                   published_from="option" if published else "unknown")


def run(nlp, text: str, published: datetime | None = datetime(2024, 12, 7, 10, tzinfo=timezone.utc),
        extra: dict[str, tuple] | None = None):
    from frontwatch.events.extract import extract_events

    doc = nlp(text)
    return extract_events(doc, article(text, published), make_toponyms(text, extra))


def test_make_toponyms_finds_places_borders_and_distances():
    text = "Rebels are 20 km from Damascus. Israel bombed the Lebanese-Syrian border."
    tops = make_toponyms(text)
    kinds = [(t.text, t.precision) for t in tops]
    assert ("Damascus", "city") in kinds and ("Israel", "country") in kinds
    assert ("Lebanese-Syrian border", "border") in kinds
    rel = [t for t in tops if t.relative and t.relative["kind"] == "distance"]
    assert rel and rel[0].relative["km"] == 20 and rel[0].place.name == "Damascus"
