"""Is a capitalised word that the gazetteer knows a person's name here? (Slavic morphology.)

Without an NER model for Ukrainian the gazetteer is the only recogniser, and first names and
surnames are also towns somewhere ('Володимир', 'Марина', 'Васильків', 'Шевченка'). pymorphy3's
dictionaries tag first names, surnames and patronymics ('Name', 'Surn', 'Patr') and mark nouns
animate; a place is inanimate. So a word is read as a person when
* every reading of it is a personal name or an animate noun and no place cue stands before it
  ('поговорив з Маріанною', 'Васильків Олесі'), or
* some reading is, and a neighbouring capitalised word reads only as a personal name
  ('Володимир Брільов', 'Марина Кузьміна'), or it follows an initial ('Т. Шевченкові').
"""

from __future__ import annotations

from functools import lru_cache

from frontwatch.lang.morph import _morph

_PERSON_GRAMS = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=50_000)
def person_readings(word: str, lang: str) -> tuple[int, int]:
    """(readings that are a person's name or an animate noun, all readings) of `word`."""
    morph = _morph(lang)
    if morph is None or not word[:1].isupper():
        return 0, 0
    parses = morph.parse(word)
    person = sum(1 for p in parses if p.tag.POS == "NOUN" and (_PERSON_GRAMS & set(p.tag.grammemes)
                                                                 or "anim" in p.tag))
    return person, len(parses)


def only_person(word: str, lang: str) -> bool:
    person, total = person_readings(word, lang)
    return total > 0 and person == total


def maybe_person(word: str, lang: str) -> bool:
    return person_readings(word, lang)[0] > 0


def is_initial(text: str, start: int) -> bool:
    """Does an initial ('Т. ', 'М.') stand right before `start`?"""
    before = text[max(0, start - 4):start].rstrip(" \u00a0")
    return len(before) >= 2 and before.endswith(".") and before[-2].isupper() \
        and (len(before) == 2 or not before[-3].isalpha())


def looks_like_person(toks, a: int, b: int, text: str, lang: str, cued: bool) -> bool:
    """Is the one-word span `toks[a:b]` (`lang.toponyms.Token`s) a person's name? `cued`: a
    preposition or type word before it says a place follows."""
    if b - a != 1 or _morph(lang) is None:
        return False
    word = toks[a].text
    if not maybe_person(word, lang):
        return False
    if is_initial(text, toks[a].start):
        return True
    if only_person(word, lang) and not cued:
        return True
    for x, y in ((a - 1, a), (a, a + 1)):  # the word before and the word after, one space apart
        if 0 <= x and y < len(toks) and toks[x].sentence == toks[y].sentence \
                and text[toks[x].end:toks[y].start] == " " and only_person(toks[x if y == a else y].text, lang):
            return True
    # 'Володимиру Продівусу': a first name, then a word the dictionary knows as a surname
    return a + 1 < len(toks) and toks[a + 1].sentence == toks[a].sentence \
        and text[toks[a].end:toks[a + 1].start] == " " and has_grammeme(word, lang, "Name") \
        and has_grammeme(toks[a + 1].text, lang, "Surn")


@lru_cache(maxsize=50_000)
def has_grammeme(word: str, lang: str, grammeme: str) -> bool:
    morph = _morph(lang)
    return morph is not None and word[:1].isupper() and any(grammeme in p.tag.grammemes for p in morph.parse(word))
