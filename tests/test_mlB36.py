"""mlB36: adverbs of habit date an act as a course kept up (background), and a support verb in the present
tense tells a standing position, not an act of backing. Sentences written for the tests."""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.events import code_sentence
from frontwatch.lang.standing_stance import present_tense


def _reported(text: str, lang: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


@pytest.mark.parametrize("lang, habit, once", [
    ("el", "Η ΝΔ διαχρονικά ζήτησε από την κυβέρνηση να αποσύρει το νομοσχέδιο.",
     "Η ΝΔ ζήτησε από την κυβέρνηση να αποσύρει το νομοσχέδιο."),
    ("ru", "Министр ежегодно призывал оппозицию к диалогу.", "Министр призвал оппозицию к диалогу."),
    ("uk", "Депутати щороку вимагали від уряду відставки міністра.", "Депутати вимагали від уряду відставки міністра."),
    ("es", "Los campesinos reclamaron tradicionalmente al Gobierno más recursos.",
     "Los campesinos reclamaron al Gobierno más recursos."),
])
def test_an_adverb_of_habit_makes_the_act_background(lang: str, habit: str, once: str) -> None:
    assert _reported(once, lang) == ["request"]
    assert _reported(habit, lang) == []
    assert [e.modality for e in code_sentence(habit, lang, [], None)] == ["background"]


@pytest.mark.parametrize("lang, present, past", [
    ("el", "Η Τουρκία στηρίζει τους αντάρτες στη Συρία.", "Η Τουρκία στήριξε τους αντάρτες στη Συρία."),
    ("ru", "Россия поддерживает сепаратистов на востоке Украины.", "Россия поддержала сепаратистов на востоке Украины."),
    ("uk", "Світовий банк підтримує уряд України.", "Світовий банк підтримав уряд України."),
])
def test_support_in_the_present_is_a_standing_position(lang: str, present: str, past: str) -> None:
    assert _reported(past, lang) == ["support"]
    assert _reported(present, lang) == []


def test_a_declared_support_after_that_stays_an_act() -> None:
    assert _reported("Гість запевнив, що партія повністю підтримує уряд України.", "uk") == ["support"]


def test_russian_that_after_a_support_verb_is_an_opinion() -> None:
    assert _reported("Министр признал независимость Косово.", "ru") == ["support"]
    assert _reported("Министр признал, что в системе масса проблем.", "ru") == []


def test_present_tense_by_form() -> None:
    el, ru = load_cues("el"), load_cues("ru")
    assert present_tense("υποστηρίζει", el) and not present_tense("υποστήριξε", el)
    assert not present_tense("επικροτώντας", el)  # a gerund takes its main verb's tense
    assert present_tense("поддерживает", ru) and not present_tense("поддержал", ru)
    assert not present_tense("apoya", load_cues("es"))  # no present_form: Spanish is not read
