"""A city named by its adjective in a locative phrase ('в минском Дворце независимости', 'у київському метро').

Why: Russian and Ukrainian news name where something happened by the town's relational adjective, in lower
case, before the building or the body ('на харьковском заводе', 'в донецком аэропорту'): the recogniser looks
for capitalised names and the gazetteer lists nouns, so such a sentence had no place at all and its event
none. The adjective's dictionary form (pymorphy3) gives the town's name by the language's regular derivations
(data: the language's `city_adjectives` in data/lang/<lang>.toml, ending → replacement: 'минский' → 'минск',
'киевский' → 'киев', 'московский' → 'москва'); a candidate counts only when the gazetteer knows it as a town of
CITY_POPULATION or more (an adjective is used of towns everyone knows; a small homonym is no such town). As the
body seat (`event_name_places.body_seat_places`), it is a fallback for a sentence that keeps no other place, and
the toponym is `derived`, which toponym scores leave out (the NER gold does not mark adjectives).
"""

from __future__ import annotations

import re

from frontwatch.geo.recognize import SpanCandidate
from frontwatch.lang.event_name_places import _derived
from frontwatch.lang.event_tokens import slavic_lemmas
from frontwatch.lang.resources import load
from frontwatch.model import Sentence, Toponym

_WORD = re.compile(r"\w[\w'’\-]*")
CITY_POPULATION = 100_000
CITY_ADJECTIVE = "city adjective"


def town_names(adjective: str, lang: str, rules: tuple[tuple[str, str], ...]) -> list[str]:
    """The town names a relational adjective may come from, capitalised ('минском' -> ['Минск', ...])."""
    out: list[str] = []
    for lemma in slavic_lemmas(adjective.casefold(), lang) or (adjective.casefold(),):
        for end, repl in rules:
            if lemma.endswith(end) and len(lemma) > len(end) + 2:
                name = lemma[: -len(end)] + repl
                out.append(name[:1].upper() + name[1:])
    return list(dict.fromkeys(out))


def city_adjective_places(text: str, lang: str, sents: list[Sentence], geoparser, index,
                          kept: list[Toponym]) -> list[Toponym]:
    """Toponyms (derived) for towns named by a lower-case adjective right after a locative preposition, only in
    a sentence where no other place is kept."""
    res = load(lang)
    rules = res.city_adjectives
    if not rules or kept:
        return []
    locative = {p for p, role in res.preps.items() if role in ("in", "near")}
    words = list(_WORD.finditer(text))
    out = []
    for i, m in enumerate(words[1:], start=1):
        w = m.group()
        if not w[:1].islower() or words[i - 1].group().casefold() not in locative:
            continue
        sent = next((s.index for s in sents if s.start <= m.start() < s.end), 0)
        best: Toponym | None = None
        for name in town_names(w, lang, rules):  # each derivation alone: 'Москов' (a village) must not hide 'Москва'
            if not (keys := index.keys(name, lang)):
                continue
            span = SpanCandidate(start=m.start(), end=m.end(), text=w, label="GPE", sentence=sent, prep="in",
                                 lookup=[*keys, name])
            for t in _derived(text, [span], sents, geoparser, CITY_ADJECTIVE):
                # the resolver's order among the name's towns (a large town that also lists the name as an
                # alias does not win over the town itself)
                town = next((c.place for c in t.candidates if c.place.feature_class == "P"
                             and c.place.population >= CITY_POPULATION), None)
                if town is not None and (best is None or town.population > best.place.population):
                    t.place = town
                    best = t
        if best is not None:
            out.append(best)
    return out


__all__ = ["CITY_ADJECTIVE", "city_adjective_places", "town_names"]
