"""Every read endpoint of the API over a real SQLite store, through a real uvicorn server."""

from __future__ import annotations

import json

import httpx
import pytest

from test_api_support import LiveServer, build_store, run_setup_script, sample_articles

ALL_SHOWN = {"ev-aleppo-1", "ev-aleppo-2", "ev-homs-strike", "ev-front", "ev-doha", "ev-talks"}  # not background


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory):
    db = build_store(tmp_path_factory.mktemp("api") / "fw.sqlite")
    with LiveServer(db) as srv, httpx.Client(base_url=srv.url, timeout=30) as client:
        yield client


def ids(resp: httpx.Response) -> set[str]:
    assert resp.status_code == 200, resp.text
    return {item["id"] for item in resp.json()["items"]}


# -- schema and page ----------------------------------------------------------------------------------

def test_openapi_schema_lists_every_endpoint_and_no_cdn_docs(api: httpx.Client) -> None:
    schema = api.get("/openapi.json").json()
    for path in ("/articles", "/articles/{article_id}", "/events", "/events.geojson", "/events/{event_id}", "/stories",
                 "/stories/{story_id}", "/control", "/places/{geonameid}"):
        assert path in schema["paths"], path
    assert "post" in schema["paths"]["/articles"]
    params = {p["name"] for p in schema["paths"]["/events"]["get"]["parameters"]}
    assert {"type", "actor", "place", "bbox", "date_from", "date_to", "min_corroboration", "modality", "limit",
            "offset"} <= params
    docs = api.get("/docs")  # our own page: Swagger UI from the npm-built vendor files, never a CDN
    assert docs.status_code in (200, 503)
    if docs.status_code == 200:
        assert "/static/vendor/swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text.lower()
    else:
        assert "scripts/build-web" in docs.json()["detail"]


def test_index_page_and_static_files_are_served(api: httpx.Client) -> None:
    page = api.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert '<div id="drawer-body">' in page.text and "/static/app.js" in page.text
    assert api.get("/static/app.js").status_code == 200
    assert api.get("/static/nope.js").status_code == 404
    assert api.get("/config.json").json()["ingest_enabled"] is False


# -- events -------------------------------------------------------------------------------------------

def test_events_default_excludes_background_and_matches_the_public_record(api: httpx.Client) -> None:
    body = api.get("/events").json()
    assert body["total"] == 6 and {e["id"] for e in body["items"]} == ALL_SHOWN
    assert body["items"][0]["id"] == "ev-front"  # newest first
    by_id = {e["id"]: e for e in body["items"]}
    expected = next(e for p in sample_articles() for e in p.events if e.id == "ev-aleppo-1").to_record()
    got = by_id["ev-aleppo-1"]
    assert {k: got[k] for k in expected} == expected  # the JSONL record, plus article and story
    assert got["article"]["outlet"] == "Outlet One" and got["article"]["url"] == "https://one.example.com/a1"
    assert got["story"]["corroboration"] == 2 and set(got["story"]["outlets"]) == {"Outlet One", "Outlet Two"}
    assert "relative" not in got["location"]
    assert by_id["ev-front"]["location"]["relative"]["km_max"] == 20


@pytest.mark.parametrize("query, expected", [
    ("type=Battles", {"ev-aleppo-1", "ev-aleppo-2"}),
    ("type=air/drone%20strike", {"ev-homs-strike"}),  # ACLED sub-type, any case
    ("type=PROTEST", {"ev-doha"}),  # PLOVER
    ("type=takeover&type=protest", {"ev-aleppo-1", "ev-aleppo-2", "ev-doha"}),  # internal, repeatable
    ("actor=OPPOSITION", {"ev-aleppo-1", "ev-aleppo-2", "ev-front"}),
    ("actor=government%20forces", {"ev-aleppo-1", "ev-aleppo-2", "ev-homs-strike"}),
    ("actor=100%25", set()),  # LIKE wildcards are literal
    ("place=aleppo", {"ev-aleppo-1", "ev-aleppo-2"}),
    ("place=170063", {"ev-aleppo-1", "ev-aleppo-2"}),
    ("place=Homs", {"ev-homs-strike"}),
    ("country=qa", {"ev-doha"}),
    ("bbox=36,33,38,37", {"ev-aleppo-1", "ev-aleppo-2", "ev-homs-strike", "ev-front"}),
    ("bbox=170,-10,-170,10", set()),  # crosses the antimeridian
    ("bbox=50,20,-170,30", {"ev-doha"}),  # crosses it and contains Doha
    ("date_from=2024-12-01&date_to=2024-12-06", {"ev-homs-strike", "ev-doha", "ev-talks"}),  # undated: publication
    ("date_to=2024-11-30", {"ev-aleppo-1", "ev-aleppo-2"}),
    ("modality=claimed", {"ev-doha"}),
    ("modality=background", {"ev-background"}),
    ("modality=denied&modality=claimed", {"ev-doha", "ev-talks"}),
    ("min_corroboration=2", {"ev-aleppo-1", "ev-aleppo-2"}),
    ("min_corroboration=3", set()),
    ("article_id=art-three", {"ev-doha", "ev-talks"}),
    ("type=Battles&place=Homs", set()),
])
def test_event_filters(api: httpx.Client, query: str, expected: set[str]) -> None:
    resp = api.get(f"/events?{query}")
    assert ids(resp) == expected
    assert resp.json()["total"] == len(expected)


def test_event_paging_walks_every_event_once(api: httpx.Client) -> None:
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        body = api.get("/events", params={"limit": 4, "offset": offset}).json()
        assert body["limit"] == 4 and body["total"] == 6
        seen += [e["id"] for e in body["items"]]
        offset = body["next_offset"]
    assert len(seen) == 6 and set(seen) == ALL_SHOWN
    beyond = api.get("/events", params={"offset": 50}).json()
    assert beyond["items"] == [] and beyond["next_offset"] is None and beyond["total"] == 6


@pytest.mark.parametrize("query, mentions", [
    ("limit=0", "limit"),
    ("limit=5000", "limit"),
    ("offset=-1", "offset"),
    ("limit=ten", "limit"),
    ("bbox=abc", "bbox"),
    ("bbox=1,2,3", "bbox"),
    ("bbox=0,95,10,96", "bbox"),
    ("bbox=0,40,10,30", "bbox"),
    ("bbox=0,nan,10,30", "bbox"),
    ("date_from=2024-13-01", "date_from"),
    ("date_from=2024-12-08&date_to=2024-12-01", "date_from"),
    ("modality=maybe", "modality"),
    ("min_corroboration=0", "min_corroboration"),
    ("country=SYR", "country"),
    ("tpye=Battles", "tpye"),  # a typo must not silently return everything
])
def test_bad_event_parameters_get_a_clear_422(api: httpx.Client, query: str, mentions: str) -> None:
    resp = api.get(f"/events?{query}")
    assert resp.status_code == 422, resp.text
    detail = resp.json()["detail"]
    assert isinstance(detail, str) and "\n" not in detail and mentions in detail


def test_one_event_and_unknown_ids(api: httpx.Client) -> None:
    ev = api.get("/events/ev-doha").json()
    assert ev["evidence"]["text"] == "Hundreds protested in Doha, organisers claimed."
    assert ev["reported_by"] == ["organisers"] and ev["modality"] == "claimed" and ev["confidence"] == 0.55
    assert ev["article"]["outlet"] is None and ev["article"]["url"] == "https://news.example.org/doha"
    missing = api.get("/events/no-such-event")
    assert missing.status_code == 404 and "no-such-event" in missing.json()["detail"]


def test_events_geojson_streams_rfc7946_points_with_filters(api: httpx.Client) -> None:
    resp = api.get("/events.geojson")
    assert resp.headers["x-frontwatch-stories"] == "ready"  # a small store: story ids are there in time
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/geo+json")
    fc = resp.json()
    assert fc["type"] == "FeatureCollection"
    feats = {f["id"]: f for f in fc["features"]}
    assert set(feats) == ALL_SHOWN - {"ev-talks"}  # no coordinates, no point
    aleppo = feats["ev-aleppo-1"]
    assert aleppo["geometry"] == {"type": "Point", "coordinates": [37.13, 36.2]}  # [lon, lat]
    assert aleppo["properties"]["category"] == "Battles" and aleppo["properties"]["corroboration"] == 2
    assert feats["ev-front"]["geometry"]["coordinates"] == [36.29, 33.33]  # the displaced front-line point
    assert feats["ev-doha"]["properties"]["category"] == "Protests"
    only = api.get("/events.geojson", params={"type": "Battles", "min_corroboration": 2}).json()
    assert {f["id"] for f in only["features"]} == {"ev-aleppo-1", "ev-aleppo-2"}
    assert fc["next_offset"] is None  # one page holds them all
    pages, offset = [], 0
    while offset is not None:  # paging: `limit` points a page, `next_offset` names the next
        page = api.get("/events.geojson", params={"limit": 2, "offset": offset}).json()
        assert len(page["features"]) <= 2
        pages += [f["id"] for f in page["features"]]
        offset = page["next_offset"]
    assert pages == [f["id"] for f in fc["features"]]  # the same points, in the same order, once each
    assert api.get("/events.geojson", params={"bbox": "x"}).status_code == 422


def test_large_responses_are_gzipped(api: httpx.Client) -> None:
    run_setup_script("build-web")  # the basemap is the largest static file; build it if missing
    raw = api.get("/static/vendor/countries.geojson", headers={"Accept-Encoding": "gzip"})
    assert raw.status_code == 200
    assert raw.headers.get("content-encoding") == "gzip"
    with httpx.stream("GET", str(api.base_url) + "/events", headers={"Accept-Encoding": "gzip"}) as resp:
        body = resp.read()
    # httpx decodes transparently; the header is what proves the compression
    assert resp.headers.get("content-encoding") == "gzip" and json.loads(body)["total"] == 6


# -- articles -----------------------------------------------------------------------------------------

def test_articles_list_detail_filters_and_paging(api: httpx.Client) -> None:
    body = api.get("/articles").json()
    assert [a["id"] for a in body["items"]] == ["art-two", "art-one", "art-three"]  # newest first
    counts = {a["id"]: a["events"] for a in body["items"]}
    assert counts == {"art-one": 3, "art-two": 1, "art-three": 2}  # background not counted
    assert ids(api.get("/articles", params={"outlet": "outlet two"})) == {"art-two"}
    assert ids(api.get("/articles", params={"q": "Doha"})) == {"art-three"}
    assert ids(api.get("/articles", params={"date_from": "2024-12-07"})) == {"art-one", "art-two"}
    paged = api.get("/articles", params={"limit": 1, "offset": 1}).json()
    assert [a["id"] for a in paged["items"]] == ["art-one"] and paged["next_offset"] == 2
    detail = api.get("/articles/art-one").json()
    assert detail["text"].startswith("Rebels took control of Aleppo")
    assert detail["sources"][0]["source_ref"] == "test:art-one"
    assert {e["id"] for e in detail["event_items"]} == {"ev-aleppo-1", "ev-homs-strike", "ev-front", "ev-background"}
    assert api.get("/articles/nope").status_code == 404
    assert api.get("/articles", params={"limit": 0}).status_code == 422
    assert api.get("/articles", params={"date_from": "yesterday"}).status_code == 422


# -- stories, control, places -------------------------------------------------------------------------

def test_stories_are_served_from_the_stories_table(api: httpx.Client) -> None:
    body = api.get("/stories").json()
    top = body["items"][0]
    assert top["corroboration"] == 2 and top["outlets"] == ["Outlet One", "Outlet Two"]
    assert set(top["event_ids"]) == {"ev-aleppo-1", "ev-aleppo-2"} and top["place_name"] == "Aleppo"
    assert all(s["corroboration"] == 1 for s in body["items"][1:])
    assert ids(api.get("/stories", params={"min_corroboration": 2})) == {top["id"]}
    assert ids(api.get("/stories", params={"place": "170063"})) == {top["id"]}
    assert ids(api.get("/stories", params={"type": "battles", "date_from": "2024-11-30",
                                           "date_to": "2024-11-30"})) == {top["id"]}
    assert ids(api.get("/stories", params={"bbox": "50,20,60,30"})) != set()
    detail = api.get(f"/stories/{top['id']}").json()
    assert {e["article"]["outlet"] for e in detail["events"]} == {"Outlet One", "Outlet Two"}
    assert all(e["evidence"]["text"] for e in detail["events"])
    assert api.get("/stories/nope").status_code == 404
    assert api.get("/stories", params={"min_corroboration": -1}).status_code == 422


def test_control_picture_at_dates(api: httpx.Client) -> None:
    pic = api.get("/control", params={"date": "2024-12-07"}).json()
    assert pic["date"] == "2024-12-07" and pic["source"] == "stored"
    held = {c["place_name"]: c for c in pic["items"] if c["status"] == "held"}
    assert held["Aleppo"]["controller"] == "opposition" and set(held["Aleppo"]["evidence"]) == {"ev-aleppo-1",
                                                                                               "ev-aleppo-2"}
    front = [c for c in pic["items"] if c["status"] == "frontline"]
    assert len(front) == 1 and front[0]["radius_km"] == 20 and front[0]["evidence"] == ["ev-front"]
    before = api.get("/control", params={"date": "2024-11-01"}).json()
    assert before["items"] == []
    assert api.get("/control", params={"date": "07/12/2024"}).status_code == 422
    assert api.get("/control").status_code == 200  # today


def test_place_with_events_and_control_history(api: httpx.Client) -> None:
    place = api.get("/places/170063").json()
    assert place["name"] == "Aleppo" and place["country"] == "SY" and place["events"] == 2
    assert place["first_date"] == place["last_date"] == "2024-11-30"
    assert place["control"][0]["controller"] == "opposition"
    assert {e["id"] for e in place["recent_events"]} == {"ev-aleppo-1", "ev-aleppo-2"}
    assert api.get("/places/999").status_code == 404
    assert api.get("/places/aleppo").status_code == 422
    assert api.get("/places/0").status_code == 422


def test_events_geojson_gives_country_level_events_no_point(tmp_path) -> None:
    from test_api_support import country_level_articles

    db = build_store(tmp_path / "fw.sqlite", sample_articles() + country_level_articles())
    with LiveServer(db) as srv, httpx.Client(base_url=srv.url, timeout=30) as client:
        feats = {f["id"]: f for f in client.get("/events.geojson").json()["features"]}
        record = client.get("/events/ev-syria-wide").json()
    wide = feats["ev-syria-wide"]
    assert wide["geometry"] is None  # not a point on Syria's centroid
    assert wide["properties"]["country_level"] is True and wide["properties"]["country"] == "SY"
    assert feats["ev-lebanon-wide"]["geometry"] is None
    assert feats["ev-aleppo-1"]["properties"]["country_level"] is False and feats["ev-aleppo-1"]["geometry"]
    assert record["location"]["precision"] == "country" and record["fatalities"] == 12
    assert wide["properties"]["fatalities"] == 12
