"""A support verb after what it reports is a verb of saying (lang/parenthetical.py, mlB23).

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

import pytest
from lang_helpers import coded as _coded


@pytest.mark.parametrize("text", [
    "«Η κατάσταση είναι κρίσιμη» υποστηρίζει ο Σύλλογος Εργαζομένων.",
    "Η κυβέρνηση, όπως υποστηρίζει ο Σύλλογος Εργαζομένων, έκανε λάθος.",
])
def test_greek_support_verb_after_a_quotation_or_as_says(text: str) -> None:
    assert _coded(text, "el") == []


def test_greek_support_verb_with_an_object_backs() -> None:
    # the aorist: since mlB36 a support verb in the present is a standing position (lang/standing_stance.py)
    assert _coded("Ο Σύλλογος Εργαζομένων στήριξε την κυβέρνηση.", "el") == ["support"]


def test_an_opening_quotation_mark_is_no_closing_one() -> None:
    assert _coded('El Consejo "respalda la decisión del Gobierno".', "es") == ["support"]


@pytest.mark.parametrize("lang,as_text,demand", [
    ("ru", "Поступайте так, как требует закон, и проблем не будет.", "Оппозиция потребовала отставки министра."),
    ("uk", "Будуйте так, як вимагає закон, і ніхто не буде сперечатися.", "Опозиція вимагала відставки міністра."),
    ("es", "Construyan las casas como exige la norma y nadie protestará.", "La oposición exigió la dimisión del ministro."),
])
def test_request_verb_after_as_is_a_requirement(lang: str, as_text: str, demand: str) -> None:
    assert _coded(as_text, lang) == []
    assert _coded(demand, lang) == ["request"]
