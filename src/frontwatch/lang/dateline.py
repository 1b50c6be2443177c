"""Wire datelines and slugs in a non-English sentence: 'LIBANO - ISRAEL / RETIRADA - Beirut - Intensos
bombardeos ...', '... EN EL FRENTE CENTRAL Addis Abeba (EFE).'

Why: agency copy opens an item with topic slugs and the city it was filed from. The filing city
is not where the event happened (the guideline of dev/events-ml says so, as ACLED does), and a
slug word ('RETIRADA', 'ENFRENTAMIENTOS') repeats the story the body tells, so coding it doubles
the event at the dateline's city. The English path reads the same sign from the parse
(events/place_role.py, feature 'dateline'); here it is read from the punctuation alone:

- a place is a dateline when it is followed by an agency tag ('(EFE)', '(Australia), (AFP)') or
  by a spaced dash, and is preceded by the start of the line, a spaced dash, a slash or a colon;
- the words before the last dateline are the slug when the text after it has lower-case words
  (a body); an all-capitals headline with its dateline at the end has no body and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# after the place: an optional '(Country),' then an agency tag in brackets, or a spaced hyphen/en dash
_AFTER = re.compile(r"^\)?\s*(?:\([^()]{2,30}\)\s*,?\s*)?(?:\(\s*[A-Z][A-Za-z-]{1,10}\s*\)|[-–]\s)")
# before the place: the start of the text or line, a spaced dash, a slash, a colon
_BEFORE = re.compile(r"(?:^|\n|\s[-–/]|:|\))\s*\(?$")


class Span(Protocol):
    start: int
    end: int


def dateline_places(text: str, places: Sequence[Span]) -> set[int]:
    """Indices of the `places` that are a dateline or a slug of the sentence."""
    out = set()
    for k, p in enumerate(places):
        if _AFTER.match(text[p.end:p.end + 40]) and _BEFORE.search(text[max(0, p.start - 40):p.start]):
            out.add(k)
    return out


def slug_end(text: str, places: Sequence[Span], datelines: set[int]) -> int:
    """The character offset where a slug ends (0: no slug): the end of the last dateline's
    separator when lower-case words follow it."""
    if not datelines:
        return 0
    last = max((places[k] for k in datelines), key=lambda p: p.end)
    m = _AFTER.match(text[last.end:last.end + 40])
    end = last.end + (m.end() if m else 0)
    return end if any(c.islower() for c in text[end:]) else 0


__all__ = ["dateline_places", "slug_end"]
