"""Is a cueless capitalised word English material in a text of another Latin-script language?

Without an NER model the gazetteer is the only recogniser, and a text in Turkish (or another
language written in Latin letters) quotes English untranslated: titles of games, films and songs
('Battlefield', 'Hamlet', 'Light'), and the given names and surnames of English-speaking people
("Harrison'a", "Lucas'ın", 'Ferguson'). Settlers named towns after both, so GeoNames has a small
town for most of them. A word the English dictionary knows and English writes often (wordfreq's
Zipf scale, `morph.common_word`) is such material, unless it is a large place ('Jackson' with
150 k people is the city as often as the person, and stays); the caller asks that size of it,
as it asks it of the language's own everyday words. The language opts in (`loan_language`).
"""

from __future__ import annotations

from frontwatch.lang.event_tokens import before_suffix
from frontwatch.lang.morph import common_word
from frontwatch.lang.resources import load


def loan_word(text: str, lang: str) -> bool:
    """Is the one-word span `text` (a case suffix after an apostrophe allowed: "Harrison'a") an everyday
    word or a frequent name of the language the text borrows from (`loan_language`)?"""
    loan = load(lang).loan_language
    word = before_suffix(text.strip())
    if not loan or loan == lang or not word or " " in word or not word.isalpha() or not word.isascii():
        return False
    return common_word(word, loan)


__all__ = ["loan_word"]
