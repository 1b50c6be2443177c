"""A town qualified by the first-level division it lies in, and its namesakes outside it.

Writers name the division after a town to say which of the places of that name they mean:
'Greenwood, W. Va.', 'Nikolske in Kherson oblast', 'Никольское в Херсонской области',
'Никольское Херсонской области' (the genitive). When the gazetteer holds a place of that name
inside the division, the resolver already prefers it (the qualifier's fit after a comma, the
division's vote as the article's admin focus after 'in'). When it holds none, every candidate
is a namesake somewhere else, and the resolver's best is a wrong point hundreds of km away:
the sentence itself says the town is not there. Such a resolution is refused (no place is
better than a wrong one) and the name is put at the division it lies in, with the division's
precision and the 'unlisted' mark the unlisted step gives a name it places at its container
(`geo/unlisted.py`): as an ACLED coder codes a village not found in its stated region at the
region.

One definition for the English and the native geoparsers: both resolve through
`resolve.resolve_document`, and both recognisers give a span the canonical preposition before
it (`prep == 'in'` for 'in', 'в', 'у', 'en', 'في'...) and the canonical kind word after it
('region' for 'области'), so the links are read from the spans, not from English words.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.geo.resolver_weights import weights
from frontwatch.geo.span_candidate import TYPE_WORDS, SpanCandidate
from frontwatch.model import Candidate, Place

_NAMED = ("exact", "alternate")


def division_places(span: SpanCandidate, cands: Sequence[Candidate]) -> list[Place]:
    """The first-level divisions a span names, when it reads as a division at all: with its kind
    word ('Kherson oblast', 'Херсонской области'), or with no town of that name among its
    candidates ('Chhattisgarh', 'W. Va.'). 'Kherson' alone is the city as often: no division."""
    places = [c.place for c in cands if c.how in _NAMED and c.place.precision == "admin1"]
    if not places:
        return []
    if TYPE_WORDS.get(span.type_word or "") == "admin1":
        return places
    towns = any(c.how in _NAMED and c.place.precision in ("city", "point") for c in cands)
    return [] if towns else places


def qualifier_gap(gap: str, qualifier: SpanCandidate) -> bool:
    """Do the characters between a town and a division make the division its qualifier?

    A comma ('Greenwood, W. Va.'); the division's own locative preposition alone, after at most a
    comma and before at most an article ('Bijapur in Chhattisgarh', 'Sake in the North Kivu province', 'X в Херсонской
    области'); or nothing but space before a division with its kind word (the genitive,
    'Никольское Херсонской области')."""
    if len(gap) > weights().division_gap_chars or "\n" in gap:
        return False
    words = gap.split()
    if not words:
        return bool(gap) and TYPE_WORDS.get(qualifier.type_word or "") == "admin1"
    if words == [","]:
        return gap.startswith(",")
    if qualifier.prep != "in":
        return False
    if words[0] == ",":
        words = words[1:]  # 'al-Latmana, in Hama province': the qualifier set off by a comma
    return len(words) == 1 or (len(words) == 2 and words[1].lower() in weights().division_articles)


def division_links(text: str, spans: Sequence[SpanCandidate],
                   candidates: Sequence[Sequence[Candidate]]) -> dict[int, tuple[int, list[Place]]]:
    """Span index -> (the index of the span right after it that qualifies it, the first-level
    divisions that span names).

    A comma is also how lists are written ('Kyiv, Kharkiv oblast, Odesa'): a comma link holds only
    when neither name is listed with a third name by another comma."""
    order = sorted(range(len(spans)), key=lambda k: (spans[k].start, -spans[k].end))
    out: dict[int, tuple[int, list[Place]]] = {}
    for pos, i in enumerate(order):
        a = spans[i]
        # the longest span starting first after this one ('al-Latmana' and its inner 'Latmana' share an end)
        j = next((k for k in order[pos + 1:] if spans[k].start >= a.end), None)
        if j is None:
            continue
        b = spans[j]
        if b.sentence != a.sentence:
            continue
        gap = text[a.end:b.start]
        if not qualifier_gap(gap, b):
            continue
        if gap.strip() == "," and _listed(text, spans, a, b):
            continue
        places = division_places(b, candidates[j])
        if places:
            out[i] = (j, places)
    return out


def _listed(text: str, spans: Sequence[SpanCandidate], a: SpanCandidate, b: SpanCandidate) -> bool:
    """Are two names joined by a comma part of a longer list ('Kyiv, Kharkiv oblast, Odesa',
    'Daraya, Khan Alshih and western Ghouta')?"""
    before = any(s.end <= a.start and text[s.end:a.start].strip() == "," for s in spans)
    after = any(s.start >= b.end and text[b.end:s.start].strip() == "," for s in spans)
    rest = text[b.end:b.end + 6].lstrip(" ,")
    joined = rest.split(" ", 1)[0].lower() in ("and", "or")  # English lists, as `resolve._continues_list`
    return before or after or joined


def inside(place: Place, divisions: Sequence[Place]) -> bool:
    """Does the place lie in one of the divisions?"""
    return any(place.country == d.country and place.admin1_code == d.admin1_code for d in divisions)


def outside_named_division(place: Place | None, cands: Sequence[Candidate], divisions: Sequence[Place]) -> bool:
    """Should a resolution to `place` be refused: a town or district of a name that the gazetteer lists
    nowhere inside the division the sentence puts it in, and that the resolver put in another division
    of the same country? (A division or country named first is a list, 'Texas, Oklahoma', not a town
    qualified.)"""
    if place is None or place.precision not in ("city", "point", "admin2") or inside(place, divisions):
        return False
    if any(c.how in _NAMED and c.place.precision in ("admin1", "country") for c in cands):
        return False
    # The division chooses among namesakes in its own country; one in another country than every
    # candidate is a misread qualifier ('Uvira, Sud' read as Haiti's Sud), not a town missing there.
    if place.country not in {d.country for d in divisions}:
        return False
    return not any(inside(c.place, divisions) for c in cands)


__all__ = ["division_links", "division_places", "inside", "outside_named_division", "qualifier_gap"]
