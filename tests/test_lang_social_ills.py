"""A fight against a social ill is a policy, not a clash (lang/social_ills.py, mlB23).

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

import pytest
from lang_helpers import coded as _coded


@pytest.mark.parametrize("lang,ill,enemy", [
    ("es", "El Gobierno ha combatido el terrorismo desde la ley, dijo ayer el diputado.",
     "El ejército combatió a los rebeldes en la frontera."),
    ("ru", "Полиция сражалась с преступностью в городе.", "Армия сражалась с боевиками в городе."),
])
def test_fight_against_an_ill_is_no_clash_and_against_an_enemy_is(lang: str, ill: str, enemy: str) -> None:
    assert _coded(ill, lang) == []
    assert _coded(enemy, lang) == ["armed_clash"]


def test_rockets_and_fire_are_no_social_ills() -> None:
    """'рак' is listed as a word, not a prefix: 'ракетами' (with rockets) keeps the battle."""
    from frontwatch.lang.cues import load

    ills = load("ru").social_ills
    assert "рак" in ills and not any(x.startswith(("рак*", "огн")) for x in ills)
