"""Sites and districts the gazetteer lacks, placed at their host (geo/unlisted.py, geo/recognize.py).

CONSTRUCTED sentences, written for this test, parsed by the real spaCy model and geoparsed
with the real gazetteer. 'Dumayr' is a real Syrian town (GeoNames 'Aḑ Ḑumayr'); the check
below fails loudly if a future gazetteer no longer lists it. 'Qarmashin' is an invented name.
"""

from __future__ import annotations

import pytest
from geo_helpers import toponyms

from frontwatch.geo.recognize import SpanCandidate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def geoparser():
    from frontwatch.geo.geoparse import Geoparser

    gp = Geoparser.open(None)
    assert any(c.place.country == "SY" for c in gp.finder.candidates("Dumayr", focus=(), limit=5)), \
        "Dumayr is no longer listed: pick another Syrian town"
    assert not gp.finder.candidates("Qarmashin", focus=(), limit=5)
    return gp


def test_a_site_named_after_a_town_is_placed_at_that_town(nlp, geoparser) -> None:
    """No host named in the sentence; the country is the one the army's adjective names, and the
    site's own name is a town of it: the site is put at the town, not at the country's point."""
    tops = toponyms(nlp, geoparser, "Syrian troops repelled an attack on the Dumayr Airbase on Monday.")
    site = [t for t in tops if t.text == "Dumayr Airbase"]
    assert len(site) == 1 and site[0].candidates[0].how == "unlisted"
    assert site[0].place.country == "SY" and site[0].precision == "city" and "umayr" in site[0].place.name


def test_a_site_named_after_a_town_of_another_country_is_not_put_there(nlp, geoparser) -> None:
    """The text vouches for Nigeria only: a Syrian homonym of the site's name is no host."""
    tops = toponyms(nlp, geoparser, "Nigerian troops repelled an attack on the Dumayr Airbase on Monday.")
    assert not [t for t in tops if "Dumayr" in t.text and t.place is not None and t.place.country == "SY"]


def test_an_arabic_article_joined_by_a_hyphen_keeps_the_name_whole(nlp) -> None:
    """'Al-Seen': the tokenizer splits it in three and the tagger reads 'Seen' as a verb."""
    from frontwatch.geo.recognize import _hyphen_article, recognise
    from frontwatch.nlp.pipeline import sentences

    doc = nlp("Syrian troops fought ISIS in the vicinity of the Al-Seen airbase.")
    assert "Al-Seen" in [s.text for s in recognise(doc, sentences(doc))]
    for text in ("The army lost Al - Seen on Monday.",   # a spaced hyphen joins nothing
                 "The Taliban-backed group left.",       # not an article before the hyphen
                 "Al-based groups left."):               # no capital after it
        doc = nlp(text)
        assert not any(_hyphen_article(doc, i) for i in range(len(doc))), text


def test_a_lower_case_article_name_with_a_host_is_kept(nlp, geoparser) -> None:
    tops = toponyms(nlp, geoparser, "A trader was shot dead in the al-Qarmashin area of Aleppo.")
    site = [t for t in tops if t.text == "al-Qarmashin"]
    assert len(site) == 1 and site[0].place.country == "SY" and site[0].candidates[0].how == "unlisted"


def test_capitalised() -> None:
    from frontwatch.geo.unlisted import _capitalised, _host_noun

    assert _capitalised("al-Tarikh") and _capitalised("Homs") and _capitalised("el-Ain")
    assert not _capitalised("al-tarikh") and not _capitalised("well-known") and not _capitalised("area")
    assert _host_noun(SpanCandidate(0, 14, "Dumayr Airbase", "ORG", 0))
    assert _host_noun(SpanCandidate(0, 20, "Sheikh Maqsoud District", "PROPN", 0))
    assert not _host_noun(SpanCandidate(0, 6, "Dumayr", "ORG", 0))
    assert not _host_noun(SpanCandidate(0, 14, "Kindi Hospital", "FAC", 0))  # an institution, not a site
