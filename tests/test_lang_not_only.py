"""'Not only X but also Y' tells X: the negator in 'не только', 'no sólo', 'όχι μόνο', 'не лише' negates nothing
(cues `[modality] not_negation`, mlB25). A plain negator still denies the act.

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

import pytest
from lang_helpers import coded as _coded


@pytest.mark.parametrize("lang,text,told", [
    ("ru", "Военные не только обстреляли Донецк, но и захватили аэропорт.", "shelling"),
    ("uk", "Бойовики не лише обстріляли Авдіївку, а й захопили блокпост.", "shelling"),
    ("es", "Los rebeldes no sólo atacaron el cuartel, sino que también secuestraron a dos soldados.", "armed_clash"),
    ("el", "Οι αστυνομικοί όχι μόνο συνέλαβαν τους διαδηλωτές, αλλά τους χτύπησαν κιόλας στην Αθήνα.",
     "protest_intervention"),
])
def test_the_act_after_not_only_is_told(lang: str, text: str, told: str) -> None:
    assert told in _coded(text, lang)


def test_a_plain_negator_still_denies() -> None:
    assert _coded("Военные не обстреляли Донецк.", "ru") == []
