"""Turkish: an explosion or an operation told as the setting of a toll (branch mlA23). 'patlama' alone is an
outcome word (an event only with an act or someone behind it: accidents and unknown causes); in the locative
('Ankara'daki patlamada 3 kişi yaralandı', in the explosion) or as the cause ('patlama sonucu') it is the act
the wounds are told of. An industrial blast (cues_tr `accident`) is still none; 'operasyonda' is not read so (a
police raid's detentions are its event). Sentences written for these tests (not corpus text), on the real gazetteer.
"""

from __future__ import annotations


def _types(text: str, geoparser) -> list[str]:
    from frontwatch.evaluate.ml_events import REPORTED
    from frontwatch.lang.events import code_sentence
    from frontwatch.lang.geoparse import geoparse_text

    places = geoparse_text(text, "tr", geoparser)[1]
    return [e.event_type for e in code_sentence(text, "tr", places, None) if e.modality in REPORTED]


def test_explosion_in_the_locative_is_the_act(geoparser) -> None:
    assert "explosive" in _types("Ankara'daki patlamada 3 kişi yaralandı.", geoparser)
    assert "explosive" in _types("Patlama sonucu 5 kişi öldü.", geoparser)


def test_industrial_blast_and_population_explosion_are_none(geoparser) -> None:
    assert "explosive" not in _types("İzmir'deki fabrikada meydana gelen patlamada 4 işçi yaralandı.", geoparser)
    assert "explosive" not in _types("Soma'da maden ocağındaki patlamada 12 işçi hayatını kaybetti.", geoparser)
    assert _types("Nüfus patlamasında kentler büyüdü.", geoparser) == []
    assert "explosive" in _types("Militanlar fabrikaya bombalı saldırı düzenledi.", geoparser)  # an attack on one


def test_a_police_operation_is_its_detentions_only(geoparser) -> None:
    types = _types("Polis, İzmir merkezli 5 ilde düzenlenen operasyonda 20 şüpheliyi gözaltına aldı.", geoparser)
    assert "arrest" in types and "armed_clash" not in types
