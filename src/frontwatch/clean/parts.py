"""Long documents cut into parts the pipeline can take, at the most natural boundary.

Why: the parser's cost grows faster than the text (a 300,000-character article took 31 s
and 1.2 GB, a 1.9 M one ran past 400 s), so one giant input could stall a worker for the
whole batch. Parts are cut at a paragraph break if one lies in the last third of the
window, else a line break, else a sentence end, else a space, else hard.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s")


def split_text(text: str, max_chars: int) -> list[str]:
    """`text` as consecutive parts of at most `max_chars` characters, in order, none empty."""
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    parts: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        piece = text[start:end].strip()
        if piece:
            parts.append(piece)
        start = end
    rest = text[start:].strip()
    if rest:
        parts.append(rest)
    return parts


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end the part that starts at `start` and may not pass `limit`."""
    floor = start + (limit - start) * 2 // 3
    window = text[floor:limit]
    for sep in ("\n\n", "\n"):
        i = window.rfind(sep)
        if i >= 0:
            return floor + i + len(sep)
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        return floor + ends[-1]
    i = window.rfind(" ")
    return floor + i + 1 if i >= 0 else limit
