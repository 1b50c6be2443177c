"""Watches and alerts against real local servers on loopback: a webhook receiver (http.server in a
thread) and an SMTP server (aiosmtpd). Real pipeline, real SQLite; nothing mocked.

The articles are written here (not taken from a corpus): two outlets report one air strike in
Homs, a third report of it arrives later, and an unrelated protest happens in Aleppo.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from frontwatch.alerts.areas import AreaError, bbox_area, circle_area, contains, place_area, polygon_area
from frontwatch.alerts.evaluate import evaluate
from frontwatch.alerts.watches import Watch, WatchError, add_watch, list_watches, remove_watch, validate
from frontwatch.runner import SourceOptions, run_ingest
from frontwatch.derive import run_stages
from frontwatch.store import Store

REPO = Path(__file__).resolve().parents[1]

REPORTS = {
    "reuters": {"id": "homs-reuters", "title": "Air strike on Homs market", "outlet": "Reuters",
                "url": "https://example.org/reuters/homs", "published": "2024-03-05",
                "text": "Syrian government warplanes bombed a market in Homs on Monday, killing 12 civilians, the "
                        "Syrian Observatory for Human Rights said. Rescue workers searched the rubble until dawn."},
    "afp": {"id": "homs-afp", "title": "Homs market hit", "outlet": "AFP", "url": "https://example.org/afp/homs",
            "published": "2024-03-05",
            "text": "Government jets struck a crowded market in the city of Homs on Monday. Medics said 12 people "
                    "were killed in the raid, and dozens more were wounded as buildings collapsed."},
    "ap": {"id": "homs-ap", "title": "Deadly raid in Homs", "outlet": "AP", "url": "https://example.org/ap/homs",
           "published": "2024-03-05",
           "text": "Syrian warplanes carried out an air strike on a busy market in Homs on Monday, a civil defence "
                   "volunteer said. At least 12 people died and the market was left in ruins."},
    "aleppo": {"id": "aleppo-protest", "title": "Bread protest", "outlet": "Reuters",
               "url": "https://example.org/reuters/aleppo", "published": "2024-03-05",
               "text": "Hundreds of residents protested in central Aleppo on Monday against rising bread prices, "
                       "witnesses told Reuters."},
}


def jsonl(tmp_path: Path, *keys: str) -> Path:
    path = tmp_path / f"{'-'.join(keys)}.jsonl"
    path.write_text("".join(json.dumps(REPORTS[k]) + "\n" for k in keys), encoding="utf-8")
    return path


# -- servers ------------------------------------------------------------------------------------------

class Receiver:
    """A webhook endpoint: answers 500 to the first `fail_first` POSTs (of the watch named `fail_watch`,
    if set), then 204; logs every request. With `hang` set, it holds each request unanswered
    (setting `arrived`) until `release` is set."""

    def __init__(self, fail_first: int = 0) -> None:
        self.fail_first = fail_first
        self.fail_watch: str | None = None
        self.hang = threading.Event()
        self.arrived = threading.Event()
        self.release = threading.Event()
        self.requests: list[tuple[int, dict, dict]] = []  # (status answered, headers, JSON body)
        self.lock = threading.Lock()

    @property
    def accepted(self) -> list[dict]:
        return [body for status, _, body in self.requests if status == 204]


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if receiver.hang.is_set():  # the sender is killed while it waits for this answer
                receiver.requests.append((0, dict(self.headers), body))
                receiver.arrived.set()
                receiver.release.wait(600)
                return
            with receiver.lock:
                ours = receiver.fail_watch in (None, body["watch"]["name"])
                status = 500 if ours and receiver.fail_first > 0 else 204
                receiver.fail_first -= ours
                receiver.requests.append((status, dict(self.headers), body))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


@pytest.fixture()
def receiver() -> Iterator[tuple[Receiver, str]]:
    rec = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(rec))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield rec, f"http://127.0.0.1:{server.server_address[1]}/hook?secret=s3"
    server.shutdown()
    server.server_close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def smtp_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[list]:
    aiosmtpd = pytest.importorskip("aiosmtpd.controller", reason="aiosmtpd (test extra) is not installed")

    class Handler:
        def __init__(self) -> None:
            self.messages: list = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
            return "250 OK"

    handler = Handler()
    port = _free_port()
    controller = aiosmtpd.Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("FRONTWATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("FRONTWATCH_SMTP_PORT", str(port))
    monkeypatch.setenv("FRONTWATCH_SMTP_FROM", "alerts@frontwatch.test")
    yield handler.messages
    controller.stop()


def deliveries(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("select alert_id, version, channel, status, attempts, last_error from alert_deliveries "
                           "order by id").fetchall()
    finally:
        con.close()


def homs_watch(db: Path, **targets) -> Watch:
    with Store(db) as store:
        return add_watch(store, Watch(name="Homs strikes", area=circle_area(34.72405, 36.72559, 30, place="Homs"),
                                      types=["Air/drone strike"], **targets))


def ingest(db: Path, path: Path) -> list[str]:
    notes: list[str] = []
    run_ingest([str(path)], db, opts=SourceOptions(allow_private=True), on_error=notes.append)
    return notes


# -- pure parts ---------------------------------------------------------------------------------------

def test_areas_contain_the_points_they_should() -> None:
    box = bbox_area("36,34,37.5,35")
    assert contains(box, 34.72, 36.72) and not contains(box, 36.2, 37.16)
    across = bbox_area("170,-20,-170,-10")  # crosses the antimeridian
    assert contains(across, -15, 179) and contains(across, -15, -175) and not contains(across, -15, 0)
    ring = [[36.0, 34.0], [38.0, 34.0], [38.0, 36.0], [36.0, 36.0], [36.0, 34.0]]
    hole = [[36.5, 34.5], [37.5, 34.5], [37.5, 35.5], [36.5, 35.5], [36.5, 34.5]]
    poly = polygon_area({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [ring, hole]}})
    assert contains(poly, 34.2, 36.2) and not contains(poly, 35.0, 37.0) and not contains(poly, 40, 40)
    circle = circle_area(34.72405, 36.72559, 30)  # Homs
    assert contains(circle, 34.9, 36.8)  # ~20 km north
    assert not contains(circle, 35.13, 36.75)  # Hama, ~45 km
    assert not contains(circle, None, None) and contains(None, None, None)
    for bad in ("1,2,3", "0,50,10,40"):
        with pytest.raises(AreaError):
            bbox_area(bad)
    with pytest.raises(AreaError):
        polygon_area({"type": "Point", "coordinates": [0, 0]})
    with pytest.raises(AreaError):
        circle_area(34, 36, -1)


def test_place_and_radius_come_from_the_gazetteer() -> None:
    from frontwatch.geo.gazetteer import Gazetteer

    with Gazetteer.open() as gaz:
        area = place_area("Homs", 25, gaz, country="SY")
        assert area["kind"] == "circle" and abs(area["lat"] - 34.73) < 0.1 and abs(area["lon"] - 36.72) < 0.1
        with pytest.raises(AreaError):
            place_area("Qwxzzyq Nowhereville", 10, gaz)


def test_watches_are_validated_once_for_cli_and_api() -> None:
    ok = validate(Watch(name=" x ", types=["air_strike", "ASSAULT", "Battles"], webhooks=["https://h.example/a"],
                        emails=["Analyst <a@b.example>"]))
    assert ok.name == "x" and ok.emails == ["a@b.example"]
    for bad in (Watch(name=""), Watch(name="x", types=["bogus"]), Watch(name="x", webhooks=["ftp://h/x"]),
                Watch(name="x", webhooks=["https://u:p@h.example/"]), Watch(name="x", emails=["nobody"]),
                Watch(name="x", min_corroboration=0), Watch(name="x", area={"kind": "square"})):
        with pytest.raises(WatchError):
            validate(bad)
    # a type the store holds (an older ontology's name) is accepted
    assert validate(Watch(name="x", types=["old_type"]), {"old_type"}).types == ["old_type"]


def test_a_country_level_report_is_in_no_area() -> None:
    from frontwatch.alerts.evaluate import matches

    watch = Watch(name="box", area=bbox_area("35,32,39,37.5"), id=1)
    story = {"corroboration": 1, "lat": 35.0, "lon": 38.0, "family": "air_strike"}  # Syria's centroid
    country = {"id": "e1", "location": {"precision": "country", "lat": 35.0, "lon": 38.0}}
    city = {"id": "e2", "location": {"precision": "city", "lat": 35.0, "lon": 38.0}}
    assert not matches(watch, story, [country]) and matches(watch, story, [country, city])
    assert matches(Watch(name="anywhere", id=2), story, [country])


def test_a_new_watch_does_not_replay_the_archive(tmp_path: Path) -> None:
    from test_api_support import build_store, country_level_articles

    db = build_store(tmp_path / "fw.sqlite")  # stories exist before the watch
    with Store(db) as store:
        add_watch(store, Watch(name="everything"))
        assert evaluate(store) == []
        (watch,) = list_watches(store)
        assert watch.checked_until is not None and watch.checked_until >= watch.created_at
        for processed in country_level_articles():  # stored after the watch: alerted
            store.save(processed)
        run_stages(store)
        assert {c.version for c in evaluate(store)} == {1}
        assert evaluate(store) == []  # checked, nothing new


def test_a_failing_receiver_is_retried_in_rounds_then_given_up_and_old_versions_superseded(
        tmp_path: Path, receiver: tuple[Receiver, str]) -> None:
    """No pipeline: the API tests' articles through `Store.save`; the receiver answers 500 to everything."""
    from frontwatch.alerts.deliver import MAX_ATTEMPTS, TRIES_PER_ROUND, deliver_due
    from test_api_support import sample_articles

    rec, url = receiver
    rec.fail_first = 10_000
    db = tmp_path / "fw.sqlite"
    one, two, _ = sample_articles()
    with Store(db) as store:
        add_watch(store, Watch(name="Aleppo", area=bbox_area("36.5,35.8,37.6,36.6"), types=["Battles"],
                               webhooks=[url]))
        store.save(one)
        run_stages(store)  # what an ingest does after a batch: the stories table is current for alerts
        assert [c.version for c in evaluate(store)] == [1]
        stats = deliver_due(store, allow_private=True, sleep=lambda s: None)
        assert (stats.sent, stats.retrying) == (0, 1) and len(rec.requests) == TRIES_PER_ROUND
        (d,) = deliveries(db)
        assert d[3:5] == ("pending", TRIES_PER_ROUND) and d[5].count("HTTP 500") == TRIES_PER_ROUND
        assert deliver_due(store, allow_private=True, sleep=lambda s: None).retrying == 0  # backing off: not due
        store.save(two)  # a second outlet: version 2 replaces the unsent version 1
        run_stages(store)
        assert [c.version for c in evaluate(store)] == [2]
        assert [(v, st) for _, v, _, st, _, _ in deliveries(db)] == [(1, "superseded"), (2, "pending")]
        rounds = 0
        while [d for d in deliveries(db) if d[3] == "pending"]:
            deliver_due(store, allow_private=True, sleep=lambda s: None, ignore_backoff=True)
            rounds += 1
            assert rounds <= MAX_ATTEMPTS
    (_, v2) = deliveries(db)
    assert v2[1:5] == (2, "webhook", "failed", MAX_ATTEMPTS)
    assert len(rec.requests) == TRIES_PER_ROUND + MAX_ATTEMPTS and rec.accepted == []


# -- end to end ---------------------------------------------------------------------------------------

def test_webhook_and_email_alert_then_update_once(tmp_path: Path, receiver: tuple[Receiver, str],
                                                  smtp_server: list) -> None:
    rec, url = receiver
    rec.fail_first, rec.fail_watch = 1, "Homs strikes"  # the receiver fails once: the alert is retried and delivered
    db = tmp_path / "fw.sqlite"
    watch = homs_watch(db, webhooks=[url], emails=["analyst@example.org"])
    with Store(db) as store:  # a watch elsewhere: the Homs story must not reach it
        other = add_watch(store, Watch(name="Aleppo", area=circle_area(36.2, 37.16, 20), webhooks=[url]))

    assert ingest(db, jsonl(tmp_path, "reuters", "aleppo")) == []
    homs = [(s, h, b) for s, h, b in rec.requests if b["watch"]["id"] == watch.id]
    assert [s for s, _, _ in homs] == [500, 204]
    (protest,) = [b for _, _, b in rec.requests if b["watch"]["id"] == other.id]  # the Aleppo watch: its own story
    assert protest["story"]["place_name"] == "Aleppo" and protest["evidence"][0]["outlet"] == "Reuters"
    first = homs[1][2]
    assert first["kind"] == "new" and first["version"] == 1 and first["watch"]["id"] == watch.id
    assert first["story"]["corroboration"] == 1 and first["story"]["place_name"] == "Homs"
    assert first["evidence"][0]["url"] == REPORTS["reuters"]["url"]
    assert "bombed a market in Homs" in first["evidence"][0]["sentence"]
    assert homs[1][1]["Idempotency-Key"] == first["idempotency_key"]
    (d1,) = [d for d in deliveries(db) if d[2] == "webhook" and d[0] == first["alert_id"]]
    assert d1[3:5] == ("sent", 2) and "HTTP 500" in d1[5]  # the failure is recorded
    (to, mail), = smtp_server
    assert to == ["analyst@example.org"] and mail["Subject"].startswith("[frontwatch] New: Air/drone strike at Homs")
    assert REPORTS["reuters"]["url"] in mail.get_payload()

    assert ingest(db, jsonl(tmp_path, "afp")) == []  # a second outlet: the same story, corroboration 2
    assert len(rec.accepted) == 3
    update = rec.accepted[2]
    assert update["kind"] == "update" and update["version"] == 2 and update["alert_id"] == first["alert_id"]
    assert update["story"]["corroboration"] == 2 and sorted(update["story"]["outlets"]) == ["AFP", "Reuters"]
    assert len(smtp_server) == 2 and smtp_server[1][1]["Subject"].startswith("[frontwatch] Update:")

    ingest(db, jsonl(tmp_path, "afp", "reuters"))  # duplicates: nothing new, nothing sent
    assert len(rec.accepted) == 3 and len(smtp_server) == 2
    assert [b["story"]["place_name"] for b in rec.accepted if b["watch"]["id"] == other.id] == ["Aleppo"]
    with Store(db) as store:
        assert remove_watch(store, other.id) and [w.id for w in list_watches(store)] == [watch.id]


def test_min_corroboration_waits_for_the_second_outlet(tmp_path: Path, receiver: tuple[Receiver, str]) -> None:
    rec, url = receiver
    db = tmp_path / "fw.sqlite"
    with Store(db) as store:
        add_watch(store, Watch(name="confirmed only", types=["air_strike"], min_corroboration=2, webhooks=[url]))
    ingest(db, jsonl(tmp_path, "reuters"))
    assert rec.requests == []
    ingest(db, jsonl(tmp_path, "afp"))
    (body,) = rec.accepted
    assert body["kind"] == "new" and body["story"]["corroboration"] == 2


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.run([sys.executable, "-c", "from frontwatch.cli import app; app()", *args],
                          capture_output=True, text=True, env=env, timeout=600)


def test_restart_loses_and_duplicates_nothing(tmp_path: Path, receiver: tuple[Receiver, str]) -> None:
    """Three processes on one store: state lives in the store, so each alert version is sent once."""
    rec, url = receiver
    db = tmp_path / "fw.sqlite"
    added = _cli("watches", "add", "Homs strikes", "--db", str(db), "--place", "Homs", "--country", "SY",
                 "--radius", "30", "--type", "Air/drone strike", "--webhook", url)
    assert added.returncode == 0, added.stderr
    # a process stores the first report and dies before sending (the alert is recorded, its send queued)
    with Store(db) as store:
        run_ingest([str(jsonl(tmp_path, "reuters"))], db, opts=SourceOptions())  # webhooks to loopback refused
        assert rec.requests == []
        assert [d[3] for d in deliveries(db)] == ["pending"]
        assert evaluate(store) == []  # evaluating again queues nothing twice
    # a new process sends what was queued (--now: the refused round's back-off is not over)
    sent = _cli("alerts", "--db", str(db), "--deliver", "--now", "--allow-private", "--json")
    assert sent.returncode == 0, sent.stderr
    assert [b["version"] for b in rec.accepted] == [1]
    # a new ingest process: the first report again (duplicate) and a second outlet (update)
    run = _cli("ingest", str(jsonl(tmp_path, "reuters", "afp")), "--db", str(db), "--allow-private")
    assert run.returncode == 0, run.stderr
    assert [b["version"] for b in rec.accepted] == [1, 2]
    # and once more, nothing left to send
    again = _cli("alerts", "--db", str(db), "--deliver", "--allow-private", "--json")
    listed = json.loads(again.stdout)
    assert [b["version"] for b in rec.accepted] == [1, 2]
    (alert,) = listed["items"]
    assert alert["version"] == 2 and alert["corroboration"] == 2
    assert [(d["version"], d["status"]) for d in alert["deliveries"]] == [(1, "sent"), (2, "sent")]


# -- API ----------------------------------------------------------------------------------------------

def test_watches_api_needs_the_token_and_alerts_are_listed(tmp_path: Path) -> None:
    import httpx
    from test_api_support import LiveServer, build_store

    db = tmp_path / "fw.sqlite"
    Store(db).close()
    with LiveServer(db) as off:  # no token configured: watches are off
        assert httpx.get(off.url + "/watches").status_code == 403
    with LiveServer(db, token="t0k") as srv:
        auth = {"Authorization": "Bearer t0k"}
        assert httpx.get(srv.url + "/watches", headers={"Authorization": "Bearer nope"}).status_code == 401
        body = {"name": "Doha", "area": {"bbox": "50,24,52,26.5"}, "types": ["PROTEST"], "webhooks": [],
                "emails": ["desk@example.org"]}
        r = httpx.post(srv.url + "/watches", json=body, headers=auth)
        assert r.status_code == 201, r.text
        watch = r.json()
        assert r.headers["location"] == f"/watches/{watch['id']}" and watch["area"]["kind"] == "bbox"
        bad = httpx.post(srv.url + "/watches", json={**body, "types": ["bogus"]}, headers=auth)
        assert bad.status_code == 422 and "bogus" in bad.json()["detail"]
        two = httpx.post(srv.url + "/watches", json={**body, "area": {"bbox": "1,2,3,4", "place": "Homs"}},
                         headers=auth)
        assert two.status_code == 422 and "exactly one" in two.json()["detail"]
        placed = httpx.post(srv.url + "/watches", json={"name": "Homs", "area": {"place": "Homs", "country": "SY",
                                                                                  "radius_km": 15}}, headers=auth)
        assert placed.status_code == 201 and placed.json()["area_text"].startswith("15 km around Homs")
        put = httpx.put(srv.url + f"/watches/{watch['id']}", json={**body, "min_corroboration": 2}, headers=auth)
        assert put.status_code == 200 and put.json()["min_corroboration"] == 2
        assert [w["name"] for w in httpx.get(srv.url + "/watches", headers=auth).json()] == ["Doha", "Homs"]
        assert httpx.delete(srv.url + f"/watches/{placed.json()['id']}", headers=auth).status_code == 204
        assert httpx.get(srv.url + f"/watches/{placed.json()['id']}", headers=auth).status_code == 404
        assert "WatchIn" in httpx.get(srv.url + "/openapi.json").json()["components"]["schemas"]
        # events stored after the watch: the claimed protest in Doha (one outlet) makes one alert
        put = httpx.put(srv.url + f"/watches/{watch['id']}", json=body, headers=auth)
        build_store(db)
        with Store(db) as store:
            changes = evaluate(store)
        assert [(c.watch_id, c.version) for c in changes] == [(watch["id"], 1)]
        page = httpx.get(srv.url + "/alerts").json()  # public, like /events: no targets shown
        (alert,) = page["items"]
        assert alert["watch_name"] == "Doha" and alert["summary"]["story"]["place_name"] == "Doha"
        assert alert["deliveries"][0]["channel"] == "email" and "target" not in alert["deliveries"][0]
        assert "desk@example.org" not in json.dumps(page)
        assert httpx.get(srv.url + "/alerts?watch=999").json()["total"] == 0


def test_watch_poller_alerts_once_per_story_across_restarts(tmp_path: Path, receiver: tuple[Receiver, str]) -> None:
    """`frontwatch watch --once` run three times (three processes) against a loopback feed server:
    the first report makes the alert, a second outlet's feed the update, the third run nothing."""
    from test_watch import Site, make_handler, rss

    rec, url = receiver
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        item = lambda k: (REPORTS[k]["id"], REPORTS[k]["title"], REPORTS[k]["text"], None)  # noqa: E731
        site.set("/reuters.xml", rss([item("reuters")], title="Reuters"))
        # AFP's feed starts with a report outside the watch (an empty feed would count as a failed poll and
        # back off past the next run)
        site.set("/afp.xml", rss([item("aleppo")], title="AFP"))
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(f'[defaults]\ninterval = 1\nfetch_pages = "never"\n\n[[feed]]\nurl = "{base}/reuters.xml"\n\n'
                         f'[[feed]]\nurl = "{base}/afp.xml"\n', encoding="utf-8")
        db = tmp_path / "fw.sqlite"
        assert _cli("watches", "add", "Homs", "--db", str(db), "--bbox", "36,34,37.5,35.5", "--webhook", url,
                    "--type", "air_strike").returncode == 0

        def poll() -> None:
            run = _cli("watch", str(feeds), "--db", str(db), "--once", "--allow-private")
            assert run.returncode == 0, run.stderr

        poll()
        assert [(b["kind"], b["story"]["corroboration"]) for b in rec.accepted] == [("new", 1)]
        site.set("/afp.xml", rss([item("aleppo"), item("afp")], title="AFP"))
        poll()
        assert [(b["kind"], b["story"]["corroboration"]) for b in rec.accepted] == [("new", 1), ("update", 2)]
        poll()
        assert len(rec.requests) == 2
    finally:
        server.shutdown()
        server.server_close()


def test_alerts_on_postgresql(pg_url: str, receiver: tuple[Receiver, str]) -> None:
    """The same tables, evaluation and sends on a real PostgreSQL server (migration 0006 there too)."""
    from frontwatch.alerts.deliver import deliver_due
    from frontwatch.alerts.listing import list_alerts
    from test_api_support import build_store

    rec, url = receiver
    with Store(pg_url) as store:
        watch = add_watch(store, Watch(name="corroborated", min_corroboration=2, webhooks=[url]))
    build_store(pg_url)  # type: ignore[arg-type]  (Store takes a URL as well as a path)
    with Store(pg_url) as store:
        changes = evaluate(store)
        assert [(c.watch_id, c.version) for c in changes] == [(watch.id, 1)]
        assert deliver_due(store, allow_private=True).sent == 1
        assert evaluate(store) == [] and deliver_due(store, allow_private=True).sent == 0
        total, items = list_alerts(store)
    assert total == 1 and items[0]["deliveries"][0]["status"] == "sent"
    (body,) = rec.accepted
    assert body["story"]["corroboration"] == 2 and body["alert_id"] == items[0]["id"]


def test_an_ingest_killed_while_sending_sends_again_on_restart(tmp_path: Path, receiver: tuple[Receiver, str]) -> None:
    """kill -9 while the webhook request is in flight: the alert is already in the store, its send is
    claimed but not recorded; the next process sends it (once), with the same idempotency key."""
    import signal

    rec, url = receiver
    db = tmp_path / "fw.sqlite"
    homs_watch(db, webhooks=[url])
    rec.hang.set()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen([sys.executable, "-c", "from frontwatch.cli import app; app()", "ingest",
                             str(jsonl(tmp_path, "reuters")), "--db", str(db), "--allow-private"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        assert rec.arrived.wait(300), "the webhook request never came"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(60)
    finally:
        rec.hang.clear()
        rec.release.set()
        if proc.poll() is None:
            proc.kill()
    (d,) = deliveries(db)
    assert d[3] == "pending"  # claimed, never recorded as sent
    # --now: not waiting for the killed sender's claim to lapse (it would be sent then too)
    now = _cli("alerts", "--db", str(db), "--deliver", "--now", "--allow-private", "--json")
    assert now.returncode == 0, now.stderr
    (body,) = rec.accepted
    assert body["idempotency_key"] == rec.requests[0][2]["idempotency_key"] and body["version"] == 1
    assert deliveries(db)[0][3] == "sent"
    again = _cli("alerts", "--db", str(db), "--deliver", "--now", "--allow-private")
    assert again.returncode == 0 and len(rec.accepted) == 1


def test_an_alert_title_never_reads_other() -> None:
    """A story whose ACLED sub-type is the catch-all 'Other' is named by its ACLED type and family."""
    from frontwatch.alerts.evaluate import summary

    watch = Watch(name="any")
    story = {"id": "s1", "family": "mobilize", "acled_event_type": "Strategic developments",
             "acled_sub_event_type": "Other", "place_name": "Damascus", "corroboration": 1}
    assert summary(watch, story, [])["title"] == "Strategic developments (mobilize) at Damascus"
    story |= {"acled_sub_event_type": "Armed clash", "acled_event_type": "Battles", "family": "clash"}
    assert summary(watch, story, [])["title"] == "Armed clash at Damascus"
