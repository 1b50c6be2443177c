"""Numbered military units ('the 105th Brigade', '4th Armoured Division') are state forces.

Why: news names the unit that fought, not the army ("the Syrian Arab Army's 42nd Brigade is
engaged in a fierce battle"), and the NER reads it as an unknown organisation, which has no
ACLED inter code. A regular army numbers its formations with ordinals; armed groups name
theirs ('Division 30', 'Southern Front Brigades', 'Liwa al-Islam'), so an ordinal before a
formation noun is the evidence used. The formation nouns are a list in data/actor_fill.json.
Pure: words in, boolean out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from frontwatch.events.actor_words import actor_fill_data

_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = actor_fill_data()
    return frozenset(raw["unit_nouns"]), frozenset(raw["ordinal_words"])


def is_numbered_unit(words: Sequence[str]) -> bool:
    """Do these words (an organisation's name) name a numbered formation of a regular army?"""
    nouns, ordinals = _words()
    lower = [w.lower() for w in words]
    for k, w in enumerate(lower):
        if _ORDINAL.match(w) or w in ordinals:
            return any(x in nouns for x in lower[k + 1:k + 4])
    return False
