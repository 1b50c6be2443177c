"""Unicode and whitespace normalisation of article text.

Later stages (sentences, toponyms, event evidence) report character offsets into the
text this module returns, and gazetteer/trigger matching wants one spelling of each
quote, dash and space. So every substitution here is one character for one character;
the only changes in length are deletions of invisible characters, CR of CRLF,
trailing spaces, surplus blank lines and NFC composition.

Hand-written with `str.translate` rather than `ftfy`: ftfy is not a dependency, and
its extra fixes (mojibake repair, HTML unescaping, ligature expansion) change lengths
and content in ways we do not want to audit for an offset-preserving step.
"""

from __future__ import annotations

import re
import unicodedata

# Typographic quotes → ASCII. Single-quote family (incl. prime, single guillemets) → "'",
# double family (incl. double prime, guillemets) → '"'.
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2039\u203a"  # ‘ ’ ‚ ‛ ′ ‹ ›
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"  # “ ” „ ‟ ″ « »

# Hyphen/dash family → '-'. Spacing around them is kept as it is ("a – b" → "a - b").
_DASHES = (
    "\u2010\u2011\u2012\u2013\u2014\u2015"  # hyphen, nb hyphen, figure, en, em dash, horizontal bar
    "\u2212\ufe58\ufe63\uff0d"  # minus sign, small em dash, small hyphen-minus, fullwidth hyphen-minus
)

# Every Unicode space separator (category Zs) other than ' ' itself.
_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)

# Unicode line/paragraph separators become ordinary line breaks so that every later
# line-based rule sees the same lines.
_LINE_BREAKS = "\u2028\u2029\u0085"

# Invisible characters: zero-width space/joiners, word joiner, BOM, soft hyphen,
# Mongolian vowel separator and bidi marks/embeddings/isolates. They split words for
# the tokenizer and gazetteer ("Da\u200bmascus") while carrying nothing we use; the
# product works on English text, where ZWJ/ZWNJ have no orthographic role.
_INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

TRANSLATION: dict[int, str | None] = {
    **{ord(c): "'" for c in _SINGLE_QUOTES},
    **{ord(c): '"' for c in _DOUBLE_QUOTES},
    **{ord(c): "-" for c in _DASHES},
    **{ord(c): " " for c in _SPACES},
    **{ord(c): "\n" for c in _LINE_BREAKS},
    **{ord(c): None for c in _INVISIBLE},
}

# Lone surrogates (a JSON "\ud800" escape decodes to one) cannot be encoded as UTF-8: the
# article id, the store and the JSON output would all fail on them. One U+FFFD each.
_SURROGATE = re.compile("[\ud800-\udfff]")

_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile(r"\n{4,}")  # 4+ newlines = 3+ blank lines


def normalize_text(text: str) -> str:
    """Return `text` with one spelling per quote, dash, space and line break.

    Translation runs before NFC so that a combining mark separated from its base by a
    deleted invisible character still composes with it.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize_text expects str, got {type(text).__name__}")
    text = unicodedata.normalize("NFC", _SURROGATE.sub("\ufffd", text).translate(TRANSLATION))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("", text)
    return _MANY_BLANK_LINES.sub("\n\n\n", text)
