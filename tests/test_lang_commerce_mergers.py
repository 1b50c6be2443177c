"""A merger, a takeover or a licence next to an agreement makes it a company deal (cues `commerce`, mlB25).

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

import pytest
from lang_helpers import coded as _coded


@pytest.mark.parametrize("lang,text", [
    ("ru", "Производитель компьютеров объявил о достижении договоренности по условиям поглощения конкурента."),
    ("ru", "Стороны не раскрыли детали лицензионного соглашения."),
    ("uk", "Виробник комп'ютерів оголосив про досягнення домовленості щодо умов поглинання конкурента."),
    ("es", "Los dos bancos alcanzaron un acuerdo de fusión."),
    ("el", "Οι δύο τράπεζες κατέληξαν σε συμφωνία συγχώνευσης."),
])
def test_a_merger_or_licence_agreement_is_business(lang: str, text: str) -> None:
    assert _coded(text, lang) == []


def test_an_agreement_between_states_stays() -> None:
    assert _coded("Россия и Украина подписали соглашение о прекращении огня.", "ru") == ["agreement"]
