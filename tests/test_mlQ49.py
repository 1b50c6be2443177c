"""mlQ49: where events happen in other languages — a list of places under one locative word, and a setting's
town in a neighbour of the text's country.

A list under one preposition ('в Харкові та Сумах', 'في إدلب وحماة', 'en Idlib, Hama y Alepo', Greek 'στην Αθήνα και
τη Θεσσαλονίκη') sets the act at every item: one event per place (guideline §4, 'troops shelled A and B' -> two
events; `lang.events._one_phrase_list`, its joints read by `lang.geoparse.list_joint`). A town and its country in
apposition, a list of parties, and the list under a statement's verb are no such list. A Persian everyday word after
'در' is the town when the town lies in a land neighbour of a country the text names (`lang.foreign_namesakes`).
Sentences written and labelled by docs/annotation/multilingual-events.md before any run
(dev/families/probes/mlQ49_place_lists.txt)."""

from __future__ import annotations

import pytest
from event_helpers import ml_event_places


def _event_places(text: str, lang: str, geoparser) -> list[str]:
    """Every reported event's place, sorted ('-' for none)."""
    return sorted(p or "-" for p in ml_event_places(text, lang, geoparser, reported=True))


@pytest.mark.parametrize("lang,text,places", [
    ("ru", "Российские войска обстреляли жилые кварталы в Харькове и Сумах.", ["Kharkiv", "Sumy"]),
    ("uk", "Тисячі людей протестували у Києві та Львові проти нового закону.", ["Kyiv", "Lviv"]),
    ("ru", "Украинская артиллерия обстреляла жилые районы в Донецке, Горловке и Макеевке.",
     ["Donetsk", "Horlivka", "Makiyivka"]),
    # the Arabic 'and' is written on the next name: 'وحماة'
    ("ar", "شنت الطائرات الروسية غارات جوية على مواقع للمعارضة في إدلب وحماة.", ["Idlib", "Ḩamāh"]),
    ("es", "La aviación rusa bombardeó posiciones rebeldes en Idlib, Hama y Alepo.", ["Aleppo", "Idlib", "Ḩamāh"]),
    # the Greek item opens with its article, no preposition of its own
    ("el", "Χιλιάδες πολίτες διαδήλωσαν χθες στην Αθήνα και τη Θεσσαλονίκη.", ["Athens", "Thessaloníki"]),
    # the Turkish list carries the locative case on its last name
    ("tr", "Rus uçakları İdlib ve Hama'da muhalif mevzilerini bombaladı.", ["Idlib", "Ḩamāh"]),
])
def test_one_event_per_listed_place(lang, text, places, geoparser):
    assert _event_places(text, lang, geoparser) == places


@pytest.mark.parametrize("lang,text,places", [
    # a town and its country in apposition: one place, the town
    ("es", "Un atentado con bomba causó ayer tres muertos en Sevilla, España.", ["Sevilla"]),
    # a list of parties, not of places
    ("ru", "Россия и Украина подписали соглашение о прекращении огня в Минске.", ["Minsk"]),
    # each in a phrase of its own: as before
    ("el", "Χιλιάδες πολίτες διαδήλωσαν χθες στην Αθήνα και στη Θεσσαλονίκη.", ["Athens", "Thessaloníki"]),
])
def test_no_list_where_none_is(lang, text, places, geoparser):
    assert _event_places(text, lang, geoparser) == places


def test_statement_is_made_at_one_place(geoparser):
    """A statement's list names what it is about, not where it was said: never one statement per listed place."""
    got = _event_places("El alcalde criticó ayer la falta de hospitales en Huesca y Teruel.", "es", geoparser)
    assert len(got) <= 1


@pytest.mark.parametrize("text", [
    "ارتش ترکیه در ادلب با شورشیان درگیر شد.",
    "نیروهای ترکیه در ادلب به مواضع شبه نظامیان کرد حمله کردند.",
])
def test_setting_in_a_neighbour_of_the_named_country(text, geoparser):
    assert _event_places(text, "fa", geoparser) == ["Idlib"]

