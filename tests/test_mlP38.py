"""mlP38: a political act is not placed at the place of the violent act it is about (lang/act_setting.py).

Sentences written for these tests (not corpus text); places come from the native geoparser.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from lang_helpers import event_places

from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.act_setting import not_of_other_acts


@pytest.mark.parametrize("lang,text,violent,place", [
    ("ru", "Министерство осудило теракт в Дамаске.", "explosive", "Дамаске"),
    ("es", "El ministerio condenó el atentado en Bogotá.", "explosive", "Bogotá"),
    ("fa", "سخنگو حمله به هتلی در کابل را محکوم کرد.", "armed_clash", "کابل"),
    ("tr", "Bakanlık, İzmir'deki terör saldırısını kınadı.", "armed_clash", "İzmir'deki"),
])
def test_a_condemnation_is_not_placed_at_the_attack(lang: str, text: str, violent: str, place: str,
                                                    geoparser: Geoparser) -> None:
    assert event_places(text, lang, violent, geoparser, places_read=True) == [place]  # the attack keeps it
    assert place not in event_places(text, lang, "accuse", geoparser)


@pytest.mark.parametrize("lang,text,place", [
    ("fa", "سفارت در قاهره حمله به وزیر را محکوم کرد.", "قاهره"),  # the embassy in Cairo condemned
    ("tr", "İzmir'de konuşan bakan saldırıyı kınadı.", "İzmir'de"),  # the minister spoke in İzmir
    ("es", "En Madrid, el ministro condenó el atentado.", "Madrid"),
    ("fa", "سخنگو حمله را در تهران محکوم کرد.", "تهران"),  # after the object marker: condemned in Tehran
])
def test_the_statement_own_setting_stays(lang: str, text: str, place: str, geoparser: Geoparser) -> None:
    assert event_places(text, lang, "accuse", geoparser, places_read=True) == [place]


def _p(first: int, last: int | None = None) -> SimpleNamespace:
    return SimpleNamespace(first=first, last=first if last is None else last)


def test_a_place_goes_to_the_nearer_act_on_its_modifier_side() -> None:
    before, after, far = _p(0), _p(4), _p(9)
    condemn, attack = (2, 3), (3, 4)  # 'X condemned the-attack Y ... Z'
    assert not_of_other_acts([before, after, far], condemn, [attack]) == [before]
    # where modifiers precede the noun the place before the attack is its own, the one after is not
    assert not_of_other_acts([_p(1), after], (3, 4), [(2, 3)], modifier_first=True) == [after]
    # a bare locative sets the verb, not the noun
    assert not_of_other_acts([_p(1)], (3, 4), [(2, 3)], modifier_first=True, clause_locatives={1}) == [_p(1)]
    assert not_of_other_acts([after], condemn, [condemn]) == [after]  # the act itself is no other act
    # object before the verb: the place between the noun and the verb is the noun's up to the object marker
    noun, verb = (0, 1), (7, 8)
    assert not_of_other_acts([_p(5)], verb, [noun], object_first=True) == []
    assert not_of_other_acts([_p(5)], verb, [noun], object_first=True, object_ends={3}) == [_p(5)]
