"""Is a name the words around it mark as a person's, not a place's? (Turkish, issue 19.)

Without an NER model the gazetteer is the only recogniser, and given names and surnames are also
towns somewhere. Turkish grammar marks a person in three ways a place never takes:
* a name in the genitive whose possessed noun is a kinship word ("Togo'nun oğlu", "Millan'ın
  çocuklarını", "Alboustani'nin ilk kızı": a place has no son, wife or children), one ordinal or
  adjective allowed between (`kin_nouns`, `kin_modifiers`);
* a title written after the name ('Ali Paşa', "Hasan Paşa'nın", 'Hülagû Han': `titles_after_names`);
* a regnal number written before it ('II. Elizabeth', 'III. Selim'), unless a capitalised word
  follows and the number opens a longer name ('II. Viyana Kuşatması', the second siege of Vienna).
"""

from __future__ import annotations

import re

from frontwatch.lang.event_tokens import before_suffix, lower
from frontwatch.lang.resources import load
from frontwatch.model import Toponym

_WORD = re.compile(r"[^\W\d_][\w'’]*|\d+\.")
_ROMAN = re.compile(r"(?:^|(?<=\s))[IVXLC]+\.\s$")


def _genitive(word: str, endings: tuple[str, ...]) -> bool:
    return any(word.casefold().replace("’", "'").endswith(e) for e in endings)


def _kin_after(text: str, t: Toponym, lang: str) -> bool:
    """Is `t` a genitive whose possessed noun (the next word, or the one after an ordinal or a listed adjective)
    is a kinship noun?"""
    res = load(lang)
    if not _genitive(t.text, res.possessor_suffixes):
        return False
    words = [m.group() for m in _WORD.finditer(text[t.end:t.end + 60])][:2]
    if words and (words[0].endswith(".") or lower(words[0], lang) in res.kin_modifiers):
        words = words[1:]
    return bool(words) and _kin_noun(lower(words[0], lang), res)


def _kin_noun(word: str, res) -> bool:
    """Is `word` a kinship noun in the possessive, with nothing or one case ending after it ('oğlu', 'oğluna',
    'çocuklarını'; not 'eşik', threshold, nor 'kızıl', red)?"""
    endings = {end.lstrip("'’") for end, _ in res.suffixes}
    for kin in res.kin_nouns:
        rest = word[len(kin):] if word.startswith(kin) else None
        # a case ending after the possessive takes the pronominal 'n' ('oğlu-n-a', 'çocukları-n-ı')
        if rest is not None and (rest == "" or rest in endings or (rest[:1] == "n" and rest[1:] in endings)):
            return True
    return False


def _title_after(text: str, t: Toponym, lang: str) -> bool:
    """Is `t` followed, after one space, by a title that Turkish writes after a person's name ('Ali Paşa')?"""
    m = _WORD.match(text, t.end + 1) if text[t.end:t.end + 1] == " " else None
    return m is not None and lower(before_suffix(m.group()), lang) in load(lang).titles_after_names


def _regnal_number_before(text: str, t: Toponym) -> bool:
    """Is `t` after a Roman regnal number ('II. Elizabeth') and not the first word of a longer name?"""
    if not _ROMAN.search(text[max(0, t.start - 8):t.start]):
        return False
    m = _WORD.match(text, t.end + 1) if text[t.end:t.end + 1] == " " else None
    return m is None or not m.group()[:1].isupper()


def person_marked(text: str, lang: str, toponyms: list[Toponym]) -> set[int]:
    """Indices of `toponyms` that the grammar marks as a person's name: a kinship noun possessed by it, a
    title after it, a regnal number before it. Only for a language that lists its titles after names."""
    if not load(lang).titles_after_names:
        return set()
    return {k for k, t in enumerate(toponyms)
            if t.place is not None and " " not in t.text.strip()
            and (_kin_after(text, t, lang) or _title_after(text, t, lang) or _regnal_number_before(text, t))}


__all__ = ["person_marked"]
