"""mlN45: the place of events in other languages — a setting's country over a party's (`act_setting.setting_over_parties`),
a Turkish type word in the locative after the name (`act_setting.typed_settings`), 'in the area of X' as a type word
for a name found by its sound (`sounded_places`, kind 'area'), and a country's name that is a town of the country the
text speaks of (`lang.country_towns`)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from event_helpers import ml_event_places

from frontwatch.lang.act_setting import setting_over_parties, typed_settings
from frontwatch.lang.country_towns import towns_for_countries
from frontwatch.lang.sounded_places import (
    TypedName,
    consonant_key,
    fits_kind,
    sounded_place,
)
from frontwatch.model import Candidate, Place, Toponym


@dataclass(frozen=True)
class _P:
    first: int
    last: int
    country_level: bool


def test_setting_over_parties_unit():
    party, setting, town = _P(1, 1, True), _P(9, 9, True), _P(5, 5, False)
    locative = [(8, 9)]
    assert setting_over_parties([party, setting], locative, set(), set()) == [setting]
    assert setting_over_parties([party, town, setting], locative, set(), set()) == [town, setting]
    # no country named as a setting: the choice is the coder's, as before ('Russia attacked Ukraine')
    assert setting_over_parties([party, _P(3, 3, True)], locative, set(), set()) == [party, _P(3, 3, True)]


def test_typed_settings_unit():
    words = ["fransa'nın", "nanterre", "kentinde", "göstericiler", "halep", "kenti"]
    type_after = {"kentinde", "kenti"}
    assert typed_settings(words, [(0, 0), (1, 1), (4, 4)], type_after, ("'de", "de", "da")) == {1}
    assert typed_settings(words, [(1, 2)], type_after, ("de", "da")) == {2}  # the type word inside the span
    assert typed_settings(words, [(1, 1)], type_after, ()) == set()  # no case endings: nothing


def _place(gid: int, name: str, country: str, precision: str, fclass: str, pop: int) -> Place:
    return Place(geonameid=gid, name=name, lat=31.9, lon=35.9, country=country, feature_class=fclass,
                 precision=precision, population=pop)


OMAN = _place(1, "Oman", "OM", "country", "A", 4_000_000)
AMMAN = _place(2, "Amman", "JO", "city", "P", 1_275_000)


def _towns(key: str, codes) -> list[Candidate]:
    return [Candidate(place=AMMAN, score=1.0, how="alternate")] if key == "عمان" and "JO" in codes else []


def test_towns_for_countries_unit():
    t = Toponym(start=10, end=14, text="عمان", place=OMAN, precision="country")
    keys = lambda text: ("Oman", "عمان")  # noqa: E731 - the index gives the country's key first
    assert towns_for_countries([t], {(10, 14)}, {"JO"}, keys, _towns)[0].place == AMMAN
    assert towns_for_countries([t], set(), {"JO"}, keys, _towns)[0].place == OMAN  # a party, not a setting
    assert towns_for_countries([t], {(10, 14)}, {"JO", "OM"}, keys, _towns)[0].place == OMAN  # Oman named too
    assert towns_for_countries([t], {(10, 14)}, set(), keys, _towns)[0].place == OMAN  # no other country


def test_area_kind_names_a_town_first():
    town = Place(geonameid=1, name="Bandiagara", lat=14.35, lon=-3.61, country="ML", feature_class="P",
                 precision="city")
    cercle = Place(geonameid=2, name="Bandiagara", lat=14.6, lon=-3.0, country="ML", feature_class="A",
                   precision="admin2")
    assert fits_kind("area", town) and fits_kind("area", cercle)
    key = consonant_key("Бандиагары")
    assert key == consonant_key("Bandiagara")
    assert sounded_place(TypedName(0, 9, "area", ("Бандиагары",)), [{key: [cercle, town]}]) == town


@pytest.mark.parametrize("lang,text,place", [
    # a deployment is where the troops go, not the sending country named as the subject
    ("fr", "La France a déployé deux avions Rafale supplémentaires en Roumanie.", "Romania"),
    # Turkish marks the case on the type word after the name: the name is the setting, not the protesters' owner
    ("tr", "Fransa'nın Nanterre kentinde göstericiler otomobilleri ateşe verdi.", "Nanterre"),
    ("tr", "Fransa'nın Nanterre kentinde göstericiler otomobilleri ateşe verdi, iş yerlerini yağmaladı.", "Nanterre"),
    # 'in the area of X': a name the gazetteer lacks in Cyrillic, found by its sound in the country named
    ("ru", "Вооружённые люди расстреляли жителей деревни в районе Бандиагары в центре Мали.", "Bandiagara"),
    ("uk", "Бойовики напали на село у районі Чибока в Нігерії.", "Chibok"),
    # 'عمان' is Amman where the sentence speaks of Jordan, in Arabic and in Persian
    ("ar", "استقبل وزير الخارجية الأردني نظيره المصري في عمان لبحث الأوضاع في غزة.", "Amman"),
    ("fa", "وزیر خارجه اردن در عمان با همتای مصری خود دیدار کرد.", "Amman"),
])
def test_event_place(lang, text, place, geoparser):
    assert place in ml_event_places(text, lang, geoparser)


@pytest.mark.parametrize("lang,text,absent", [
    ("ar", "زار وزير خارجية عمان الأردن.", "Amman"),  # Oman's minister: a party, no setting
    ("fa", "وزیر خارجه عمان با همتای اردنی خود دیدار کرد.", "Amman"),
])
def test_country_as_party_kept(lang, text, absent, geoparser):
    assert absent not in ml_event_places(text, lang, geoparser)
