"""Words written in capitals inside a sentence in ordinary case: acronyms and names, not inflected words.

Why: news names parties, unions, firms and agencies by acronyms ('ΟΛΜΕ', 'ΚΚΕ', 'ФСБ', 'СБУ', 'PKK', 'ONU').
Such a token is no word of the language, so a stem or prefix pattern of the trigger lexicon that it happens to
begin with ('όλμ*', a mortar, in the teachers' union 'ΟΛΜΕ') does not make it a trigger; it can still be a whole
word of the lexicon written in capitals for emphasis, as wire slugs are ('ISRAEL - LIBANO / ENFRENTAMIENTOS -
Jerusalén - ...'). A sentence mostly in capitals is a headline: its words are ordinary words, and keep every
reading.
"""

from __future__ import annotations

from frontwatch.lang.event_tokens import Word

# A sentence is in capitals when at least this share of its cased words (two letters or more) are in capitals.
CAPITALS_SENTENCE_SHARE = 0.5


def in_capitals(text: str) -> bool:
    """Two or more letters, all of them capitals (a script without case, Arabic or Persian, never is)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def cased(text: str) -> bool:
    """Two or more letters of a script with case."""
    return sum(c.isalpha() and (c.isupper() or c.islower()) for c in text) >= 2


def capitals_sentence(ws: list[Word]) -> bool:
    """Whether the sentence is written in capitals throughout (a headline), by the share of its cased words."""
    words = [w.text for w in ws if cased(w.text)]
    return bool(words) and sum(in_capitals(w) for w in words) >= CAPITALS_SENTENCE_SHARE * len(words)


def acronym_positions(ws: list[Word]) -> frozenset[int]:
    """Indices of the words in capitals in a sentence that is not itself in capitals: acronyms and names."""
    if capitals_sentence(ws):
        return frozenset()
    return frozenset(i for i, w in enumerate(ws) if in_capitals(w.text))
