"""mlC43: a word in capitals inside a sentence in ordinary case is an acronym or a name ('ΟΛΜΕ', the teachers'
union): it is a trigger only as a whole word of the lexicon, never through a stem or prefix pattern it begins with
('όλμ*', a mortar). Headlines in capitals and whole words in capitals (wire slugs) keep their triggers. Sentences
written for the tests."""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.capitals import acronym_positions, capitals_sentence, in_capitals
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.triggers import find_triggers


def _reported(text: str, lang: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


def _trigger_words(text: str, lang: str) -> list[str]:
    ws = words(text, load_cues(lang))
    return [ws[i].text for t in find_triggers(ws, lang) for i in t.words]


def test_an_acronym_is_no_stem_of_a_trigger() -> None:
    # the union 'ΟΛΜΕ' begins with 'όλμ*' (a mortar); its strike is the one event
    assert _reported("Η ΟΛΜΕ κήρυξε απεργία στην Αθήνα.", "el") == ["protest"]
    assert "ΟΛΜΕ" not in _trigger_words("Οι εκπρόσωποι της ΟΛΜΕ ήρθαν χθες στην πόλη.", "el")


def test_the_same_word_in_ordinary_case_keeps_its_stem_reading() -> None:
    assert "όλμους" in _trigger_words("Ο στρατός χτύπησε με όλμους το χωριό.", "el")


@pytest.mark.parametrize("text, lang, word", [
    ("ΕΠΙΘΕΣΗ ΜΕ ΟΛΜΟΥΣ ΣΤΗΝ ΑΘΗΝΑ", "el", "ΟΛΜΟΥΣ"),  # a headline in capitals: every word is a word
    ("ATAQUE CON MORTEROS EN KABUL", "es", "MORTEROS"),
])
def test_a_headline_in_capitals_keeps_its_triggers(text: str, lang: str, word: str) -> None:
    assert word in _trigger_words(text, lang)


@pytest.mark.parametrize("text, lang, word", [
    # a whole word of the lexicon written in capitals amid ordinary case (a wire slug, emphasis) stays a trigger
    ("ISRAEL - LIBANO / ENFRENTAMIENTOS - Jerusalén - Los soldados se enfrentaron con la milicia.", "es",
     "ENFRENTAMIENTOS"),
    ("Νέα ΕΠΙΘΕΣΗ του στρατού στο χωριό χθες το βράδυ.", "el", "ΕΠΙΘΕΣΗ"),
    # a Turkish lexicon writes its nouns as prefixes: the word that is the whole stem keeps it
    ("SALDIRI temsilcileri dün akşam şehre geldi.", "tr", "SALDIRI"),
])
def test_a_whole_word_in_capitals_keeps_its_trigger(text: str, lang: str, word: str) -> None:
    assert word in _trigger_words(text, lang)


def test_capitals_helpers() -> None:
    assert in_capitals("ΟΛΜΕ") and in_capitals("ФСБ") and not in_capitals("A") and not in_capitals("Αθήνα")
    assert not in_capitals("ناتو")  # a script without case has no acronyms in capitals
    cues = load_cues("el")
    assert capitals_sentence(words("ΕΠΙΘΕΣΗ ΜΕ ΟΛΜΟΥΣ ΣΤΗΝ ΑΘΗΝΑ", cues))
    assert acronym_positions(words("ΕΠΙΘΕΣΗ ΜΕ ΟΛΜΟΥΣ ΣΤΗΝ ΑΘΗΝΑ", cues)) == frozenset()
    assert acronym_positions(words("Η ΟΛΜΕ κήρυξε απεργία.", cues)) == frozenset({1})
