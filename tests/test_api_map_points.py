"""/events.geojson?view=map: the map page's lean points are the full view's points with fewer members.

Over a real SQLite store through a real uvicorn server: same rows, order, geometry and paging as the
default (full) view; every lean member equals the full member (an absent one is a null or 0 there);
the full view's contract is unchanged.
"""

from __future__ import annotations

import httpx
import pytest

from frontwatch.store.map_points import MAP_MEMBERS
from test_api_support import LiveServer, build_store, sample_articles


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory):
    from test_api_support import country_level_articles

    db = build_store(tmp_path_factory.mktemp("lean") / "fw.sqlite", sample_articles() + country_level_articles())
    with LiveServer(db) as srv, httpx.Client(base_url=srv.url, timeout=30) as client:
        yield client


def features(api: httpx.Client, **params) -> list[dict]:
    resp = api.get("/events.geojson", params=params)
    assert resp.status_code == 200, resp.text
    return resp.json()["features"]


def test_lean_points_are_the_full_points_with_fewer_members(api: httpx.Client) -> None:
    full = features(api)
    lean = features(api, view="map")
    assert [f["properties"]["id"] for f in lean] == [f["id"] for f in full]  # same rows, same order
    assert len(lean) >= 6
    for short, long in zip(lean, full):
        assert short["type"] == "Feature" and short["geometry"] == long["geometry"]
        props, whole = short["properties"], long["properties"]
        assert set(props) <= set(MAP_MEMBERS)
        for key in MAP_MEMBERS:  # an absent member is what the page reads as absent
            if key in props:
                assert props[key] == whole[key], key
            elif key == "event_type":
                assert whole["sub_event_type"] is not None  # the page shows the sub-type instead
            elif key == "country":
                assert long["geometry"] is not None  # only a country-level event needs its country
            else:
                assert whole[key] in (None, 0), key
        assert "story" not in props and "corroboration" not in props and "outlet" not in props
    wide = next(f for f in lean if f["properties"]["id"] == "ev-syria-wide")
    assert wide["geometry"] is None and wide["properties"]["country"] == "SY"
    assert wide["properties"]["fatalities"] == 12
    assert any(f["properties"].get("sub_event_type") for f in lean)


def test_lean_points_filter_and_page_as_the_full_view(api: httpx.Client) -> None:
    for params in ({"type": "Battles"}, {"min_corroboration": 2}, {"modality": "claimed"}, {"bbox": "36,33,38,37"}):
        assert ([f["properties"]["id"] for f in features(api, view="map", **params)]
                == [f["id"] for f in features(api, **params)]), params
    everything = [f["properties"]["id"] for f in features(api, view="map")]
    pages, offset = [], 0
    while offset is not None:
        resp = api.get("/events.geojson", params={"view": "map", "limit": 2, "offset": offset}).json()
        pages += [f["properties"]["id"] for f in resp["features"]]
        offset = resp["next_offset"]
    assert pages == everything
    assert api.get("/events.geojson", params={"view": "tiny"}).status_code == 422
    assert "view" in {p["name"] for p in api.get("/openapi.json").json()["paths"]["/events.geojson"]["get"]["parameters"]}
