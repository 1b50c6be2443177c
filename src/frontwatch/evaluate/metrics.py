"""The scores every evaluator reports: precision/recall/F1 and geocoding error statistics.

Kept apart from the corpus readers and matchers so each metric is a pure function of
counts or distances, testable on hand-computed cases.
"""

from __future__ import annotations

import csv
import math
import statistics
from collections.abc import Iterator, Sequence
from pathlib import Path

from frontwatch.geo.relative import country_codes
from frontwatch.geometry import haversine_km

__all__ = ["country_code", "haversine_km", "prf", "error_stats", "auc_error", "MAX_ERROR_KM", "ACC_KM"]

# Half the Earth's circumference: the largest possible geocoding error (Gritta et al.).
MAX_ERROR_KM = 20039.0
# accuracy@161 km: 100 miles, the usual tolerance for 'right place' in geocoding evaluation.
ACC_KM = 161.0


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall, F1 (0.0 when undefined) with the counts they came from."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def auc_error(errors_km: Sequence[float]) -> float | None:
    """Area under the curve of sorted log errors, normalised to 0..1 (lower is better).

    Definition from Gritta et al.'s evaluation code (milangritta/Geocoding-with-Map-Vector,
    preprocessing.py `print_stats`, reused for "A Pragmatic Guide to Geoparsing Evaluation",
    2019): ``np.trapz(np.log(errors + 1)) / (np.log(20039) * (len(errors) - 1))``. We sort the
    errors first so the curve is the error curve the paper plots and the trapezoid ends do
    not depend on document order; the normaliser is log(20039) as in that code (log(1+20039)
    differs by 3e-6 relative). A single error is its own normalised log value.
    """
    if not errors_km:
        return None
    ys = sorted(math.log(max(e, 0.0) + 1.0) for e in errors_km)
    if len(ys) == 1:
        return ys[0] / math.log(MAX_ERROR_KM)
    area = sum(ys) - (ys[0] + ys[-1]) / 2  # trapezoidal rule, unit spacing
    return area / (math.log(MAX_ERROR_KM) * (len(ys) - 1))


def error_stats(errors_km: Sequence[float]) -> dict[str, float | int | None]:
    """accuracy@161 km (share with error ≤ 161 km), mean and median error, AUC, n."""
    n = len(errors_km)
    if not n:
        return {"acc161": None, "mean_km": None, "median_km": None, "auc": None, "n": 0}
    return {
        "acc161": round(sum(1 for e in errors_km if e <= ACC_KM) / n, 4),
        "mean_km": round(statistics.fmean(errors_km), 2),
        "median_km": round(statistics.median(errors_km), 2),
        "auc": round(auc_error(errors_km), 4),
        "n": n,
    }


def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code of a country named in gold data ('Syria', 'Lebanese'), or None."""
    codes = country_codes(name)
    if codes:
        return codes[0]
    try:
        import pycountry

        return pycountry.countries.lookup(name.strip()).alpha_2
    except LookupError:
        return None


def gold_csv_rows(path: Path, required: tuple[str, ...], what: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(CSV line number, row) of a gold CSV, after checking it exists and has the `required` columns."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such {what} file")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
        for row in reader:
            yield reader.line_num, row
