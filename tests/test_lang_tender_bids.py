"""A bid turned down in a sentence naming a company or a tender is a tender decision (lang/tender_bids.py, mlB25).

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

import pytest
from lang_helpers import coded as _coded


@pytest.mark.parametrize("lang,text", [
    ("uk", "Тендерний комітет відхилив пропозицію ТОВ «Будмонтаж» через невідповідність кваліфікаційним вимогам."),
    ("ru", "Конкурсная комиссия отклонила заявку компании «Стройинвест» на участие в тендере."),
    ("es", "El Ayuntamiento rechazó la oferta de la empresa constructora por su precio."),
    ("el", "Η επιτροπή απέρριψε την προσφορά της εταιρείας λόγω υψηλού κόστους."),
])
def test_a_bid_rejected_is_a_tender_decision(lang: str, text: str) -> None:
    assert "reject" not in _coded(text, lang)


@pytest.mark.parametrize("text", [
    "Москва відхилила пропозицію Києва про обмін полоненими.",  # no company: a state's refusal
    "ТОВ «Будмонтаж» відхилило звинувачення прокуратури.",  # a firm denying an accusation: no bid
])
def test_a_rejection_that_is_no_tender_stays(text: str) -> None:
    assert _coded(text, "uk") == ["reject"]
