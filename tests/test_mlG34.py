"""mlG34: `evaluate ml-events --places gold` looks a gold place mention up as the native geoparser would.

The mentions are written for these tests (not corpus text): inflected or short country names that the
gazetteer does not list as written, and that the geoparser's own normalisation (`lang.morph.phrase_forms`
through `lang.index.NameIndex`) reads as the country.
"""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import GoldPlaces, mention_keys, mention_place
from frontwatch.geo.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open(None)


INFLECTED_COUNTRIES = [
    ("ru", "Южной Кореи", "KR"),  # genitive, adjective agreeing
    ("uk", "Франції", "FR"),  # genitive
    ("el", "Τουρκίας", "TR"),  # genitive
    ("el", "Ισραήλ", "IL"),  # the language's name of a country (CLDR), not a gazetteer key
    ("es", "EEUU", "US"),  # the language's short form (country_aliases)
    ("ar", "وبسوريا", "SY"),  # conjunction and preposition clitics
    ("tr", "Almanya'da", "DE"),  # locative suffix after the apostrophe
    ("fa", "ترکیه", "TR"),
]


@pytest.mark.parametrize("lang,text,country", INFLECTED_COUNTRIES)
def test_gold_mentions_of_countries_are_found_in_any_case(lang: str, text: str, country: str, data_root,
                                                           gazetteer: Gazetteer) -> None:
    places = GoldPlaces(data_root, lang, gazetteer)
    place = places._lookup(text)
    assert place is not None and place.country == country and place.precision == "country"
    assert (places.looked_up, places.unresolved) == (1, 0)


def test_an_inflected_city_is_its_city(gazetteer: Gazetteer) -> None:
    place = mention_place("Харкове", "ru", gazetteer)  # locative
    assert place is not None and place.country == "UA" and place.precision != "country"


def test_a_word_no_form_of_which_is_a_place_stays_unresolved(data_root, gazetteer: Gazetteer) -> None:
    places = GoldPlaces(data_root, "es", gazetteer)
    assert mention_keys("Xqzvw Blorth", "es", gazetteer) == ()
    assert places._lookup("Xqzvw Blorth") is None
    assert (places.looked_up, places.unresolved) == (1, 1)


def test_a_mention_without_words_has_no_keys(gazetteer: Gazetteer) -> None:
    assert mention_keys(" - ", "ru", gazetteer) == ()
