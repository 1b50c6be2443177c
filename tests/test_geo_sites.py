"""Named sites, districts and facilities (geo/sites.py): a name before a site's head word is the
site's, never its namesake town abroad; the site is put at its host or nowhere.

The sentences are CONSTRUCTED for this test (no corpus text), parsed by the real spaCy model and
geoparsed with the real gazetteer. 'Castello' is a spelling GeoNames gives Castelló de la Plana
(Spain) and 'Al-Quds' one of Jerusalem's: the checks below fail loudly if a future gazetteer no
longer lists them so, as the tests would then prove nothing.
"""

from __future__ import annotations

import pytest
from geo_helpers import toponyms

from frontwatch.geo.recognize import SpanCandidate
from frontwatch.geo.sites import site_senses, site_surfaces
from frontwatch.geo.theatre import build_theatre
from frontwatch.model import Candidate, Place


def _cand(name: str, country: str, precision: str = "city", population: int = 50_000) -> Candidate:
    return Candidate(place=Place(geonameid=hash((name, country)) % 10_000_000, name=name, lat=0.0, lon=0.0,
                                 country=country, population=population, precision=precision), score=1.0, how="exact")


def _span(text: str, head: str | None) -> SpanCandidate:
    return SpanCandidate(start=0, end=len(text), text=text, label="PROPN", sentence=0, site_head=head)


def test_a_site_name_loses_its_namesake_towns_outside_the_theatre() -> None:
    theatre = build_theatre(place_votes={"aleppo": "SY", "homs": "SY"}, local_names=("aleppo", "homs"))
    cands = [_cand("Castello", "ES", population=170_000), _cand("Castello", "SY"), _cand("Spain", "ES", "country")]
    kept = site_senses(_span("Castello", "road"), cands, theatre)
    assert [(c.place.country, c.place.precision) for c in kept] == [("SY", "city"), ("ES", "country")]


def test_a_neighbours_famous_city_is_outside_the_theatre_too() -> None:
    """Israel borders Syria and Jerusalem is big: 'Al-Quds hospital' in an Aleppo report is still not there."""
    theatre = build_theatre(place_votes={"aleppo": "SY", "homs": "SY"}, local_names=("aleppo", "homs"))
    assert site_senses(_span("Al-Quds", "hospital"), [_cand("Jerusalem", "IL", population=800_000)], theatre) == []


def test_names_that_are_no_site_and_texts_with_no_theatre_keep_every_sense() -> None:
    theatre = build_theatre(place_votes={"aleppo": "SY", "homs": "SY"}, local_names=("aleppo", "homs"))
    cands = [_cand("Castello", "ES")]
    assert site_senses(_span("Castello", None), cands, theatre) == cands
    assert site_senses(_span("Castello", "road"), cands, build_theatre()) == cands


def test_the_article_s_site_names_are_sites_in_every_mention() -> None:
    """One sense per discourse: 'Castello' alone is the road the article named 'the Castello road'."""
    theatre = build_theatre(place_votes={"aleppo": "SY", "homs": "SY"}, local_names=("aleppo", "homs"))
    surfaces = site_surfaces([_span("Castello", "road"), _span("Aleppo", None)])
    assert surfaces == frozenset({"castello"})
    assert site_senses(_span("Castello", None), [_cand("Castello", "ES")], theatre, surfaces) == []


@pytest.mark.slow
def test_site_runs_take_the_whole_name_with_its_head(nlp) -> None:
    from frontwatch.geo.sites import site_runs

    doc = nlp("Rebels shelled the Sheikh Sa'eed District and the Bustan al-Qasr neighbourhood near the Castello road.")
    assert [(r.text, h) for r, h in site_runs(doc)] == [
        ("Sheikh Sa'eed District", "district"), ("Bustan al-Qasr neighbourhood", "neighbourhood"),
        ("Castello road", "road")]
    # an organisation's site, everyday words only, a head with no name before it: no site name
    doc = nlp("Troops of the Syrian Army checkpoint fled to the Central Prison and the hospital.")
    assert site_runs(doc) == []


@pytest.fixture(scope="module")
def geoparser():
    from frontwatch.geo.geoparse import Geoparser

    gp = Geoparser.open(None)
    assert any(c.place.country == "ES" for c in gp.finder.candidates("Castello", focus=(), limit=5)), \
        "'Castello' no longer names a Spanish town: pick another namesake"
    assert any(c.place.country in ("IL", "PS") for c in gp.finder.candidates("Al-Quds", focus=(), limit=5))
    return gp


@pytest.mark.slow
@pytest.mark.parametrize("text, site", [
    ("Eight people were killed when airstrikes targeted Castello road in divided Aleppo, Syrian activists said.",
     "Castello road"),
    ("Syrian warplanes hit Al-Quds hospital in Aleppo on Wednesday.", "Al-Quds hospital"),
])
def test_a_site_is_put_at_its_host_not_at_its_namesake_abroad(nlp, geoparser, text: str, site: str) -> None:
    tops = toponyms(nlp, geoparser, text)
    assert not [t for t in tops if t.place is not None and t.place.country not in ("SY",)]
    placed = [t for t in tops if t.text == site]
    assert len(placed) == 1 and placed[0].place.country == "SY" and "Aleppo" in placed[0].place.name
    assert placed[0].precision == "city"  # somewhere in the host, at the host's point


@pytest.mark.slow
def test_a_district_cut_by_a_title_word_is_read_whole_at_its_host(nlp, geoparser) -> None:
    """'Sheikh' alone is a village in Iran; "Sa'eed District" alone a name with a sense in Yemen."""
    tops = toponyms(nlp, geoparser, "The Syrian army shelled the Sheikh Sa'eed District of southern Aleppo on Monday.")
    site = [t for t in tops if t.text == "Sheikh Sa'eed District"]
    assert len(site) == 1 and site[0].place.country == "SY"
    assert all(t.place.country == "SY" for t in tops)


@pytest.mark.slow
def test_a_name_joined_over_a_particle_is_a_place_only_where_the_gazetteer_lists_it(nlp, geoparser) -> None:
    """'Rio de Janeiro' whole, not the refused piece 'Rio'; a person's name of the same shape
    ('Leonardo da Vinci') is listed nowhere and is kept as no place."""
    tops = toponyms(nlp, geoparser, "1711 - Rio de Janeiro is captured by the French.")
    assert [(t.text, t.place.country) for t in tops if "Rio" in t.text] == [("Rio de Janeiro", "BR")]
    tops = toponyms(nlp, geoparser, "Soldiers guarded the painting by Leonardo da Vinci in Paris.")
    assert not [t for t in tops if "Vinci" in t.text or "Leonardo" in t.text]


@pytest.mark.slow
def test_an_institution_is_no_place_unless_attacked_but_never_its_namesake_abroad(nlp, geoparser) -> None:
    """'X hospital', 'X school' name organisations as often as sites (geoparsing corpora do not count
    them): only an attacked one is put at its host; the name before the head is still no Jerusalem."""
    tops = toponyms(nlp, geoparser, "A wounded man was treated at Al-Quds hospital in Aleppo after the Syrian army "
                                     "shelled the city.")
    assert all(t.place.country == "SY" for t in tops)
    assert not [t for t in tops if "Quds" in t.text]


def test_a_district_keeps_its_own_division_wherever_the_theatre_is() -> None:
    """'X district' is the admin2 of that name when the gazetteer lists one: its own entry, not a namesake."""
    theatre = build_theatre(place_votes={"london": "GB", "leeds": "GB"}, local_names=("london", "leeds"))
    division = _cand("Amphoe Bannang Sata", "TH", "admin2")
    town = _cand("Bannang Sata", "TH")
    assert site_senses(_span("Bannang Sata", "district"), [division, town], theatre) == [division]


@pytest.mark.slow
def test_a_head_inside_an_institution_s_longer_name_makes_no_site(nlp) -> None:
    from frontwatch.geo.sites import site_runs

    doc = nlp("The men were brought before Tipperary District Court, said Edwardsville District 7 staff.")
    assert site_runs(doc) == []
    doc = nlp("Four people died said the manager of al-Quds hospital Hamza Khatib.")
    assert [r.text for r, _ in site_runs(doc)] == ["al-Quds hospital"]
    doc = nlp("According to the Al-Quds hospital four people died.")  # a spelled number is no 'District 7'
    assert [r.text for r, _ in site_runs(doc)] == ["Al-Quds hospital"]


def test_a_people_s_word_alone_makes_no_theatre_to_drop_a_namesake() -> None:
    """'Russian drones attack Odesa port': two votes for Russia, both the one adjective; no town of Russia named."""
    theatre = build_theatre(place_votes={"russian": "RU"}, countries=("RU",))
    odesa = _cand("Odesa", "UA", population=1_000_000)
    assert site_senses(_span("Odesa", "port"), [odesa], theatre) == [odesa]


def test_an_institution_s_name_is_no_site_in_its_other_mentions() -> None:
    """'the London Guildhall School' is named after its town: 'studies in London' stays the town."""
    assert site_surfaces([_span("London", "school"), _span("Castello", "road")]) == frozenset({"castello"})
