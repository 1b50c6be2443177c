"""mlL44: a name the gazetteer lacks in the text's script, after a settlement or division word, is found by its
sound among the places of a country the text names (`lang.sounded_places`)."""

from __future__ import annotations

import pytest

from frontwatch.lang.sounded_places import TypedName, consonant_key, sounded_place
from frontwatch.model import Place


def _place(gid: int, name: str, lat: float, lon: float, fclass: str = "P", precision: str = "city") -> Place:
    return Place(geonameid=gid, name=name, lat=lat, lon=lon, country="NG", feature_class=fclass, precision=precision)


def test_consonant_key_joins_scripts():
    assert consonant_key("زمفرة") == consonant_key("Zamfara")
    assert consonant_key("Чибок") == consonant_key("Chibok")
    assert consonant_key("خارکف") == consonant_key("Kharkiv")  # Persian keheh is a kaf, not 'kh'
    assert consonant_key("Чибок") != consonant_key("Gboko")  # 'ch' and 'g' are other sounds than 'k'


def test_sounded_place_refuses_far_homonyms_and_wrong_kinds():
    near = _place(1, "Chibok", 10.87, 12.84)
    far = _place(2, "Chabuk", 6.0, 5.0)
    key = consonant_key("Chibok")
    name = TypedName(0, 5, "city", ("Чибок",))
    assert sounded_place(name, [{key: [near]}]) == near
    assert sounded_place(name, [{key: [near, far]}]) is None  # two towns of that sound: no guess
    district = _place(3, "Chibok", 10.9, 12.8, fclass="A", precision="admin2")
    assert sounded_place(name, [{key: [district, near]}]) == near  # 'city' names the town before its district
    assert sounded_place(TypedName(0, 5, "state", ("Чибок",)), [{key: [near]}]) is None  # a state is no town


@pytest.fixture(scope="module")
def geoparser():
    from frontwatch.geo.geoparse import Geoparser

    return Geoparser.open(None)


def _places(text: str, lang: str, geoparser) -> dict[str, tuple[str, str]]:
    from frontwatch.lang.geoparse import geoparse_text

    return {t.text: (t.place.name, t.place.country) for t in geoparse_text(text, lang, geoparser)[1] if t.place}


@pytest.mark.parametrize("lang,text,name,place", [
    ("uk", "Бойовики напали на місто Чибок у Нігерії.", "Чибок", ("Chibok", "NG")),
    ("ar", "قتل مسلحون عشرة قرويين في ولاية زمفرة في نيجيريا.", "زمفرة", ("Zamfara", "NG")),
    ("fa", "انفجار در شهر خارکف در اوکراین سه کشته داشت.", "خارکف", ("Kharkiv", "UA")),
])
def test_unlisted_name_found_in_named_country(lang, text, name, place, geoparser):
    assert _places(text, lang, geoparser).get(name) == place


def test_no_country_named_no_guess(geoparser):
    assert "Чибок" not in _places("Бойовики напали на місто Чибок.", "uk", geoparser)


def test_turkish_type_word_glued_cases():
    from frontwatch.lang.resources import load

    after = load("tr").type_after
    assert after["kentini"] == after["kentine"] == after["kentinden"] == "city"  # accusative, dative, ablative
    assert after["köyünü"] == "village"


@pytest.mark.parametrize("text", ["Rus ordusu Herson kentini topçuyla vurdu.", "Rus ordusu Herson kentine saldırdı."])
def test_turkish_city_word_in_any_case_picks_the_city(text, geoparser):
    assert _places(text, "tr", geoparser).get("Herson") == ("Kherson", "UA")


def test_sound_match_in_another_province_than_a_named_town_is_refused():
    from frontwatch.lang.sounded_places import _agrees_with_finer
    from frontwatch.model import Toponym

    far = Place(geonameid=1, name="Sarilar", lat=41.2, lon=31.9, country="TR", admin1_code="85", precision="city",
                feature_class="P")
    istanbul = Place(geonameid=2, name="Istanbul", lat=41.0, lon=28.9, country="TR", admin1_code="34",
                     precision="city", feature_class="P")
    turkey = Place(geonameid=3, name="Turkey", lat=39.0, lon=35.0, country="TR", precision="country")
    assert not _agrees_with_finer(far, [Toponym(0, 5, "x", istanbul)])
    assert _agrees_with_finer(far, [Toponym(0, 5, "x", turkey)])  # only the country named: the sound decides


def test_initial_is_no_city_abbreviation():
    from frontwatch.lang.sentences import split_sentences
    from frontwatch.lang.sounded_places import typed_names

    text = "Оперу Г. Малера поставят впервые, сказал он в г. Чибок."
    names = [text[n.start:n.end] for n in typed_names(text, "ru", split_sentences(text), [])]
    assert "Малера" not in names and "Чибок" in names
