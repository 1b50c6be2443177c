"""'Without' negates the act named right after it: 'sin enfrentamientos', 'без встречи', 'χωρίς επεισόδια'
(cues `negation`, mlB25). The act the sentence tells before it stays.

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

import pytest
from lang_helpers import coded as _coded


@pytest.mark.parametrize("lang,text,kept", [
    ("es", "La marcha terminó sin enfrentamientos con la policía.", ["protest"]),
    ("es", "El presidente abandonó Caracas sin reunión con la oposición.", []),
    ("ru", "Премьер уехал из Киева без встречи с президентом.", []),
    ("uk", "Прем'єр поїхав з Києва без зустрічі з президентом.", []),
    ("el", "Ο πρωθυπουργός έφυγε από τις Βρυξέλλες χωρίς συμφωνία με τους εταίρους.", []),
    ("el", "Το Ταμείο θέλει αποφάσεις τώρα, χωρίς ενδιάμεσες διαπραγματεύσεις με την Αθήνα.", []),
])
def test_an_act_after_without_did_not_happen(lang: str, text: str, kept: list[str]) -> None:
    assert _coded(text, lang) == kept


def test_the_act_before_without_is_told() -> None:
    assert _coded("Армия вошла в город без боя, сообщили в штабе.", "ru") == ["territory_transfer"]
