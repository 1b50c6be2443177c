"""Which earlier reports a new report could match: blocking by family, day window and grid cell.

Comparing every report with every other is quadratic (100,000 reports: minutes). Two
reports can only match when they share a type family, their dates are within the
window and they are placed close enough (`frontwatch.merge.matching`), so reports are
filed by exactly those keys and a new report looks only where a match is possible:

- *fine* reports (a point, town, district or short relative claim, i.e. matched by
  distance alone) go in a grid of `CELL_DEG` cells, one grid per (precision radius,
  relative radius class, date precision): from each grid a report reads only the cells
  within the largest distance a report of that grid could match it at, and only the weeks
  holding days within the window plus that grid's date uncertainty;
- *coarse* reports (a province, a country, no coordinates, a wide relative claim) match
  by containment at any distance, so they are filed by country; a coarse report reads
  its country's reports (fine and coarse) and a fine report its country's coarse ones;
- *border* reports may join either country, so they are read by, and read, everyone.

The candidates are a superset of the matches (`matching.check` decides), and they are a
function of the report and the filed reports alone: the same whatever order reports
were filed in. Unlocated reports match nothing and are not filed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol



class Report(Protocol):
    """What blocking reads of a report (`merge.reports.Report` has it): declared here, not imported,
    because `reports` files its reports with this module's `cell_of` (no import cycle)."""

    background: bool
    cell: tuple[int, int] | None
    country: str | None
    day_ord: int | None
    family: str
    located: bool
    precision: str | None
    precision_km: float
    radius_km: float
    slack_days: int

CELL_DEG = 0.25  # ~28 km north-south: a town report (25 km) reads its cell and the next ones
KM_PER_DEG = 111.0  # a little under the true 111.2 km per degree of latitude: never too few cells
FINE_REACH_KM = 100.0  # reports matching farther than this (precision + relative radius) are coarse
RADIUS_CLASSES = (0.0, 5.0, 10.0, 25.0, 50.0, 100.0)  # relative radii, rounded up to one of these
MAX_GRID_LAT = 80.0  # cells shrink to nothing near the poles: such reports are filed as coarse
LON_CELLS = round(360 / CELL_DEG)
COARSE_PRECISIONS = ("admin1", "country", "border")
BLOCK_DAYS = 7  # the grid files days by week: a ±3-day window reads one or two weeks of a cell

ByDay = dict[int | None, list[int]]


def radius_class(radius_km: float) -> float:
    if radius_km == 0.0:
        return 0.0
    return next((c for c in RADIUS_CLASSES if radius_km <= c), RADIUS_CLASSES[-1])


def is_fine(coords: tuple[float, float] | None, precision: str | None, reach_km: float) -> bool:
    """Matched by distance alone, within FINE_REACH_KM: filed in the grid."""
    return (coords is not None and precision not in COARSE_PRECISIONS
            and reach_km <= FINE_REACH_KM and abs(coords[0]) <= MAX_GRID_LAT)


def cell_of(lat: float, lon: float) -> tuple[int, int]:
    """The grid cell of a point (longitude cells wrap at the antimeridian)."""
    j = math.floor(lon / CELL_DEG)
    return math.floor(lat / CELL_DEG), (j + LON_CELLS // 2) % LON_CELLS - LON_CELLS // 2


@lru_cache(maxsize=65536)
def _neighbours(ci: int, cj: int, dlat: int, dlon: int) -> tuple[tuple[int, int], ...]:
    """The cells within dlat rows and dlon columns of a cell (cached: reports repeat the same places)."""
    half = LON_CELLS // 2
    return tuple(dict.fromkeys((i, (j + half) % LON_CELLS - half)
                               for i in range(ci - dlat, ci + dlat + 1) for j in range(cj - dlon, cj + dlon + 1)))


@lru_cache(maxsize=65536)
def _reach_cells(reach: float, lat_row: int) -> tuple[int, int]:
    """(rows, columns) of cells to read around a cell in row `lat_row` to cover `reach` km."""
    dlat = math.ceil(reach / (KM_PER_DEG * CELL_DEG))
    top = min(max(abs(lat_row), abs(lat_row + 1)) * CELL_DEG + dlat * CELL_DEG, 89.0)  # farthest from the equator
    coslat = max(math.cos(math.radians(top)), 0.01)
    return dlat, min(math.ceil(reach / (KM_PER_DEG * CELL_DEG * coslat)), LON_CELLS // 2)


def _collect(by_day: ByDay, day: int | None, span: int, out: list[int]) -> None:
    """Append the reports of `by_day` dated within `span` days of `day` (undated: the undated ones)."""
    if day is None:
        got = by_day.get(None)
        if got:
            out.extend(got)
    elif len(by_day) <= 2 * span + 1:
        for d, idxs in by_day.items():
            if d is not None and -span <= d - day <= span:
                out.extend(idxs)
    else:
        for d in range(day - span, day + span + 1):
            got = by_day.get(d)
            if got:
                out.extend(got)


class CandidateIndex:
    """Reports filed by (family, news/background) and then grid cell, country or border (see module doc)."""

    def __init__(self, window_days: int) -> None:
        self.window_days = window_days
        # (family, background) → (precision km, radius class, slack days) → week → cell → report indexes
        self._grid: dict[tuple[str, bool], dict[tuple[float, float, int],
                                                dict[int | None, dict[tuple[int, int], list[int]]]]] = {}
        # (family, background) → (country, slack days, fine?) → day → report indexes
        self._country: dict[tuple[str, bool], dict[tuple[str | None, int, bool], ByDay]] = {}
        # (family, background) → slack days → day → report indexes
        self._border: dict[tuple[str, bool], dict[int, ByDay]] = {}

    def add(self, idx: int, rep: Report) -> None:
        """File report number `idx`."""
        if not rep.located:
            return
        block = (rep.family, rep.background)
        if rep.precision == "border":
            by_slack = self._border.setdefault(block, {})
            by_slack.setdefault(rep.slack_days, {}).setdefault(rep.day_ord, []).append(idx)
            return
        fine = rep.cell is not None
        parts = self._country.setdefault(block, {})
        parts.setdefault((rep.country, rep.slack_days, fine), {}).setdefault(rep.day_ord, []).append(idx)
        if rep.cell is not None:
            grid = self._grid.setdefault(block, {}).setdefault(
                (rep.precision_km, radius_class(rep.radius_km), rep.slack_days), {})
            week = rep.day_ord // BLOCK_DAYS if rep.day_ord is not None else None
            grid.setdefault(week, {}).setdefault(rep.cell, []).append(idx)

    def _span(self, rep: Report, slack: int) -> int:
        return self.window_days + max(rep.slack_days, slack)

    def candidates(self, rep: Report) -> list[int]:
        """Indexes of every filed report that could match `rep` (each once), in no particular order."""
        out: list[int] = []
        if not rep.located:
            return out
        block = (rep.family, rep.background)
        day = rep.day_ord
        border = rep.precision == "border"
        fine = rep.cell is not None
        for (country, slack, part_fine), by_day in self._country.get(block, {}).items():
            if fine and part_fine:
                continue  # fine pairs are found in the grid
            if not border and rep.country and country and country != rep.country:
                continue  # different countries never match unless one is a border
            _collect(by_day, day, self._span(rep, slack), out)
        for slack, by_day in self._border.get(block, {}).items():
            _collect(by_day, day, self._span(rep, slack), out)
        if fine:
            self._grid_candidates(rep, block, out)
        return out

    def _grid_candidates(self, rep: Report, block: tuple[str, bool], out: list[int]) -> None:
        assert rep.cell is not None
        ci, cj = rep.cell
        day = rep.day_ord
        for (prec_km, rclass, slack), by_block in self._grid.get(block, {}).items():
            # the farthest a report of this grid can be and still match
            reach = (rep.precision_km if rep.precision_km > prec_km else prec_km) + rep.radius_km + rclass
            dlat, dlon = _reach_cells(reach, ci)
            if day is None:
                blocks: Iterable[int | None] = (None,)
            else:
                span = self._span(rep, slack)
                blocks = range((day - span) // BLOCK_DAYS, (day + span) // BLOCK_DAYS + 1)
            near: tuple[tuple[int, int], ...] | None = None
            for b in blocks:
                cells = by_block.get(b)
                if not cells:
                    continue
                if len(cells) <= (2 * dlat + 1) * (2 * dlon + 1):  # sparse: read the filed cells instead
                    half = LON_CELLS // 2
                    for (i, j), idxs in cells.items():
                        if -dlat <= i - ci <= dlat and abs((j - cj + half) % LON_CELLS - half) <= dlon:
                            out.extend(idxs)
                    continue
                if near is None:
                    near = _neighbours(ci, cj, dlat, dlon)
                for k in near:
                    idxs = cells.get(k)
                    if idxs:
                        out.extend(idxs)


def all_candidates(reports: Iterable[Report]) -> list[int]:
    """Every located report's index: the brute-force reference the tests compare the index with."""
    return [i for i, r in enumerate(reports) if r.located]
