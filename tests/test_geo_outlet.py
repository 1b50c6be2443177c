"""The outlet prior: an outlet's home divisions from its other articles (geo/outlet.py).

Pure functions on toponyms written here, then end to end: a local paper's bare 'Paris'
resolves to its own state's Paris once its other articles have named towns there."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.geo.candidates import CandidateFinder
from frontwatch.geo.gazetteer import Gazetteer, build_gazetteer
from frontwatch.geo.geoparse import Geoparser
from frontwatch.geo.outlet import (
    MIN_VOTES, PRIOR_WEIGHT, article_country_hint, article_votes, outlet_country, outlet_priors,
)
from frontwatch.geo.sources import PlaceRow
from frontwatch.model import Place, Toponym


def _top(text: str, country: str, admin1: str, score: float = 0.9, precision: str = "city") -> Toponym:
    place = Place(geonameid=hash((text, admin1)) % 10**6, name=text, lat=0.0, lon=0.0, country=country,
                  admin1_code=admin1, precision=precision)
    return Toponym(start=0, end=len(text), text=text, place=place, score=score, precision=precision)


def test_article_votes_count_each_confident_surface_once() -> None:
    votes = article_votes([_top("Puryear", "US", "TN"), _top("puryear", "US", "TN"), _top("Paris", "US", "TN"),
                           _top("Memphis", "US", "TN", score=0.4),  # not confident: no vote
                           _top("United States", "US", "00", precision="country")])  # a country says nothing local
    assert votes == {("US", "TN"): 2}


def test_prior_is_leave_one_out_and_needs_enough_votes() -> None:
    arts = [("local.com", [_top(f"Town{i}", "US", "TN")]) for i in range(MIN_VOTES + 1)]
    arts.append(("local.com", [_top("Elsewhere", "US", "GA")]))
    priors = outlet_priors(arts)
    own = article_votes(arts[0][1])
    prior = priors.prior_for("local.com", own)
    # The article's own vote is taken out: MIN_VOTES for TN and 1 for GA remain.
    assert prior == {("US", "TN"): pytest.approx(PRIOR_WEIGHT * MIN_VOTES / (MIN_VOTES + 1), abs=1e-3)}
    assert priors.prior_for("other.com") == {} and priors.prior_for(None) == {}
    few = outlet_priors([("tiny.com", [_top("A", "US", "TN")]), ("tiny.com", [_top("B", "US", "TN")])])
    assert few.prior_for("tiny.com", article_votes([_top("A", "US", "TN")])) == {}  # 1 vote < MIN_VOTES


ROWS = [
    PlaceRow(6252001, "United States", 39.76, -98.5, feature_class="A", feature_code="PCLI", country="US",
             population=327_000_000),
    PlaceRow(4662168, "Tennessee", centroid=(35.86, -86.35), feature_class="A", feature_code="ADM1", country="US",
             admin1_code="TN"),
    PlaceRow(4736286, "Texas", centroid=(31.26, -98.55), feature_class="A", feature_code="ADM1", country="US",
             admin1_code="TX"),
    PlaceRow(4717560, "Paris", 33.66, -95.56, feature_class="P", country="US", admin1_code="TX", population=24_782),
    PlaceRow(4647963, "Paris", 36.30, -88.33, feature_class="P", country="US", admin1_code="TN", population=10_156),
    PlaceRow(4649420, "Puryear", 36.44, -88.33, feature_class="P", country="US", admin1_code="TN", population=671),
    PlaceRow(4650000, "Springville", 36.26, -88.24, feature_class="P", country="US", admin1_code="TN", population=400),
    PlaceRow(4651000, "Cottage Grove", 36.38, -88.48, feature_class="P", country="US", admin1_code="TN", population=90),
    PlaceRow(4652000, "Buchanan", 36.42, -88.16, feature_class="P", country="US", admin1_code="TN", population=300),
    PlaceRow(4653000, "Henry", 36.20, -88.41, feature_class="P", country="US", admin1_code="TN", population=460),
]


@pytest.mark.slow
def test_outlet_prior_decides_a_bare_local_name(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    build_gazetteer(path, ROWS, source="test rows")
    gaz = Gazetteer(path)
    geo = Geoparser(gaz, CandidateFinder(gaz))
    texts = ["The fair opened in Puryear, Tennessee, on Friday.",
             "Springville, Tennessee, voters approved the levy.",
             "A new bridge near Cottage Grove, Tennessee, opened.",
             "Buchanan, Tennessee, hosts the county fair.",
             "Henry, Tennessee, elected a new mayor.",
             "The city council met in Paris on Monday to discuss the budget."]
    alone = geo.parse_texts(texts)[-1]
    assert [t.place.geonameid for t in alone if t.text == "Paris"] == [4717560]  # the bigger Paris, in Texas
    pooled = geo.parse_texts(texts, outlets=["parispi.net"] * len(texts))[-1]
    assert [t.place.geonameid for t in pooled if t.text == "Paris"] == [4647963]  # the paper's own state
    with pytest.raises(ValueError, match="outlets for"):
        geo.parse_texts(texts, outlets=["parispi.net"])


@pytest.mark.slow
def test_ingest_learns_the_outlet_from_the_store(tmp_path: Path) -> None:
    """Run 1 stores a local paper's articles; run 2 resolves its bare 'Paris' with them."""
    import json

    from frontwatch.runner import run_ingest
    from frontwatch.store import Store

    gaz_path = tmp_path / "g.sqlite"
    build_gazetteer(gaz_path, ROWS, source="test rows")
    local = ["The county fair opened in Puryear, Tennessee, on Friday with a parade and a rodeo.",
             "Voters in Springville, Tennessee, approved the school levy by a wide margin on Tuesday.",
             "A new bridge near Cottage Grove, Tennessee, opened to traffic after two years of work.",
             "Buchanan, Tennessee, will host the regional softball tournament again this summer.",
             "Henry, Tennessee, elected a new mayor and two aldermen in a quiet election."]
    first = tmp_path / "first.jsonl"
    first.write_text("".join(json.dumps({"text": t, "outlet": "parispi.net", "published": "2009-03-20"}) + "\n"
                             for t in local), encoding="utf-8")
    later = "The city council met in Paris on Monday night to discuss the budget and the new fire station."
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"text": later, "outlet": "parispi.net", "published": "2009-03-21"}) + "\n",
                      encoding="utf-8")
    db = tmp_path / "fw.sqlite"
    assert run_ingest([str(first)], db, gazetteer=gaz_path, on_error=pytest.fail).stored == 5
    with Store(db) as store:
        from frontwatch.runner import store_outlet_priors

        assert set(store_outlet_priors(store)["parispi.net"]) == {("US", "TN")}
    assert run_ingest([str(second)], db, gazetteer=gaz_path, on_error=pytest.fail).stored == 1
    with Store(db) as store:
        paris = [t for outlet, tops in store.outlet_toponyms() for t in tops if t.text == "Paris"]
    assert [t.place.geonameid for t in paris] == [4647963]  # Paris, Tennessee, not the bigger one in Texas


def test_store_reads_only_the_outlets_asked_for(tmp_path: Path) -> None:
    from frontwatch.model import Article, ProcessedArticle
    from frontwatch.store import Store

    db = tmp_path / "fw.sqlite"
    with Store(db) as store:
        for i, outlet in enumerate(["a.com", "b.com"]):
            top = _top("Puryear", "US", "TN")
            art = Article(id=f"art{i}", text=f"Text {i} about Puryear.", outlet=outlet, source_ref=f"ref{i}", kind="text")
            store.save(ProcessedArticle(article=art, sentences=[], mentions=[], toponyms=[top], events=[]))
        assert sorted(o for o, _ in store.outlet_toponyms()) == ["a.com", "b.com"]
        assert [o for o, _ in store.outlet_toponyms({"b.com"})] == ["b.com"]
        ((_, tops),) = store.outlet_toponyms({"a.com"})
        assert [(t.text, t.place.admin1_code, t.score) for t in tops] == [("Puryear", "TN", 0.9)]


@pytest.mark.parametrize("ref, want", [
    ("thesun.co.uk", "GB"), ("https://news.gov.bc.ca/releases/2018FLNR0086-000546", "CA"),
    ("http://www.abc.net.au/news/x.html", "AU"), ("sana.sy", "SY"),
    ("nola.com", None), ("bbc.com", None),  # generic domains say nothing
    ("panorama.am", None), ("radio.fm", None), ("startup.io", None), ("europa.eu", None),  # vanity or no one country
    ("ProtoThema English", None), ("localhost", None), ("example.zz", None), (None, None), ("", None),
])
def test_outlet_country_from_the_domain(ref: str | None, want: str | None) -> None:
    assert outlet_country(ref) == want


def test_article_hint_adds_the_domain_country_to_the_feeds() -> None:
    assert article_country_hint("https://www.bbc.co.uk/news/1", "BBC News", ("SY",)) == ("SY", "GB")
    assert article_country_hint(None, "thesun.co.uk") == ("GB",)  # no URL: the outlet's host
    assert article_country_hint("https://sana.sy/en/?p=1", None, ("SY",)) == ("SY",)  # no duplicate
    assert article_country_hint(None, "Reuters", ("IQ",)) == ("IQ",)


NELSONS = [
    PlaceRow(6251999, "Canada", 60.1, -113.6, feature_class="A", feature_code="PCLI", country="CA",
             population=37_000_000),
    PlaceRow(2186224, "New Zealand", -42.0, 174.0, feature_class="A", feature_code="PCLI", country="NZ",
             population=4_900_000),
    PlaceRow(2179537, "Nelson", -41.27, 173.28, feature_class="P", country="NZ", admin1_code="F8", population=54_400),
    PlaceRow(6086871, "Nelson", 49.50, -117.29, feature_class="P", country="CA", admin1_code="02", population=10_664),
]


@pytest.mark.slow
def test_the_domain_country_decides_a_bare_name(tmp_path: Path) -> None:
    """A Canadian outlet's bare 'Nelson' is the British Columbia town, not the bigger one in New Zealand:
    through the pipeline (the article's URL) and the evaluation path (the outlet's host)."""
    from frontwatch.model import Article
    from frontwatch.pipeline import Pipeline, PipelineOptions

    path = tmp_path / "g.sqlite"
    build_gazetteer(path, NELSONS, source="test rows")
    text = "A new government office opened in Nelson on Monday, the minister said."

    def nelson(url: str | None) -> list[int]:
        article = Article(id=url or "none", text=text, source_ref="test", kind="text", url=url)
        done = next(Pipeline(PipelineOptions(gazetteer=path)).process([article]))
        return [t.place.geonameid for t in done.toponyms if t.text == "Nelson"]

    # Alone, 'Nelson' is as much a surname as a town: no place, or the bigger town; never Canada's.
    bare = nelson(None)
    assert bare in ([], [2179537]) and nelson("https://www.example.com/news/1") == bare
    assert nelson("https://www.nelsonstar.example.ca/news/1") == [6086871]
    gaz = Gazetteer(path)
    geo = Geoparser(gaz, CandidateFinder(gaz))
    by_outlet = geo.parse_texts([text, text], outlets=["news.gov.bc.ca", "stuff.co.nz"])
    assert [[t.place.geonameid for t in tops if t.text == "Nelson"] for tops in by_outlet] == [[6086871], [2179537]]
