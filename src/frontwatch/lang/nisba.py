"""Arabic nisba adjectives that share a place's name (issue 19, branch topo35).

WHY: Arabic makes the adjective of origin with the nisba ending (-ي, feminine -ية), and a few places are named by
that very form (السعودية, سورية). An adjective follows its noun and agrees with it in gender and definiteness;
a place in the genitive after a noun (the construct, 'إضافة') follows a head that never takes the article. So a
nisba-shaped name right after a feminine noun of the same definiteness -- both with the article or both without
-- is the adjective: 'التوجهات السعودية' (the Saudi orientations), 'ليرة سورية' (a Syrian pound). A preposition,
a type word, a seat head or a nisba before it ('المملكة العربية السعودية', 'إلى السعودية') keeps the name, and so
does a masculine noun ('زار الرئيس السعودية': the feminine adjective would not agree with it).
"""

from __future__ import annotations

from frontwatch.lang.resources import LangResources, load
from frontwatch.model import Toponym

ARTICLE = "ال"


def _bare(word: str, res: LangResources) -> str:
    """`word` without its proclitics (a conjunction, then a preposition), 'لل' read as 'ل' + 'ال'."""
    conj, preps = res.proclitics[:2], res.proclitics[2:]
    w = word
    if len(w) > 3 and w[0] in conj:
        w = w[1:]
    if len(w) > 3 and w[0] in preps:
        w = w[1:]
        if w.startswith("ل") and not w.startswith(ARTICLE):
            w = "ا" + w  # 'للجنة' → 'اللجنة'
    return w


def _governs(word: str, res: LangResources) -> bool:
    """Is `word` a preposition or a cue that governs the name after it (so the name is no adjective)? Not the
    stop list: it holds nouns an adjective agrees with ('الحكومة السعودية', the Saudi government)."""
    low = word.casefold()
    return low in res.preps or low in res.type_before or low in res.and_words \
        or low in {h.casefold() for h in res.seat_heads}


def nisba_adjectives(text: str, lang: str, toponyms: list[Toponym]) -> set[int]:
    """Indices of `toponyms` that are nisba adjectives agreeing with the feminine noun right before them."""
    res = load(lang)
    if not res.nisba_endings or not res.feminine_endings:
        return set()
    out: set[int] = set()
    for k, t in enumerate(toponyms):
        name = t.text
        if " " in name or not name.endswith(res.nisba_endings) or t.start < 2 or text[t.start - 1] != " ":
            continue
        before = text[:t.start - 1].rsplit(None, 1)
        if not before or text[t.start - 2].isspace():
            continue
        word = before[-1]
        if not word.isalpha() or _governs(word, res):
            continue
        noun = _bare(word, res)
        if noun.endswith(res.nisba_endings) or not noun.endswith(res.feminine_endings):
            continue  # a nisba before it is the name's own ('العربية السعودية'); a masculine noun does not agree
        if noun.startswith(ARTICLE) == name.startswith(ARTICLE):
            out.add(k)
    return out


__all__ = ["nisba_adjectives"]
