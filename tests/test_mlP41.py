"""mlP41: a region named only to locate a town of it is not a competing place for a violent act
(lang/finest_place.py, used in lang/events._places_for).

Sentences written for these tests (not corpus text); places come from the native geoparser.
"""

from __future__ import annotations

import pytest
from lang_helpers import event_places

from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.finest_place import without_containers


@pytest.mark.parametrize("lang,text,place", [
    ("uk", "У районі села Велика Писарівка на Сумщині окупанти обстріляли колону.", "Велика Писарівка"),
    ("ru", "В районе города Изюм в Харьковской области артиллерия обстреляла колонну.", "Изюм"),
    ("ru", "В районе села Николаевка в Донецкой области артиллерия обстреляла колонну.", "Николаевка"),
])
def test_the_village_not_its_region_is_the_place(lang: str, text: str, place: str, geoparser: Geoparser) -> None:
    assert event_places(text, lang, "shelling", geoparser, places_read=True) == [place]


@pytest.mark.parametrize("lang,text,place", [
    # the region alone: nothing finer named
    ("ru", "Вчера российские войска обстреляли Херсонскую область.", "Херсонскую область"),
    # a town the sentence does not put in the region keeps the region's standing (no containment)
    ("uk", "Окупанти обстріляли Сумську область, а вчора пролунали вибухи в Харкові.", "Сумську область"),
])
def test_a_region_without_a_town_of_it_stays(lang: str, text: str, place: str, geoparser: Geoparser) -> None:
    assert event_places(text, lang, "shelling", geoparser, places_read=True) == [place]


def test_without_containers_keeps_what_holds_nothing() -> None:
    holds = {("oblast", "village"), ("country", "oblast"), ("country", "village")}
    kept = without_containers(["country", "oblast", "village", "other town"], lambda a, b: (a, b) in holds)
    assert kept == ["village", "other town"]
    # every place holding another (a cycle the gazetteer should not give): nothing is dropped
    assert without_containers(["a", "b"], lambda a, b: True) == ["a", "b"]
