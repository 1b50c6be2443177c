"""A happening named with a bare year in brackets is a past one recalled: 'η σφαγή του Σετίφ (1945)'.

Why: news dates what it reports by a day or a relative word ('yesterday', 'on Monday'); a year alone in
brackets right after an event's name ('la matanza de Atocha (1977)', 'Η σφαγή (1965)', a title with its
year) names a known past happening for reference, which the guideline codes as background. The dev set
has no publication date to tell history by, and this form tells it without one. Languages opt in with
the cue `[dates] bracket_years` (the Turkish Wikipedia file codes dated history as events).
"""

from __future__ import annotations

import re

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word
from frontwatch.lang.proximity import within
from frontwatch.lang.triggers import LangTrigger

BRACKET_YEAR = re.compile(r"\(\s*(?:1[0-9]{3}|20[0-9]{2})(?:\s*[-–]\s*[0-9]{2,4})?\s*\)")
NAME_WINDOW = 4  # words from the trigger to the bracket: 'σφαγή του Σετίφ (1945)', 'matanza de los abogados de Atocha'


def bracketed_years(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of triggers followed, within NAME_WINDOW words, by a bracketed year."""
    if not cues.bracket_years:
        return set()
    out = set()
    for m in BRACKET_YEAR.finditer(text):
        words_before = [w.i for w in ws if w.end <= m.start()]
        if not words_before:
            continue
        last = words_before[-1]
        slot = (last + 1, last + 1)  # the bracket's place: between the word before it and the next
        out |= {k for k, t in enumerate(triggers) if within((t.start, t.end), slot, NAME_WINDOW, side="after")}
    return out
