"""`closest_pair` (numpy prefilter + exact re-check) returns exactly what the plain double loop did."""

from __future__ import annotations

import random

from frontwatch.geo.closest import closest_pair
from frontwatch.geometry import haversine_km


def loop(a, b):
    best = None
    for pa in a:
        for pb in b:
            d = haversine_km(pa[0], pa[1], pb[0], pb[1])
            if best is None or d < best[0]:
                best = (d, pa, pb)
    return best


def test_same_pair_as_the_loop_including_ties() -> None:
    rng = random.Random(3)
    for k in range(40):
        a = [(rng.uniform(30, 40), rng.uniform(30, 45)) for _ in range(rng.randint(1, 700))]
        b = [(rng.uniform(30, 40), rng.uniform(30, 45)) for _ in range(rng.randint(1, 200))]
        if k % 3 == 0:  # exact ties: the first pair in row-major order must win
            b = b + a[-3:] + a[:3]
        assert closest_pair(a, b) == loop(a, b)


def test_empty_sets() -> None:
    assert closest_pair([], [(1.0, 2.0)]) is None
    assert closest_pair([(1.0, 2.0)], []) is None


def test_antimeridian_and_poles() -> None:
    a = [(0.0, 179.9), (89.9, 0.0), (-10.0, -60.0)]
    b = [(0.0, -179.9), (89.9, 180.0), (10.0, 60.0)]
    assert closest_pair(a, b) == loop(a, b)
