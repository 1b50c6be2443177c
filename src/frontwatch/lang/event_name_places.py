"""The place inside a named event ('Fontainebleau Antlaşması', 'Halep Kuşatması', 'Malazgirt Savaşı').

Why: a treaty, a siege or a battle named after its place tells where it happened, and history and
news name them so ('Lozan Antlaşması'nda', 'Aspis Kuşatması'nın sonunda'). The recogniser rightly
leaves such a name out as a toponym (the whole is the event's name; the NER gold marks it EVENT),
so the event coder had no place for it. This finds the capitalised words right before a capitalised
event-name head (data: the language's `event_name_heads` in data/lang/<lang>.toml) and resolves them
as a place; the toponym it returns is `derived` ('event name'), so toponym scores leave it out, as
they leave out 'the Syrian capital'. Cased scripts only: without capitals a name has no edges.
"""

from __future__ import annotations

import re

from frontwatch.geo.recognize import SpanCandidate
from frontwatch.lang.morph import phrase_forms
from frontwatch.lang.resources import load
from frontwatch.model import Sentence, Toponym

_WORD = re.compile(r"\w[\w'’\-]*")
MAX_NAME_WORDS = 3  # 'Dien Bien Phu Muharebesi'
# a name with no cue but the event word after it: a town must be large enough to have an event named after it
# ('Kore Savaşı' is Korea's war, not Coray's, a French village of 1,800), or be a country or a region
MIN_POPULATION = 10_000
DERIVED = "event name"


def _head(word: str, heads: tuple[str, ...]) -> bool:
    low = word.replace("İ", "i").replace("I", "ı").casefold().replace("’", "'").split("'")[0]
    return word[:1].isupper() and any(low.startswith(h) for h in heads)


def event_name_places(text: str, lang: str, sents: list[Sentence], geoparser, index,
                      kept: list[Toponym]) -> list[Toponym]:
    """Toponyms (derived) for the places that name an event, those `kept` already cover left out."""
    res = load(lang)
    heads = tuple(h.casefold() for h in res.event_name_heads)
    if not heads or not res.cased:
        return []
    words = list(_WORD.finditer(text))
    spans: list[SpanCandidate] = []
    for i, m in enumerate(words):
        if i == 0 or not _head(m.group(), heads):
            continue
        run: list[re.Match] = []
        for k in range(i - 1, max(-1, i - 1 - MAX_NAME_WORDS), -1):
            w = words[k]
            gap = text[w.end():(run[0] if run else m).start()]
            if gap != " " or not w.group()[:1].isupper() or "'" in w.group() or w.group().casefold() in res.stop:
                break
            run.insert(0, w)
        for a in range(len(run)):  # the longest name first: 'Dien Bien Phu', then 'Bien Phu', 'Phu'
            start, end = run[a].start(), run[-1].end()
            if any(t.start <= start and end <= t.end for t in kept):
                break
            forms = list(phrase_forms(tuple(w.group() for w in run[a:]), lang))
            keys = next((x for f in forms if (x := index.keys(f, lang))), ())
            if not keys:
                continue
            sent = next((s.index for s in sents if s.start <= start < s.end), 0)
            spans.append(SpanCandidate(start=start, end=end, text=text[start:end], label="GPE", sentence=sent,
                                       lookup=[*keys, *forms]))
            break
    if not spans:
        return []
    found = geoparser.parse_spans(text, spans, sents)
    out = []
    for t in found:
        if t.place is not None and not t.relative and (t.place.population >= MIN_POPULATION
                                                        or t.place.precision in ("country", "admin1")):
            t.derived = DERIVED
            out.append(t)
    return out


__all__ = ["DERIVED", "event_name_places"]
