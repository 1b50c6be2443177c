"""Words inside brackets: an aside of the sentence, not its main clause.

WHY: a place in brackets describes the name before it ('143 albaneses de Djakovica (oeste de
Kosovo) fueron condenados ... de Nis', 'Λάρισα (κεντρική Ελλάδα)'): where someone comes from or
where a town lies, not where the sentence's act happened. The event coder prefers the places
outside brackets when there are any.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

OPEN, CLOSE = "([", ")]"


class _Word(Protocol):
    i: int
    start: int
    end: int


def bracketed_words(text: str, words: Sequence[_Word]) -> frozenset[int]:
    """Indices of the words that stand inside an open bracket of `text` (nesting counted)."""
    depth_at: list[int] = []
    depth = 0
    for ch in text:
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
        depth_at.append(depth)
    return frozenset(w.i for w in words if w.start < len(depth_at) and depth_at[w.start] > 0)
