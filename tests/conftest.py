"""Shared fixtures. Real data is read in place from ../shared (beside the repository)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pg_support import (  # noqa: F401  (fixtures: a real PostgreSQL server, a database per test)
    pg_server,
    pg_url,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (gold corpora and fixtures) is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def data_root(shared_dir: Path) -> Path:
    """../shared/data, the gold corpora read in place (modules needing one corpus override this)."""
    root = shared_dir / "data"
    if not root.is_dir():
        pytest.skip("../shared/data is not beside this checkout")
    return root


@pytest.fixture(scope="session")
def default_gazetteer() -> None:
    """Skip the test where the default gazetteer has not been built (it is never built by a test)."""
    from frontwatch.geo.gazetteer import Gazetteer, GazetteerError

    try:
        Gazetteer.open(build=False)
    except GazetteerError:
        pytest.skip("the default gazetteer is not built on this machine")


@pytest.fixture(scope="module")
def extract(default_gazetteer: None):
    """`evaluate.run.extract_texts`: texts through the whole pipeline as one-text articles."""
    from frontwatch.evaluate.run import extract_texts

    return extract_texts


@pytest.fixture(scope="module")
def main_subtypes(extract):
    """texts -> {text: the ACLED sub-type of its main event} through the whole pipeline (the sub-type passes' tests)."""
    from frontwatch.evaluate.events import main_subtype

    def run(texts: list[str]) -> dict[str, str]:
        return dict(zip(texts, (main_subtype(recs) for recs in extract(texts))))

    return run


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    return shared_dir / "fixtures" / "seed" / "article.txt"


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected(shared_dir: Path) -> dict:
    return json.loads((shared_dir / "fixtures" / "seed" / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp():
    """The pipeline's spaCy model (loaded once per process: `load_nlp` is cached), for tests that parse text."""
    from frontwatch.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def geoparser():
    """The geoparser on the default gazetteer, one per test module (as each module had its own before): a module
    that adds names to it or checks the gazetteer first defines its own fixture of this name."""
    from frontwatch.geo.geoparse import Geoparser

    return Geoparser.open()
