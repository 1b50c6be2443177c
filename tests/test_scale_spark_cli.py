"""The spark-submit entry (`python -m frontwatch.scale.spark`) is the `spark-extract` command
itself: the same options, messages and exit codes, from one definition."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pyspark")

from frontwatch.scale.spark_submit import main  # noqa: E402


def test_submit_entry_has_the_commands_options(capsys) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--master", "--partitions", "--input-format", "--include-background", "--conf", "--overwrite"):
        assert option in out


def test_submit_entry_refuses_a_missing_input(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "missing.jsonl"), str(tmp_path / "out")]) == 2
    assert "missing.jsonl" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
