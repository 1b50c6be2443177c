"""mlP50: a non-English text's country adjectives feed the geoparser's theatre, as an English demonym does.

'Spanish police detained two men in Vitoria': the English geoparser reads 'Spanish' as a demonym span and its vote puts
the text in Spain, so 'Vitoria' is Vitoria-Gasteiz, not Vitória in Brazil. The native recognisers emit no span for
'policía española', so the same theatre had no vote and the namesake abroad won. `lang.geoparse.theatre_words` hands
the language's country words and adjectives (cues [countries], `lang.event_actors.country_word_votes`) that no place
span covers to `Geoparser.parse_spans(country_words=...)`, which counts each as a demonym span's vote; and the named
armed actors of the actor dictionary (`lang.geoparse.theatre_actors`) as `actors=`, where they fight voting as the
English path's actor names do ('las FARC ... en Florencia' is in Colombia).
Sentences written for the purpose (dev/families/probes/mlP50_theatre_words_labels.txt holds the labelled probes,
which differ from these)."""

from __future__ import annotations

import pytest
from event_helpers import ml_event_places

from frontwatch.lang.geoparse import (
    geoparse_text,
    name_index,
    theatre_actors,
    theatre_words,
)
from frontwatch.lang.sentences import split_sentences
from frontwatch.lang.toponyms import recognise_foreign


def _countries(text: str, lang: str, geoparser, name: str) -> list[str | None]:
    return [t.place.country for t in geoparse_text(text, lang, geoparser)[1] if t.text == name]


@pytest.mark.parametrize("text,name,country", [
    ("Centenares de obreros españoles se manifestaron ayer en Lérida contra el cierre de la fábrica.", "Lérida", "ES"),
    ("Estudiantes colombianos marcharon en Florencia para exigir más seguridad en las escuelas.", "Florencia", "CO"),
])
def test_country_adjective_sets_the_namesake(text, name, country, geoparser):
    assert _countries(text, "es", geoparser, name) == [country]


def test_event_at_the_theatre_namesake(geoparser):
    text = "Agentes de la Guardia Civil española detuvieron en Vitoria a dos presuntos miembros de ETA."
    assert ml_event_places(text, "es", geoparser, reported=True) == ["Gasteiz / Vitoria"]


def test_country_word_that_is_a_place_span_votes_once(geoparser):
    """'España' is a place span and votes as a place name; only the adjective is handed over as a word vote."""
    text = "La policía española detuvo a un hombre en España."
    spans = recognise_foreign(text, "es", split_sentences(text), name_index(geoparser))
    assert theatre_words(text, "es", spans) == [("española", "ES")]


def test_named_actor_sets_the_namesake(geoparser):
    assert _countries("Las FARC atacaron con explosivos un cuartel de la policía en Florencia.", "es", geoparser,
                      "Florencia") == ["CO"]


def test_country_name_is_no_actor():
    """'Estados Unidos' is also a rebel group's name in the actor dictionary; a country word is the country."""
    text = "Ambos coincidieron en que Europa debe crecer al nivel de Estados Unidos. Las FARC lo rechazaron."
    assert [text[a:b] for a, b, _ in theatre_actors(text, "es")] == ["FARC"]
