"""A town named by its relational adjective in a locative phrase (lang/city_adjectives.py), issue 19, mlB22.

Patterns written for the test (not sentences of the development set), on the real gazetteer and pymorphy3.
"""

from __future__ import annotations

from frontwatch.lang.city_adjectives import CITY_ADJECTIVE, town_names
from frontwatch.lang.events import code_sentence
from frontwatch.lang.geoparse import geoparse_text
from frontwatch.lang.resources import load


def test_town_names_of_an_adjective() -> None:
    assert "Минск" in town_names("минском", "ru", load("ru").city_adjectives)
    assert "Одесса" in town_names("одесском", "ru", load("ru").city_adjectives)
    assert "Київ" in town_names("київському", "uk", load("uk").city_adjectives)
    assert "Донецьк" in town_names("донецькому", "uk", load("uk").city_adjectives)


def test_adjective_in_a_locative_phrase_places_the_event(geoparser) -> None:
    text = "Встреча в минском Дворце независимости продлилась почти 14 часов."
    places = geoparse_text(text, "ru", geoparser)[1]
    assert [(t.place.name, t.derived) for t in places] == [("Minsk", CITY_ADJECTIVE)]
    events = code_sentence(text, "ru", places, None)
    assert [e.location.place.name for e in events if e.event_type == "consult"] == ["Minsk"]
    # 'московский' gives 'Москов' (a village) as well as 'Москва': the town the adjective names is the large one
    assert [t.place.name for t in geoparse_text("Взрыв произошел в московском метро.", "ru", geoparser)[1]] == ["Moscow"]
    uk = geoparse_text("Бойовики обстріляли позиції в донецькому аеропорту.", "uk", geoparser)[1]
    assert [t.place.name for t in uk] == ["Donetsk"]


def test_adjective_is_only_a_fallback_and_no_country(geoparser) -> None:
    # a sentence that names a place keeps it; a country adjective is no town
    kept = geoparse_text("На харьковском заводе в Полтаве прошел митинг.", "ru", geoparser)[1]
    assert [t.text for t in kept] == ["Полтаве"]
    assert geoparse_text("В российском МИДе осудили санкции.", "ru", geoparser)[1] == []
