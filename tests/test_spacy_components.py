"""frontwatch's geoparser and event coder as components in a user's own spaCy pipeline."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
import spacy

import frontwatch.nlp.components  # noqa: F401  (registers the factories, as the entry point does)
from frontwatch.clean import clean_article
from frontwatch.ingest.files import text_article
from frontwatch.nlp.components import as_article
from frontwatch.nlp.pipeline import MODEL_NAME
from frontwatch.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def user_nlp():
    """A pipeline the user loaded themselves (not frontwatch's cached one), our stages added."""
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("frontwatch_geoparser")
    nlp.add_pipe("frontwatch_events")
    return nlp


def test_places_are_read_off_the_doc(user_nlp) -> None:
    doc = user_nlp("Government warplanes bombed Aleppo and the town of Saraqeb in Idlib province on Tuesday.")
    found = {span.text: span._.place for span in doc._.places}
    assert {"Aleppo", "Saraqeb"} <= set(found), found
    aleppo = found["Aleppo"]
    assert aleppo.country == "SY" and abs(aleppo.lat - 36.2) < 0.3 and abs(aleppo.lon - 37.16) < 0.3
    assert all(t.place is None or t.place.geonameid for t in doc._.toponyms)


def test_events_use_the_article_date_put_on_the_doc(user_nlp) -> None:
    doc = as_article(user_nlp.make_doc("Rebels shelled the city of Aleppo yesterday, killing four civilians."),
                     published=datetime(2024, 12, 3, 9, 0, tzinfo=timezone.utc))
    doc = user_nlp(doc)
    assert doc._.events, "no event coded"
    event = doc._.events[0]
    assert event.location is not None and event.location.place.name.startswith("Aleppo")
    assert str(event.date).startswith("2024-12-02")


def test_component_and_batch_pipeline_agree_on_the_seed(user_nlp) -> None:
    """The component calls the batch job's functions: same places on the seed article."""
    if not SEED.exists():
        pytest.skip("seed fixture not found")
    raw = text_article(SEED.read_text(encoding="utf-8"), str(SEED), published=datetime(2024, 12, 1, tzinfo=timezone.utc),
                       outlet=None, fallback_date=None)
    article = clean_article(raw)
    batch = next(Pipeline().process([article]))
    doc = user_nlp.make_doc(article.text)
    doc._.article = article
    doc = user_nlp(doc)
    as_pairs = lambda ts: [(t.start, t.end, t.place.geonameid if t.place else None) for t in ts]  # noqa: E731
    assert as_pairs(doc._.toponyms) == as_pairs(batch.toponyms)
    assert [(e.event_type, e.location.place.geonameid if e.location and e.location.place else None) for e in doc._.events] == \
           [(e.event_type, e.location.place.geonameid if e.location and e.location.place else None) for e in batch.events]


def test_factory_found_by_entry_point_without_importing_frontwatch() -> None:
    """An installed frontwatch registers its factories with spaCy (pyproject entry points)."""
    import subprocess
    import sys

    code = (f"import spacy; nlp = spacy.load({MODEL_NAME!r}); nlp.add_pipe('frontwatch_geoparser'); "
            "doc = nlp('Fighting was reported in Homs.'); print([s.text for s in doc._.places])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "Homs" in out.stdout
