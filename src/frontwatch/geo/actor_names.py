"""Armed actors named in an article, as the geoparser needs them: not places, and theatre evidence.

'Daesh' fuzzy-matches a Russian town, 'Jaysh al-Islam' holds a word that folds to a
village; an analyst reads both as organisations. The actor dictionary (hand-made rows
over UCDP's 1,700 armed actors, `events/actors.py`) says which words are actor names and
where each actor fights.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontwatch.model import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from frontwatch.events.actors import ActorEntry
    from frontwatch.geo.recognize import SpanCandidate

ActorSpan = tuple[int, int, "ActorEntry"]


def find_actor_names(doc: "Doc") -> list[ActorSpan]:
    """(start char, end char, entry) of every named actor in the document (packaged + user dictionary)."""
    from frontwatch.events.actors import default_dictionary, named_actors

    return named_actors(doc, default_dictionary())


def theatre_countries(actors: Sequence[ActorSpan]) -> list[tuple[str, ...]]:
    """For each distinct actor named, the countries it puts into the theatre (armed actors and persons only)."""
    from frontwatch.events.actors import THEATRE_KINDS

    seen: dict[str, tuple[str, ...]] = {}
    for _, _, entry in actors:
        if entry.kind in THEATRE_KINDS and entry.name not in seen:
            seen[entry.name] = entry.theatre
    return list(seen.values())


def force_countries(text: str, origin: bool = False) -> list[str]:
    """The countries of a phrase that is country adjectives and a generic armed actor's word, as the
    model sometimes labels it ORG: 'the Syrian Army', "the Syrian Army's", 'the Iraqi Armed Forces'.

    Read as the same words labelled NORP are ('the Syrian army': geo/doer.py, an army stands on the
    ground it fights for); the actor dictionary's generic aliases ('army', 'armed forces', 'rebels',
    data/actors.csv) say which words name a force. 'Syrian Observatory for Human Rights' (no such
    word) and 'Syrian Democratic Forces' (a named actor's own words) give nothing. With `origin`, an army's
    countries are its war theatres ('the Russian Army': Ukraine and Syria, geo/doer.origin_votes, mlP52)."""
    from frontwatch.events.actors import THEATRE_KINDS, default_dictionary
    from frontwatch.geo.demonyms import parse
    from frontwatch.geo.doer import origin_actor_names, origin_votes

    codes, rest = parse(text)
    if not codes or not rest:
        return []
    entry = default_dictionary().lookup(" ".join(rest))
    if entry is None or not entry.generic or entry.kind not in THEATRE_KINDS:
        return []
    return origin_votes(codes) if origin and entry.name in origin_actor_names() else codes


def inside_no_name(actors: Sequence[ActorSpan], spans: Sequence["SpanCandidate"]) -> list[ActorSpan]:
    """The actors whose name is not a mere part of a longer place name kept as a span: 'Hamar'
    (a Sudanese militia) in 'the Hamar Weyne district' of Mogadishu sets no theatre, now that an
    actor's countries weigh as much as two place names (geo/theatre.py ACTOR_VOTE)."""
    return [a for a in actors
            if not any(s.start <= a[0] and a[1] <= s.end and (a[1] - a[0]) < (s.end - s.start) for s in spans)]


def is_actor_name(span: "SpanCandidate", cands: Sequence[Candidate], actors: Sequence[ActorSpan]) -> bool:
    """Is this span (part of) a named actor's name rather than a place?

    The whole name is never a place ('Daesh'), nor a word inside a longer name, unless the
    span names a country or first-level division ('EU', 'Iraq' in 'Islamic State of Iraq')."""
    if any(c.how in ("exact", "alternate", "demonym") and c.place.precision in ("country", "admin1")
           for c in cands):
        return False  # 'European Union', 'Iraq' in 'Islamic State of Iraq': a unit's name stays a place
    for start, end, _entry in actors:
        if span.start >= end or span.end <= start:
            continue
        if span.start <= start and span.end >= end:
            # the span is the name, or the name and a determiner; a longer span holds more than it
            return (span.end - span.start) - (end - start) <= 4
        if start <= span.start and span.end <= end:
            return True
    return False
