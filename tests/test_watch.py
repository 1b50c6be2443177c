"""`frontwatch watch` against a real HTTP feed server on 127.0.0.1 and a real SQLite store.

The server's feed changes between polls (new entries, 304 when the ETag matches, a 500
then recovery, a feed slower than the timeout), a summary-only feed links entry pages (one disallowed by robots.txt),
and restarts must neither lose nor duplicate entries. Slow: the real pipeline runs.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import httpx
import pytest
from test_api_support import LiveServer
from typer.testing import CliRunner

from frontwatch.cli import app
from frontwatch.runner import SourceOptions
from frontwatch.store import Store
from frontwatch.watch.config import ConfigError, load_feeds
from frontwatch.watch.loop import Watcher
from frontwatch.watch.poll import JITTER, PollContext, backoff_seconds, jittered
from frontwatch.watch.state import load_states

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[1]
LATER = timedelta(days=30)  # a round "a month later": every feed, even a backed-off one, is due

# Invented one-paragraph reports, each about something else (so none is a near-duplicate of another).
REPORTS = {
    "a1": ("Market shelled", "Artillery shells struck the central market in Kharkiv on Monday morning, killing "
           "three civilians and wounding eleven, the regional governor said."),
    "a2": ("Fuel protest", "Hundreds of protesters gathered outside the parliament in Nairobi on Tuesday to demand "
           "lower fuel prices, and police fired tear gas to disperse them."),
    "a3": ("Power station hit", "A drone attack damaged a power station near Odesa overnight, cutting electricity "
           "to thousands of homes, officials reported on Wednesday."),
    "a4": ("Town retaken", "Government troops recaptured the town of Gao after two days of heavy fighting with "
           "insurgents, the army said in a statement on Thursday."),
}
PAGE_ONLY = "The checkpoint had been reinforced only a week earlier after a series of ambushes on the road north."
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Checkpoint attacked</title>
<meta property="og:site_name" content="Loopback Herald"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Rebels attack army checkpoint near Goma</h1>
<p>Rebel fighters attacked an army checkpoint outside Goma on Wednesday, killing four soldiers, a military
spokesman said on Thursday.</p>
<p>{PAGE_ONLY}</p>
<p>Residents of nearby villages said they heard gunfire for more than two hours before the attackers withdrew
into the forest. The army said it had sent reinforcements to the area and opened an investigation.</p>
<p>Aid groups said hundreds of families had fled toward the city since the start of the month, adding to the
more than one million people already displaced in the province.</p>
</article><footer>Copyright Loopback Herald</footer></body></html>"""


def rss(items: list[tuple[str, str, str, str | None]], title: str = "Loopback Wire") -> bytes:
    """An RSS 2.0 feed of (guid, title, text, link) items."""
    parts = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
             "<link>http://example.org/</link><language>en</language>"]
    for guid, head, text, link in items:
        link_tag = f"<link>{link}</link>" if link else ""
        parts.append(f"<item><guid isPermaLink=\"false\">{guid}</guid><title>{escape(head)}</title>{link_tag}"
                     f"<pubDate>Wed, 02 Dec 2026 08:00:00 GMT</pubDate><description>{escape(text)}</description></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def entries(*guids: str) -> bytes:
    return rss([(g, REPORTS[g][0], REPORTS[g][1], None) for g in guids])


class Site:
    """What the server answers, changed by each test between polls; every request is logged."""

    def __init__(self) -> None:
        self.routes: dict[str, dict] = {}
        self.log: list[tuple[str, dict[str, str]]] = []

    def set(self, path: str, body: bytes, status: int = 200, ctype: str = "application/rss+xml",
            etag: str | None = None, headers: dict[str, str] | None = None, delay: float = 0.0) -> None:
        self.routes[path] = {"status": status, "body": body, "ctype": ctype, "etag": etag, "headers": headers or {},
                             "delay": delay}

    def requests(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.log if p == path]


def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            site.log.append((self.path, dict(self.headers)))
            route = site.routes.get(self.path)
            if route is None:
                return self._send(404, {"Content-Type": "text/plain"}, b"not found")
            if route.get("delay"):  # a slow server: nothing is sent for this long
                time.sleep(route["delay"])
            headers = {"Content-Type": route["ctype"], **route["headers"]}
            if route["etag"]:
                headers["ETag"] = route["etag"]
                if self.headers.get("If-None-Match") == route["etag"]:
                    return self._send(304, headers, b"")
            return self._send(route["status"], headers, route["body"])

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up on a slow answer
                    pass

    return Handler


@pytest.fixture()
def site() -> Iterator[tuple[Site, str]]:
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def feeds_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(body, encoding="utf-8")
    return path


def watcher(path: Path, db: Path | str, **opts) -> tuple[Watcher, list[str]]:
    notes: list[str] = []
    ctx = PollContext(db, opts=SourceOptions(allow_private=True, timeout=5.0, **opts), on_error=notes.append,
                      on_skip=notes.append)
    return Watcher(load_feeds(path), ctx), notes


def table(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# ------------------------------------------------------------------------ the feeds file


def test_feeds_file_is_validated_with_one_line_errors(tmp_path: Path) -> None:
    good = feeds_file(tmp_path, '[defaults]\ninterval = 60\n\n[[feed]]\nurl = "https://example.org/rss"\n'
                                'name = "Example"\ncountry_hint = ["sy", "IQ"]\nlanguage = "en"\n\n'
                                '[[feed]]\nurl = "https://example.org/atom"\ninterval = 5\nfetch_pages = "never"\n')
    first, second = load_feeds(good)
    assert (first.name, first.interval, first.country_hint, first.fetch_pages) == ("Example", 60.0, ("SY", "IQ"), "auto")
    assert (second.name, second.interval, second.fetch_pages) == ("https://example.org/atom", 5.0, "never")
    bad = {
        '[[feed]]\nurl = "ftp://x"\n': "'url' must be an http(s) URL",
        '[[feed]]\nurl = "http://x"\ninterval = "often"\n': "'interval' must be a number of seconds",
        '[[feed]]\nurl = "http://x"\ncountry_hint = ["Syria"]\n': "not an ISO 3166-1 alpha-2",
        '[[feed]]\nurl = "http://x"\nfetch_pages = "yes"\n': "'fetch_pages' must be one of auto, always, never",
        '[[feed]]\nurl = "http://x"\nintervall = 60\n': "unknown key 'intervall'",
        '[[feed]]\nurl = "http://x"\n[[feed]]\nurl = "http://x"\n': "is already feed 1",
        'interval = 60\n': "unknown top-level key 'interval'",
        '[[feed]\nurl = "http://x"\n': "not valid TOML",
        '': "no feeds",
    }
    for body, message in bad.items():
        with pytest.raises(ConfigError) as info:
            load_feeds(feeds_file(tmp_path, body))
        assert message in str(info.value) and "\n" not in str(info.value), body


def test_a_bad_feeds_file_stops_watch_with_exit_code_2(tmp_path: Path) -> None:
    path = feeds_file(tmp_path, '[[feed]]\nurl = "http://x"\ninterval = -5\n')
    res = CliRunner().invoke(app, ["watch", str(path), "--db", str(tmp_path / "fw.sqlite"), "--once"])
    assert res.exit_code == 2 and "'interval' must be a number of seconds" in res.output
    assert not (tmp_path / "fw.sqlite").exists()


def test_backoff_doubles_up_to_a_cap() -> None:
    assert [backoff_seconds(60, n) for n in range(1, 4)] == [120, 240, 480]
    assert backoff_seconds(60, 40) == 6 * 3600  # capped
    assert backoff_seconds(86400, 3) == 86400  # never shorter than the interval


def test_jitter_spreads_one_interval_within_ten_percent() -> None:
    """Feeds sharing an interval must not fire together: each wait is drawn within ±JITTER."""
    import random

    rng = random.Random(18)
    waits = [jittered(600, rng).total_seconds() for _ in range(200)]
    assert all(600 * (1 - JITTER) <= w <= 600 * (1 + JITTER) for w in waits)
    assert len({round(w, 3) for w in waits}) > 150  # spread out, not one fixed offset
    assert min(waits) < 600 < max(waits)  # both earlier and later than the nominal interval


# ------------------------------------------------------------------------ polling


def test_new_entries_then_304_then_500_and_recovery(site: tuple[Site, str], tmp_path: Path) -> None:
    server, base = site
    db = tmp_path / "fw.sqlite"
    path = feeds_file(tmp_path, f'[[feed]]\nurl = "{base}/wire.rss"\nname = "Wire"\ninterval = 60\n')
    server.set("/wire.rss", entries("a1", "a2"), etag='"v1"')
    w, notes = watcher(path, db)

    (first,) = w.run_round()
    assert (first.status, first.stored, first.already) == ("new", 2, 0), notes
    assert server.requests("/wire.rss")[-1].get("If-None-Match") is None
    state = load_states(Store(db))[f"{base}/wire.rss"]
    assert (state.etag, state.failures, state.entries_seen, state.last_status) == ('"v1"', 0, 2, 200)
    assert w.run_round() == []  # not due yet: nothing is requested
    assert len(server.requests("/wire.rss")) == 1

    (second,) = w.run_round(datetime.now(timezone.utc) + LATER)
    assert (second.status, second.stored) == ("not-modified", 0), (second.error, notes)
    assert server.requests("/wire.rss")[-1]["If-None-Match"] == '"v1"'

    server.set("/wire.rss", entries("a1", "a2", "a3"), etag='"v2"')
    (third,) = w.run_round(datetime.now(timezone.utc) + LATER)
    assert (third.status, third.stored, third.already) == ("new", 1, 2)

    server.set("/wire.rss", b"boom", status=500, ctype="text/plain")
    server.routes["/wire.rss"]["etag"] = None
    before = datetime.now(timezone.utc)
    (fourth,) = w.run_round(before + LATER)
    assert fourth.status == "failed" and "HTTP 500" in (fourth.error or "")
    state = load_states(Store(db))[f"{base}/wire.rss"]
    assert state.failures == 1 and "HTTP 500" in (state.last_error or "") and state.last_status == 500
    assert state.next_due is not None and state.next_due >= before + timedelta(seconds=120 * 0.9)  # backed off
    assert state.etag == '"v2"'  # a failure keeps the validators
    assert any("failure 1" in n for n in notes)

    server.set("/wire.rss", entries("a1", "a2", "a3", "a4"), etag='"v3"')
    (fifth,) = w.run_round(datetime.now(timezone.utc) + LATER)
    assert (fifth.status, fifth.stored, fifth.already) == ("new", 1, 3)
    state = load_states(Store(db))[f"{base}/wire.rss"]
    assert (state.failures, state.last_error, state.etag, state.entries_seen) == (0, None, '"v3"', 4)
    assert table(db, "select count(*) from articles") == [(4,)]
    assert table(db, "select count(*) from sources") == [(4,)]


def test_a_slow_feed_fails_alone_and_is_read_once_it_answers_in_time(site: tuple[Site, str], tmp_path: Path) -> None:
    """A feed slower than the timeout is one failure that backs off; the other feeds of the round
    are still polled, and the slow feed's entries come in once it answers within the timeout."""
    server, base = site
    db = tmp_path / "fw.sqlite"
    path = feeds_file(tmp_path, f'[[feed]]\nurl = "{base}/slow.rss"\ninterval = 60\n'
                                f'[[feed]]\nurl = "{base}/fast.rss"\ninterval = 60\n')
    server.set("/slow.rss", entries("a2"), delay=3.0)
    server.set("/fast.rss", entries("a1"))
    notes: list[str] = []
    ctx = PollContext(db, opts=SourceOptions(allow_private=True, timeout=0.5), on_error=notes.append,
                      on_skip=notes.append)
    w = Watcher(load_feeds(path), ctx)

    results = {r.feed: r for r in w.run_round()}
    slow, fast = results[f"{base}/slow.rss"], results[f"{base}/fast.rss"]
    assert slow.status == "failed" and "timed out" in (slow.error or ""), slow
    assert (fast.status, fast.stored) == ("new", 1), notes
    state = load_states(Store(db))[f"{base}/slow.rss"]
    assert state.failures == 1 and "timed out" in (state.last_error or "")

    server.set("/slow.rss", entries("a2"), delay=0.2)  # still slow, but within the timeout
    results = {r.feed: r for r in w.run_round(datetime.now(timezone.utc) + LATER)}
    assert (results[f"{base}/slow.rss"].status, results[f"{base}/slow.rss"].stored) == ("new", 1), notes
    assert load_states(Store(db))[f"{base}/slow.rss"].failures == 0
    assert table(db, "select count(*) from articles") == [(2,)]


def test_summary_feed_gets_its_pages_unless_robots_disallow(site: tuple[Site, str], tmp_path: Path) -> None:
    server, base = site
    db = tmp_path / "fw.sqlite"
    summary = "Rebels attacked a checkpoint near Goma, the army said."
    server.set("/summaries.rss", rss([("p1", "Checkpoint attacked", summary, f"{base}/news/goma.html"),
                                      ("p2", "Market shelled", REPORTS["a1"][1], f"{base}/private/kharkiv.html")]))
    server.set("/news/goma.html", PAGE.encode(), ctype="text/html; charset=utf-8")
    server.set("/private/kharkiv.html", PAGE.encode(), ctype="text/html; charset=utf-8")
    server.set("/robots.txt", b"User-agent: *\nDisallow: /private/\n", ctype="text/plain")
    path = feeds_file(tmp_path, f'[[feed]]\nurl = "{base}/summaries.rss"\nname = "Summaries"\n'
                                f'country_hint = ["CD"]\n')
    w, notes = watcher(path, db)
    (result,) = w.run_round()
    assert (result.stored, result.pages) == (2, 1), notes
    assert len(server.requests("/robots.txt")) == 1  # once per host, not once per page
    assert len(server.requests("/news/goma.html")) == 1
    assert server.requests("/private/kharkiv.html") == []
    assert any("robots.txt disallows" in n and "kharkiv" in n for n in notes)
    texts = dict(table(db, "select s.source_ref, a.text from sources s join articles a on a.id = s.article_id"))
    assert PAGE_ONLY in texts[f"{base}/summaries.rss#p1"]  # the page's text, not the one-line summary
    assert texts[f"{base}/summaries.rss#p2"] == REPORTS["a1"][1]  # kept the feed's text

    never = feeds_file(tmp_path, f'[[feed]]\nurl = "{base}/summaries.rss"\nfetch_pages = "never"\n')
    w, _ = watcher(never, tmp_path / "other.sqlite")
    w.run_round()
    assert len(server.requests("/news/goma.html")) == 1  # not fetched again
    assert summary in [t for (t,) in table(tmp_path / "other.sqlite", "select text from articles")]


def test_restart_loses_and_duplicates_nothing(site: tuple[Site, str], tmp_path: Path) -> None:
    """Two `watch --once` runs over one store, with a kill between storing and saving state in between."""
    server, base = site
    db = tmp_path / "fw.sqlite"
    url = f"{base}/wire.rss"
    path = feeds_file(tmp_path, f'[[feed]]\nurl = "{url}"\nname = "Wire"\ninterval = 1\n')
    server.set("/wire.rss", entries("a1", "a2", "a3"), etag='"v1"')
    runner = CliRunner()

    def run_once(*extra: str) -> str:
        res = runner.invoke(app, ["watch", str(path), "--db", str(db), "--once", "--allow-private", *extra])
        assert res.exit_code == 0, res.output
        return res.output

    # Run 1 takes two entries (the per-poll cap) and leaves the third for the next poll.
    out = run_once("--max-feed-items", "2")
    assert "2 new" in out and "1 left for the next poll" in out
    assert table(db, "select etag from feed_state") == [(None,)]  # else a 304 would hide the third
    # Run 2 (a new process state: everything read back from the store) takes only the third.
    time.sleep(1.1)  # the feed's 1 s interval must pass for it to be due
    out = run_once()
    assert "1 new" in out and "2 already stored" in out
    assert table(db, "select count(*) from articles") == [(3,)]
    # A poller killed after storing a new entry but before saving the feed's state: the store
    # has the article, the state still has the old validators. The next run must not store it twice.
    server.set("/wire.rss", entries("a1", "a2", "a3", "a4"), etag='"v2"')
    before = table(db, "select * from feed_state")
    time.sleep(1.1)
    run_once()
    assert table(db, "select count(*) from articles") == [(4,)]
    con = sqlite3.connect(db)
    con.execute("delete from feed_state")  # back to "state never saved"
    con.commit()
    con.close()
    server.set("/wire.rss", entries("a1", "a2", "a3", "a4", "a2"), etag='"v3"')
    out = run_once()
    assert f"{url}: new" not in out  # quiet polls print nothing; a2 twice in the feed is still one source
    assert table(db, "select entries_seen, last_new, etag from feed_state") == [(0, 0, '"v3"')]
    assert table(db, "select count(*) from articles") == [(4,)]
    assert table(db, "select count(*) from sources") == [(4,)]
    assert sorted(r[0] for r in table(db, "select source_ref from sources")) == [f"{url}#a{i}" for i in range(1, 5)]
    assert before  # the state existed before the simulated kill


def test_feeds_status_cli_and_api(site: tuple[Site, str], tmp_path: Path) -> None:
    server, base = site
    db = tmp_path / "fw.sqlite"
    server.set("/wire.rss", entries("a1"), etag='"v1"')
    path = feeds_file(tmp_path, f'[[feed]]\nurl = "{base}/wire.rss"\nname = "Good wire"\n\n'
                                f'[[feed]]\nurl = "{base}/gone.rss"\nname = "Gone wire"\n')
    w, _ = watcher(path, db)
    w.run_round()
    runner = CliRunner()
    res = runner.invoke(app, ["feeds", "--db", str(db), "--json"])
    assert res.exit_code == 0, res.output
    by_name = {f["name"]: f for f in json.loads(res.output)}
    assert by_name["Good wire"]["failures"] == 0 and by_name["Good wire"]["entries_seen"] == 1
    assert by_name["Gone wire"]["failures"] == 1 and "HTTP 404" in by_name["Gone wire"]["last_error"]
    res = runner.invoke(app, ["feeds", "--db", str(db)], env={"COLUMNS": "200"})
    assert res.exit_code == 0 and "Good wire" in res.output and "HTTP 404" in res.output
    with LiveServer(db) as srv:
        feeds = httpx.get(f"{srv.url}/feeds", timeout=30).json()
    assert {f["name"]: f["failures"] for f in feeds} == {"Good wire": 0, "Gone wire": 1}
    assert all("etag" not in f for f in feeds)


def test_sigterm_stops_the_poller_cleanly(site: tuple[Site, str], tmp_path: Path) -> None:
    server, base = site
    db = tmp_path / "fw.sqlite"
    server.set("/wire.rss", entries("a1", "a2"), etag='"v1"')
    path = feeds_file(tmp_path, f'[[feed]]\nurl = "{base}/wire.rss"\ninterval = 3600\n')
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "frontwatch", "watch", str(path), "--db", str(db),
                             "--allow-private"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (db.exists() and _polled(db)):
            assert proc.poll() is None and time.monotonic() < deadline, "the poller did not poll"
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    assert "watch stopped" in stderr
    assert table(db, "select count(*) from articles") == [(2,)]


def _polled(db: Path) -> bool:
    try:
        return bool(table(db, "select 1 from feed_state where last_poll is not null"))
    except sqlite3.Error:
        return False


def test_serve_watch_polls_in_the_server_process(site: tuple[Site, str], tmp_path: Path) -> None:
    server, base = site
    db = tmp_path / "fw.sqlite"  # does not exist yet: --watch fills it
    server.set("/wire.rss", entries("a1", "a3"), etag='"v1"')
    path = feeds_file(tmp_path, f'[[feed]]\nurl = "{base}/wire.rss"\nname = "Wire"\ninterval = 3600\n')
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "frontwatch", "serve", "--db", str(db), "--port", "0",
                             "--watch", str(path), "--allow-private"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert " at http://" in line, proc.stderr.read() if proc.poll() is not None else line
        url = line.rsplit(" at ", 1)[1].strip()
        deadline = time.monotonic() + 120
        feeds: list[dict] = []
        while not (feeds and feeds[0]["entries_seen"] == 2):
            assert proc.poll() is None and time.monotonic() < deadline, "the server's poller stored nothing"
            time.sleep(0.3)
            feeds = httpx.get(f"{url}feeds", timeout=30).json()
        assert httpx.get(f"{url}articles", timeout=30).json()["total"] == 2
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0


def test_a_failed_entry_is_tried_again_on_the_next_poll(site: tuple[Site, str], tmp_path: Path) -> None:
    """An entry the pipeline refuses is not stored; the validators are dropped so a 304 cannot hide it."""
    server, base = site
    db = tmp_path / "fw.sqlite"
    long_text = " ".join(REPORTS[k][1] for k in ("a2", "a3", "a4"))
    server.set("/wire.rss", rss([("a1", "Market shelled", REPORTS["a1"][1], None), ("long", "Digest", long_text, None)]),
               etag='"v1"')
    path = feeds_file(tmp_path, f'[[feed]]\nurl = "{base}/wire.rss"\n')
    w, notes = watcher(path, db, max_chars=300)
    (first,) = w.run_round()
    assert (first.stored, first.failed) == (1, 1) and any("max_chars=300" in n for n in notes)
    assert w.states[f"{base}/wire.rss"].etag is None
    w.ctx.opts.max_chars = 0  # the operator raises the limit
    (second,) = w.run_round(datetime.now(timezone.utc) + LATER)
    assert server.requests("/wire.rss")[-1].get("If-None-Match") is None  # a full GET, not a 304
    assert (second.stored, second.already, second.failed) == (1, 1, 0)
    assert w.states[f"{base}/wire.rss"].etag == '"v1"'


def test_watch_into_postgresql(site: tuple[Site, str], tmp_path: Path, pg_url: str) -> None:
    """The state table and the poll path work the same on a PostgreSQL store."""
    server, base = site
    server.set("/wire.rss", entries("a1", "a2"), etag='"v1"')
    path = feeds_file(tmp_path, f'[[feed]]\nurl = "{base}/wire.rss"\nname = "Wire"\n')
    w, notes = watcher(path, pg_url)
    (first,) = w.run_round()
    assert first.stored == 2, notes
    server.set("/wire.rss", entries("a1", "a2", "a3"), etag='"v2"')
    again, _ = watcher(path, pg_url)  # a restart: state read back from PostgreSQL
    assert again.states[f"{base}/wire.rss"].etag == '"v1"'
    (second,) = again.run_round(datetime.now(timezone.utc) + LATER)
    assert (second.stored, second.already) == (1, 2)
    with Store(pg_url) as store:
        assert store.counts()["articles"] == 3
        assert load_states(store)[f"{base}/wire.rss"].entries_seen == 3


def test_retry_after_is_honoured(site: tuple[Site, str], tmp_path: Path) -> None:
    server, base = site
    db = tmp_path / "fw.sqlite"
    server.set("/busy.rss", b"busy", status=503, ctype="text/plain", headers={"Retry-After": "7200"})
    path = feeds_file(tmp_path, f'[[feed]]\nurl = "{base}/busy.rss"\ninterval = 60\n')
    w, _ = watcher(path, db)
    before = datetime.now(timezone.utc)
    (result,) = w.run_round()
    assert result.status == "failed" and result.retry_after == 7200
    state = load_states(Store(db))[f"{base}/busy.rss"]
    assert state.last_status == 503 and state.next_due is not None
    assert state.next_due >= before + timedelta(seconds=7200 * 0.9)  # not the 120 s back-off
