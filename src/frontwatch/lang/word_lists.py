"""Is a word in one of a language's word lists (data/lang/<code>.toml), a trailing '*' marking a prefix?

Why a module: the toponym rules that read a sentence's topic or the word before a name (`match_words`,
`team_heads`, `disease_heads`, `club_words`) all compare a text's word with such a list the same way: in
the coder's comparison form (`lang.event_tokens.normalize`: case, apostrophes, and accents where the
language strips them), whole words or prefixes, the list built once per language and field.
"""

from __future__ import annotations

from functools import lru_cache

from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import WORD, item_key, normalize
from frontwatch.lang.resources import load


@lru_cache(maxsize=32)
def _keys(lang: str, field: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, prefixes) of the language's list `field` in comparison form."""
    cues = load_cues(lang)
    keys = [item_key(x, cues) for x in getattr(load(lang), field)]
    return frozenset(k for k in keys if not k.endswith("*")), tuple(k[:-1] for k in keys if k.endswith("*"))


def listed(word: str, lang: str, field: str) -> bool:
    """Is `word` in the language's list `field`, compared in the coder's comparison form?"""
    whole, stems = _keys(lang, field)
    w = normalize(word, lang, load_cues(lang).strip_marks)
    return w in whole or bool(stems and w.startswith(stems))


def holds_listed(text: str, lang: str, field: str) -> bool:
    """Does `text` hold a word of the language's list `field`?"""
    if not getattr(load(lang), field):
        return False
    return any(listed(m.group(), lang, field) for m in WORD.finditer(text))


__all__ = ["holds_listed", "listed"]
