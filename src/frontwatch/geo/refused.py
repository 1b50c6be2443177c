"""The names the resolver refused, kept beside the document for the event layer.

The geoparser accepts a name only when its best gazetteer sense clears a threshold: for the
map and the toponym layer, no place is better than a wrong one. A refused name is still a
gazetteer name with a ranked best sense ('protested in Banja Luka', labelled ORG, just under
the threshold). The event layer knows one thing more than the geoparser: whether the name is
an argument of an event trigger in a locating role ('protested in X', 'stormed X'). So the
refused names are recorded on the Doc (never among its toponyms: the geoparser's output and
its figures do not change), and `events/argument_places.py` may take the best sense of one
that is the trigger's own locative or object argument.

Pure apart from the Doc's user_data slot it reads and writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontwatch.geo.resolve import Resolution, confidence
from frontwatch.model import Candidate, Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from frontwatch.geo.recognize import SpanCandidate

_KEY = ("frontwatch", "refused_toponyms")
HOW = "refused"  # Candidate.how of the best sense of a refused name


def refused_toponyms(resolved: Sequence[tuple["SpanCandidate", Resolution]], kept: Sequence[Toponym]) -> list[Toponym]:
    """One toponym per refused span with gazetteer senses and no kept toponym overlapping it:
    its best-ranked sense as the place, `score` the resolver's confidence (below acceptance)."""
    taken = [(t.start, t.end) for t in kept]
    out: list[Toponym] = []
    for span, res in resolved:
        if res.place is not None or not res.ranked:
            continue
        if any(span.start < b and a < span.end for a, b in taken):
            continue
        score, best = res.ranked[0]
        out.append(Toponym(start=span.start, end=span.end, text=span.text, place=best.place,
                           score=confidence(score), precision=best.place.precision, sentence=span.sentence,
                           candidates=[Candidate(place=best.place, score=round(score, 3), how=HOW,
                                                 features=best.features)]))
        taken.append((span.start, span.end))
    return out


def store(doc: "Doc", toponyms: list[Toponym]) -> None:
    """Record the refused names of a parsed document on it."""
    doc.user_data[_KEY] = toponyms


def refused_of(doc: "Doc") -> list[Toponym]:
    """The refused names recorded on a document (none when it was not geoparsed in English)."""
    return doc.user_data.get(_KEY) or []


_UNPLACED_KEY = ("frontwatch", "unplaced_names")


def store_unplaced(doc: "Doc", toponyms: list[Toponym]) -> None:
    """Record on a parsed document the names the gazetteer lacks that a strong role calls places but that
    had nowhere to go, the article giving no country (geo/unlisted.unlisted_toponyms' `homeless`). Like the
    refused names, never among the document's toponyms: the event layer alone may take one as the place of an
    event of its sentence, by name and without a point."""
    doc.user_data[_UNPLACED_KEY] = toponyms


def unplaced_of(doc: "Doc") -> list[Toponym]:
    """The names without a place recorded on a document (`store_unplaced`; none when not geoparsed in English)."""
    return doc.user_data.get(_UNPLACED_KEY) or []


__all__ = ["HOW", "refused_of", "refused_toponyms", "store", "store_unplaced", "unplaced_of"]
