"""Where a non-English event is placed (issue 19): general span and linking mechanisms, on the
real gazetteer, morphology and native coder. Each case is a pattern made up for the test, not a
sentence of the development set.
"""

from __future__ import annotations

from frontwatch.lang.events import code_sentence
from frontwatch.lang.geoparse import geoparse_text
from frontwatch.lang.morph import is_adjective


def _places(text: str, lang: str, geoparser) -> dict[str, str]:
    return {t.text: t.place.name for t in geoparse_text(text, lang, geoparser)[1] if t.place is not None}


def test_part_of_a_hyphenated_name_is_no_place(geoparser) -> None:
    # 'Ново-Огарево' is unknown to the gazetteer: its first part 'Ново' must not become a place
    assert not any(k.startswith("Ново") for k in _places("Переговоры прошли в Ново-Огарево под Москвой.", "ru", geoparser))
    # a party's acronym pair is no route: 'PSE' alone is not Palestine
    found = _places("Los concejales del PSE-EE se reunieron ayer en Bergara.", "es", geoparser)
    assert "PSE" not in found and found.get("Bergara") == "Bergara"


def test_route_of_two_places_keeps_both(geoparser) -> None:
    found = _places("Рух трасою Київ-Харків перекрили.", "uk", geoparser)
    assert set(found) == {"Київ", "Харків"}


def test_autonomous_okrug_is_one_place(geoparser) -> None:
    found = _places("В Ханты-Мансийском автономном округе прошли митинги.", "ru", geoparser)
    assert list(found) == ["Ханты-Мансийском автономном округе"]
    assert "Khanty" in found["Ханты-Мансийском автономном округе"]


def test_adjective_reading_tied_with_a_noun_counts() -> None:
    assert is_adjective("Центрального", "uk")  # pymorphy3 ties ADJF with a substantivised NOUN
    assert not is_adjective("Києва", "uk")


def _statement_places(text: str, geoparser) -> list[str | None]:
    mentions = geoparse_text(text, "es", geoparser)[1]
    events = [e for e in code_sentence(text, "es", mentions, None) if e.event_type == "accuse"]
    assert events, "a condemnation is coded"
    return [e.location.place.name if e.location and e.location.place else None for e in events]


def test_statement_stays_at_a_town_of_the_actors_country_named_before_the_act(geoparser) -> None:
    # the actor (a Spanish body) is named with a town of Spain before the act: the town, not Spain
    assert _statement_places("Los ministros del Gobierno de España, de visita a Bergara, condenaron ayer las amenazas.", geoparser) == ["Bergara"]
    # a town after the act is its topic: the statement stays with the actor's country
    assert "Bergara" not in _statement_places(
        "El Gobierno de España condenó ayer en un comunicado el atentado de Bergara.", geoparser)


def test_bracketed_words_are_asides() -> None:
    from frontwatch.lang.asides import bracketed_words
    from frontwatch.lang.cues import load as load_cues
    from frontwatch.lang.event_tokens import words as sentence_words

    text = "Vecinos de Homs (centro de Siria) protestaron en Alepo."
    ws = sentence_words(text, load_cues("es"))
    inside = {w.text for w in ws if w.i in bracketed_words(text, ws)}
    assert inside == {"centro", "de", "Siria"}


def test_place_in_brackets_is_not_the_event_place(geoparser) -> None:
    text = "Ayer, 20 vecinos de la ciudad de Djakovica (oeste de Kosovo) fueron condenados por el tribunal de Nis."
    mentions = geoparse_text(text, "es", geoparser)[1]
    events = [e for e in code_sentence(text, "es", mentions, None) if e.trigger.startswith("condena")]
    assert events and all(e.location is not None and e.location.place is not None
                          and e.location.place.name in ("Niš", "Nis") for e in events)
