"""The command line's answers to a bad store and to exposing the server, run as real subprocesses."""

from __future__ import annotations

import os
import re
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from test_api_support import REPO, build_store

CLI = "from frontwatch.cli import app; app()"
NO_PSYCOPG = "import sys; sys.modules['psycopg'] = None; " + CLI  # as if the postgres extra were not installed
URL = re.compile(r"http://[\w.\[\]:-]+/")


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "src"), "NO_COLOR": "1", "COLUMNS": "200"}


def run(*args: str, code: str = CLI, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout, check=False,
                          env=env())


@pytest.mark.parametrize("command", ["export", "ingest", "serve"])
@pytest.mark.parametrize(("db", "message"), [("{tmp}", "is a directory"), ("/dev/null", "not a regular file")])
def test_bad_store_is_one_line_and_exit_2(tmp_path: Path, command: str, db: str, message: str) -> None:
    args = [command, "--db", db.format(tmp=tmp_path)]
    if command == "ingest":
        args.append(str(tmp_path / "nothing.txt"))
    if command == "serve":
        args += ["--token", "t", "--port", "0"]
    proc = run(*args)
    assert proc.returncode == 2, proc.stderr[-600:]
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and message in lines[0], proc.stderr[-600:]


@pytest.mark.parametrize("command", ["export", "serve"])
def test_postgres_without_driver_names_the_extra(command: str) -> None:
    proc = run(command, "--db", "postgresql://user:secret@localhost/frontwatch", code=NO_PSYCOPG)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr[-600:]
    assert "frontwatch[postgres]" in lines[0] and "secret" not in lines[0]


def test_max_bytes_must_be_positive(tmp_path: Path) -> None:
    proc = run("ingest", "--max-bytes", "0", "--db", str(tmp_path / "fw.sqlite"), str(tmp_path / "x.txt"))
    assert proc.returncode == 2 and "--max-bytes" in proc.stderr


def _serve(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CLI, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env())


def _lines_until_url(proc: subprocess.Popen, timeout: float = 60) -> list[str]:
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"serve exited with {proc.returncode}: {proc.stderr.read()[-800:]}")
        if sel.select(timeout=0.2):
            lines.append(proc.stdout.readline())
            if URL.search(lines[-1]) and "serving" in lines[-1]:
                time.sleep(0.3)  # the reachable-address lines follow at once
                while sel.select(timeout=0.2):
                    line = proc.stdout.readline()
                    if not line:
                        break
                    lines.append(line)
                return lines
    raise AssertionError("serve printed no URL")


def _stop(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    return proc.stderr.read()


def test_wildcard_bind_prints_reachable_addresses_and_warns(tmp_path: Path) -> None:
    db = build_store(tmp_path / "fw.sqlite")
    proc = _serve("--db", str(db), "--host", "0.0.0.0")
    try:
        lines = _lines_until_url(proc)
        local = URL.search(lines[0]).group(0)
        reachable = [URL.search(x).group(0) for x in lines if "reachable at" in x]
        assert "0.0.0.0" not in "".join(lines)
        for url in [local, *reachable]:  # every printed URL is answered (its Host is allowed)
            assert httpx.get(url + "events", timeout=30).status_code == 200, url
        port = local.rstrip("/").rsplit(":", 1)[1]
        r = httpx.get(f"http://127.0.0.1:{port}/events", headers={"Host": "rebind.example.com"}, timeout=30)
        assert r.status_code == 400
    finally:
        stderr = _stop(proc)
    assert "warning:" in stderr and "no token" in stderr


def test_no_warning_with_token_and_allow_host(tmp_path: Path) -> None:
    db = build_store(tmp_path / "fw.sqlite")
    proc = _serve("--db", str(db), "--host", "127.0.0.1", "--token", "t0ken", "--allow-host", "map.example.net",
                  "--allow-host", "other.example.net")
    try:
        local = URL.search(_lines_until_url(proc)[0]).group(0)
        for name, status in (("map.example.net", 200), ("other.example.net:80", 200), ("evil.example.net", 400)):
            assert httpx.get(local + "events", headers={"Host": name}, timeout=30).status_code == status, name
    finally:
        stderr = _stop(proc)
    assert "warning:" not in stderr
