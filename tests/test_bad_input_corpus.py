"""The bad-input corpus (tests/bad_inputs.py) through the real `ingest` and `extract` commands.

What a user must see: no traceback; each bad record is one error line naming its file:line,
feed#entry or file; every good record is stored (or extracted); exit code 1 (some inputs
failed, the rest were processed: the CLI's documented code).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bad_inputs import Case, extra_sources, write_corpus

pytestmark = pytest.mark.slow

SUMMARY = re.compile(r"(\d+) new article\(s\)")


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    code = "from frontwatch.cli import app; app()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd,
                          timeout=900, stdin=subprocess.DEVNULL)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _corpus(tmp_path: Path) -> tuple[list[str], list[Case]]:
    root = tmp_path / "corpus"
    root.mkdir()
    cases = write_corpus(root)
    extras = extra_sources(root)
    sources = [str(p) for p in sorted(root.iterdir())] + [s for s, _ in extras]
    return sources, cases + [c for _, c in extras]


def _check_lines(stderr: str, cases: list[Case]) -> None:
    assert "Traceback" not in stderr, stderr[-3000:]
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    for case in cases:
        prefix = f"error: {_flat(case.ref)}: "
        hits = [line for line in errors if line.startswith(prefix)]
        if case.expect == "error":
            assert len(hits) == 1, f"{case.name}: expected one error line for {case.ref}, got {hits}"
        else:
            assert not hits, f"{case.name}: a good record was refused: {hits}"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list[Case]]:
    tmp = tmp_path_factory.mktemp("bad")
    sources, cases = _corpus(tmp)
    return tmp, sources, cases


def test_the_corpus_is_big_enough(corpus) -> None:
    _, _, cases = corpus
    assert len(cases) >= 65
    assert {c.expect for c in cases} == {"ok", "error"}


def test_ingest_reports_each_bad_record_once_and_stores_every_good_one(corpus) -> None:
    tmp, sources, cases = corpus
    proc = _run(["ingest", *sources, "--db", str(tmp / "store.sqlite")], tmp)
    _check_lines(proc.stderr, cases)
    stored = SUMMARY.search(proc.stderr)
    assert stored, proc.stderr[-2000:]
    assert int(stored.group(1)) == sum(c.expect == "ok" for c in cases), proc.stderr[-4000:]
    assert proc.returncode == 1


def test_extract_reports_each_bad_record_once_and_processes_every_good_one(corpus) -> None:
    tmp, sources, cases = corpus
    proc = _run(["extract", *sources], tmp)
    _check_lines(proc.stderr, cases)
    done = re.search(r"(\d+) article\(s\), \d+ event\(s\)", proc.stderr)
    assert done, proc.stderr[-2000:]
    assert int(done.group(1)) == sum(c.expect == "ok" for c in cases), proc.stderr[-4000:]
    for line in proc.stdout.splitlines():
        json.loads(line)  # every output line is whole JSON
    assert proc.returncode == 1
