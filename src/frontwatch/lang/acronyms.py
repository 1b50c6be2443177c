"""Acronyms a text defines for a body's name: the body, not the place the gazetteer files under the same letters.

WHY: news spells a body out once with its acronym in brackets and then uses the acronym alone ('la Comunidad
Andina (CAN) ... la CAN precisó'). 'CAN' is also Canada's ISO code, which the gazetteer lists, so every later
'CAN' was read as Canada (4 false places on the Spanish tune part). One sense per discourse: an all-capital word in
brackets right after a capitalised name whose initials it spells ('Comunidad Andina' → CA..., 'Organización para
la Unidad Africana' → OUA; lower-case connectors skipped) is that name's acronym wherever the text writes it. When
the spelled-out name is itself a place the text found ('Emiratos Árabes Unidos (EAU)'), the acronym is that place,
and nothing is changed.
"""

from __future__ import annotations

import re

from frontwatch.model import Toponym

_DEFINED = re.compile(r"\(\s*([A-ZÀ-ÖØ-ÞΑ-ΩА-Я]{2,8})\s*\)")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
MAX_NAME_WORDS = 8
MIN_SPELLED = 2  # letters of the acronym the initials must spell, from its first


def _initials_before(text: str, end: int) -> tuple[str, int] | None:
    """The initials of the capitalised words that end right before `end` (lower-case words between them allowed,
    'Organización para la Unidad Africana'), with the name's start; None when no capitalised word stands there."""
    words = list(_NAME_WORD.finditer(text[max(0, end - 200):end]))
    base = max(0, end - 200)
    if not words or text[base + words[-1].end():end].strip():
        return None
    initials, start, lower_run = "", None, 0
    for m in reversed(words[-MAX_NAME_WORDS * 2:]):
        w = m.group()
        if w[:1].isupper():
            initials, start, lower_run = w[0] + initials, base + m.start(), 0
        elif lower_run < 2 and start is not None:
            lower_run += 1  # 'para la' inside the name
        else:
            break
    return (initials, start) if start is not None else None


def _spells(acronym: str, initials: str) -> bool:
    """Do the name's initials spell the acronym's first letters (or the acronym the initials' first)?"""
    n = min(len(acronym), len(initials))
    return n >= MIN_SPELLED and acronym[:n] == initials.upper()[:n]


def defined_acronyms(text: str, toponyms: list[Toponym]) -> set[int]:
    """Indices of `toponyms` that are an acronym the text defines for a name that is not itself a place."""
    places = [(t.start, t.end) for t in toponyms if t.place is not None]
    acronyms: set[str] = set()
    for m in _DEFINED.finditer(text):
        found = _initials_before(text, m.start())
        if found is None or not _spells(m.group(1), found[0]):
            continue
        name = (found[1], m.start())
        if any(name[0] <= a and b <= name[1] + 1 and (b - a) * 2 > name[1] - name[0] for a, b in places):
            continue  # 'Emiratos Árabes Unidos (EAU)': the name spelled out is the place
        acronyms.add(m.group(1))
    return {k for k, t in enumerate(toponyms) if t.text in acronyms}


__all__ = ["defined_acronyms"]
