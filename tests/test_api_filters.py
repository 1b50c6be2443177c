"""One filter builder for the API and `frontwatch export`: unknown type names are refused (422 / exit 2)
unless the store itself holds them, and an export with filters holds exactly the events /events gives."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from frontwatch.cli import app
from frontwatch.model import ProcessedArticle
from test_api_support import LiveServer, article, build_store, event, sample_articles, toponym


def legacy() -> list[ProcessedArticle]:
    """An event typed by an older ontology: its name must stay filterable."""
    a = article("art-legacy", "Fighters regrouped near Homs.", outlet="Outlet Five", published="2024-12-02",
                url="https://five.example/l", title="Regroup")
    e = event("ev-legacy", "art-legacy", "Fighters regrouped near Homs.", "legacy_regroup", (None, None), None,
              toponym("Homs"), "2024-12-02")
    return [ProcessedArticle(a, events=[e])]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    db = build_store(tmp_path_factory.mktemp("filters") / "fw.sqlite", sample_articles() + legacy())
    with LiveServer(db, tiles_url=None) as srv:
        yield srv, db


@pytest.mark.parametrize("path", ["/events", "/events.geojson", "/stories"])
def test_unknown_type_is_422_everywhere(server, path: str) -> None:
    srv, _ = server
    r = httpx.get(srv.url + path, params={"type": "bogus"})
    assert r.status_code == 422 and "'bogus'" in r.json()["detail"]
    assert httpx.get(srv.url + path, params={"type": "Battles"}).status_code == 200


def test_a_type_only_the_store_holds_is_accepted(server) -> None:
    srv, _ = server
    r = httpx.get(srv.url + "/events", params={"type": "legacy_regroup"})
    assert r.status_code == 200 and [e["id"] for e in r.json()["items"]] == ["ev-legacy"]


def _export(db: Path, *args: str) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "jsonl", *args])
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("cli, api", [
    (["--type", "Battles"], {"type": "Battles"}),
    (["--from", "2024-12-01", "--to", "2024-12-07"], {"date_from": "2024-12-01", "date_to": "2024-12-07"}),
    (["--bbox", "35,32,39,37.5", "--actor", "opposition"], {"bbox": "35,32,39,37.5", "actor": "opposition"}),
    (["--country", "qa"], {"country": "QA"}),
])
def test_export_filters_are_the_apis(server, cli: list[str], api: dict) -> None:
    srv, db = server
    code, records = _export(db, *cli)
    assert code == 0
    expected = {e["id"] for e in httpx.get(srv.url + "/events", params={**api, "limit": 1000}).json()["items"]}
    assert expected and {r["id"] for r in records} == expected


def test_export_refuses_bad_filters_with_exit_2(server) -> None:
    _, db = server
    assert _export(db, "--type", "bogus")[0] == 2
    assert _export(db, "--bbox", "1,2,3")[0] == 2
    assert _export(db, "--from", "2024-12-08", "--to", "2024-12-01")[0] == 2
    code, everything = _export(db)
    assert code == 0 and len(everything) == len({r["id"] for r in everything}) >= 6
