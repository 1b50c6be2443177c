"""Name keys: how a surface string is normalised before it is looked up.

Two keys, two jobs:

* `name_key` is the *exact* key: Unicode-normalised and case-folded, nothing else, so an
  exact or alternate-name hit means the article spelled the name the way some source did.
* `fold` is the *transliteration-folded* key for Latin-script names. News transliterates
  Arabic (and Persian, Kurdish, Russian...) names in many competing ways -- 'Deir ez-Zor',
  'Dayr az Zawr', 'Deir Ezzor'; 'Quneitra', 'Kuneytra', 'Al Qunaytirah' -- and the
  differences are systematic: the Arabic article (al-/el-/as-/ez-...), the ayin and hamza
  marks, doubled consonants, vowel spellings (ou/u, ei/ay) and consonant conventions
  (q/k, kh/h, ph/f). `fold` erases exactly those differences so all variants share one key.
  Both the gazetteer and the query are folded the same way, so a rule that merges two
  spellings can only add candidates (ranked below exact ones), never lose a self-match.

Non-Latin names (Arabic, Cyrillic, CJK...) get no fold key: their variants differ in ways
these rules do not describe, and they are still found through `name_key`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

# Apostrophe-like marks that transliterations use for ayin/hamza (ʿ ʾ ‘ ’ ' ` ´ ʻ ʼ ′ ‛ ʹ ˈ).
_MARKS = dict.fromkeys(map(ord, "ʿʾ‘’'`´ʻʼ′‛ʹˈ\u02bd\u02be\u02bf"), None)
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")

# A character outside Latin letters, Latin diacritics/modifier letters and general punctuation.
_NON_LATIN = re.compile(r"[^\x00-\u024F\u02B0-\u036F\u1E00-\u1EFF\u2000-\u206F]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# The Arabic definite article in its usual romanisations, including the assimilated forms
# before 'sun letters' (as-, ash-, ad-, az-, ar-, an-, at-) and French/Levantine e-forms.
ARTICLES = frozenset(
    "al el il ul ar er as es us ad ed ud ash esh ech ech an en at et az ez adh ath".split()
)
# An article glued to the next word doubles the (sun) consonant: 'Ezzor', 'Assuwayda',
# 'Arraqqa'. Stripped from a later word when 3+ letters remain, from the first word only
# when 4+ remain, so short leading names ('Essen', 'Assad') keep their letters.
_GLUED_LATER = re.compile(r"(?<= )[aeiu]([tdrzsnl])(?=\1[a-z]{2})")
_GLUED_FIRST = re.compile(r"^[aeiu]([tdrzsnl])(?=\1[a-z]{3})")

# Transliteration equivalences, applied in order (longest first where they overlap).
# Each pair is a spelling difference of the *same* sound in common romanisation systems
# (English, French, German, ALA-LC without diacritics).
_EQUIV: tuple[tuple[str, str], ...] = (
    ("ou", "u"),  # French 'Qouneitra' ~ 'Quneitra'
    ("oo", "u"),  # English 'Shoosh' ~ 'Shush'
    ("ee", "i"),  # English 'Sheeba' ~ 'Shiba'
    ("ei", "ay"),  # 'Deir' ~ 'Dayr', 'Sheikh' ~ 'Shaykh'
    ("ey", "ay"),  # 'Kuneytra' ~ 'Qunaytra'
    ("ai", "ay"),  # 'Sanamain' ~ 'Sanamayn'
    ("dj", "j"),  # French 'Djebel' ~ 'Jebel'
    ("kh", "h"),  # 'Khan' ~ 'Han'; the kh/h merge is common in news spellings
    ("gh", "g"),
    ("ph", "f"),
    ("dh", "d"),
    ("th", "t"),
    ("ck", "k"),
    ("q", "k"),  # 'Qamishli' ~ 'Kamishli'
)
# Ta marbuta: 'Raqqah' ~ 'Raqqa', 'Sweideh' ~ 'Sweida' (words of 4+ letters).
_TA_MARBUTA = re.compile(r"\b([a-z]{2,})[ae]h\b")
# French mute e after a consonant: 'Meskine' ~ 'Meskin', 'Rastane' ~ 'Rastan' (5+ letters).
_MUTE_E = re.compile(r"\b([a-z]{3,}[b-df-hj-np-tv-xz])e\b")
_DOUBLED = re.compile(r"([a-z])\1+")


def is_latin(text: str) -> bool:
    """True when every letter is Latin (with or without diacritics)."""
    return _NON_LATIN.search(text) is None


def name_key(text: str) -> str:
    """The exact lookup key: NFKC, case-folded, dashes unified, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return " ".join(text.casefold().split())


@lru_cache(maxsize=65536)
def fold(text: str) -> str | None:
    """The transliteration-folded key of a Latin-script name, or None for other scripts.

    >>> fold("Deir ez-Zor") == fold("Deir Ezzor") == "dayr zor"
    True
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_MARKS)
        if not is_latin(text):
            return None
        text = unidecode(text)
    tokens = _NON_ALNUM.sub(" ", text.lower().replace(".", "").replace("'", "").replace("`", "")).split()
    if not tokens:
        return None
    if len(tokens) > 1:
        # Drop a standalone article when a real word follows it ('As Suwayda', 'Dayr al Zor').
        tokens = [t for t in tokens[:-1] if t not in ARTICLES] + tokens[-1:]
    key = _GLUED_FIRST.sub("", _GLUED_LATER.sub("", " ".join(tokens)))
    for a, b in _EQUIV:
        key = key.replace(a, b)
    key = _MUTE_E.sub(r"\1", _TA_MARBUTA.sub(r"\1a", key))
    return _DOUBLED.sub(r"\1", key) or None

