"""mlA39: who condemns whom (lang/condemners.py, lang/event_actors.py, the actor-located place in lang/events.py).

Sentences written for these tests (not corpus text); places come from the native geoparser.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.condemners import condemners
from frontwatch.lang.events import code_sentence
from frontwatch.lang.geoparse import geoparse_text
from frontwatch.model import Event


def _events(text: str, lang: str, etype: str, geoparser: Geoparser) -> list[Event]:
    mentions = geoparse_text(text, lang, geoparser)[1]
    assert any(m.place is not None for m in mentions), text  # a place was read: what follows is the coder's choice
    return [e for e in code_sentence(text, lang, mentions, None) if e.event_type == etype and e.modality in REPORTED]


@pytest.mark.parametrize("lang,text", [
    ("ar", "أدانت وزارة الخارجية الهجوم الإرهابي في مدينة الموصل."),
    ("el", "Το υπουργείο Εξωτερικών καταδικάζει την τρομοκρατική επίθεση στην Κωνσταντινούπολη."),
    ("tr", "Dışişleri Bakanlığı, Mısır'da düzenlenen terör saldırısını kınadı."),
])
def test_an_unqualified_ministry_is_not_of_the_attacked_country(lang: str, text: str, geoparser: Geoparser) -> None:
    # the only country the sentence names is where the attack was: the ministry's own is unknown, so is the place
    (accuse,) = _events(text, lang, "accuse", geoparser)
    assert accuse.location is None
    assert accuse.actor1 is not None and accuse.actor1.country is None


def test_a_country_in_the_locative_is_the_attack_place_not_the_ministry(geoparser: Geoparser) -> None:
    text = "Dışişleri Bakanlığı, Mısır'da düzenlenen terör saldırısını kınadı."
    assert [e.location.text for e in _events(text, "tr", "armed_clash", geoparser) if e.location] == ["Mısır'da"]


@pytest.mark.parametrize("lang,text,etype", [
    ("ru", "МИД Франции осудил теракт в Багдаде.", "explosive"),  # subject, verb, object
    ("es", "El Gobierno de Chile condenó el atentado en Madrid.", "explosive"),  # a subject of two actor words
    ("ar", "أدانت وزارة الخارجية الفرنسية التفجير في بغداد.", "explosive"),  # verb, subject, object
    ("fa", "سخنگوی وزارت امور خارجه فرانسه حمله به هتلی در کابل را محکوم کرد.", "armed_clash"),  # subject, object, verb
    ("tr", "Fransa Dışişleri Bakanlığı, Kabil'deki terör saldırısını kınadı.", "armed_clash"),
])
def test_the_condemner_is_not_the_doer_and_the_act_stays(lang: str, text: str, etype: str,
                                                         geoparser: Geoparser) -> None:
    (act,) = _events(text, lang, etype, geoparser)  # still coded: the condemnation attests it
    assert act.actor1 is None or act.actor1.country not in ("FR", "CL"), act.actor1


def test_the_doer_named_after_the_noun_is_read_once_the_condemner_is_set_aside(geoparser: Geoparser) -> None:
    (act,) = _events("El Gobierno de Chile condenó el atentado de ETA en Madrid.", "es", "explosive", geoparser)
    assert act.actor1 is not None and act.actor1.name == "Euskadi ta azkatasuna"


@pytest.mark.parametrize("lang,text,country", [
    ("ru", "МИД Франции осудил теракт в Багдаде.", "FR"),
    ("tr", "Fransa Dışişleri Bakanlığı, Kabil'deki terör saldırısını kınadı.", "FR"),
    ("tr", "Rusya Dışişleri Bakanlığı, Mısır'da düzenlenen terör saldırısını kınadı.", "RU"),
])
def test_a_ministry_whose_country_is_named_keeps_it_and_its_place(lang: str, text: str, country: str,
                                                                  geoparser: Geoparser) -> None:
    (accuse,) = _events(text, lang, "accuse", geoparser)
    assert accuse.actor1 is not None and accuse.actor1.country == country
    # placed at the actor's own country (a synthetic country toponym: the sentence names no place of the statement)
    assert accuse.location is not None and (accuse.location.relative or {}).get("country") == country


@pytest.mark.parametrize("lang,text,etype,doer", [
    # the noun's own doer between the condemner and the noun (the genitive before a Turkish noun)
    ("tr", "Dışişleri Bakanlığı, İsrail ordusunun Gazze'ye saldırısını kınadı.", "armed_clash",
     "Military Forces of Israel"),
    ("ru", "Армия России обстреляла позиции в Донецке.", "shelling", "Military Forces of Russia"),  # no condemnation
])
def test_other_doers_stay(lang: str, text: str, etype: str, doer: str, geoparser: Geoparser) -> None:
    (act,) = _events(text, lang, etype, geoparser)
    assert act.actor1 is not None and act.actor1.name == doer


def _s(start: int, end: int | None = None) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=start + 1 if end is None else end)


def test_condemners_by_word_order() -> None:
    # S V O: 'Gobierno de Chile condenó el atentado' (two actor words of one subject, one word apart)
    assert condemners(_s(6), [_s(4)], [_s(1), _s(3)]) == [0, 1]
    # an actor between the verb and the act is another's ('condenó el ataque del ejército')
    assert condemners(_s(6), [_s(2)], [_s(0), _s(4)]) == []
    # S O V: the leading actor; an actor after the subject's comma is the noun's own
    assert condemners(_s(5), [_s(6)], [_s(0, 2), _s(2, 4)], object_first=True, commas={2}) == [0]
    # S O V with an actor between the noun and the verb: that one is the verb's subject
    assert condemners(_s(2), [_s(6)], [_s(0), _s(4)], object_first=True) == []
    # V S O only for a verb: 'أدانت وزارة الخارجية الهجوم'
    assert condemners(_s(3), [_s(0)], [_s(1), _s(2)], verb_first=True, verb_words=frozenset({0})) == [0, 1]
    assert condemners(_s(3), [_s(0)], [_s(1), _s(2)], verb_first=True) == []
    # nothing condemned after the verb in a verb-final language ('kınadı ve ... çağrısında bulundu')
    assert condemners(_s(4), [_s(2)], [_s(0)], object_first=True) == []
