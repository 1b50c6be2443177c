"""`frontwatch serve` as a user runs it: the installed console script in a real subprocess."""

from __future__ import annotations

import os
import re
import selectors
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from test_api_support import REPO, build_store, free_port

FRONTWATCH = REPO / ".venv" / "bin" / "frontwatch"
URL = re.compile(r"http://[\w.\[\]:-]+/")


def _start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    if not FRONTWATCH.exists():
        pytest.fail(f"{FRONTWATCH} is missing: run scripts/setup test")
    return subprocess.Popen([str(FRONTWATCH), "serve", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, **(env or {})})


def _wait_for_url(proc: subprocess.Popen, timeout: float = 60) -> str:
    """The URL the command prints once it accepts connections (read line by line, never blocking)."""
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"serve exited with {proc.returncode}: {proc.stderr.read()[-800:]}")
        if sel.select(timeout=0.2):
            line = proc.stdout.readline()
            found = URL.search(line)
            if found:
                return found.group(0)
    raise AssertionError("serve printed no URL")


def _stop(proc: subprocess.Popen) -> int:
    proc.send_signal(signal.SIGINT)  # what Ctrl+C sends
    try:
        return proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise AssertionError("serve did not stop on SIGINT")


def test_serve_prints_its_url_and_answers_the_api(tmp_path: Path) -> None:
    db = build_store(tmp_path / "fw.sqlite")
    port = free_port()
    proc = _start("--db", str(db), "--port", str(port))
    try:
        url = _wait_for_url(proc)
        assert url == f"http://127.0.0.1:{port}/"  # loopback unless told otherwise
        events = httpx.get(url + "events", timeout=10)
        assert events.status_code == 200 and events.json()["total"] == 6
        schema = httpx.get(url + "openapi.json", timeout=10).json()
        assert "/events.geojson" in schema["paths"] and "/control" in schema["paths"]
        assert httpx.get(url + "config.json", timeout=10).json()["ingest_enabled"] is False
        assert f"0100007F:{port:04X}" in Path("/proc/net/tcp").read_text()  # bound to 127.0.0.1 only
    finally:
        code = _stop(proc)
    assert code == 0, proc.stderr.read()[-800:]


def test_serve_token_from_the_environment_and_port_zero(tmp_path: Path) -> None:
    """--port 0 picks a free port and the printed URL names it; FRONTWATCH_TOKEN switches ingest on."""
    db = build_store(tmp_path / "fw.sqlite")
    proc = _start("--db", str(db), "--port", "0", env={"FRONTWATCH_TOKEN": "tok-from-env"})
    try:
        url = _wait_for_url(proc)
        assert not url.endswith(":0/")
        assert httpx.get(url + "config.json", timeout=10).json()["ingest_enabled"] is True
        wrong = httpx.post(url + "articles", json={"text": "x"}, headers={"Authorization": "Bearer nope"}, timeout=10)
        assert wrong.status_code == 401
    finally:
        _stop(proc)


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    proc = subprocess.run([str(FRONTWATCH), "serve", "--db", str(missing)], capture_output=True, text=True,
                          timeout=60, env={k: v for k, v in os.environ.items()
                                           if k not in ("FRONTWATCH_TOKEN", "FRONTWATCH_API_TOKEN")})
    assert proc.returncode == 1
    assert "no such store" in proc.stderr and not missing.exists()


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        out += [int(c) for c in (task / "children").read_text().split()]
    return out


def test_serve_workers_share_the_port_and_see_each_write(tmp_path: Path) -> None:
    """--workers 2: two server processes on one printed port; a write after start is seen by every answer."""
    from test_api_support import sample_articles

    from frontwatch.store import Store

    db = build_store(tmp_path / "fw.sqlite", sample_articles()[:2])
    proc = _start("--db", str(db), "--port", "0", "--workers", "2")
    try:
        url = _wait_for_url(proc)
        totals = {httpx.get(url + "events", timeout=30).json()["total"] for _ in range(8)}  # new connection each
        assert totals == {4}
        deadline = time.monotonic() + 30
        while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(_children(proc.pid)) >= 2  # the workers (uvicorn's supervisor is the command itself)
        store = Store(db)
        try:
            store.save(sample_articles()[2])
        finally:
            store.close()
        totals = {httpx.get(url + "events", timeout=30).json()["total"] for _ in range(8)}
        assert totals == {6}
    finally:
        code = _stop(proc)
    assert code == 0, proc.stderr.read()[-800:]


# `serve` with the map's static files at a directory of the test's choosing (built or not): the
# command as the console script runs it, only STATIC_DIR pointed elsewhere before the app is made.
_SERVE_WITH_STATIC = """
import sys
from pathlib import Path
import frontwatch.api.app as api_app
api_app.STATIC_DIR = Path(sys.argv[1])
from frontwatch.cli import app
app(sys.argv[2:], prog_name="frontwatch")
"""


@pytest.mark.parametrize("built", [False, True])
def test_serve_warns_at_start_up_when_the_map_files_are_missing(tmp_path: Path, built: bool) -> None:
    """After `scripts/demo --no-serve` the page says "Map files are missing" only in the browser:
    the terminal must say so at start-up too, with the one-line fix, and stay quiet once built."""
    import sys

    static = tmp_path / "static"
    (static / "vendor").mkdir(parents=True)
    if built:
        (static / "vendor" / "maplibre-gl.mjs").write_text("export default {};\n", encoding="utf-8")
    db = build_store(tmp_path / "fw.sqlite")
    env = {k: v for k, v in os.environ.items() if k not in ("FRONTWATCH_TOKEN", "FRONTWATCH_API_TOKEN")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen([sys.executable, "-c", _SERVE_WITH_STATIC, str(static), "serve", "--db", str(db),
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        url = _wait_for_url(proc)
        assert httpx.get(url + "events", timeout=10).status_code == 200  # the API works either way
    finally:
        code = _stop(proc)
    stderr = proc.stderr.read()
    assert code == 0, stderr[-800:]
    warned = "the map's files are missing" in stderr and "run scripts/build-web" in stderr
    assert warned is not built, stderr[-800:]
