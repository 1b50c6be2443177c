"""How the API says no: every error is JSON with one readable line in `detail`.

Unknown query parameters are refused too (a typo in a filter name would otherwise silently
return everything); a full database pool is a 503 with Retry-After, not a 500.
"""

from __future__ import annotations

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from frontwatch.api.backpressure import RETRY_AFTER_SECONDS
from frontwatch.store import queries as q


def _one_line_validation(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ())]
        where = loc[0] if loc else "request"
        name = ".".join(loc[1:]) or where
        label = f"{where} parameter '{name}'" if where in ("query", "path", "header") else f"{where} '{name}'"
        msg = err.get("msg", "invalid")
        got = err.get("input")
        if where in ("query", "path") and isinstance(got, (str, int, float)):
            msg = f"{msg} (got {str(got)[:60]!r})"
        parts.append(f"{label}: {msg}")
    return "; ".join(parts)[:500]


def no_unknown_query_params(request: Request) -> None:
    """Reject query parameters the endpoint does not declare (typos would otherwise be ignored)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        known |= {p.alias for p in sub.query_params}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        hint = f"; known: {', '.join(sorted(known))}" if known else ""
        raise HTTPException(422, f"unknown query parameter {unknown[0]!r}{hint}")


async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    return JSONResponse({"detail": _one_line_validation(exc)}, status_code=422)


async def _bad_param(_: Request, exc: q.BadParameter) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, status_code=422)


async def _pool_timeout(_: Request, exc: PoolTimeout) -> JSONResponse:
    return JSONResponse({"detail": "server busy: no database connection free; retry shortly"}, status_code=503,
                        headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)


def add_error_handlers(app: FastAPI) -> None:
    """Install the one-line JSON error handlers."""
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(q.BadParameter, _bad_param)  # type: ignore[arg-type]
    app.add_exception_handler(PoolTimeout, _pool_timeout)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http)  # type: ignore[arg-type]
