"""One event per happening in an article: repeated and vaguer reports of it are folded in.

News tells the same happening several times: the headline repeats the lede ("Jihadists
are just 20 km from Damascus"), a commander's quote confirms it, a later paragraph
sums it up ("rebels ... are advancing towards the capital Damascus"), and one sentence
may name the same move twice, once vaguely ("ready to deploy to Syria") and once
precisely ("have massed near the border"). ACLED's codebook makes the unit of coding
one event type, at one location, on one day, between the same actors; this module
applies that unit within an article, in two steps:

1. **Within a sentence**, an event located only at country or regional level (a
   country, "southwestern Syria") is dropped when the same sentence codes the same type
   for the same actor at a finer place in that country (a town, a border of it).
2. **Across the article**, events of the same type, actor and place are one event when
   their dates agree, or when one of them has no date expression of its own (its date
   was inferred from tense): "since the fall of Aleppo last week" and "in addition to
   Aleppo, rebels have seized ..." are one capture, dated last week.

Between the two, a doerless death report told right after an act ('Terrorists launched mortar shells
into Aleppo. 8 civilians were killed') is folded into that act with its toll (`events/toll_report.py`):
its generic 'killed' has another type than the strike, so step 2 would keep it apart. After step 2, a death
report told with its own act ('rocket shells landed on the square, killing 4') follows that act when step 2
merged it into another report of the same act (act31).

The survivor keeps the best evidence (a dated sentence, body text over the headline,
then the higher confidence) and gains the other reports' sources and actors. History
(`background`) is never merged with news, nor a denial or a plan with a report of the
deed; a claim and an assertion merge only when one of them is dated and the other is not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from frontwatch.events.toll_report import fold_tolls, fold_tolls_of_merged_acts
from frontwatch.model import Event, Toponym

# Modalities that may describe the same happening: a claim and an assertion of it are one event.
_FACTUAL = frozenset({"asserted", "claimed"})
# Direction relatives that stand for a part of a country ("southwestern Syria").
_REGION_KINDS = frozenset({"direction"})


def _relative(t: Toponym) -> dict:
    return t.relative if isinstance(t.relative, dict) else {}


def _country(t: Toponym | None) -> str | None:
    if t is None:
        return None
    return t.place.country if t.place else _relative(t).get("country")


def _countries(t: Toponym | None) -> set[str]:
    """Countries a location lies in (both for a border)."""
    if t is None:
        return set()
    codes = {str(c).upper() for c in _relative(t).get("countries") or [] if c}
    c = _country(t)
    if c:
        codes.add(c.upper())
    return codes


def is_coarse(t: Toponym | None) -> bool:
    """A country, or a region of a country named only by direction ("southwestern Syria")."""
    if t is None:
        return True
    rel = _relative(t)
    if (t.precision or (t.place.precision if t.place else None)) == "country" or rel.get("kind") == "country":
        return True
    return rel.get("kind") in _REGION_KINDS and (t.place is None or t.place.precision in ("country", "admin1"))


def place_key(t: Toponym | None) -> str:
    """The place an event is at, for comparing reports: countries by code, borders by their
    countries, relative locations by their anchor, other places by GeoNames id."""
    if t is None:
        return "-"
    rel = _relative(t)
    if rel.get("kind") == "border" or (t.precision == "border"):
        return "b:" + "-".join(sorted(_countries(t))) if _countries(t) else f"t:{t.text.lower()}"
    if is_coarse(t) and rel.get("kind") not in _REGION_KINDS:
        return f"c:{_country(t) or t.text.lower()}"
    if t.place is not None:
        return f"g:{t.place.geonameid}"
    return f"t:{t.text.lower()}"


def _actor(e: Event) -> str | None:
    return e.actor1.name if e.actor1 is not None else None


def _actors_agree(a: Event, b: Event, paragraphs: dict[int, int] | None = None,
                  anaphoric: set[str] = frozenset(), headline: set[int] = frozenset()) -> bool:
    """Same actor. An event with no actor is the named one's only when it refers back to it:
    in the same paragraph, in the headline (which sums up the article), or through a definite
    description ("the fall of Aleppo", "the Doha meeting"); "reinforcements are arriving" in
    another paragraph is not "Hezbollah sent forces". A headline's named actor does not keep it
    apart from a body report of the same type and place: the headline sums up the body, and its
    telegraphic grammar is where the actor is most often misread ('Jihadists are just 20 km from
    Damascus - Assad's forces collapse' parses 'Assad's forces' as the one near Damascus)."""
    if _actor(a) is not None and _actor(b) is not None:
        return _actor(a) == _actor(b) or (a.evidence_start in headline) != (b.evidence_start in headline)
    if paragraphs is None:
        return True
    unnamed = a if _actor(a) is None else b
    if unnamed.id in anaphoric or a.evidence_start in headline or b.evidence_start in headline:
        return True
    pa, pb = paragraphs.get(a.evidence_start), paragraphs.get(b.evidence_start)
    return pa is not None and pa == pb


def _modalities_agree(a: Event, b: Event, explicit: set[str]) -> bool:
    """Same modality; a claim folds into an assertion (or back) only when one of the two is dated
    in its own sentence and the other is not: the undated one refers back to the dated happening.
    Two undated reports, one asserted and one hedged, stay apart so the claim stays visible."""
    if a.modality == b.modality:
        return True
    return a.modality in _FACTUAL and b.modality in _FACTUAL and (a.id in explicit) != (b.id in explicit)


def refines(a: Toponym | None, b: Toponym | None) -> bool:
    """Whether relative location `b` says more about the same position than `a`: the same
    anchor place, and a direction or a tighter radius that `a` lacks ('20 km from X' then
    'less than 20 km from the southern entrance to X')."""
    if a is None or b is None or a.place is None or b.place is None or a.place.geonameid != b.place.geonameid:
        return False
    ra, rb = _relative(a), _relative(b)
    if ra.get("kind") != "distance" or rb.get("kind") != "distance":
        return False
    if rb.get("direction") and not ra.get("direction"):
        return True
    return (ra.get("direction") == rb.get("direction") and rb.get("radius_km") is not None
            and ra.get("radius_km") is not None and rb["radius_km"] < ra["radius_km"])


def _absorb(best: Event, other: Event, explicit: set[str], keep_toll: bool = False) -> None:
    """`best` takes `other` in: its sources, missing actors, date and confidence. With `keep_toll`, also the
    other's toll when `best` states none (act30's convention for two reports of one act)."""
    if keep_toll:
        best.fatalities = best.fatalities or other.fatalities
    if refines(best.location, other.location):
        best.location = other.location
    best.actor1 = best.actor1 or other.actor1
    best.actor2 = best.actor2 or other.actor2
    best.reported_by = best.reported_by + [s for s in other.reported_by if s not in best.reported_by]
    if best.id not in explicit and other.id in explicit:
        best.date, best.date_precision, best.date_source = other.date, other.date_precision, other.date_source
        explicit.add(best.id)
    best.confidence = max(best.confidence, other.confidence)


def drop_vaguer(events: list[Event]) -> list[Event]:
    """Step 1: within one sentence, a country- or region-level event is dropped when the same
    type and actor is coded at a finer place in that country."""
    out = []
    for e in events:
        if e.modality == "background" or e.modality == "denied" or not is_coarse(e.location):
            out.append(e)
            continue
        region = _countries(e.location)
        finer = [o for o in events if o is not e and o.evidence_start == e.evidence_start
                 and o.event_type == e.event_type and o.modality not in ("background", "denied")
                 and not is_coarse(o.location) and _actors_agree(e, o)
                 and (not region or region & _countries(o.location))]
        if not finer:
            out.append(e)
            continue
        for o in finer[:1]:
            o.reported_by = o.reported_by + [s for s in e.reported_by if s not in o.reported_by]
            o.actor2 = o.actor2 or e.actor2
    return out


_SPECIFICITY = {"relative": 5, "point": 4, "city": 4, "admin2": 3, "admin1": 2, "border": 2, "country": 0}


def specificity(t: Toponym | None) -> int:
    """How closely a location pins an event down ('20 km from X' beats X, a town beats a country)."""
    if t is None:
        return -1
    if is_coarse(t):
        return 1 if _relative(t).get("kind") in _REGION_KINDS else 0
    return _SPECIFICITY.get(t.precision or (t.place.precision if t.place else "") or "", 1)


def merge_reports(events: list[Event], *, explicit: set[str], headline: Iterable[int] = (),
                  paragraphs: dict[int, int] | None = None, anaphoric: set[str] = frozenset(),
                  merged_into: dict[int, Event] | None = None,
                  may_merge: Callable[[Event, Event], bool] | None = None, keep_toll: bool = False) -> list[Event]:
    """Step 2: one event per type, actor, place and day in an article.

    `explicit` holds the ids of events dated by an expression of their own sentence;
    `headline` the evidence offsets of headline sentences (their events yield to the body's);
    `paragraphs` maps evidence offsets to paragraph numbers and `anaphoric` holds the ids of
    events told by a definite description (both decide where an unnamed actor may merge);
    `merged_into`, when given, receives id(report) -> the event it was merged into;
    `may_merge`, when given, limits the merge to the pairs it accepts (a later pass over the pairs whose
    place changed: events/article_place.py); `keep_toll` makes the survivor take the other's toll when it
    states none.
    """
    heads = set(headline)

    def rank(e: Event) -> tuple:
        return (e.id in explicit, e.evidence_start not in heads, specificity(e.location), e.confidence,
                -e.evidence_start)

    out: list[Event] = []
    for e in sorted(events, key=rank, reverse=True):
        if e.modality == "background":
            out.append(e)
            continue
        key = place_key(e.location)
        twin = next((o for o in out if o.modality != "background" and o.event_type == e.event_type
                     and place_key(o.location) == key and _actors_agree(o, e, paragraphs, anaphoric, heads)
                     and _modalities_agree(o, e, explicit)
                     and (o.date == e.date or o.id not in explicit or e.id not in explicit)
                     and (may_merge is None or may_merge(o, e))), None)
        if twin is None:
            out.append(e)
        else:
            _absorb(twin, e, explicit, keep_toll)
            if merged_into is not None:
                merged_into[id(e)] = twin
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(out, key=lambda e: order[id(e)])


def toll_place_agrees(toll: Toponym | None, act: Toponym | None) -> bool:
    """A death report is at its act's place when it names the same place, only the act's country, or no
    place: a finer place of its own ('five more were killed in Sabqa') is another event's."""
    if toll is None or place_key(toll) == place_key(act):
        return True
    return act is not None and is_coarse(toll) and bool(_countries(toll) & _countries(act))


def consolidate(events: list[Event], *, explicit: set[str], headline: Iterable[int] = (),
                paragraphs: dict[int, int] | None = None, anaphoric: set[str] = frozenset()) -> list[Event]:
    """Both steps, with the tolls told after their acts folded in between, and the tolls told with an act that
    merged into another report of it folded after (see the module docstring)."""
    tolls_folded = fold_tolls(drop_vaguer(events), explicit=explicit, paragraphs=paragraphs,
                              places_agree=toll_place_agrees, anaphoric=anaphoric)
    merged_into: dict[int, Event] = {}
    merged = merge_reports(tolls_folded, explicit=explicit, headline=headline, paragraphs=paragraphs,
                           anaphoric=anaphoric, merged_into=merged_into)
    return fold_tolls_of_merged_acts(merged, tolls_folded, merged_into, explicit=explicit,
                                     places_agree=toll_place_agrees)
