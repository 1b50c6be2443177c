"""bench/load.py's aiohttp load loop must be able to fail: a raw socket server sends it broken
answers (short Content-Length, a chunked stream cut off, a gzip stream cut off, a body that is not
JSON, a reset, a 500) and every one must be counted, while whole answers (plain and gzip) pass."""

from __future__ import annotations

import asyncio
import gzip
import json
import sys
import time
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"

aiohttp = pytest.importorskip("aiohttp")

FULL = json.dumps({"features": [{"i": i} for i in range(50)]}).encode()
GZ = gzip.compress(FULL)
ANSWERS: dict[str, bytes | None] = {
    "/short": b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(FULL) + FULL[:100],
    "/chunk-cut": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n64\r\n" + FULL[:100] + b"\r\n",
    "/gzip-cut": b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % (len(GZ) - 20) + GZ[:-20],
    "/gzip-whole": b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(GZ) + GZ,
    "/plain-whole": b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(FULL) + FULL,
    "/not-json": b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n{"a":',
    "/reset": None,
    "/e500": b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 2\r\n\r\n{}",
}


async def _answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    request_line = await reader.readline()
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    answer = ANSWERS[request_line.split()[1].decode()]
    if answer is None:
        writer.transport.abort()  # connection reset
        return
    writer.write(answer)
    await writer.drain()
    writer.close()


async def _run(load, paths: list[str]) -> dict:
    server = await asyncio.start_server(_answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    out = load._records()
    async with aiohttp.ClientSession(base_url=f"http://127.0.0.1:{port}", auto_decompress=False,
                                     headers={"Accept-Encoding": "gzip"},
                                     timeout=aiohttp.ClientTimeout(total=10)) as http:
        await load.client_aiohttp(0, http, paths, 50, time.monotonic() + 0.3, out)
    server.close()
    await server.wait_closed()
    return out


def test_every_broken_answer_is_counted_and_whole_ones_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    monkeypatch.syspath_prepend(str(BENCH.parent / "src"))
    import load

    monkeypatch.setattr(load, "GEOJSON", "/gzip-cut")  # the map page: feature count checked, drops count as truncated
    out = asyncio.run(_run(load, list(ANSWERS)))
    failed = {path: rec["errors"] + rec["truncated"] for path, rec in out.items()}
    tried = {path: len(rec["latency_ms"]) + sum(rec["error_kinds"].values()) for path, rec in out.items()}
    assert all(tried[p] > 0 for p in ANSWERS)
    for path in ("/short", "/chunk-cut", "/gzip-cut", "/not-json", "/reset", "/e500"):
        assert failed[path] == tried[path], path
    assert failed["/gzip-whole"] == failed["/plain-whole"] == 0
    assert out["/gzip-cut"]["truncated"] == tried["/gzip-cut"]
    assert out["/short"]["error_kinds"].get("ClientPayloadError") == tried["/short"]
    sys.modules.pop("load", None)
