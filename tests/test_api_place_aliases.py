"""The place filter folds spellings and aliases through the gazetteer (Aleppo = Ḩalab = Halab = Halep = حلب)."""

from __future__ import annotations

import httpx
import pytest

from frontwatch.geo.gazetteer import Gazetteer
from test_api_support import LiveServer, build_store


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory):
    Gazetteer.open()  # the default gazetteer (built here on a fresh machine) is what the server looks names up in
    db = build_store(tmp_path_factory.mktemp("alias") / "fw.sqlite")
    with LiveServer(db) as srv, httpx.Client(base_url=srv.url, timeout=30) as client:
        yield client


def ids(client: httpx.Client, path: str, **params: str) -> set[str]:
    resp = client.get(path, params=params)
    assert resp.status_code == 200, resp.text
    return {item["id"] for item in resp.json()["items"]}


@pytest.mark.parametrize("spelling", ["Ḩalab", "Halab", "halab", "Halep", "حلب", "ALEPPO"])
def test_every_spelling_finds_what_the_gazetteer_name_finds(api: httpx.Client, spelling: str) -> None:
    aleppo = ids(api, "/events", place="Aleppo")
    assert {"ev-aleppo-1", "ev-aleppo-2"} <= aleppo
    assert ids(api, "/events", place=spelling) == aleppo
    assert ids(api, "/stories", place=spelling) == ids(api, "/stories", place="Aleppo")


@pytest.mark.parametrize("name", ["Aleppo", "Halab", "lepp", "kilometres south", "Homs", "Doha"])
def test_stories_follow_the_events_the_place_filter_finds(api: httpx.Client, name: str) -> None:
    """The map shows /events and lists /stories under one place filter: every story of an event the
    filter finds is listed, also when the name matched only the report's own words for the place."""
    found = api.get("/events", params={"place": name, "limit": 500}).json()["items"]
    assert found, name
    want = {e["story"]["id"] for e in found if e.get("story")}
    assert want <= ids(api, "/stories", place=name, limit="100"), name


def test_a_name_the_gazetteer_lacks_still_searches_by_substring(api: httpx.Client) -> None:
    assert ids(api, "/events", place="lepp") == ids(api, "/events", place="Aleppo")
    assert ids(api, "/events", place="Qwzxv") == set()


def test_folding_does_not_widen_to_other_places(api: httpx.Client) -> None:
    homs = ids(api, "/events", place="Homs")
    assert homs and not homs & {"ev-aleppo-1", "ev-aleppo-2"}
    assert ids(api, "/events", place="Hims") == homs  # GeoNames' transliteration of حمص


def test_language_filter(api: httpx.Client) -> None:
    """Events filter by their article's language (ISO 639-1; 'EN', 'en-GB' read as 'en'); a bad code is a 422."""
    everything = ids(api, "/events")
    assert ids(api, "/events", language="en") == everything and everything
    assert ids(api, "/events", language="EN-gb") == everything
    assert ids(api, "/events", language="ar") == set()
    assert api.get("/events", params={"language": "xx-nonsense"}).status_code == 422
    assert api.get("/events.geojson", params={"language": "ar"}).json()["features"] == []
    record = api.get("/events").json()["items"][0]
    assert record["article"]["language"] == "en"


def test_actor_filter_folds_a_groups_aliases(tmp_path_factory: pytest.TempPathFactory) -> None:
    """'Nusra Front' or 'Hayat Tahrir al-Sham' find an event whose actor the text called 'HTS'
    (stored under the actor list's name), through the actor list's aliases; a name of no group
    stays a substring search."""
    from frontwatch.model import Actor, ProcessedArticle
    from test_api_support import TAKEOVER, article, event, sample_articles, toponym

    text = "HTS fighters entered Saraqib on Friday."
    hts = Actor("Hay'at Tahrir al-Sham", "HTS", "rebel group", "SY")
    extra = ProcessedArticle(article("art-hts", text, outlet="Outlet Four", published="2024-12-06",
                                     url="https://four.example.com/x", title="HTS"),
                             events=[event("ev-hts", "art-hts", text, "takeover", TAKEOVER, "ASSAULT",
                                           toponym("Aleppo", "Saraqib"), "2024-12-06", actor1=hts)])
    db = build_store(tmp_path_factory.mktemp("actors") / "fw.sqlite", [*sample_articles(), extra])
    with LiveServer(db) as srv, httpx.Client(base_url=srv.url, timeout=30) as client:
        for name in ("Nusra Front", "Hayat Tahrir al-Sham", "hts", "Tahrir"):
            assert ids(client, "/events", actor=name) == {"ev-hts"}, name
        assert ids(client, "/events", actor="Syrian Democratic Forces") == set()  # a group, but not this one
        assert "ev-hts" not in ids(client, "/events", actor="opposition")
