"""mlR39: recall gaps found by reading the tune part's missed gold events (dev/ml_event_misses.py).

(1) Spanish irregular past participles after an auxiliary ('han sido puestos en libertad', 'ha impuesto sanciones')
    were not read as their verbs, so the lexicon's 'poner en libertad' and 'imponer sanción' never matched them
    (cues_es `participle_rules`, and the passive's `verb`). (2) The Russian and Ukrainian imperfective
    'договариваться' / 'домовлятися' is the process, to negotiate (talks: CONSULT); reaching an agreement is the
    perfective 'договориться' / 'домовитися' (AGREE). (3) A Greek verb phrase takes an adverbial between its items
    (cues_el `verb_phrase_gap`). Sentences written for the tests."""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence


def _reported(text: str, lang: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


@pytest.mark.parametrize("text, kind", [
    ("Unos mil presos han sido puestos en libertad por las autoridades serbias.", "release"),
    ("Los presos políticos fueron puestos en libertad ayer por el Gobierno.", "release"),
    ("Estados Unidos ha impuesto nuevas sanciones a Irán.", "sanction"),
])
def test_spanish_irregular_participle_after_an_auxiliary_is_its_verb(text: str, kind: str) -> None:
    assert _reported(text, "es") == [kind]


def test_spanish_irregular_participle_keys_need_an_auxiliary() -> None:
    """Alone, 'puesto' and 'impuesto' are nouns (a post, a tax): they get no verb key."""
    cues = load_cues("es")
    ws = words("El impuesto sobre el puesto de trabajo subió.", cues)
    assert "imponer" not in ws[1].keys and "poner" not in ws[4].keys
    ws = words("Washington ha impuesto sanciones.", cues)
    assert "imponer" in ws[2].keys


@pytest.mark.parametrize("text", [
    "El impuesto sobre la renta de las sanciones subió en Madrid.",
    "La tenista ocupa el puesto 51 de la clasificación mundial.",
])
def test_spanish_nouns_spelt_as_participles_code_nothing(text: str) -> None:
    assert _reported(text, "es") == []


@pytest.mark.parametrize("lang, negotiating, agreed", [
    ("ru", "Правительство договаривалось с ополченцами об отводе войск.",
     "Правительство договорилось с ополченцами об отводе войск."),
    ("uk", "Уряд домовлявся з бойовиками про звільнення заручників.",
     "Уряд домовився з бойовиками про звільнення заручників."),
])
def test_imperfective_negotiate_is_talks_the_perfective_an_agreement(lang: str, negotiating: str, agreed: str) -> None:
    assert "consult" in _reported(negotiating, lang) and "agreement" not in _reported(negotiating, lang)
    assert "agreement" in _reported(agreed, lang)


def test_greek_verb_phrase_takes_an_adverbial_between_its_items() -> None:
    """(3) cues_el `verb_phrase_gap`: 'μίλησε ... με' (talked with) with a three-word adverbial inside."""
    assert _reported("Ο πρόεδρος μίλησε για αρκετή ώρα με τον Πούτιν.", "el") == ["consult"]
    assert _reported("Ο πρόεδρος μίλησε με τον Πούτιν.", "el") == ["consult"]
