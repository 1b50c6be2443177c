"""mlP53: the place of events in other languages — the country a place's own noun names, and a town its division is
named after.

'в российском селе Николаевка' (in the Russian village of Nikolayevka) went to the larger Ukrainian Mykolaivka, 'la
ciudad española de Mérida' to Mérida, Mexico: the country adjective of the place's own noun (village, town, city)
names the place's country, and is read as a qualifier after a comma is ('Mérida, Spain'), by the language's own
adjacency of a modifier and its noun (lang/place_country.py, `[place_country]` in data/lang/<code>.toml). It is the
opposite of an army's demonym (mlP52: 'Российские войска' names who fights), which stays as it was.
'обстрел Херсона' went to Khersonska oblast: both the city and the oblast carry the native spelling as an alternate
name, and a division whose own name is made from the town's is named after it (geo/resolve.named_after_town), so a
bare name is the town, as the English exact name already was. The sentences here differ from the constructed probes.
"""

from __future__ import annotations

import pytest


def _places(text: str, lang: str, geoparser) -> list[tuple[str, str | None, str | None]]:
    from frontwatch.lang.geoparse import geoparse_text

    return [(t.text, t.place.country if t.place else None, t.place.feature_code if t.place else None)
            for t in geoparse_text(text, lang, geoparser)[1]]


def _country_of(text: str, lang: str, geoparser, name: str) -> list[str | None]:
    return [c for t, c, _ in _places(text, lang, geoparser) if t == name]


@pytest.mark.parametrize("text,lang,name,country", [
    ("Полиция задержала в российском селе Николаевка двух подростков.", "ru", "Николаевка", "RU"),
    ("Miles de personas marcharon ayer por la ciudad española de Mérida.", "es", "Mérida", "ES"),
    ("Una bomba estalló en la ciudad española de Mérida sin causar heridos.", "es", "Mérida", "ES"),
    ("انفجار در شهر لبنانی طرابلس سه کشته بر جای گذاشت.", "fa", "طرابلس", "LB"),
])
def test_country_adjective_of_the_place_noun(text, lang, name, country, geoparser):
    """On the base: the Ukrainian Mykolaivka, Mérida in Mexico twice, and no place at all for the Persian Tripoli."""
    assert _country_of(text, lang, geoparser, name) == [country]


def test_army_demonym_is_still_the_sender(geoparser):
    """mlP52's reading is untouched: a force's country word does not modify the place noun."""
    assert _country_of("Российские войска обстреляли село Николаевка, погибли двое.", "ru", geoparser,
                       "Николаевка") == ["UA"]


@pytest.mark.parametrize("text,lang,name,expected", [
    ("в российском селе Николаевка", "ru", "Николаевка", {0: "RU"}),
    ("στη λιβανική πόλη Τρίπολη", "el", "Τρίπολη", {0: "LB"}),  # 'λιβανική': made from 'Λίβανος' (mlP54)
    ("en la ciudad española de Mérida", "es", "Mérida", {0: "ES"}),
    ("في مدينة طرابلس اللبنانية", "ar", "مدينة طرابلس", {0: "LB"}),
    ("در شهر طرابلس لبنان", "fa", "طرابلس", {0: "LB"}),
    ("Lübnan'ın Trablus kentinde", "tr", "Trablus", {0: "LB"}),
    ("Türkiye Afrin kentine saldırdı", "tr", "Afrin", {}),  # a nominative before a name is a subject
    ("Российские войска обстреляли Николаевку", "ru", "Николаевку", {}),  # no place noun: the army's word
    ("la policía española detuvo en Mérida", "es", "Mérida", {}),  # the police's adjective, no place noun
])
def test_place_noun_countries(text, lang, name, expected):
    from types import SimpleNamespace

    from frontwatch.lang.place_country import place_noun_countries

    at = text.index(name)
    assert place_noun_countries(text, lang, [SimpleNamespace(start=at, end=at + len(name))]) == expected


@pytest.mark.parametrize("text,lang,name", [
    ("В результате ночного обстрела Херсона погибли три человека.", "ru", "Херсона"),
    ("У Херсоні знову пролунали вибухи.", "uk", "Херсоні"),
    ("Las tropas rusas abandonaron Jersón tras meses de ocupación.", "es", "Jersón"),
])
def test_bare_name_is_the_town_its_division_is_named_after(text, lang, name, geoparser):
    got = [(c, f) for t, c, f in _places(text, lang, geoparser) if t == name]
    assert got == [("UA", None)] or (got and got[0][1] not in ("ADM1", "ADM2") and got[0][0] == "UA")


def test_the_division_when_the_text_says_so(geoparser):
    got = [(c, f) for t, c, f in _places("В Херсонской области прошли обстрелы.", "ru", geoparser)]
    assert got == [("UA", "ADM1")]


def test_named_after_town():
    from frontwatch.geo.resolve import named_after_town

    assert named_after_town("Khersonska oblast", "Kherson")
    assert named_after_town("Daraa Governorate", "Daraa")
    assert not named_after_town("Donetska oblast", "Don")  # too short to be the town's whole name
    assert not named_after_town("Mykolaivska oblast", "Kherson")
