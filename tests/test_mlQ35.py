"""mlQ35: a political act whose body names only parties' countries is placed at the wire dateline's
finest place, where the item was filed (lang/events.py, after lang/act_setting.py).

Sentences written for these tests (not corpus text); places come from the native geoparser.
"""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.events import code_sentence
from frontwatch.lang.geoparse import geoparse_text


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser.open(None)


def _places(text: str, lang: str, etype: str, geoparser: Geoparser) -> list[str | None]:
    mentions = geoparse_text(text, lang, geoparser)[1]
    return [e.location.text if e.location else None for e in code_sentence(text, lang, mentions, None)
            if e.event_type == etype and e.modality in REPORTED]


def test_agenda_item_with_party_countries_is_placed_at_the_dateline_city(geoparser: Geoparser) -> None:
    text = ("FRANCIA - ALEMANIA - Berlín - Los ministros de Exteriores de Francia y Alemania celebraron "
            "conversaciones hoy.")
    assert _places(text, "es", "consult", geoparser) == ["Berlín"]


def test_dateline_of_countries_only_still_gives_no_place(geoparser: Geoparser) -> None:
    text = "FRANCIA - ALEMANIA - Los ministros de Exteriores de Francia y Alemania celebraron conversaciones hoy."
    assert _places(text, "es", "consult", geoparser) == [None]


def test_a_setting_in_the_body_wins_over_the_dateline(geoparser: Geoparser) -> None:
    text = ("FRANCIA - ALEMANIA - Berlín - Los ministros de Exteriores de Francia y Alemania celebraron "
            "conversaciones hoy en París.")
    assert _places(text, "es", "consult", geoparser) == ["París"]
