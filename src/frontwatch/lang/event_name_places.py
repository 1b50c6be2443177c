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
BODY_SEAT = "body seat"


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
            if any(t.start <= run[a].start() and run[-1].end() <= t.end for t in kept):
                break
            if (span := _name_span(run[a:], text, lang, index, sents)) is not None:
                spans.append(span)
                break
    return _derived(text, spans, sents, geoparser, DERIVED)


def _name_span(words: list[re.Match], text: str, lang: str, index, sents: list[Sentence]) -> SpanCandidate | None:
    """A place candidate for the name these words spell, when the gazetteer index knows one of its forms."""
    start, end = words[0].start(), words[-1].end()
    forms = list(phrase_forms(tuple(w.group() for w in words), lang))
    keys = next((x for f in forms if (x := index.keys(f, lang))), ())
    if not keys:
        return None
    sent = next((s.index for s in sents if s.start <= start < s.end), 0)
    return SpanCandidate(start=start, end=end, text=text[start:end], label="GPE", sentence=sent, lookup=[*keys, *forms])


def _derived(text: str, spans: list[SpanCandidate], sents: list[Sentence], geoparser, why: str) -> list[Toponym]:
    """The spans resolved as places a named thing stands for: large towns, countries and regions only."""
    if not spans:
        return []
    out = []
    for t in geoparser.parse_spans(text, spans, sents):
        if t.place is not None and not t.relative and (t.place.population >= MIN_POPULATION
                                                        or t.place.precision in ("country", "admin1")):
            t.derived = why
            out.append(t)
    return out


def body_seat_places(text: str, lang: str, sents: list[Sentence], geoparser, index,
                     kept: list[Toponym]) -> list[Toponym]:
    """Toponyms (derived) for the town a public body is named after ('La Policía de Granada', 'Прокуратура
    Києва'), only in a sentence where no other place is kept.

    Why: a police force, a prosecutor's office or a court acts where it sits, and news names the body, not
    the place ('La Policía de Granada investiga ...', 'Прокуратура Києва відкрила провадження'). The
    recogniser rightly leaves the town out (the NER gold marks the whole an organisation), so the event
    had no place. As a fallback only: any place named otherwise in the sentence says more about where
    the act was. Data: the language's `seat_heads` (head-first: the name follows, after a connector in
    Spanish)."""
    res = load(lang)
    heads = tuple(h.casefold() for h in res.seat_heads)
    if not heads or not res.cased or kept:
        return []
    words = list(_WORD.finditer(text))
    spans: list[SpanCandidate] = []
    for i, m in enumerate(words):
        if not m.group()[:1].isupper() or m.group().casefold() not in heads:
            continue
        k = i + 1
        while k < len(words) and words[k].group().casefold() in res.connectors and not words[k].group()[:1].isupper():
            k += 1
        run: list[re.Match] = []
        while k < len(words) and len(run) < MAX_NAME_WORDS and words[k].group()[:1].isupper() \
                and text[(run[-1] if run else words[k - 1]).end():words[k].start()].strip() == "":
            run.append(words[k])
            k += 1
        for b in range(len(run), 0, -1):  # the longest name first
            if (span := _name_span(run[:b], text, lang, index, sents)) is not None:
                spans.append(span)
                break
    out = []
    for t in _derived(text, spans, sents, geoparser, BODY_SEAT):
        # a body sits in a town: 'Policía de Granada' is Granada in Spain, not the country Grenada
        town = next((c.place for c in t.candidates if c.place.feature_class == "P"), None)
        if town is not None:
            t.place = town
            out.append(t)
    return out


__all__ = ["BODY_SEAT", "DERIVED", "body_seat_places", "event_name_places"]
