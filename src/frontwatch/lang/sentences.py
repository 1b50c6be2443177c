"""Sentences of a non-English text: a punctuation splitter with stable offsets.

No parser is loaded for these languages, and the event coder and the map only need sentence
boundaries; a sentence ends at . ! ? … ؟ ۔ followed by space, or at a line break."""

from __future__ import annotations

import re

from frontwatch.model import Sentence

_END = re.compile(r"(?<=[.!?…؟۔])[\"'”’»)]*\s+|\n\s*")


# A dot after a one-letter abbreviation ('м.', 'с.', 'κ.') or initial ('Т. Шевченко') does not
# end the sentence: 'в м. Києві', 'поблизу с. Мотижин'. No word of one letter ends a sentence.
_ONE_LETTER = re.compile(r"(?:^|[\s(«\"„“])[^\W\d_]\.$")


def _abbreviation_before(text: str, m: re.Match) -> bool:
    return "\n" not in m.group(0) and bool(_ONE_LETTER.search(text[max(0, m.start() - 3):m.start()]))


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        if _abbreviation_before(text, m):
            continue
        _add(out, text, start, m.start() + len(m.group(0).rstrip()) if m.group(0).strip() else m.start())
        start = m.end()
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Sentence(index=len(out), start=a, end=b, text=text[a:b]))
