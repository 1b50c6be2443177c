"""The API under concurrent load: a real `frontwatch serve` on loopback, N clients for T seconds.

    .venv/bin/python bench/load.py [--events 2000] [--clients 50] [--seconds 15] [--src DIR] [--workers N] [--procs P]
        [--db PATH|URL [--reuse]] [--days 365] [--per-article]

Builds a synthetic store (web_map_load's events) in a temporary directory (or at --db, kept and
reused by later runs; --reuse insists on that), in bulk (bench/bulk_store.py: the rows Store.save
writes, many per statement, COPY on PostgreSQL; stories and control by the real derive stage), starts the server
as its own process (`--src` serves another source tree, e.g. the main checkout, for a
before/after pair), waits for its stories, then runs N asyncio clients, each cycling over
every read endpoint (lists, details, the streamed GeoJSON, control, places, the page) until
T seconds have passed. Every response is checked: status, a JSON body that parses, and for
/events.geojson?limit=10000 (GEOJSON) the full feature count (a streamed body cut short counts as truncated,
whether it fails to parse or the connection drops mid-body). A body byte-identical to the one
that passed these checks before the run passes without being parsed again (the store does
not change during a run), so the client's own CPU does not cap the load it can offer.

The load loop uses aiohttp (`--client aiohttp`, the default), not httpx: on the 2-core machine
the bench shares with the server, httpx spent ~5 ms of CPU per request against the server's
~0.6 ms, so the latencies measured were mostly the load generator's. aiohttp's C HTTP parser
costs a fraction of that. It still checks everything: the status line, Content-Length or chunked
framing read to the end (aiohttp raises ClientPayloadError on a short body: truncated), gzip
decoded here (auto_decompress off, so a gzip stream that does not reach its end is truncated
too, and a compressed body byte-identical to one verified is not decompressed again), JSON
parsed, resets and timeouts counted as errors. `--client httpx` keeps the old loop for
before/after pairs. Each client process reports its own CPU (client_cpu_s).

Reports per endpoint and overall: requests, statuses, errors (exceptions, 5xx other than
503), 503s with Retry-After (back-pressure, expected when saturated), truncated bodies,
p50/p99 latency; plus the server's own error lines. Bounded on purpose: the machine is
shared, so defaults are small; the sizes are arguments.
Writes bench/results/load-<UTC time>.json (machine, load, date, commit).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import re
import selectors
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import zlib

import aiohttp
import httpx
from results_file import write_result

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from web_map_load import build

URL = re.compile(r"http://[\w.\[\]:-]+/")
GEOJSON = "/events.geojson?limit=10000"  # the map's page of points at the size issue 16 names


def start_server(db: Path | str, src: Path, extra: list[str] = ()) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "PYTHONPATH": str(src), "NO_COLOR": "1"}
    proc = subprocess.Popen([sys.executable, "-c", "from frontwatch.cli import app; app()", "serve", "--db", str(db),
                             "--port", "0", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read()[-800:]}")
        if sel.select(timeout=0.2):
            found = URL.search(proc.stdout.readline())
            if found:
                return proc, found.group(0).rstrip("/")
    proc.kill()
    raise SystemExit("server printed no URL")


def tree_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its live descendants (the server's workers), from /proc."""
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


def stop_server(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    return proc.stderr.read()


SETUP_RETRIES: list[str] = []  # setup requests retried on a dropped connection (not part of the load)


class _RetryingClient(httpx.Client):
    """The setup phase's client: a request whose connection drops is sent once more on a new one.
    On a 1,000,000-event store the cold answers take tens of seconds and a kept-alive connection
    was found closed under the first setup run; the load loop itself never retries (it counts)."""

    def get(self, url, **kwargs):  # type: ignore[override]
        try:
            return super().get(url, **kwargs)
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
            SETUP_RETRIES.append(f"{url}: {type(exc).__name__}")
            return super().get(url, **kwargs)


def endpoints(base: str) -> tuple[list[str], int]:
    """Every read endpoint with real ids from the store, and the full GeoJSON feature count
    (plus, in KNOWN_GOOD, the digest of each path's body once it parsed and, for GEOJSON, was whole)."""
    with _RetryingClient(base_url=base, timeout=300) as c:
        for _ in range(600):  # the stories are built in the background after start
            if c.get("/events.geojson?limit=1").headers.get("x-frontwatch-stories") == "ready":
                break
            time.sleep(0.5)
        ev = c.get("/events", params={"limit": 5}).json()["items"]
        st = c.get("/stories", params={"limit": 5}).json()["items"]
        ar = c.get("/articles", params={"limit": 5}).json()["items"]
        features = len(c.get(GEOJSON).json()["features"])
    gid = next((e["location"]["geonameid"] for e in ev if (e.get("location") or {}).get("geonameid")), 1)
    paths = ["/events?limit=100", GEOJSON, "/stories?limit=50", "/articles?limit=50", "/control",
             f"/events/{ev[0]['id']}", f"/stories/{st[0]['id']}", f"/articles/{ar[0]['id']}", f"/places/{gid}",
             "/events?limit=20&min_corroboration=2", "/config.json", "/"]
    with _RetryingClient(base_url=base, timeout=300) as c:
        for path in paths:
            t0 = time.perf_counter()
            r = c.get(path)
            COLD_MS[path] = round((time.perf_counter() - t0) * 1000, 1)
            if r.status_code == 200 and (path == "/" or _whole(path, r.content, features)):
                KNOWN_GOOD[path] = hashlib.blake2b(r.content, digest_size=16).digest()
    return paths, features


# path -> ms of its first request (computed by the server, not from its answer cache: what one
# user waits for after each ingest, since every commit starts a new cache generation)
COLD_MS: dict[str, float] = {}


KNOWN_GOOD: dict[str, bytes] = {}  # path -> digest of a body that parsed (the store does not change during a run)
KNOWN_GOOD_RAW: set[tuple[str, bytes]] = set()  # (path, digest of gzip bytes) whose decoded body was known good


def _digest(body: bytes) -> bytes:
    return hashlib.blake2b(body, digest_size=16).digest()


def _gunzip_whole(raw: bytes) -> bytes | None:
    """The decoded body, or None when the gzip stream is corrupt or does not reach its end (cut short)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        body = d.decompress(raw) + d.flush()
    except zlib.error:
        return None
    return body if d.eof and not d.unused_data else None


def _whole(path: str, body: bytes, features: int) -> bool:
    """The body parses as JSON and, for GEOJSON, holds every feature."""
    try:
        data = json.loads(body)
    except ValueError:
        return False
    return path != GEOJSON or len(data.get("features", [])) == features


def endpoint_name(path: str) -> str:
    """The endpoint a request path reports under ('/events/abc' -> '/events/{id}', query dropped)."""
    if path.startswith(("/events/", "/stories/", "/articles/", "/places/")):
        return "/" + path.split("/")[1] + "/{id}"
    return path.split("?")[0]


async def _answered(rec: dict, t0: float, status: int, headers: Any) -> bool:
    """Count one answer (latency, status) for both client loops; False for a 503 (after waiting
    its Retry-After) or another 5xx, whose body is not checked."""
    rec["latency_ms"].append((time.perf_counter() - t0) * 1000)
    rec["status"][status] += 1
    if status == 503:
        rec["busy_503"] += 1
        rec["retry_after_missing"] += "retry-after" not in headers
        await asyncio.sleep(float(headers.get("retry-after", "1")))
        return False
    if status >= 500:
        rec["errors"] += 1
        return False
    return True


async def client(i: int, http: httpx.AsyncClient, paths: list[str], features: int, until: float,
                 out: dict) -> None:
    k = i
    while time.monotonic() < until:
        path = paths[k % len(paths)]
        k += 1
        rec = out[endpoint_name(path)]
        t0 = time.perf_counter()
        try:
            r = await http.get(path)
            body = r.content
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
            rec["truncated" if path == GEOJSON else "errors"] += 1
            rec["error_kinds"][type(exc).__name__] += 1
            continue
        except httpx.HTTPError as exc:
            rec["errors"] += 1
            rec["error_kinds"][type(exc).__name__] += 1
            continue
        if not await _answered(rec, t0, r.status_code, r.headers):
            continue
        if path == "/":
            continue
        # A body byte-identical to one that parsed whole is whole; checking the digest first keeps
        # the client's CPU (a 10,000-point map is ~5 MB of JSON to parse) from capping the load.
        if KNOWN_GOOD.get(path) == hashlib.blake2b(body, digest_size=16).digest():
            continue
        if not _whole(path, body, features):
            rec["truncated"] += 1


async def client_aiohttp(i: int, http: aiohttp.ClientSession, paths: list[str], features: int, until: float,
                         out: dict) -> None:
    """As `client`, over aiohttp: the same checks, a fraction of httpx's CPU per request."""
    k = i
    while time.monotonic() < until:
        path = paths[k % len(paths)]
        k += 1
        rec = out[endpoint_name(path)]
        t0 = time.perf_counter()
        try:
            async with http.get(path) as r:
                raw = await r.read()  # raises ClientPayloadError if Content-Length / chunked framing is short
                status, headers = r.status, r.headers
        except (aiohttp.ClientPayloadError, aiohttp.ServerDisconnectedError, aiohttp.ClientOSError) as exc:
            # the connection dropped or reset (mid-body for a map page: truncated, as in `client`)
            rec["truncated" if path == GEOJSON else "errors"] += 1
            rec["error_kinds"][type(exc).__name__] += 1
            continue
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            rec["errors"] += 1
            rec["error_kinds"][type(exc).__name__] += 1
            continue
        if not await _answered(rec, t0, status, headers):
            continue
        encoding = headers.get("content-encoding", "identity").lower()
        if encoding == "gzip":
            raw_key = (path, _digest(raw))
            if raw_key in KNOWN_GOOD_RAW:
                continue  # the same gzip bytes as a body already decoded and verified
            body = _gunzip_whole(raw)
            if body is None:
                rec["truncated"] += 1
                continue
        elif encoding == "identity":
            body, raw_key = raw, None
        else:
            rec["errors"] += 1  # answered (its latency is counted), so not in error_kinds: that counts requests lost
            continue
        if path == "/":
            continue
        if KNOWN_GOOD.get(path) == _digest(body) or _whole(path, body, features):
            if raw_key:
                KNOWN_GOOD_RAW.add(raw_key)
            continue
        rec["truncated"] += 1


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 1)
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1], 1)


def _records() -> dict:
    return defaultdict(lambda: {"status": Counter(), "latency_ms": [], "errors": 0, "truncated": 0,
                                "busy_503": 0, "retry_after_missing": 0, "error_kinds": Counter()})


async def run_clients(base: str, paths: list[str], features: int, n: int, seconds: float, first: int = 0,
                      kind: str = "aiohttp") -> dict:
    out = _records()
    if kind == "aiohttp":
        connector = aiohttp.TCPConnector(limit=n, limit_per_host=n, keepalive_timeout=60)
        async with aiohttp.ClientSession(base_url=base, connector=connector, auto_decompress=False,
                                         headers={"Accept-Encoding": "gzip"},
                                         timeout=aiohttp.ClientTimeout(total=60)) as http:
            until = time.monotonic() + seconds
            await asyncio.gather(*(client_aiohttp(i, http, paths, features, until, out)
                                   for i in range(first, first + n)))
        return out
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:
        until = time.monotonic() + seconds
        await asyncio.gather(*(client(i, http, paths, features, until, out) for i in range(first, first + n)))
    return out


def _client_share(job: tuple) -> dict:
    """One client process: its share of the clients, with the digests the parent verified."""
    base, paths, features, first, n, seconds, known, kind = job
    KNOWN_GOOD.update(known)
    cpu0 = time.process_time()
    out = asyncio.run(run_clients(base, paths, features, n, seconds, first=first, kind=kind))
    return {"cpu_s": time.process_time() - cpu0, "out": {name: dict(rec) for name, rec in out.items()}}


def run_client_processes(base: str, paths: list[str], features: int, n: int, seconds: float, procs: int,
                         kind: str = "aiohttp") -> tuple[dict, float]:
    """N clients split over `procs` processes (one asyncio loop each), so one Python process's CPU
    does not cap the load offered; returns the records and the clients' own CPU seconds."""
    if procs <= 1:
        part = _client_share((base, paths, features, 0, n, seconds, dict(KNOWN_GOOD), kind))
        parts = [part]
    else:
        import multiprocessing

        shares = [n // procs + (i < n % procs) for i in range(procs)]
        jobs = [(base, paths, features, sum(shares[:i]), share, seconds, dict(KNOWN_GOOD), kind)
                for i, share in enumerate(shares) if share]
        with multiprocessing.get_context("spawn").Pool(len(jobs)) as pool:
            parts = pool.map(_client_share, jobs)
    out = _records()
    for part in (p["out"] for p in parts):
        for name, rec in part.items():
            into = out[name]
            for key, value in rec.items():
                into[key] += value  # Counters add, lists extend, ints sum
    return out, sum(p["cpu_s"] for p in parts)


def summarise(out: dict, seconds: float) -> dict:
    per = {}
    all_lat: list[float] = []
    totals = Counter()
    for name, rec in sorted(out.items()):
        lat = rec["latency_ms"]
        all_lat += lat
        n = len(lat) + sum(rec["error_kinds"].values())  # answered requests plus requests that failed in transit
        per[name] = {"requests": n, "status": dict(rec["status"]), "errors": rec["errors"],
                     "error_kinds": dict(rec["error_kinds"]), "truncated": rec["truncated"],
                     "busy_503": rec["busy_503"], "p50_ms": percentile(lat, 50), "p99_ms": percentile(lat, 99)}
        for key in ("errors", "truncated", "busy_503", "retry_after_missing"):
            totals[key] += rec[key]
        totals["requests"] += n
    return {"endpoints": per, "requests": totals["requests"], "requests_per_s": round(totals["requests"] / seconds, 1),
            "errors": totals["errors"], "truncated": totals["truncated"], "busy_503": totals["busy_503"],
            "retry_after_missing": totals["retry_after_missing"],
            "p50_ms": percentile(all_lat, 50), "p99_ms": percentile(all_lat, 99)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=2000, help="synthetic events in the store")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="source tree the server runs (before/after pairs)")
    ap.add_argument("--db", "--store", dest="db", default=None,
                    help="reuse this store file (built if missing), or a postgresql:// URL of an empty or same-size store")
    ap.add_argument("--reuse", action="store_true",
                    help="only reuse the store at --db (fail if it does not hold --events events with stories): "
                         "a 1,000,000-event store is built once and loaded many times")
    ap.add_argument("--per-article", action="store_true",
                    help="build through Store.save, one transaction per article (default: bulk, bench/bulk_store.py)")
    ap.add_argument("--copy-from", type=Path, default=None,
                    help="fill an empty postgresql:// --db by copying this SQLite store built by an earlier run "
                         "(its stories and control too: the derive stage runs once for both backends)")
    ap.add_argument("--days", type=int, default=365,
                    help="days the synthetic events are spread over (e.g. 3650 at 1,000,000 events: the density of "
                         "100,000 in one year)")
    ap.add_argument("--procs", type=int, default=1, help="client processes the clients are split over")
    ap.add_argument("--workers", type=int, default=None,
                    help="pass --workers N to `frontwatch serve` (default: the server's own default)")
    ap.add_argument("--client", choices=("aiohttp", "httpx"), default="aiohttp",
                    help="HTTP client of the load loop (httpx: the old, CPU-heavier one, for before/after pairs)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="frontwatch-load-") as tmp:
        db = args.db if args.db and "://" in args.db else Path(args.db or Path(tmp) / "load.sqlite")
        if args.reuse and not args.db:
            raise SystemExit("--reuse needs --db/--store")
        built = build(db, args.events, bulk=not args.per_article, reuse_only=args.reuse, days=args.days,
                      copy_from=args.copy_from)
        proc, base = start_server(db, args.src, ["--workers", str(args.workers)] if args.workers else [])
        try:
            paths, features = endpoints(base)
            load_before = os.getloadavg()
            cpu_before = tree_cpu_seconds(proc.pid)
            out, client_cpu = run_client_processes(base, paths, features, args.clients, args.seconds, args.procs,
                                                   args.client)
            server_cpu = tree_cpu_seconds(proc.pid) - cpu_before
        except BaseException:
            print(stop_server(proc)[-3000:], file=sys.stderr)  # why the server failed, before the traceback
            raise
        else:
            server_log = stop_server(proc)
    result = {"bench": "api_load", "store": "postgresql" if "://" in str(db) else "sqlite", "events": args.events, "clients": args.clients, "seconds": args.seconds, "workers": args.workers,
              "client_procs": args.procs, "client": args.client,
              "src": str(args.src), "store_build": built, "geojson_features": features, "load_before": load_before,
              "cold_ms": dict(COLD_MS), "setup_retries": SETUP_RETRIES,
              **summarise(out, args.seconds)}
    # What the server itself spent: on a shared machine the latencies above depend on the CPU share
    # the server and the clients get; the server's CPU per answer does not.
    result["server_cpu_s"] = round(server_cpu, 2)
    result["server_cpu_ms_per_request"] = round(server_cpu * 1000 / max(result["requests"], 1), 2)
    # ... and what the load generator spent on the same cores (all client processes together).
    result["client_cpu_s"] = round(client_cpu, 2)
    result["client_cpu_ms_per_request"] = round(client_cpu * 1000 / max(result["requests"], 1), 2)
    lines = [ln for ln in server_log.splitlines() if ln.strip()]
    result["server_error_lines"] = sum(("Error" in ln or "Exception" in ln) for ln in lines)
    result["server_queuepool_lines"] = sum("QueuePool" in ln for ln in lines)
    result["server_log_tail"] = lines[-5:]
    write_result(result, args.out, "load")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
