"""GET /report: the situation report as HTML (the same as `frontwatch report --format html`).

Served with its stylesheet at /report.css rather than inline, because the server's
Content-Security-Policy allows no inline style; the map is inline SVG, which that policy allows.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from frontwatch.api.deps import ApiSettings, SettingsDep, StoreDep, gazetteer_opener
from frontwatch.api.schemas import ErrorOut
from frontwatch.store import Store

router = APIRouter()


def build(store: Store, settings: ApiSettings, area: str | None, date_from: date, date_to: date | None) -> str:
    from frontwatch.alerts.areas import AreaError
    from frontwatch.report.data import build_report
    from frontwatch.report.period import parse_area, parse_period
    from frontwatch.report.render import to_html

    try:
        period = parse_period(date_from, date_to or date_from)
        where = parse_area(area, gazetteer_opener(settings))
    except (AreaError, ValueError) as exc:
        raise HTTPException(422, str(exc)) from None
    return to_html(build_report(store, period, where), inline_css=False)


@router.get("/report", response_class=HTMLResponse, tags=["report"],
            responses={200: {"content": {"text/html": {}}}, 422: {"model": ErrorOut}})
async def report(store: StoreDep, settings: SettingsDep,
                 date_from: Annotated[date, Query(description="first day (YYYY-MM-DD), inclusive")],
                 date_to: Annotated[date | None, Query(description="last day, inclusive (default: date_from)")]
                 = None,
                 area: Annotated[str | None, Query(max_length=300, description=(
                     "'west,south,east,north', or a place with an optional radius: 'Homs@30' (km, default 50)"))]
                 = None) -> HTMLResponse:
    """Situation report of an area and period: happenings by type and area against the previous period,
    top stories, control changes, fatalities, a map; every statement cites its evidence."""
    if area and area.strip().lower().endswith((".json", ".geojson")):
        raise HTTPException(422, "area: GeoJSON files are for the command line; send a bbox or place@km")
    return HTMLResponse(await run_in_threadpool(build, store, settings, area, date_from, date_to))


@router.get("/report.css", include_in_schema=False)
def report_css() -> Response:
    from frontwatch.report.render import report_css as css

    return Response(css(), media_type="text/css")
