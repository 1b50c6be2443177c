"""The closest pair of points between two sets, fast and bit-identical to the plain loop.

`Geoparser.border_point` needs the nearest pair of towns across a border: up to 3,000 ×
3,000 great-circle distances per country pair. In pure Python that is ~9 M `haversine_km`
calls (seconds per pair, the biggest hot spot outside spaCy in a profile of FA-KES).
numpy computes the whole matrix in milliseconds (from per-point sines and cosines, so
without a sine per pair), but its `sin`/`cos` may differ from `math`'s in the last bit,
which could flip a near-tie. So numpy only *prefilters*: every
pair within a hair of the numpy minimum is re-measured with `haversine_km` in the original
row-major order with a strict `<`, which returns exactly what the plain double loop did.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from frontwatch.geometry import NEAREST_ROWS_ERROR_KM, haversine_km, haversine_matrix_radians, nearest_rows_km

Point = tuple[float, float]

# Rows of the distance matrix computed at once: bounds memory (ROWS × len(b) float64s).
ROWS = 512
# Slack (km) around the numpy minimum: far above float error (~1e-9 km), far below any
# real gap between towns, so the exact re-check sees every possible winner and few others.
SLACK_KM = 1e-6
# Rows whose approximate nearest distance (`nearest_rows_km`) is within this of the least
# may hold the winner: twice that function's error bound, so no winning row is dropped.
ROW_SLACK_KM = 2 * NEAREST_ROWS_ERROR_KM


def _matrix(lat_a: np.ndarray, lon_a: np.ndarray, lat_b: np.ndarray, lon_b: np.ndarray) -> np.ndarray:
    """Haversine distances (km), rows = a, columns = b; same formula as `haversine_km`."""
    return haversine_matrix_radians(lat_a, lon_a, lat_b, lon_b)


def closest_pair(a: Sequence[Point], b: Sequence[Point]) -> tuple[float, Point, Point] | None:
    """(distance km, point of a, point of b) of the nearest pair; None if either set is empty.

    Ties go to the first pair in row-major order (a outer, b inner), as in the loop
    `for pa in a: for pb in b: if d < best: ...`.
    """
    if not a or not b:
        return None
    arr_a = np.radians(np.asarray(a, dtype=float))
    arr_b = np.radians(np.asarray(b, dtype=float))
    lat_b, lon_b = arr_b[:, 0], arr_b[:, 1]
    # Rows that may hold the nearest pair, from sines and cosines per point (no trigonometry
    # per pair); then the plain formula on those rows only, and the exact re-check below.
    approx = np.empty(len(a))
    for lo in range(0, len(a), ROWS):
        approx[lo:lo + ROWS] = nearest_rows_km(arr_a[lo:lo + ROWS, 0], arr_a[lo:lo + ROWS, 1], lat_b, lon_b)
    rows_kept = np.flatnonzero(approx <= float(approx.min()) + ROW_SLACK_KM)
    minima = np.full(len(a), np.inf)
    minima[rows_kept] = _matrix(arr_a[rows_kept, 0], arr_a[rows_kept, 1], lat_b, lon_b).min(axis=1)
    cutoff = float(minima.min()) + SLACK_KM
    best: tuple[float, Point, Point] | None = None
    for i in np.flatnonzero(minima <= cutoff):
        pa = a[int(i)]
        row = _matrix(arr_a[i:i + 1, 0], arr_a[i:i + 1, 1], lat_b, lon_b)[0]
        for j in np.flatnonzero(row <= cutoff):
            pb = b[int(j)]
            d = haversine_km(pa[0], pa[1], pb[0], pb[1])
            if best is None or d < best[0]:
                best = (d, pa, pb)
    return best
