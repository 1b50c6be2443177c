"""Is a capitalised word an everyday word with its endings glued on, where names take theirs after an apostrophe?

Turkish writes the suffixes of a proper name after an apostrophe ('Ankara'da', "Kent'in") and those of a common
noun straight on ('kentin', 'bunda'). A sentence's first word is capitalised whatever it is, so a first word whose
dictionary form is a shorter everyday word, with the rest glued on ('Bunda' = 'bu' + '-nda', 'Kentin' = 'kent' +
'-in'), is that word inflected, not a name ('Bunda' ~ Bunda in Tanzania, 'Kentin' ~ Kent). A plural or a
possessive alone does not count: names are made of those ('Avcılar', 'Esenler', 'Kulu'), the case endings are not.
The language says it writes names so (`apostrophe_suffixes`); the rest is simplemma's lemma and wordfreq.
"""

from __future__ import annotations

from frontwatch.lang.event_tokens import lower, word_lemma
from frontwatch.lang.morph import common_word
from frontwatch.lang.resources import load


def glued_everyday_word(word: str, lang: str) -> bool:
    """Is `word` an everyday word whose case endings are glued on without an apostrophe ('Bunda', 'Kentin')?"""
    res = load(lang)
    if not res.apostrophe_suffixes or "'" in word or "’" in word or not common_word(word, lang):
        return False
    low = lower(word, lang)
    lemma = word_lemma(low, lang)
    if len(lemma) < 2 or len(lemma) >= len(low) or not low.startswith(lemma) or not common_word(lemma, lang):
        return False
    ending = low[len(lemma):]
    return ending not in res.collective_suffixes and ending not in res.compound_head_endings
