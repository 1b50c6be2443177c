"""Country votes from words that are no place names (issue 14, evloc42): a currency word votes for
the one country that issues it (geo/currencies.py), and a country's force labelled ORG by the model
('the Syrian Army') votes as the same words labelled NORP do (geo/actor_names.force_countries).

The sentences are CONSTRUCTED for this test (no corpus text), parsed by the real spaCy model and
geoparsed with the real gazetteer; the tables are the shipped ones.
"""

from __future__ import annotations

import pytest
from geo_helpers import toponyms

from frontwatch.geo.actor_names import force_countries
from frontwatch.geo.currencies import currency_country, is_currency


def test_a_currency_votes_for_its_one_issuing_country_or_for_none() -> None:
    assert currency_country("naira") == "NG"
    assert currency_country("hryvnias") == "UA"
    assert is_currency("rupees") and currency_country("rupees") is None  # India, Pakistan, Sri Lanka, ...
    assert is_currency("dinar") and currency_country("dinar") is None


def test_a_capitalised_word_is_a_name_not_a_currency() -> None:
    """'Dinar' is a Turkish town, 'Rand' a first name: English writes a currency in lower case."""
    assert not is_currency("Dinar") and not is_currency("Rand")
    assert currency_country("Naira") is None


def test_a_force_named_by_its_country_votes_for_it_and_an_organisation_does_not() -> None:
    assert force_countries("the Syrian Army") == ["SY"]
    assert force_countries("the Iraqi Armed Forces") == ["IQ"]
    assert force_countries("Syrian Observatory for Human Rights") == []
    assert force_countries("Syrian Democratic Forces") == []  # a named actor's own words
    assert force_countries("the Army") == []


@pytest.mark.slow
def test_a_currency_word_is_no_place_and_votes_for_its_country(nlp, geoparser) -> None:
    """The model labels 'naira' GPE; read as a look-alike town it pulled the LGA's name abroad."""
    text = ("Armed herdsmen raided farms in the Ukum area, killing four villagers and destroying crops "
            "worth millions of naira.")
    got = {t.text: t.place.country for t in toponyms(nlp, geoparser, text)}
    assert "naira" not in got
    assert got.get("Ukum") == "NG"


@pytest.mark.slow
def test_an_army_labelled_org_gives_its_country_to_the_theatre(nlp, geoparser) -> None:
    text = "The Syrian Army’s 4th Division shelled rebel positions at Tall Shihab on Monday."
    got = {t.text: t.place.country for t in toponyms(nlp, geoparser, text)}
    assert got.get("Tall Shihab") == "SY"

