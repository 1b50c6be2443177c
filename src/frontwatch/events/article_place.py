"""A violent event the sentence places only in a country takes the place its article tells it at.

Why: news tells one act in several sentences. The lede says 'A suicide bomber killed four people on
Sunday in an attack on a hospital' and the next sentence 'A man drove an ambulance ... into the parking
of the Qardaha hospital'; the toll sentence after an act ('At least 20 civilians were killed') names no
place at all. Coded sentence by sentence, such an event falls back to the article's country and sits on
the country's centroid (cty32 counted 26 of 80 FA-KES country-level events of this kind). ACLED codes an
event at the finest place its report supports, read from the whole report, so this module lets such an
event inherit the place the neighbouring account of the same act gives, under the rule of
docs/event-location.md ('cty32: country-level events'):

1. the event is a violent act (Battles, Explosions/Remote violence, Violence against civilians) reported
   as done (asserted or claimed), located at country level;
2. its own sentence gives no finer place to any of its events (a place the sentence names and the place
   scorer refused is not overruled here);
3. the donors are the violent, done events at a finer place inside the same country told in the sentence
   just before or just after it, or in the headline;
4. a donor is the same act only when nothing tells them apart: no two different named doers, no two
   different dates both stated in their own sentences;
5. all such donors are at one place: two candidate places mean two acts, and the event stays where it was;
6. its sentence does not tell the act at many places at once ('across the country', 'in a number of
   provinces': the words in data/article_place.json);
7. the later of the two sentences does not open by moving to another scene ('Meanwhile', 'Elsewhere':
   act30's `opens_new_scene`), which tells another act (cty33).

Reports of one act that inheritance puts at one place are then one event (`merge_inherited`, cty33).

The inherited place is marked `location_source = "article"` on the event, so an analyst can tell an
event placed by its own sentence from one placed by its article. The function is pure over the events
it is given (it only sets `location`/`location_source` on those that inherit).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from frontwatch.data_files import data_json
from frontwatch.events.actor_fill import VIOLENT_TYPES
from frontwatch.events.consolidate import (
    is_coarse,
    merge_reports,
    place_key,
    specificity,
    toll_place_agrees,
)
from frontwatch.events.toll_report import fold_tolls, opens_new_scene
from frontwatch.model import Event, Toponym

ARTICLE = "article"  # Event.location_source of a place inherited from another sentence of the article
DONE = frozenset({"asserted", "claimed"})  # reported as happened (not planned, denied, background)


@lru_cache(maxsize=1)
def _spread() -> re.Pattern[str]:
    """The words by which a sentence tells its act at many places at once (data/article_place.json)."""
    raw = data_json("article_place.json")
    alt = "|".join
    phrases = alt(re.escape(p) for p in raw["spread_phrases"])
    quantified = (rf"(?:{alt(re.escape(q) for q in raw['spread_quantifiers'])})\s+(?:\w+\s+)?"
                  rf"(?:{alt(re.escape(n) for n in raw['spread_nouns'])})")
    return re.compile(rf"\b(?:{phrases}|{quantified})\b", re.IGNORECASE)


def spread(sentence: str) -> bool:
    """Does the sentence tell its act at many places at once ('across the country', 'in several provinces')?"""
    return _spread().search(sentence) is not None


def _country(t: Toponym | None) -> str | None:
    if t is None:
        return None
    code = t.place.country if t.place else (t.relative or {}).get("country")
    return code.upper() if code else None


def _finer(t: Toponym | None) -> bool:
    """A place finer than a country: not a country or a region named by direction, nor a relation to a whole
    country ('outside of Syria', 'inside Syria')."""
    if t is None or is_coarse(t):
        return False
    return t.place is None or t.place.precision != "country"


def _violent_done(e: Event) -> bool:
    return e.acled_event_type in VIOLENT_TYPES and e.modality in DONE


def _same_act(e: Event, d: Event, explicit: set[str]) -> bool:
    """The two reports may tell one act: the same ACLED event type, or a toll (a death count told beside
    its act: 'the strikes ...' / 'At least 20 civilians were killed'); and nothing tells them apart (no two
    different named doers, no two different dates both stated). A war-long or habitual mention ('the war has
    killed 300,000', 'air strikes every day') has neither a toll of its own nor, mostly, the act's type."""
    if e.acled_event_type != d.acled_event_type and not e.fatalities:
        return False
    a, b = (e.actor1.name if e.actor1 else None), (d.actor1.name if d.actor1 else None)
    if a and b and a != b:
        return False
    return not (e.id in explicit and d.id in explicit and e.date != d.date)


def _scene_between(e: Event, d: Event, heads: set[int]) -> bool:
    """Whether the text moves to another scene between the event and a report beside it: the later of the two
    sentences opens by 'Meanwhile', 'Elsewhere' (act30's `opens_new_scene`, data/toll_report.json), so it
    tells another act, not the same one again (cty33). The headline comes before every sentence."""
    later = d if d.evidence_start > e.evidence_start and d.evidence_start not in heads else e
    return opens_new_scene(later.evidence_text)


def _neighbours(order: Sequence[int]) -> dict[int, set[int]]:
    """Evidence offset → the offsets of the sentences just before and after it."""
    out: dict[int, set[int]] = {}
    for i, start in enumerate(order):
        out[start] = {order[j] for j in (i - 1, i + 1) if 0 <= j < len(order)}
    return out


def inherit_places(events: list[Event], order: Sequence[int], *, headline: Iterable[int] = (),
                   explicit: Iterable[str] = ()) -> list[Event]:
    """Give each country-level violent event the one finer place of the same act told beside it.

    `order`: the evidence offsets of the article's sentences in reading order; `headline`: those of the
    headline; `explicit`: ids of events dated by their own sentence. Returns `events` (same list).
    """
    heads, dated = set(headline), set(explicit)
    near = _neighbours(list(order))
    fine_sentences = {e.evidence_start for e in events if _finer(e.location)}
    donors = [d for d in events if _violent_done(d) and _finer(d.location)]
    changes: list[tuple[Event, Event]] = []
    for e in events:
        if not (_violent_done(e) and e.location is not None and specificity(e.location) == 0) \
                or e.evidence_start in fine_sentences or spread(e.evidence_text):
            continue
        country = _country(e.location)
        window = near.get(e.evidence_start, set()) | heads
        beside = [d for d in donors if d.evidence_start in window and d.evidence_start != e.evidence_start
                  and _country(d.location) == country and not _scene_between(e, d, heads)]
        told = [d for d in beside if _same_act(e, d, dated)]
        if told and len({place_key(d.location) for d in beside}) == 1:  # one place told beside it, of any act
            changes.append((e, max(told, key=lambda d: specificity(d.location))))
    for e, d in changes:  # after the loop: an inherited place never donates again
        e.location, e.location_source = d.location, ARTICLE
    return events


def _one_inherited(a: Event, b: Event) -> bool:
    """A pair of reports at least one of which was placed by its article: the pairs consolidation could not
    judge, since one of the two stood on the country's centroid when it ran."""
    return ARTICLE in (a.location_source, b.location_source)


def merge_inherited(events: list[Event], *, explicit: set[str], headline: Iterable[int] = (),
                    paragraphs: dict[int, int] | None = None, anaphoric: set[str] = frozenset()) -> list[Event]:
    """One act, one event, once its reports stand at one place (cty33).

    Why: consolidation (events/consolidate.py) runs before inheritance, so a toll sentence on the country's
    centroid and its act at the town were two places then; inheritance puts them at one town as two events.
    This pass applies consolidation's own rules again, to the pairs of which one report inherited its place
    (every other pair it judged already): a doerless death report folds into the act told before it
    (events/toll_report.py, act30/act31), and reports of one type, place, day and compatible actors merge
    (`consolidate.merge_reports`). The merged event keeps a toll as act30 does: its own count, else the other
    report's. Returns a new list without the folded reports."""
    if not any(e.location_source == ARTICLE for e in events):
        return events
    folded = fold_tolls(events, explicit=explicit, paragraphs=paragraphs, places_agree=toll_place_agrees,
                        anaphoric=anaphoric, may_fold=_one_inherited)
    return merge_reports(folded, explicit=explicit, headline=headline, paragraphs=paragraphs, anaphoric=anaphoric,
                         may_merge=_one_inherited, keep_toll=True)


__all__ = ["ARTICLE", "inherit_places", "merge_inherited", "spread"]
