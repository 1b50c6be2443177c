"""Readers for gold geoparsing corpora: LGL / TR-News, GeoWebNews, GeoVirus XML layouts.

The layout is told from the file itself (the first article that carries annotations), so
`frontwatch evaluate geoparse FILE` needs no format flag. Every gold span is checked
against the text (`text[start:end]` must equal the annotated phrase); mismatches are kept
aside in `GoldDocument.skipped` and counted, never scored, because a shifted span would
turn a correct prediction into both a false positive and a false negative.

XML is parsed with defusedxml: corpora are downloaded files, and entity-expansion bombs
are a cheap thing to rule out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

# GeoWebNews (Gritta et al. 2019, "A Pragmatic Guide to Geoparsing Evaluation", Table 1)
# annotates 14 types. Toponyms are the five *literal* types (the place itself is meant) and
# the six *associative* types (a place name used for something associated with it: its
# government, people, language, a homonym...). Recognition is scored on both, as the paper
# recommends. Not toponyms, so not scored: Non_Toponym (a name containing a place name, e.g.
# an organisation), Literal_Expression and Non_Lit_Expression (common-noun place expressions
# like 'the lot' or 'residents', added as augmentation).
GWN_LITERAL = frozenset({"Literal", "Literal_Modifier", "Mixed", "Coercion", "Embedded_Literal"})
GWN_ASSOCIATIVE = frozenset({"Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit", "Demonym", "Language",
                             "Homonym"})
GWN_TOPONYM_TYPES = GWN_LITERAL | GWN_ASSOCIATIVE


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: str | None = None  # GeoWebNews pragmatic type; None for corpora without types

    @property
    def has_coords(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class GoldDocument:
    id: str
    text: str
    toponyms: list[GoldToponym]
    # Gold annotations left out because their offsets do not match the text.
    skipped: list[GoldToponym] = field(default_factory=list)
    # The publishing outlet (LGL <domain>, else the host of <url>/<link>): feed metadata a
    # real ingest has too, used by the outlet prior (geo/outlet.py).
    outlet: str | None = None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None and value.strip() else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None and value.strip() else None
    except ValueError:
        return None


def _text(el: Element, tag: str) -> str | None:
    child = el.find(tag)
    return child.text if child is not None else None


def _lgl_toponym(t: Element) -> GoldToponym | None:
    start, end = _int(_text(t, "start")), _int(_text(t, "end"))
    if start is None or end is None:
        return None
    gaz = t.find("gaztag")
    lat = lon = gid = None
    if gaz is not None:
        lat, lon, gid = _float(_text(gaz, "lat")), _float(_text(gaz, "lon")), _int(gaz.get("geonameid"))
    return GoldToponym(start, end, _text(t, "phrase") or "", lat, lon, gid, None)


def _gwn_toponym(t: Element) -> GoldToponym | None:
    kind = (_text(t, "type") or "").strip()
    start, end = _int(_text(t, "start")), _int(_text(t, "end"))
    if kind not in GWN_TOPONYM_TYPES or start is None or end is None:
        return None
    return GoldToponym(start, end, _text(t, "extractedName") or "", _float(_text(t, "latitude")),
                       _float(_text(t, "longitude")), _int(_text(t, "geonamesID")), kind)


def _geovirus_toponym(t: Element) -> GoldToponym | None:
    start, end = _int(_text(t, "start")), _int(_text(t, "end"))
    if start is None or end is None:
        return None
    return GoldToponym(start, end, _text(t, "name") or "", _float(_text(t, "lat")), _float(_text(t, "lon")), None,
                       None)


def detect_layout(root: Element) -> str | None:
    """'lgl' (LGL, TR-News), 'gwn' (GeoWebNews), 'geovirus', or None: from the first annotation."""
    for article in root.iter("article"):
        t = article.find("toponyms/toponym")
        if t is not None:
            if t.find("extractedName") is not None or t.find("type") is not None:
                return "gwn"
            if t.find("phrase") is not None:
                return "lgl"
        if article.find("locations/location") is not None:
            return "geovirus"
    return None


_READERS = {
    "lgl": ("toponyms/toponym", _lgl_toponym),
    "gwn": ("toponyms/toponym", _gwn_toponym),
    "geovirus": ("locations/location", _geovirus_toponym),
}


def _outlet(article: Element) -> str | None:
    domain = (_text(article, "domain") or "").strip().lower()
    if not domain:
        url = (_text(article, "url") or _text(article, "link") or "").strip()
        domain = (urlsplit(url).hostname or "") if url else ""
    domain = domain.removeprefix("www.")
    return domain or None


def _document(article: Element, index: int, layout: str) -> GoldDocument:
    path, read = _READERS[layout]
    doc_id = article.get("docid") or article.get("file") or article.get("id") or str(index)
    text = _text(article, "text") or ""
    doc = GoldDocument(id=doc_id, text=text, toponyms=[], outlet=_outlet(article))
    seen: set[tuple[int, int]] = set()
    for el in article.findall(path):
        gold = read(el)
        if gold is None:
            continue
        if not (0 <= gold.start < gold.end <= len(text)) or text[gold.start:gold.end] != gold.text:
            doc.skipped.append(gold)
        elif (gold.start, gold.end) not in seen:  # a span is one toponym, even if annotated twice
            seen.add((gold.start, gold.end))
            doc.toponyms.append(gold)
    doc.toponyms.sort(key=lambda g: (g.start, g.end))
    return doc


def read_corpus(path: Path) -> tuple[str, list[GoldDocument]]:
    """(layout, documents) of a gold geoparsing corpus; layout is 'lgl', 'gwn' or 'geovirus'."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such corpus file")
    try:
        root: Any = SafeET.parse(str(path)).getroot()
    except ParseError as exc:
        raise ValueError(f"{path}: not well-formed XML ({exc})") from None
    except DefusedXmlException as exc:
        raise ValueError(f"{path}: refused unsafe XML ({exc})") from None
    layout = detect_layout(root)
    if layout is None:
        raise ValueError(f"{path}: not a known geoparsing corpus layout (LGL/TR-News, GeoWebNews or GeoVirus XML)")
    return layout, [_document(a, i, layout) for i, a in enumerate(root.iter("article"))]
