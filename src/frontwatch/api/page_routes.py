"""The map page, the API docs page, the page's settings (/config.json) and its static files.

FastAPI's own /docs page loads Swagger UI from a CDN and starts it with an inline script,
which the page's Content-Security-Policy refuses; /docs is our own page instead, with Swagger
UI from the npm-built vendor files (works offline). The schema is at /openapi.json.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from frontwatch import __version__
from frontwatch.api.deps import SettingsDep

DEFAULT_TILES_ATTRIBUTION = "© OpenStreetMap contributors"

router = APIRouter()


def vendor_built(static_dir: Path) -> bool:
    """Whether scripts/build-web has put the map library in static/vendor (the page needs it)."""
    return (static_dir / "vendor" / "maplibre-gl.mjs").is_file()


@router.get("/", include_in_schema=False)
def index(settings: SettingsDep) -> FileResponse:
    return FileResponse(settings.static_dir / "index.html", media_type="text/html")


@router.get("/docs", include_in_schema=False)
def docs(settings: SettingsDep) -> FileResponse:
    if not (settings.static_dir / "vendor" / "swagger-ui-bundle.js").is_file():
        raise HTTPException(503, "the API docs page needs its vendor files: run scripts/build-web "
                                 "(the schema itself is at /openapi.json)")
    return FileResponse(settings.static_dir / "docs.html", media_type="text/html")


@router.get("/config.json", include_in_schema=False)
def config(settings: SettingsDep) -> dict[str, Any]:
    return {
        "version": __version__,
        "tiles_url": settings.tiles_url,
        "tiles_attribution": DEFAULT_TILES_ATTRIBUTION if settings.tiles_url else None,
        "ingest_enabled": bool(settings.token),
        "vendor_built": vendor_built(settings.static_dir),
    }


def mount_static(app: FastAPI, static_dir: Path) -> None:
    """Serve the page's files at /static (a mount, which a router cannot carry)."""
    if static_dir.is_dir():
        app.mount("/static", StaticFiles(directory=static_dir), name="static")
