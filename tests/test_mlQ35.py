"""mlQ35: a political act whose body names only parties' countries is placed at the wire dateline's
finest place, where the item was filed (lang/events.py, after lang/act_setting.py).

Sentences written for these tests (not corpus text); places come from the native geoparser.
"""

from __future__ import annotations

from lang_helpers import event_places

from frontwatch.geo.geoparse import Geoparser


def test_agenda_item_with_party_countries_is_placed_at_the_dateline_city(geoparser: Geoparser) -> None:
    text = ("FRANCIA - ALEMANIA - Berlín - Los ministros de Exteriores de Francia y Alemania celebraron "
            "conversaciones hoy.")
    assert event_places(text, "es", "consult", geoparser) == ["Berlín"]


def test_dateline_of_countries_only_still_gives_no_place(geoparser: Geoparser) -> None:
    text = "FRANCIA - ALEMANIA - Los ministros de Exteriores de Francia y Alemania celebraron conversaciones hoy."
    assert event_places(text, "es", "consult", geoparser) == [None]


def test_a_setting_in_the_body_wins_over_the_dateline(geoparser: Geoparser) -> None:
    text = ("FRANCIA - ALEMANIA - Berlín - Los ministros de Exteriores de Francia y Alemania celebraron "
            "conversaciones hoy en París.")
    assert event_places(text, "es", "consult", geoparser) == ["París"]
