"""GET /control: who holds, contests or fronts which place at a date (from the control stage)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Annotated, Any

from fastapi import APIRouter, Query

from frontwatch.api.deps import PicturesDep
from frontwatch.api.params import ERRORS
from frontwatch.api.schemas import ControlPicture

router = APIRouter(tags=["control"])


@router.get("/control", response_model=ControlPicture, responses=ERRORS)
def get_control(pictures: PicturesDep,
                date_: Annotated[date | None, Query(alias="date", description="YYYY-MM-DD; default today")]
                = None) -> dict[str, Any]:
    """Who holds, contests or fronts which place at a date, with the events that say so."""
    day = date_ or datetime.now(timezone.utc).date()
    return {"date": day, "source": "stored", "items": pictures.picture(day)}
