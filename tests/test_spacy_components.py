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


def test_frontwatch_pipeline_is_the_model_with_our_components() -> None:
    """`Pipeline.process` runs the model's own pipes and then ours: what it returns is what the
    components left on the Doc (a frontwatch Doc carries the article it was made from)."""
    from frontwatch.nlp.components import FRONTWATCH_PIPES, load_pipeline
    from frontwatch.nlp.pipeline import load_nlp

    nlp = load_pipeline()
    assert nlp.pipe_names == load_nlp().pipe_names + list(FRONTWATCH_PIPES)
    assert not set(FRONTWATCH_PIPES) & set(load_nlp().pipe_names), "the bare model must stay bare"
    article = clean_article(text_article("Government warplanes bombed Aleppo on Tuesday, killing three people.", "t",
                                         published=datetime(2024, 12, 4, tzinfo=timezone.utc), outlet=None,
                                         fallback_date=None))
    pipe = Pipeline()
    done = next(pipe.process([article]))
    doc = next(nlp.pipe([as_article(nlp.make_doc(article.text))], component_cfg=pipe.component_cfg()))
    assert done.article is article and done.events and done.toponyms
    assert [(t.start, t.end, t.place and t.place.geonameid) for t in done.toponyms] == \
           [(t.start, t.end, t.place and t.place.geonameid) for t in doc._.toponyms]


@pytest.mark.slow
def test_call_options_travel_in_component_cfg(user_nlp, tmp_path: Path) -> None:
    """A run's gazetteer and feed hint go to the geoparser through `component_cfg`, overriding
    its factory config for that call only: a bare 'Nelson' is New Zealand's or Canada's as the
    feed is about one or the other, in a gazetteer that holds just those two towns."""
    from frontwatch.geo.gazetteer import build_gazetteer
    from frontwatch.geo.sources import PlaceRow

    path = tmp_path / "nelsons.sqlite"
    build_gazetteer(path, [
        PlaceRow(6251999, "Canada", 60.1, -113.6, feature_class="A", feature_code="PCLI", country="CA",
                 population=37_000_000),
        PlaceRow(2186224, "New Zealand", -42.0, 174.0, feature_class="A", feature_code="PCLI", country="NZ",
                 population=4_900_000),
        PlaceRow(2179537, "Nelson", -41.27, 173.28, feature_class="P", country="NZ", admin1_code="F8",
                 population=54_400),
        PlaceRow(6086871, "Nelson", 49.50, -117.29, feature_class="P", country="CA", admin1_code="02",
                 population=10_664),
    ], source="test rows")
    text = "A new government office opened in Nelson on Monday, the minister said."

    def nelson(hint: list[str]) -> list[int]:
        cfg = {"frontwatch_geoparser": {"gazetteer": str(path), "country_hint": hint}}
        doc = next(user_nlp.pipe([text], component_cfg=cfg))
        return [t.place.geonameid for t in doc._.toponyms if t.text == "Nelson" and t.place]

    assert nelson(["CA"]) == [6086871]
    assert nelson(["NZ"]) == [2179537]
    geoparser = user_nlp.get_pipe("frontwatch_geoparser")
    assert geoparser.gazetteer is None and geoparser.country_hint == (), "a call's options must not stick"
