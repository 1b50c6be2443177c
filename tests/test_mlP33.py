"""mlP33: a political act is not placed in a country named as a party, owner or addressee (lang/act_setting.py).

Sentences written for these tests (not corpus text); places come from the native geoparser.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from lang_helpers import event_places

from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.act_setting import in_setting, without_party_countries


@pytest.mark.parametrize("lang,text", [
    ("es", "Los ministros de Francia y Alemania celebraron conversaciones."),
    ("es", "Los obispos de España y Portugal se reúnen hoy."),
    ("ru", "Главы МИД Франции и Германии провели переговоры."),
    ("tr", "Fransa ve Almanya dışişleri bakanları görüştü."),
])
def test_talks_between_parties_have_no_place(lang: str, text: str, geoparser: Geoparser) -> None:
    assert event_places(text, lang, "consult", geoparser, places_read=True) == [None]


def test_a_request_is_not_placed_in_its_addressee_country(geoparser: Geoparser) -> None:
    text = "Президент Южной Кореи предложила КНДР открыть парк мира."
    assert event_places(text, "ru", "request", geoparser, places_read=True) == [None]


@pytest.mark.parametrize("lang,text,etype,place", [
    ("es", "Los ministros celebraron conversaciones en Alemania.", "consult", "Alemania"),
    ("es", "Los obispos se reúnen hoy en Portugal.", "consult", "Portugal"),
    ("ru", "Министр предложил в Германии открыть парк мира.", "request", "Германии"),
])
def test_a_country_named_as_the_setting_stays_the_place(lang: str, text: str, etype: str, place: str,
                                                        geoparser: Geoparser) -> None:
    assert event_places(text, lang, etype, geoparser, places_read=True) == [place]


def _p(first: int, country: bool) -> SimpleNamespace:
    return SimpleNamespace(first=first, last=first, country_level=country)


def test_only_bare_countries_are_set_aside() -> None:
    town, bare, after_in, goal, suffixed = _p(0, False), _p(2, True), _p(5, True), _p(8, True), _p(10, True)
    locative = [(4, 5)]  # 'en' right before word 5
    kept = without_party_countries([town, bare, after_in, goal, suffixed], locative, {10}, {7})
    assert kept == [town, after_in, goal, suffixed]
    assert in_setting(5, 5, locative, (), ()) and not in_setting(2, 2, locative, (), ())
