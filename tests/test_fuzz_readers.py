"""A short run of the reader fuzz bench (bench/fuzz_readers.py): generated hostile files of every
kind through read + clean must each end as articles or error lines, never as an exception.

The bench runs 10,000 inputs; CI runs a slice of the same strategies so a reader regression
that lets one record escape is caught on every push.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("hypothesis")
BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import fuzz_readers  # noqa: E402


def test_generated_inputs_never_escape_the_readers(tmp_path: Path) -> None:
    rc = fuzz_readers.main(["--examples", "30", "--out", str(tmp_path)])
    result = json.loads(next(tmp_path.glob("fuzz_readers-*.json")).read_text())
    assert result["inputs"] == 120
    assert result["crashes"] == 0, result["first_crashes"]
    assert rc == 0
    # the generators reach the readers' success paths too, not only their refusals
    assert all(r["articles"] > 0 for r in result["per_reader"].values()), result["per_reader"]


def test_a_crash_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench must be able to fail: a reader that raises is counted as a crash, exit code 1."""
    def broken(*args, **kwargs):
        raise RuntimeError("reader bug")

    monkeypatch.setattr(fuzz_readers, "read_sources", broken)
    rc = fuzz_readers.main(["--examples", "3", "--readers", "text", "--out", str(tmp_path)])
    result = json.loads(next(tmp_path.glob("fuzz_readers-*.json")).read_text())
    assert rc == 1 and result["crashes"] == 3
    assert "RuntimeError: reader bug" in result["first_crashes"][0]["error"]
