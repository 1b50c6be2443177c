"""A market's move told with a war word is no violence (lang/market_moves.py, mlA25).

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.events import code_sentence


def _reported(text: str, lang: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


def test_ar_exchange_falling_back_is_no_retreat() -> None:
    assert _reported("تراجعت البورصة بعد هجوم المستثمرين على بيع الأسهم.", "ar") == []
    assert _reported("تراجعت القوات من المدينة.", "ar") == ["retreat"]


def test_a_market_attacked_stays_an_attack() -> None:
    """The target takes a preposition or a case ('على البورصة', 'Borsaya'): written so, it is no doer."""
    assert _reported("قتل خمسة في هجوم على البورصة في بغداد.", "ar") == ["armed_clash"]
    assert _reported("Borsaya saldırı düzenlendi, beş kişi öldü.", "tr") == ["armed_clash"]


def test_tr_market_before_the_war_word() -> None:
    """Turkish puts the doer before: 'yatırımcıların saldırısı' (the investors' rush) against 'militanların saldırısı'."""
    assert _reported("Dün yatırımcıların saldırısı başladı.", "tr") == []
    assert _reported("Dün militanların saldırısı başladı.", "tr") != []
