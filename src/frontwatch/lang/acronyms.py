"""Acronyms a text defines for a body's name: the body, not the place the gazetteer files under the same letters.

WHY: news spells a body out once with its acronym in brackets and then uses the acronym alone ('la Comunidad
Andina (CAN) ... la CAN precisó'). 'CAN' is also Canada's ISO code, which the gazetteer lists, so every later
'CAN' was read as Canada (4 false places on the Spanish tune part). One sense per discourse: an all-capital word in
brackets right after a capitalised name whose words it spells, each giving its first letter or letters ('Comunidad
Andina' → CAN, 'Chunta Aragonesista' → CHA, 'Organización para la Unidad Africana' → OUA; lower-case connectors
skipped) is that name's acronym wherever the text writes it. When the spelled-out name is itself a place the text
found ('Emiratos Árabes Unidos (EAU)'), the acronym is that place, and nothing is changed.
"""

from __future__ import annotations

import re
import unicodedata

from frontwatch.model import Toponym

_DEFINED = re.compile(r"\(\s*([A-ZÀ-ÖØ-ÞΑ-ΩА-Я]{2,8})\s*\)")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
MAX_NAME_WORDS = 8
MIN_WORDS = 2  # capitalised words the acronym must spell: one word's first letters are no definition


def _name_before(text: str, end: int) -> tuple[list[str], int] | None:
    """The words of the capitalised name that ends right before `end` (up to two lower-case words inside it,
    'Organización para la Unidad Africana'), with the name's start; None when no capitalised word stands there."""
    base = max(0, end - 200)
    words = list(_NAME_WORD.finditer(text[base:end]))
    if not words or text[base + words[-1].end():end].strip():
        return None
    kept: list[str] = []
    start, lower_run = None, 0
    for m in reversed(words[-MAX_NAME_WORDS * 2:]):
        w = m.group()
        if w[:1].isupper():
            kept.insert(0, w)
            start, lower_run = base + m.start(), 0
        elif lower_run < 2 and start is not None:
            kept.insert(0, w)
            lower_run += 1  # 'para la' inside the name
        else:
            break
    while kept and not kept[0][:1].isupper():
        kept.pop(0)
    return (kept, start) if start is not None else None


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.upper()) if not unicodedata.combining(c))


def _spells(acronym: str, words: list[str]) -> bool:
    """Do the name's last words spell the acronym, each capitalised word giving one or more of its first letters
    ('Comunidad Andina' → CAN, 'Chunta Aragonesista' → CHA) and lower-case words giving none or their first?"""
    acr = _fold(acronym)

    def fits(i: int, k: int) -> bool:  # acronym letters from i on, words from k on, all words used
        if k == len(words):
            return i == len(acr)
        w = _fold(words[k])
        if not words[k][:1].isupper() and fits(i, k + 1):
            return True  # a connector that gives no letter
        n = 1
        while i + n <= len(acr) and n <= len(w) and w[:n] == acr[i:i + n]:
            if fits(i + n, k + 1):
                return True
            n += 1
        return False

    caps = [k for k, w in enumerate(words) if w[:1].isupper()]
    return any(len(caps) - caps.index(k) >= MIN_WORDS and fits(0, k) for k in caps)


def defined_acronyms(text: str, toponyms: list[Toponym]) -> set[int]:
    """Indices of `toponyms` that are an acronym the text defines for a name that is not itself a place."""
    places = [(t.start, t.end) for t in toponyms if t.place is not None]
    acronyms: set[str] = set()
    for m in _DEFINED.finditer(text):
        found = _name_before(text, m.start())
        if found is None or not _spells(m.group(1), found[0]):
            continue
        name = (found[1], m.start())
        if any(name[0] <= a and b <= name[1] + 1 and (b - a) * 2 > name[1] - name[0] for a, b in places):
            continue  # 'Emiratos Árabes Unidos (EAU)': the name spelled out is the place
        acronyms.add(m.group(1))
    return {k for k, t in enumerate(toponyms) if t.text in acronyms}


__all__ = ["defined_acronyms"]
