"""Places that lend their name to a disease (issue 19, branch topo32).

WHY: a disease or a virus is often named after the place where it was first described ('хвороба Ньюкасла',
'вірус Західного Нілу', 'ο ιός του Δυτικού Νείλου', 'лихорадка Эбола'). Right after the disease word the place is
part of the disease's name, not a place where something happened; NER corpora tag the whole as a name of another
kind (NER-UK: MISC). One sense per discourse: once a text names the disease so, a bare mention of the same place
with no preposition before it ('Ньюкаслом хворіють птахи') is the disease too.
"""

from __future__ import annotations

from frontwatch.lang.event_tokens import WORD
from frontwatch.lang.resources import load
from frontwatch.lang.word_lists import listed
from frontwatch.model import Toponym


def _words_before(text: str, start: int, n: int) -> list[str]:
    return [m.group() for m in WORD.finditer(text[max(0, start - 60):start])][-n:]


def _after_disease_word(text: str, t: Toponym, lang: str) -> bool:
    """Is `t` right after a disease word, a genitive article allowed between ('ιός του Δυτικού Νείλου')?"""
    res = load(lang)
    before = _words_before(text, t.start, 2)
    if before and before[-1].casefold() in res.genitive_articles:
        before = before[:-1]
    if not before or text[t.start - 1:t.start] not in (" ", "\u00a0"):
        return False
    return listed(before[-1], lang, "disease_heads")


def disease_eponyms(text: str, lang: str, toponyms: list[Toponym]) -> set[int]:
    """Indices of `toponyms` that name a disease: after one of the language's `disease_heads`, or a bare
    mention (no preposition before it) of a place the text so names elsewhere."""
    res = load(lang)
    if not res.disease_heads:
        return set()
    named = {k for k, t in enumerate(toponyms) if t.place is not None and _after_disease_word(text, t, lang)}
    if not named:
        return set()
    ids = {toponyms[k].place.geonameid for k in named}
    preps = frozenset(res.preps)
    for k, t in enumerate(toponyms):
        before = _words_before(text, t.start, 1)
        if t.place is not None and t.place.geonameid in ids and not (before and before[-1].casefold() in preps):
            named.add(k)
    return named


__all__ = ["disease_eponyms"]
