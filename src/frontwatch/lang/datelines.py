"""Where a wire story's dateline names its place, in any language.

A news agency opens a story with the place of filing, an optional region in brackets, the date and
the agency's name in brackets: 'Toledo, 23 may (EFE).', 'Inca (Mallorca), 23 may (EFE).',
'Minsk (EFE).', 'Camp Zeist (Holanda), (EFE).'. The name before the bracketed agency is a place
whatever word stands before it (a sentence's first word, a slug 'EFE eco/ /Mc Zaragoza'), and so is
the bracketed region after it. English reads its own datelines in `geo/recognize.py`; the native path
has no parse, so the shape of the line is the cue. The agency names are those of `clean/boilerplate.py`
(a two- or three-letter service suffix in capitals is allowed: 'EFECOM').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontwatch.clean.boilerplate import NEWS_AGENCIES

_AGENCY = re.compile(r"\(\s*(?i:" + NEWS_AGENCIES + r")(?:[A-Z]{2,3})?\s*\)")
# What may stand between the place's name and the agency: a bracketed region, a comma, a date
# ('23 may', '23 mayo', 'May 23', '23.05.'); the name ends right before it, after a letter.
_BEFORE_AGENCY = re.compile(
    r"(?<=[^\W\d_])(?P<gap>\s*(?:\((?P<region>[^()\n]{1,40})\)\s*)?,?\s*"
    r"(?:\d{1,2}\.?\s*[^\W\d_]{3,10}\.?|[^\W\d_]{3,10}\.?\s+\d{1,2}|\d{1,2}\.\d{1,2}\.?)?\s*,?\s*)$")
_LOOKBACK = 80


@dataclass(frozen=True)
class Dateline:
    name_end: int  # the offset where the place's name ends
    region: tuple[int, int] | None  # the bracketed region's span, if any


def datelines(text: str) -> list[Dateline]:
    """The datelines of a text, each by where its place's name ends and its region's span."""
    out: list[Dateline] = []
    for m in _AGENCY.finditer(text):
        lo = max(0, m.start() - _LOOKBACK)
        before = text[lo:m.start()]
        line = before.rfind("\n") + 1
        g = _BEFORE_AGENCY.search(before, line)
        if g is None:
            continue
        region = None
        if g.group("region") is not None:
            a, b = g.span("region")
            inner = text[lo + a:lo + b]
            region = (lo + a + len(inner) - len(inner.lstrip()), lo + b - (len(inner) - len(inner.rstrip())))
        out.append(Dateline(lo + g.start(), region))
    return out
