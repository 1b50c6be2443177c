"""Drop an outlet's name glued to the end of a headline ('... in Syria's Aleppo - Daily Sabah').

Why: feed and search titles carry the outlet after a dash or a bar ('Title - Outlet', Google
News style; 'Title | Jordan Times'; 'Title - Region - World - Ahram Online'). The model then
reads 'Aleppo - Daily Sabah' as one organisation, the town is lost, and the outlet's words can
even resolve as places ('Region' -> a Philippine region). A tail is dropped when every segment
after the separator is a short run of capitalised words with no digit -- a name, not prose --
and the headline before it keeps at least MIN_HEAD_WORDS words. A segment that is only a country or
its people ('Clashes in Tripoli - Libya') is kept: it says where, not who published.
"""

from __future__ import annotations

import re

MAX_LINE_WORDS = 30  # a headline, not a paragraph
MAX_SEGMENT_WORDS = 5
MIN_HEAD_WORDS = 3
_SEP = re.compile(r"\s+[-|–—]\s+")
_CONNECTORS = frozenset({"of", "the", "and", "de", "la", "al", "el", "&", "for", "on"})


def _name_segment(seg: str) -> bool:
    from frontwatch.clean.possessive import country_names
    from frontwatch.geo.demonyms import countries_named

    words = seg.split()
    if not words or len(words) > MAX_SEGMENT_WORDS or any(ch.isdigit() for ch in seg) or seg.rstrip()[-1:] in ".!?":
        return False
    if not words[0][:1].isupper():
        return False
    if seg.strip() in country_names() or countries_named(seg):
        return False  # 'Clashes in Tripoli - Libya': the tail says where
    return all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


def strip_outlet_tail(line: str) -> str:
    """The line without its trailing outlet segments (unchanged when none)."""
    if len(line.split()) > MAX_LINE_WORDS or not _SEP.search(line):
        return line
    parts = _SEP.split(line)
    seps = _SEP.findall(line)
    keep = len(parts)
    while keep > 1 and _name_segment(parts[keep - 1]):
        keep -= 1
    if keep == len(parts):
        return line
    head = parts[0] + "".join(s + p for s, p in zip(seps[:keep - 1], parts[1:keep]))
    if len(head.split()) < MIN_HEAD_WORDS:
        return line
    return head


def strip_outlet_tails(text: str) -> str:
    """Every line of the text without its outlet tail (the rest of the text untouched)."""
    if " - " not in text and " | " not in text and "–" not in text and "—" not in text:
        return text
    return "".join(strip_outlet_tail(line.rstrip("\n")) + ("\n" if line.endswith("\n") else "")
                   for line in text.splitlines(keepends=True))


__all__ = ["strip_outlet_tail", "strip_outlet_tails"]
