"""`frontwatch serve`: run the API and the map page with uvicorn.

Binds 127.0.0.1 unless told otherwise, because the store may hold material the user
has not vetted and the map is a local tool first; exposing it is a deliberate choice.
"""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TOKEN_ENV = "FRONTWATCH_API_TOKEN"
TOKEN_ENVS = (TOKEN_ENV, "FRONTWATCH_TOKEN")  # the second is a short alias
TILES_ENV = "FRONTWATCH_TILES_URL"
WORKER_APP_ENV = "FRONTWATCH_SERVE_APP"  # how the parent hands create_app's arguments to worker processes
MAX_DEFAULT_WORKERS = 4
KEEP_ALIVE_S = 30  # uvicorn's default 5 s closes idle connections a loaded client is about to reuse


def default_workers() -> int:
    """One server process per core, at most MAX_DEFAULT_WORKERS: each process answers from its own
    cache and its own GIL, so a second core doubles what a CPU-bound server can send."""
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))


def resolve_token(token: str | None) -> str | None:
    """`--token` wins over FRONTWATCH_API_TOKEN (alias FRONTWATCH_TOKEN); empty means ingest over HTTP stays off."""
    value = token if token is not None else next((os.environ[k] for k in TOKEN_ENVS if os.environ.get(k)), None)
    return value.strip() or None if value else None


def server_url(host: str, port: int) -> str:
    """The URL a browser should open: IPv6 hosts in brackets; the wildcard address shown as loopback."""
    if host in ("0.0.0.0", ""):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


WILDCARD_HOSTS = ("0.0.0.0", "::", "")


def is_wildcard(host: str) -> bool:
    return host.strip() in WILDCARD_HOSTS


def reachable_addresses(host: str) -> list[str]:
    """The addresses other machines can reach a wildcard bind at (loopback excluded), best effort.

    Wildcard binds are shown as these rather than as 0.0.0.0, which no browser can open.
    Sources: the host name's addresses, and the source address the kernel would pick for
    an outside destination (a UDP connect only consults the routing table; nothing is sent).
    """
    import ipaddress

    families = [socket.AF_INET] if host.strip() == "0.0.0.0" else [socket.AF_INET, socket.AF_INET6]
    found: list[str] = []

    def add(addr: str) -> None:
        ip = ipaddress.ip_address(addr.split("%", 1)[0])
        if not (ip.is_loopback or ip.is_unspecified or ip.is_link_local) and str(ip) not in found:
            found.append(str(ip))

    for family in families:
        try:
            for info in socket.getaddrinfo(socket.gethostname(), None, family, socket.SOCK_STREAM):
                add(info[4][0])
        except OSError:
            pass
        probe = "192.0.2.1" if family == socket.AF_INET else "2001:db8::1"  # documentation ranges
        try:
            with socket.socket(family, socket.SOCK_DGRAM) as s:
                s.connect((probe, 9))
                add(s.getsockname()[0])
        except OSError:
            pass
    return found


def allowed_host_names(host: str, allow_hosts: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Host-header names to answer besides loopback: the bound host, --allow-host names, and for a
    wildcard bind the machine's name and reachable addresses (the URLs we print must work)."""
    names = [*allow_hosts]
    if is_wildcard(host):
        names += [socket.gethostname(), *reachable_addresses(host)]
    else:
        names.append(host)
    return names


def _announcing_server(config: Any, announce: Callable[[str], None] | None) -> Any:
    """A uvicorn Server that reports its URL once it accepts connections (and the real port, for --port 0)."""
    import uvicorn

    class AnnouncingServer(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if announce is not None and not self.should_exit and getattr(self, "servers", None):
                bound = self.servers[0].sockets[0].getsockname()
                announce(server_url(config.host, int(bound[1])))

    return AnnouncingServer(config)


def serve(db: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, token: str | None = None,
          *, tiles_url: str | None = None, gazetteer: Path | None = None, log_level: str = "info",
          announce: Callable[[str], None] | None = None, warm: bool = True,
          allow_hosts: list[str] | tuple[str, ...] = (), control_stale_days: int | None = 365,
          workers: int = 1) -> None:
    """Serve until interrupted. `tiles_url` (or FRONTWATCH_TILES_URL) replaces the opt-in online layer's URL.

    `workers` > 1: that many server processes share the listening socket (uvicorn's supervisor
    restarts one that dies); each keeps its own response cache and its share of the database
    pool, and all see every write at once (see `store.data_version`).

    `announce` gets the page's URL once the socket accepts connections (port 0 picks a free port,
    and the URL then names the real one), so callers never print a URL that is not served yet.
    Requests are answered only for loopback names, `host` and `allow_hosts` (DNS rebinding).
    """
    import uvicorn

    from frontwatch.api.app import DEFAULT_TILES_URL, create_app

    if not 0 <= int(port) < 65536:
        raise ValueError(f"port must be 0-65535 (0: any free port), got {port}")
    tiles = tiles_url or os.environ.get(TILES_ENV) or DEFAULT_TILES_URL
    app_kw = {"token": resolve_token(token), "tiles_url": tiles, "gazetteer": gazetteer,
              "allowed_hosts": allowed_host_names(host, allow_hosts), "control_stale_days": control_stale_days}
    if workers > 1:
        _serve_workers(db, app_kw, host=host, port=int(port), log_level=log_level, announce=announce, warm=warm,
                       workers=workers)
        return
    app = create_app(db, **app_kw)
    if warm:
        threading.Thread(target=warm_caches, args=(app,), name="frontwatch-warm", daemon=True).start()
    config = uvicorn.Config(app, host=host, port=int(port), log_level=log_level, proxy_headers=False,
                            timeout_keep_alive=KEEP_ALIVE_S)
    _announcing_server(config, announce).run()


def _serve_workers(db: str | Path, app_kw: dict[str, Any], *, host: str, port: int, log_level: str,
                   announce: Callable[[str], None] | None, warm: bool, workers: int) -> None:
    """uvicorn's multi-process supervisor over one socket bound here (so --port 0 has one real port
    to announce); the workers build the app from WORKER_APP_ENV (`app_from_env`)."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from frontwatch.store import Store

    Store(db).close()  # migrate once here, not in N workers at once; a bad store fails before any fork
    spec = {"db": str(db), "warm": warm, **app_kw, "gazetteer": str(app_kw["gazetteer"]) if app_kw["gazetteer"] else None,
            "pool_share": workers}
    os.environ[WORKER_APP_ENV] = json.dumps(spec)
    config = uvicorn.Config("frontwatch.api.serve:app_from_env", factory=True, workers=workers, host=host,
                            port=port, log_level=log_level, proxy_headers=False, timeout_keep_alive=KEEP_ALIVE_S)
    sock = config.bind_socket()
    sock.listen(config.backlog)  # connections queue from now on, before the workers have started
    if announce is not None:  # once a worker answers, as with one process: never a URL that keeps you waiting
        url = server_url(host, int(sock.getsockname()[1]))
        threading.Thread(target=_announce_when_answering, args=(url, announce), name="frontwatch-announce",
                         daemon=True).start()
    try:
        Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()


def _announce_when_answering(url: str, announce: Callable[[str], None], timeout_s: float = 600) -> None:
    """Call `announce(url)` once GET /config.json there is answered (by whichever worker is up first)."""
    import time
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # our own socket: never via a proxy
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with opener.open(url + "config.json", timeout=30) as r:
                if r.status == 200:
                    announce(url)
                    return
        except OSError:
            time.sleep(0.1)


def app_from_env() -> Any:
    """The app of one worker process, from the arguments `_serve_workers` left in the environment."""
    from frontwatch.api.app import create_app

    spec = json.loads(os.environ[WORKER_APP_ENV])
    db, warm = spec.pop("db"), spec.pop("warm")
    if spec.get("gazetteer"):
        spec["gazetteer"] = Path(spec["gazetteer"])
    app = create_app(db, **spec)
    if warm:
        threading.Thread(target=warm_caches, args=(app,), name="frontwatch-warm", daemon=True).start()
    return app


def warm_caches(app: Any) -> None:
    """Read the stored control changes and today's picture while the page loads, not on its first request."""
    from datetime import datetime, timezone

    try:
        app.state.control.picture(datetime.now(timezone.utc).date())
    except Exception:  # the request that needs them will report the error
        pass
