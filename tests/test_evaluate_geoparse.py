"""Geoparsing evaluation: corpus readers (LGL, GeoWebNews, GeoVirus layouts), metrics, harness."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from frontwatch.evaluate.corpora import GWN_TOPONYM_TYPES, GoldDocument, GoldToponym, read_corpus
from frontwatch.evaluate.geoparse import evaluate_geoparse, haversine_km
from frontwatch.evaluate.metrics import auc_error, error_stats, prf
from frontwatch.model import Place, Toponym

LGL_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <title>t</title>
    <domain>www.Example-Local.com</domain>
    <text><![CDATA[Shelling hit Homs and Hama. Later, Aleppo.]]></text>
    <toponyms>
      <toponym><start>13</start><end>17</end><phrase>Homs</phrase>
        <gaztag geonameid="169577"><name>Homs</name><lat>34.72682</lat><lon>36.72339</lon></gaztag></toponym>
      <toponym><start>22</start><end>26</end><phrase>Hama</phrase>
        <gaztag geonameid="170017"><name>Hama</name><lat>35.13179</lat><lon>36.75783</lon></gaztag></toponym>
      <toponym><start>35</start><end>41</end><phrase>Aleppo</phrase></toponym>
      <toponym><start>0</start><end>4</end><phrase>Idlib</phrase>
        <gaztag geonameid="169388"><lat>35.9</lat><lon>36.6</lon></gaztag></toponym>
    </toponyms>
  </article>
  <article docid="2">
    <url>https://news.example.org/a/2</url>
    <text><![CDATA[Nothing here.]]></text>
    <toponyms/>
  </article>
</articles>
"""

GWN_XML = """<?xml version="1.0" ?>
<articles>
  <article file="0">
    <title>x</title>
    <text>Syrian troops left Deraa. Damascus said the lot was empty.</text>
    <toponyms>
      <toponym><extractedName>Syrian</extractedName><type>Demonym</type><start>0</start><end>6</end></toponym>
      <toponym><extractedName>Deraa</extractedName><type>Literal</type><start>19</start><end>24</end>
        <geonamesID>170903</geonamesID><latitude>32.6189</latitude><longitude>36.1021</longitude></toponym>
      <toponym><extractedName>Damascus</extractedName><type>Metonymic</type><start>26</start><end>34</end>
        <geonamesID/><latitude>33.5102</latitude><longitude>36.2913</longitude></toponym>
      <toponym><extractedName>lot</extractedName><type>Literal_Expression</type><start>44</start><end>47</end>
        </toponym>
      <toponym><extractedName>Syrian troops</extractedName><type>Non_Toponym</type><start>0</start><end>13</end>
        </toponym>
      <toponym><extractedName>Homs</extractedName><type>Literal</type><start>-10</start><end>-6</end>
        <latitude>34.7</latitude><longitude>36.7</longitude></toponym>
    </toponyms>
  </article>
</articles>
"""

GEOVIRUS_XML = """<articles>
  <article>
    <source>https://example.org/a</source>
    <text>Cases rose in Pandi, Bulacan.</text>
    <locations>
      <location><name>Pandi</name><start>14</start><end>19</end><lat>14.87</lat><lon>120.95</lon></location>
      <location><name>Bulacan</name><start>21</start><end>28</end><lat>15</lat><lon>121.08</lon></location>
    </locations>
  </article>
</articles>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_read_lgl_layout(tmp_path: Path) -> None:
    layout, docs = read_corpus(_write(tmp_path, "lgl.xml", LGL_XML))
    assert layout == "lgl" and [d.id for d in docs] == ["1", "2"]
    d = docs[0]
    assert [(g.text, g.geonameid) for g in d.toponyms] == [("Homs", 169577), ("Hama", 170017), ("Aleppo", None)]
    assert d.toponyms[0].lat == pytest.approx(34.72682) and not d.toponyms[2].has_coords
    assert [g.text for g in d.skipped] == ["Idlib"]  # text[0:4] is 'Shel': offsets do not match
    assert docs[1].toponyms == []
    # The outlet: the <domain> (lower-cased, without www.), else the host of the <url>.
    assert [d.outlet for d in docs] == ["example-local.com", "news.example.org"]


def test_read_gwn_layout_keeps_literal_and_associative_types(tmp_path: Path) -> None:
    layout, (doc,) = read_corpus(_write(tmp_path, "gwn.xml", GWN_XML))
    assert layout == "gwn" and doc.id == "0"
    assert [(g.text, g.kind) for g in doc.toponyms] == [("Syrian", "Demonym"), ("Deraa", "Literal"),
                                                        ("Damascus", "Metonymic")]
    assert doc.toponyms[2].geonameid is None and doc.toponyms[2].has_coords  # coordinates without an id
    assert [g.text for g in doc.skipped] == ["Homs"]
    assert "Non_Toponym" not in GWN_TOPONYM_TYPES and "Literal_Expression" not in GWN_TOPONYM_TYPES


def test_read_geovirus_layout(tmp_path: Path) -> None:
    layout, (doc,) = read_corpus(_write(tmp_path, "gv.xml", GEOVIRUS_XML))
    assert layout == "geovirus"
    assert [(g.text, g.lat) for g in doc.toponyms] == [("Pandi", 14.87), ("Bulacan", 15.0)]


@pytest.mark.parametrize("content,message", [
    ("<articles><article><text>x</text></article></articles>", "not a known geoparsing corpus layout"),
    ("<articles><article>", "not well-formed XML"),
    ('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><articles>&x;</articles>', "unsafe XML"),
])
def test_read_corpus_bad_input(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_corpus(_write(tmp_path, "bad.xml", content))
    with pytest.raises(FileNotFoundError, match="no such corpus file"):
        read_corpus(tmp_path / "missing.xml")


# --- metrics -------------------------------------------------------------------------------


def test_prf_hand_computed() -> None:
    assert prf(3, 1, 2) == {"precision": 0.75, "recall": 0.6, "f1": 0.6667, "tp": 3, "fp": 1, "fn": 2}
    assert prf(0, 0, 0)["f1"] == 0.0


def test_error_stats_hand_computed() -> None:
    errors = [0.0, 100.0, 1000.0]
    s = error_stats(errors)
    assert s["acc161"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["mean_km"] == pytest.approx(366.67, abs=0.01) and s["median_km"] == 100.0 and s["n"] == 3
    # trapezoid over sorted log(1+e): (0/2 + ln 101 + ln 1001 / 2) / (ln 20039 * 2)
    want = (math.log(101) + math.log(1001) / 2) / (math.log(20039) * 2)
    assert auc_error(errors) == pytest.approx(want)
    assert auc_error([1000.0, 0.0, 100.0]) == pytest.approx(want)  # order does not matter
    assert auc_error([0.0, 0.0]) == 0.0 and auc_error([20038.0]) == pytest.approx(1.0)
    assert error_stats([161.0, 161.5])["acc161"] == 0.5
    assert error_stats([])["auc"] is None


def test_haversine_km_known_distance() -> None:
    # London–Paris, ~343.5 km on the sphere.
    assert haversine_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.5, abs=1.0)


# --- the harness -----------------------------------------------------------------------------


def _top(start: int, end: int, text: str, lat: float | None = None, lon: float | None = None, **kw) -> Toponym:
    place = Place(geonameid=1, name=text, lat=lat, lon=lon) if lat is not None else None
    return Toponym(start=start, end=end, text=text, place=place, **kw)


def test_evaluate_geoparse_hand_computed(tmp_path: Path) -> None:
    _, docs = read_corpus(_write(tmp_path, "lgl.xml", LGL_XML))
    calls: list[int] = []
    done: list[int] = []

    def geoparse(texts: list[str]) -> list[list[Toponym]]:
        calls.append(len(texts))
        out = []
        for text in texts:
            if text.startswith("Shelling"):
                out.append([
                    _top(13, 17, "Homs", 34.72682, 36.72339),  # exact: 0 km
                    _top(22, 26, "Hama", 33.51, 36.29),  # Damascus instead of Hama: ~181 km
                    _top(35, 41, "Aleppo"),  # recognised, gold has no coordinates: recognition only
                    _top(0, 8, "Shelling"),  # false positive
                    _top(13, 30, "Homs and Hama, 20 km", 34.0, 36.0, relative={"kind": "distance"}),  # not scored
                ])
            else:
                out.append([])
        return out

    r = evaluate_geoparse(docs, geoparse, batch=1, progress=done.append)
    assert calls == [1, 1] and done == [1, 2]
    assert r["recognition"] == {"precision": 0.75, "recall": 1.0, "f1": 0.8571, "tp": 3, "fp": 1, "fn": 0}
    res = r["resolution"]
    hama_err = haversine_km(35.13179, 36.75783, 33.51, 36.29)
    assert res["n"] == 2 and res["acc161"] == 0.5 and res["unresolved"] == 0
    assert res["mean_km"] == pytest.approx(hama_err / 2, abs=0.01)
    assert res["auc"] == pytest.approx(auc_error([0.0, hama_err]), abs=1e-4)
    assert r["documents"] == 2 and r["offset_mismatches"] == 1 and r["seconds"] >= 0


def test_evaluate_geoparse_unresolved_gets_max_error_and_kinds(tmp_path: Path) -> None:
    _, docs = read_corpus(_write(tmp_path, "gwn.xml", GWN_XML))

    def geoparse(texts: list[str]) -> list[list[Toponym]]:
        return [[_top(19, 24, "Deraa"), _top(0, 13, "Syrian troops", 35.0, 38.0)] for _ in texts]

    r = evaluate_geoparse(docs, geoparse)
    assert (r["recognition"]["tp"], r["recognition"]["fp"], r["recognition"]["fn"]) == (1, 1, 2)
    assert r["resolution"]["unresolved"] == 1 and r["resolution"]["mean_km"] == 20039.0
    assert r["recognition"]["recall_by_kind"]["Literal"] == {"gold": 1, "found": 1, "recall": 1.0}
    assert r["recognition"]["recall_by_kind"]["Demonym"]["found"] == 0


def test_evaluate_geoparse_checks_the_system_output() -> None:
    doc = GoldDocument("d", "Homs", [GoldToponym(0, 4, "Homs", 34.7, 36.7)])
    with pytest.raises(ValueError, match="returned 0 results for 1 texts"):
        evaluate_geoparse([doc], lambda texts: [])
    with pytest.raises(ValueError, match="batch must be"):
        evaluate_geoparse([doc], lambda texts: [[]], batch=0)


def test_real_corpora_counts(shared_dir: Path) -> None:
    layout, lgl = read_corpus(shared_dir / "data" / "geoparsing" / "lgl.xml")
    assert layout == "lgl" and len(lgl) == 588
    assert sum(len(d.toponyms) + len(d.skipped) for d in lgl) == 5088
    assert sum(g.has_coords for d in lgl for g in d.toponyms + d.skipped) == 4462

    layout, gwn = read_corpus(shared_dir / "data" / "geoparsing" / "GWN.xml")
    assert layout == "gwn" and len(gwn) == 200
    assert sum(g.has_coords for d in gwn for g in d.toponyms + d.skipped) == 2601
    skipped = sum(len(d.skipped) for d in gwn)
    assert 0 < skipped < 10  # a handful of spans in GWN point outside the text
    for d in gwn + lgl:
        for g in d.toponyms:
            assert d.text[g.start:g.end] == g.text
