"""A sound key shared by a Greek exonym and the place's Latin name ('Καλιφόρνια' ~ 'California').

Greek news writes foreign places as they sound ('Ουάσινγκτον', 'Μπρούκλιν', 'Τέξας'), and
GeoNames lists few of them in Greek. Both spellings are reduced to one rough key: Greek
letters and digraphs to their sounds, English and Romance spellings to the same sounds (c → k
or s, ph → f, sh → s, w → u, y → i, x → ks, j → dz), doubled letters once, vowels that
Greek merges (η ι υ ει οι; ο ω) merged, a final silent e dropped. `lang.index` matches the
key of a Greek form against the keys of large places only (`PHONETIC_MIN_POPULATION`,
first-level divisions and countries), so that a rough key rarely meets a wrong village.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

PHONETIC_MIN_POPULATION = 100_000
MIN_KEY_LENGTH = 5
# A town of a war or a crisis is news in Greek long before it is large ('Αβντιίβκα', 'Μπαχμούτ'): its
# other Latin spellings (GeoNames' alternate names: 'Kharkov', 'Bakhmut', 'Avdiivka') are read down to
# this size. A sound key found only this way needs a cue in the text, as every sound key does.
ALTERNATE_MIN_POPULATION = 30_000

_GREEK = (("ουα", "ua"), ("ου", "u"), ("αι", "e"), ("ει", "i"), ("οι", "i"), ("υι", "i"), ("αυ", "av"),
          ("ευ", "ev"), ("νγκ", "ng"), ("γκ", "g"), ("γγ", "ng"), ("μπ", "b"), ("ντ", "d"), ("τσ", "ts"),
          ("τζ", "dz"), ("α", "a"), ("β", "v"), ("γ", "g"), ("δ", "d"), ("ε", "e"), ("ζ", "z"), ("η", "i"),
          ("θ", "t"), ("ι", "i"), ("κ", "k"), ("λ", "l"), ("μ", "m"), ("ν", "n"), ("ξ", "ks"), ("ο", "o"),
          ("π", "p"), ("ρ", "r"), ("σ", "s"), ("ς", "s"), ("τ", "t"), ("υ", "i"), ("φ", "f"), ("χ", "h"),
          ("ψ", "ps"), ("ω", "o"))
_LATIN = ((r"sch", "s"), (r"ph", "f"), (r"th", "t"), (r"sh", "s"), (r"zh", "z"), (r"ch", "k"), (r"ck", "k"),
          (r"c(?=[eiy])", "s"), (r"c", "k"), (r"q", "k"), (r"x", "ks"), (r"j", "dz"), (r"w", "u"), (r"y", "i"),
          (r"oo", "u"), (r"ou", "u"), (r"ee", "i"), (r"mb", "b"), (r"nd", "d"), (r"h", ""))


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _finish(key: str) -> str:
    key = re.sub(r"(.)\1+", r"\1", key)  # doubled letters once ('Pennsylvania')
    if len(key) > MIN_KEY_LENGTH and key.endswith("e"):
        key = key[:-1]  # 'Irvine' ~ 'Ίρβιν'
    return key


@lru_cache(maxsize=50_000)
def greek_key(word: str) -> str:
    """The sound key of a Greek name ('Ουάσινγκτον' → 'uasington')."""
    # A diaeresis parts two vowels ('Μαϊάμι' is ma-i-ami, not the digraph αι): a separator keeps them apart.
    low = _plain(re.sub("[ϊΐϋΰ]", lambda m: "|" + _plain(m.group(0)), word.casefold()))
    return _finish(rewrite(low, _GREEK, keep=str.isalpha))


def greek_keys(word: str) -> tuple[str, ...]:
    """The sound keys a Greek name may share with a Latin one, the plain `greek_key` first.

    Why more than one: Greek 'χ' writes Latin 'kh' ('Μπαχμούτ', 'Χάρκοβο'), which `latin_key` reads as 'k', and
    Latin 'h' ('Κανταχάρ' ~ Kandahar), which it drops; and Greek gives a foreign name that ends in a consonant
    the neuter ending '-ο' ('Κίεβο' ← Kiev, 'Χάρκοβο' ← Kharkov), which the declension
    (`lang.morph.phrase_forms`) keeps as the name's nominative. Each reading is tried alone and with the other."""
    key = greek_key(word)
    low = _plain(word)
    out = [key]
    if "χ" in low:
        out += [greek_key(low.replace("χ", "κ")), greek_key(low.replace("χ", ""))]
    for k in list(out):
        if k.endswith("o") and len(k) > MIN_KEY_LENGTH and k[-2] not in "aeiou":
            out.append(k[:-1])
    return tuple(dict.fromkeys(out))


def rewrite(text: str, table, keep=None) -> str:
    """`text` with each of the table's (source, target) pairs replaced, the first that matches at each
    position winning (tables list digraphs before letters); other characters kept, or only those `keep`
    accepts. One scan, shared by the Greek sound key and the romanisation tables (`lang.morph.romanize`)."""
    out, i = [], 0
    while i < len(text):
        for src, dst in table:
            if text.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            if keep is None or keep(text[i]):
                out.append(text[i])
            i += 1
    return "".join(out)


def latin_key(name: str) -> str:
    """The sound key of a Latin name ('Washington' → 'uasington')."""
    key = "".join(c for c in _plain(name) if c.isalpha() and c.isascii())
    for pattern, repl in _LATIN:
        key = re.sub(pattern, repl, key)
    return _finish(key)
