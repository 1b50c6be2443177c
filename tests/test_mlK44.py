"""mlK44: an act named as the topic, ground or object of another noun (a work, a commemoration, a trial or its
parties, redress, sanctions) is background in a sentence about that noun, not an event of its own
(lang/protest_topics.py `headed_topics`, cues `[scope] topic_heads`). Sentences written for the tests."""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.events import code_sentence


def _reported(text: str, lang: str) -> list[str]:
    return sorted(e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED)


@pytest.mark.parametrize("lang", ["ar", "fa", "tr", "el", "ru", "uk", "es", "fr"])
def test_every_language_defines_topic_heads(lang: str) -> None:
    assert load_cues(lang).topic_heads


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Un livre sur la bataille de Mossoul a reçu un prix à Lyon."),
    ("es", "Un documental sobre la batalla de Mosul ganó un premio en Valencia."),
])
def test_the_battle_a_work_is_about_is_no_clash(lang: str, text: str) -> None:
    assert _reported(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La policía detuvo en Sevilla a los autores del atentado."),
    ("fr", "La police a arrêté à Lyon les auteurs de l'attentat contre la mairie."),
    ("ar", "اعتقلت الشرطة في بغداد منفذي الهجوم على السوق."),
    ("fa", "پلیس عاملان حمله به مسجد را در زاهدان دستگیر کرد."),
    ("tr", "İstanbul'da saldırının failleri tutuklandı."),  # verb-final: the act stands before its head
])
def test_the_arrest_of_an_acts_perpetrators_is_the_arrest_only(lang: str, text: str) -> None:
    assert _reported(text, lang) == ["arrest"]


def test_the_act_a_convict_committed_is_no_new_act() -> None:
    assert "abduction" not in _reported(
        "La Audiencia Nacional condenó en Madrid al autor del secuestro de un empresario.", "es")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Un atentado con coche bomba dejó diez muertos en Kabul.", "explosive"),  # told as fact
    ("es", "El gobierno condenó el atentado de ayer en Kabul.", "explosive"),  # a condemnation names a fact (§4)
    ("es", "Tras el estreno del documental y un atentado con coche bomba, diez personas murieron en Kabul.",
     "explosive"),  # a conjunction: two things, not a work and its topic
    ("fr", "Des hommes armés ont attaqué un convoi près de Gao.", "armed_clash"),
])
def test_an_act_told_as_fact_is_still_coded(lang: str, text: str, expected: str) -> None:
    assert expected in _reported(text, lang)
