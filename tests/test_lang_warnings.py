"""A warning is a threat only when it warns of coercion (lang/warning_sense.py, mlB25); a warning verb after 'as'
names the source of a forecast (lang/parenthetical.py).

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

import pytest
from lang_helpers import coded as _coded


@pytest.mark.parametrize("lang,forecast,threat", [
    ("es", "La Organización Mundial de la Salud advirtió hoy que la gripe puede extenderse por toda Europa.",
     "El Gobierno advirtió hoy a los rebeldes que responderá con la fuerza a cualquier ataque."),
    ("ru", "Министерство здравоохранения предупредило, что эпидемия гриппа может охватить всю страну.",
     "Министр предупредил, что Россия примет ответные меры."),
    ("uk", "Міністерство охорони здоров'я попередило, що епідемія грипу може охопити всю країну.",
     "Міністр попередив, що Київ запровадить нові санкції проти Росії."),
    ("el", "Ο ΕΟΔΥ προειδοποίησε ότι η γρίπη μπορεί να εξαπλωθεί σε όλη τη χώρα.",
     "Η Άγκυρα προειδοποίησε την Αθήνα ότι θα απαντήσει με στρατιωτικά μέσα."),
])
def test_a_warning_without_coercion_is_a_forecast(lang: str, forecast: str, threat: str) -> None:
    assert "threaten" not in _coded(forecast, lang)
    assert "threaten" in _coded(threat, lang)


def test_a_verb_of_threatening_needs_no_word_of_coercion() -> None:
    assert "threaten" in _coded("El grupo armado amenazó a los periodistas de la ciudad.", "es")


@pytest.mark.parametrize("lang,text", [
    ("el", "Όπως προειδοποιούν οι αρχές, ο κίνδυνος δεν έχει περάσει ακόμη."),
    ("ru", "Как предупредил министр, санкции против компании сохранятся."),
    ("es", "Como advirtió el ministro, las sanciones seguirán en vigor hasta fin de año."),
])
def test_a_warning_verb_after_as_names_a_source(lang: str, text: str) -> None:
    assert "threaten" not in _coded(text, lang)


def test_a_reinforcement_noun_with_no_place_is_no_deployment() -> None:
    assert _coded("Entre la enfermedad y el sida se establece un círculo de refuerzo mutuo.", "es") == []
