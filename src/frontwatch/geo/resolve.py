"""Toponym resolution: choose the gazetteer entry each span names, or none.

A span's candidates are ranked with the article as context, the way an analyst reads:
which countries the article is about (focus), which first-level divisions it names
(a town beside its governorate), what the words around the span say ('province', 'in
X'), and how prominent each candidate is (population, country/admin level). The scores
and rejected candidates are kept so the map can say why. When nothing is close enough
the span stays unresolved: no place is better than a wrong one.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from frontwatch.geo.recognize import PLACE_LABELS, TYPE_WORDS, SpanCandidate
from frontwatch.model import Candidate, Place

# How much each kind of match is worth before context (1 = certain surface match).
HOW_PRIOR = {"exact": 1.0, "alternate": 0.95, "folded": 0.85, "demonym": 0.6, "fuzzy": 0.7}

# Minimum final score to accept a place, by how the surface matched. Fuzzy and demonym
# matches need context to be trusted; exact matches of real places rarely do.
ACCEPT = {"exact": 0.55, "alternate": 0.6, "folded": 0.7, "demonym": 0.9, "fuzzy": 0.95}


@dataclass
class Resolution:
    place: Place | None
    score: float
    how: str | None
    ranked: list[tuple[float, Candidate]]


def label_prior(span: SpanCandidate) -> float:
    """How much the NER label and the words around the span say 'place'."""
    p = {"GPE": 0.35, "LOC": 0.3, "FAC": 0.2, "NORP": 0.05, "ORG": 0.0, "PERSON": -0.1, "PROPN": 0.0}.get(span.label, 0.0)
    if span.prep:
        p += 0.15 if span.prep != "of" else 0.05
    if span.type_word and span.type_word != "border":
        p += 0.2
    if span.org_like:
        p -= 0.6
    if span.person_like and span.label == "PERSON" and not span.prep:
        p -= 0.15
    if span.in_org_entity:
        p -= 0.1
    return p


def _prominence(place: Place) -> float:
    """0..1 from population and administrative level: big and high-level places are named more."""
    pop = math.log10(max(place.population, 0) + 1) / 7.5  # ~1.0 at 30 M
    level = {"country": 0.5, "admin1": 0.3, "admin2": 0.1}.get(place.precision or "", 0.0)
    return min(1.0, pop + level)


def focus_weights(span_candidates: Iterable[list[Candidate]]) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """Soft country and admin1 votes from every span's candidates.

    Each span spreads one vote over its candidates by prominence, so an unambiguous
    'Syria' or 'Damascus' votes almost entirely for SY, while an ambiguous 'Alexandria'
    splits its vote. Returned as shares of the total (0..1).
    """
    countries: Counter[str] = Counter()
    admins: Counter[tuple[str, str]] = Counter()
    for cands in span_candidates:
        strong = [c for c in cands if c.how in ("exact", "alternate", "demonym")]
        if not strong:
            continue
        weights = [0.05 + _prominence(c.place) for c in strong]
        total = sum(weights)
        seen_c: dict[str, float] = defaultdict(float)
        seen_a: dict[tuple[str, str], float] = defaultdict(float)
        for c, w in zip(strong, weights):
            if c.place.country:
                seen_c[c.place.country] = max(seen_c[c.place.country], w / total)
                if c.place.admin1_code:
                    key = (c.place.country, c.place.admin1_code)
                    seen_a[key] = max(seen_a[key], w / total)
        countries.update(seen_c)
        admins.update(seen_a)
    tc = sum(countries.values()) or 1.0
    ta = sum(admins.values()) or 1.0
    return ({k: v / tc for k, v in countries.items()}, {k: v / ta for k, v in admins.items()})


def score_candidate(
    span: SpanCandidate,
    cand: Candidate,
    country_focus: dict[str, float],
    admin_focus: dict[tuple[str, str], float],
) -> float:
    place = cand.place
    s = HOW_PRIOR.get(cand.how, 0.5) * (cand.score if cand.how == "fuzzy" else 1.0) * 0.5
    s += label_prior(span)
    s += 0.25 * _prominence(place)
    if place.country:
        s += 0.45 * min(1.0, country_focus.get(place.country, 0.0) * 2)
        if place.admin1_code:
            s += 0.2 * min(1.0, admin_focus.get((place.country, place.admin1_code), 0.0) * 3)
    want = TYPE_WORDS.get(span.type_word or "")
    if want:
        if want == place.precision or (want == "city" and place.precision in ("city", "point")):
            s += 0.15
        elif want == "admin1" and place.precision == "city" and place.population > 50_000:
            s += 0.05  # 'Daraa province' named after its capital: the city is a fair fallback
    return s


def resolve_span(
    span: SpanCandidate,
    candidates: list[Candidate],
    country_focus: dict[str, float],
    admin_focus: dict[tuple[str, str], float],
) -> Resolution:
    if not candidates:
        return Resolution(None, 0.0, None, [])
    ranked = sorted(
        ((score_candidate(span, c, country_focus, admin_focus), c) for c in candidates),
        key=lambda sc: (-sc[0], -sc[1].place.population, sc[1].place.geonameid),
    )
    best_score, best = ranked[0]
    threshold = ACCEPT.get(best.how, 0.8)
    if span.label in PLACE_LABELS and best.how in ("exact", "alternate"):
        threshold -= 0.1
    if best_score < threshold:
        return Resolution(None, best_score, best.how, ranked)
    return Resolution(best.place, best_score, best.how, ranked)


def confidence(score: float) -> float:
    """Squash the additive score into 0..1 for display and thresholds downstream."""
    return round(1 / (1 + math.exp(-4 * (score - 0.8))), 3)
