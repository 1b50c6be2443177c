"""Names that their article marks as a man's (issue 19, branch topo32).

WHY: Greek gives every name an article of its gender. A place named with the masculine nominative article has a
masculine nominative ending ('ο Πειραιάς', 'ο Καναδάς', 'ο Εγκέλαδος', 'ο Δούναβης'); a foreign place that
does not decline takes the neuter or the feminine ('το Μπάρι', 'η Βόννη'). A name after the masculine article
without such an ending is therefore a man ('ο Μπάρι', 'ο Σάουθγκεϊτ', 'ο Κορόνα'), whatever town shares it.
"""

from __future__ import annotations

from frontwatch.lang.event_tokens import WORD
from frontwatch.lang.resources import load
from frontwatch.model import Toponym


def _article_before(text: str, start: int) -> str:
    if text[start - 1:start] not in (" ", "\u00a0"):
        return ""
    words = list(WORD.finditer(text[max(0, start - 20):start]))
    return words[-1].group().casefold() if words and words[-1].end() == len(text[max(0, start - 20):start]) - 1 else ""


def masculine_persons(text: str, lang: str, toponyms: list[Toponym]) -> set[int]:
    """Indices of `toponyms` written right after one of the language's `masculine_articles` ('ο') whose last word
    lacks every `masculine_endings` ('ς'): a man's name, not a place."""
    res = load(lang)
    if not res.masculine_articles:
        return set()
    return {k for k, t in enumerate(toponyms)
            if _article_before(text, t.start) in res.masculine_articles
            and not t.text.rstrip().casefold().endswith(res.masculine_endings)}


__all__ = ["masculine_persons"]
