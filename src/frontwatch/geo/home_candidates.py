"""Small homonyms in the article's home divisions, which the candidate cap leaves out.

The candidate finder keeps the best CANDIDATE_LIMIT places of a name, most populous first
within a match tier: for 'Clinton' or 'Douglas' that is 25 larger towns and counties
elsewhere, and the one a New Jersey paper or a Minnesota flood warning means (Clinton, NJ,
2,700 people; Douglas County, MN) never reaches the resolver, whose admin focus would pick
it. Where the cap was reached, the places of the same name inside the first-level divisions
the outlet usually covers or the article's sure names point to are added, so the resolver
can weigh them as it weighs any other candidate. Nothing else changes: no new names, no
new scores.

The geoparser does this only in a pass that has the outlet's divisions (`admin_hint`, even
when empty): the first pass, whose confident places become the outlet's votes, stays as it
was, since wider lists there moved other articles' priors across MIN_SHARE (LGL: a
Connecticut paper lost its Connecticut prior and two 'CROMWELL' datelines with it). Plain
extraction without outlet priors does not get it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from frontwatch.geo.candidates import candidate_features
from frontwatch.geo.resolver_weights import weights
from frontwatch.model import Candidate

if TYPE_CHECKING:
    from frontwatch.geo.gazetteer import Gazetteer
    from frontwatch.geo.recognize import SpanCandidate

# The finder's cap the geoparser asks for (geo/geoparse.Geoparser._candidates).
CANDIDATE_LIMIT = 25


def home_divisions(admin_hint: Mapping[tuple[str, str], float] | None,
                   admin_votes: Mapping[tuple[str, str], float]) -> frozenset[tuple[str, str]]:
    """(country, admin1 code) of the divisions the outlet usually covers (`admin_hint`) or the
    article's names vote for (`admin_votes`, shares 0..1), each with HOME_DIVISION_SHARE or more."""
    floor = float(weights().home_division_share)
    keys = {k for k, v in (admin_hint or {}).items() if v >= floor}
    keys |= {k for k, v in admin_votes.items() if v >= floor}
    return frozenset((c.upper(), a) for c, a in keys if c and a)


def with_home_homonyms(gazetteer: Gazetteer, spans: Sequence[SpanCandidate],
                       cands_of: Sequence[list[Candidate]],
                       homes: frozenset[tuple[str, str]]) -> list[list[Candidate]]:
    """Each span's candidates, plus its exact/alternate homonyms inside `homes` when the cap cut
    the list (`CANDIDATE_LIMIT` candidates or more)."""
    if not homes:
        return list(cands_of)
    countries = {c for c, _ in homes}
    rows = int(weights().home_lookup_rows)
    out: list[list[Candidate]] = []
    for span, cands in zip(spans, cands_of):
        if len(cands) < CANDIDATE_LIMIT or not span.lookup:
            out.append(cands)
            continue
        seen = {c.place.geonameid for c in cands}
        extra = [c for c in gazetteer.by_name(span.lookup[0], countries=countries, limit=rows)
                 if (c.place.country, c.place.admin1_code) in homes and c.place.geonameid not in seen]
        for c in extra:
            c.features = candidate_features(c, in_focus=True)
        out.append(cands + extra)
    return out


__all__ = ["CANDIDATE_LIMIT", "home_divisions", "with_home_homonyms"]
