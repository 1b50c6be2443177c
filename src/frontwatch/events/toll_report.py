"""A toll told after its act: the doerless death report that follows a strike is a second report of it.

Why: news tells a strike and then its toll in the next sentence ('Terrorists launched hundreds of mortar shells
into western Aleppo's neighbourhoods on Monday. 8 civilians were killed ...'; 'Russian air strikes killed at
least 14 civilians ... three children were among those killed overnight'). The toll sentence names no doer, and
its generic 'killed' is coded Violence against civilians (Attack) while the strike is Explosions/Remote violence,
so the type-keyed merge of `events/consolidate.py` keeps them apart: two events, one with an empty actor 1.
ACLED's unit is the event, not the sentence: the coder reads the toll as the strike's and codes one event.

The rule (docs/annotation/actors-fatalities.md, act30). A death report is folded into the act told in the
sentence just before it when

* it is a generic death report: coded from a word of death ('killed', 'died'; data/fatalities.json) as an
  Attack on civilians, with no actor 1, reported as done (asserted or claimed), with a count of its own;
* its own sentence tells nothing else (an act there is its cause, events/toll_act.py; a helicopter 'shot down
  ... killing all five' is another event) and does not open by moving to another scene ('Meanwhile', 'Elsewhere':
  data/toll_report.json);
* the sentence just before, in the same paragraph, tells exactly one act that happened, of the types whose doer
  is the killer of the dead they cause (Explosions/Remote violence, Violence against civilians not itself a death
  report: `toll_act.CAUSE_TYPES`); two acts there leave the toll's act undecided;
* the places agree: the same place, or the death report's place is only the act's country (or none);
* the dates agree: the same day, or one of the two has no date of its own sentence.

The merged event's fatalities: the act's own count when it states one, else the death report's. Within one
article a second figure after the act's is mostly a part of it ('three children were among those killed',
'nine of those killed had been identified as civilians') or another source's figure for the same event
('SANA said 25 ... the Observatory said 21'); neither raises the toll, and ACLED keeps the lowest credible
figure of an event rather than a sum or the highest.

Pure: events in, events out (the folded death reports removed, their sources and toll carried by the act).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from frontwatch.data_files import data_json
from frontwatch.events.fatalities import words as toll_words
from frontwatch.events.toll_act import CAUSE_TYPES
from frontwatch.model import Event, Toponym

# The type a generic 'killed' with civilian victims is coded as (ontology.refine: 'attack' on civilians).
GENERIC_DEATH_TYPE = "attack_civilians"
# Modalities of a report of a deed (not a plan, a denial or history).
_DONE = frozenset({"asserted", "claimed"})


def is_death_trigger(trigger: str | None) -> bool:
    """Whether an event was coded from a word of dying or killing ('killed', 'were killed', 'died')."""
    w = toll_words()
    return any(t in w.death or t in w.kill for t in (trigger or "").lower().split())


def is_death_report(e: Event) -> bool:
    """A doerless generic death report with a count: a candidate second report of an act."""
    return (e.event_type == GENERIC_DEATH_TYPE and e.actor1 is None and e.modality in _DONE
            and (e.fatalities or 0) > 0 and is_death_trigger(e.trigger))


@lru_cache(maxsize=1)
def _openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in data_json("toll_report.json")["new_event_openers"])


def opens_new_scene(sentence: str) -> bool:
    """Whether a sentence opens by moving to another scene ('Meanwhile ...', 'Elsewhere in ...')."""
    first = tuple(re.findall(r"[a-z]+", sentence[:60].lower()))
    return any(first[:len(p)] == p for p in _openers())


def is_act(e: Event) -> bool:
    """A done act whose doer killed the dead it caused (a strike, an attack), not itself a death report."""
    return (e.acled_event_type in CAUSE_TYPES and e.modality in _DONE
            and not (e.event_type == GENERIC_DEATH_TYPE and is_death_trigger(e.trigger)))


def fold_tolls(events: list[Event], *, explicit: set[str], paragraphs: dict[int, int] | None,
               places_agree: Callable[[Toponym | None, Toponym | None], bool]) -> list[Event]:
    """Fold each doerless death report into the one act of the sentence just before it (module docstring).
    `paragraphs` maps sentence offsets to paragraph numbers (every sentence of the article, in order);
    `places_agree(toll, act)` is consolidation's test of a compatible place."""
    if not paragraphs:
        return events
    starts = sorted(paragraphs)
    previous = {s: p for p, s in zip(starts, starts[1:])}
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.evidence_start, []).append(e)
    folded: set[int] = set()
    for e in events:
        own = by_sentence.get(e.evidence_start, ())
        if not is_death_report(e) or any(o is not e and o.acled_event_type for o in own) \
                or opens_new_scene(e.evidence_text):
            continue
        before = previous.get(e.evidence_start)
        if before is None or paragraphs.get(before) != paragraphs.get(e.evidence_start):
            continue
        acts = [o for o in by_sentence.get(before, ()) if is_act(o)]
        if len(acts) != 1:
            continue
        act = acts[0]
        if not places_agree(e.location, act.location):
            continue
        if act.date != e.date and act.id in explicit and e.id in explicit:
            continue
        if act.id not in explicit and e.id in explicit:
            act.date, act.date_precision, act.date_source = e.date, e.date_precision, e.date_source
            explicit.add(act.id)
        act.fatalities = act.fatalities or e.fatalities
        act.reported_by = act.reported_by + [s for s in e.reported_by if s not in act.reported_by]
        act.actor2 = act.actor2 or e.actor2
        folded.add(id(e))
    return [e for e in events if id(e) not in folded]
