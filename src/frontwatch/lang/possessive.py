"""Is a word an everyday noun in the possessive, the head of a Turkish noun compound?

Turkish builds a compound by setting a noun (or a name) before a head noun that takes the
third-person possessive -(s)I: 'İpek Yolu' (the Silk Road), 'Lappeenranta Havalimanı',
'Trakai Tarihi Milli Parkı'. The head comes last, so such a word closes the name before it: a
capitalised name right after it starts a new name ("İpek Yolu Asya'yı Avrupa'ya bağlayan",
"Lappeenranta Havalimanı Finlandiya'nın ..."), it is not the tail of a longer one. The test is
morphological, not a list of head nouns: the word is frequent (`morph.common_word`), ends in one
of the language's possessive endings (`compound_head_endings`), and its dictionary form is the
word without that ending (with the stem's consonant softened or not: 'Ligi' → 'lig', 'Dağı' →
'dağ', 'Kupası' → 'kupa'), so a name that merely ends in a vowel ('Jani', 'Mali') is not one.
"""

from __future__ import annotations

from frontwatch.lang.event_tokens import lower
from frontwatch.lang.morph import common_word
from frontwatch.lang.resources import load

# The stem's last consonant softens before a vowel ('lig' → 'Ligi', 'köpek' → 'köpeği', 'kitap' → 'kitabı').
SOFTENED = {"k": "ğ", "p": "b", "t": "d", "ç": "c", "g": "ğ"}


def is_possessive_head(word: str, lang: str) -> bool:
    """Is `word` an everyday noun with the possessive that heads a compound ('Havalimanı', 'Yolu')?"""
    import simplemma

    endings = load(lang).compound_head_endings
    if not endings:
        return False
    low = lower(word, lang)
    if not low.endswith(endings) or not common_word(word, lang):
        return False
    lemma = simplemma.lemmatize(low, lang=lang)
    if len(lemma) < 2 or len(lemma) >= len(low) or low[:len(lemma) - 1] != lemma[:-1]:
        return False
    last = low[len(lemma) - 1]
    if last != lemma[-1] and last != SOFTENED.get(lemma[-1]):
        return False
    return low[len(lemma):] in endings  # 'Denizli' is 'deniz' + the adjective's -li, no possessive
