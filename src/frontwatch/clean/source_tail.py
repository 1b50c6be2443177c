"""Put back the separator before a headline's source word ('kill 18 in Aleppo Monitor' -> 'in Aleppo: Monitor').

Why: wire and monitoring-group headlines end with who reports ("Air strikes kill 12 in Syria's
Idlib: monitor", "... - state media"). Feed exports and scrapers often drop that punctuation,
and the model then reads the place and the source as one name ('Aleppo Monitor' a work of art,
'Homs Governor' a facility, 'Damascus Opera House State media' one organisation): the town is
lost and the event falls back to the country. A source word glued to the end of a place phrase
is only ever the attribution, so the colon is restored and the place parses on its own.

When: the line is headline-sized (no terminal punctuation, at most MAX_LINE_WORDS words), it
ends with a source phrase of data/source_tail.json, and the words right before that phrase are a
place phrase -- a locative preposition ('in', 'at', 'near', ...) followed only by capitalised
words, possessives and area nouns ('in Syria's Aleppo', 'near Syria capital'), at least one
capitalised. That guard keeps the victim readings ('gunmen kill Homs governor', 'fire on OSCE
monitor') untouched: there the words before the phrase are a verb's object, not a place phrase.
The text grows by one character per restored colon, before any offset is taken (as
clean/possessive.py does).
"""

from __future__ import annotations

from functools import lru_cache

from frontwatch.clean.outlet_tail import MAX_LINE_WORDS
from frontwatch.data_files import data_json

MAX_PLACE_WORDS = 6  # words between the preposition and the source phrase
_END_PUNCT = ".!?:;,-–—|)\"”’'"


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[tuple[str, ...]], frozenset[str], int]:
    data = data_json("source_tail.json")
    phrases = frozenset(tuple(p.split()) for p in data["phrases"])
    return phrases, frozenset(data["locative_prepositions"]), max(len(p) for p in phrases)


@lru_cache(maxsize=1)
def _area_nouns() -> frozenset[str]:
    from frontwatch.events.place_role import AREA_NOUNS

    return AREA_NOUNS


def _place_word(word: str) -> bool:
    """A word of a place phrase: a capitalised name (or its possessive) or an area noun."""
    bare = word[:-2] if word.endswith(("'s", "’s")) else word
    if bare[:1].isupper() and not bare.isupper():
        return True
    return word.lower() in _area_nouns()


def tail_start(words: list[str]) -> int | None:
    """Index of the first word of the line's source phrase, when a place phrase precedes it."""
    phrases, preps, longest = _lexicon()
    for n in range(min(longest, len(words) - 2), 0, -1):
        if tuple(w.lower() for w in words[-n:]) not in phrases:
            continue
        before = words[:-n]
        if before[-1][-1:] in _END_PUNCT:
            return None  # already separated ('in Aleppo - monitor', 'in Aleppo, monitor')
        k = len(before) - 1
        while k >= 0 and len(before) - k <= MAX_PLACE_WORDS and _place_word(before[k]):
            k -= 1
        named = any(w[:1].isupper() for w in before[k + 1:])
        if k >= 0 and k < len(before) - 1 and named and before[k].lower() in preps:
            return len(words) - n
        return None
    return None


def restore_source_tail(line: str) -> str:
    """The headline line with ':' restored before its glued source phrase (unchanged otherwise)."""
    stripped = line.rstrip()
    words = stripped.split()
    if not 4 <= len(words) <= MAX_LINE_WORDS or stripped[-1:] in ".!?":
        return line
    i = tail_start(words)
    if i is None:
        return line
    # the character offset of the source phrase's first word: the i-th whitespace-separated word
    pos = 0
    for w in words[:i]:
        pos = stripped.index(w, pos) + len(w)
    return line[:pos] + ":" + line[pos:]


def restore_source_tails(text: str) -> str:
    """Every headline-sized line of the text with its source separator restored."""
    return "".join(restore_source_tail(line.rstrip("\n")) + ("\n" if line.endswith("\n") else "")
                   for line in text.splitlines(keepends=True))


__all__ = ["restore_source_tail", "restore_source_tails", "tail_start"]
