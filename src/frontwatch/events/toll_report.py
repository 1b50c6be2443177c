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

act31 extends the rule where an ACLED coder would (docs/annotation/actors-fatalities.md, act31):

* the act need not be in the sentence just before: sentences between that tell no act (a quote, a description of
  the site, a statement; no ACLED event reported as done) leave it the nearest; at most `sentences_between`
  (data/toll_report.json) of them;
* the toll's own sentence may also name the act by a definite, doerless word ('killed in the attack', 'the bombing
  killed 21'): that record is the act told before, so it folds with the toll; such a record with a count is itself
  a toll ('At least five civilians were killed in the attack', coded as the attack);
* a toll of other dead ('another five', '24 other people') is no second report of the act's dead: told right after
  the act it adds to its toll (ACLED sums the dead of one event); past a sentence it is not folded (mostly other
  places);
* a toll told with its own act ('rocket shells landed on the square, killing 4') follows that act when the
  type-keyed merge joined it to another report of the same act (`fold_tolls_of_merged_acts`).

Pure: events in, events out (the folded death reports removed, their sources and toll carried by the act).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from frontwatch.data_files import data_json
from frontwatch.events.fatalities import matches as toll_matches
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


def counts_other_dead(e: Event) -> bool:
    """Whether a death report counts dead other than those told before ('another five civilians were killed',
    '24 other people were killed', 'five more died'): every count of its sentence is one of other dead
    (`fatalities.Quantity.another`). Not a second report of the act's dead, so not one of its figures (act31)."""
    found = toll_matches(e.evidence_text)
    return bool(found) and all(m.another for m in found)


@lru_cache(maxsize=1)
def _sentences_between() -> int:
    """How many sentences that tell no act may stand between an act and its toll (data/toll_report.json)."""
    return int(data_json("toll_report.json")["sentences_between"])


@lru_cache(maxsize=1)
def _generic_act_words() -> frozenset[str]:
    return frozenset(data_json("toll_report.json")["generic_act_words"])


def refers_back(e: Event, anaphoric: set[str]) -> bool:
    """A doerless act told by a definite description ('killed in the attack', 'the bombing killed 21'): a second
    mention of an act told before, not an event of its own (act31). Of the cause types, or a generic word of an act
    ('the attack': its type read from the word alone)."""
    return (e.actor1 is None and e.id in anaphoric and e.modality in _DONE
            and (e.acled_event_type in CAUSE_TYPES or (e.trigger or "").lower() in _generic_act_words()))


def is_second_report(e: Event, anaphoric: set[str]) -> bool:
    """A doerless report with a count that can only be the toll of an act told before: the generic death report
    (act30), or a definite, doerless act ('At least five civilians were killed in the attack', whose 'killed' the
    extractor coded as the attack itself) (act31)."""
    return is_death_report(e) or (refers_back(e, anaphoric) and (e.fatalities or 0) > 0)


def tells_an_act(records: list[Event]) -> bool:
    """Whether a sentence's records tell an act that happened (any ACLED event reported as done): a sentence that
    does not (a quote, a description of the site, a statement) leaves the act before it the nearest (act31)."""
    return any(o.acled_event_type and o.modality in _DONE for o in records)


def _act_before(start: int, previous: dict[int, int], paragraphs: dict[int, int],
                by_sentence: dict[int, list[Event]], folded: set[int]) -> tuple[Event | None, int]:
    """The one act the toll told at `start` is of: the nearest sentence before it in its paragraph that tells a
    done act of the cause types, when that sentence tells one such act and every sentence between tells no act
    (act30 for the sentence just before; act31 beyond it), with the number of sentences between. None when
    undecided."""
    at, gap = start, 0
    while gap <= _sentences_between():
        before = previous.get(at)
        if before is None or paragraphs.get(before) != paragraphs.get(start):
            return None, gap
        present = [o for o in by_sentence.get(before, ()) if id(o) not in folded]
        acts = [o for o in present if is_act(o)]
        if acts:
            return (acts[0] if len(acts) == 1 else None), gap
        if tells_an_act(present):
            return None, gap
        at, gap = before, gap + 1
    return None, gap


def fold_tolls(events: list[Event], *, explicit: set[str], paragraphs: dict[int, int] | None,
               places_agree: Callable[[Toponym | None, Toponym | None], bool],
               anaphoric: set[str] = frozenset(),
               may_fold: Callable[[Event, Event], bool] | None = None) -> list[Event]:
    """Fold each doerless death report into the one act told before it (module docstring).
    `paragraphs` maps sentence offsets to paragraph numbers (every sentence of the article, in order);
    `places_agree(toll, act)` is consolidation's test of a compatible place; `anaphoric` holds the ids of events
    told by a definite description (a doerless 'the attack' beside the toll folds with it); `may_fold(toll, act)`,
    when given, limits the folds to the pairs it accepts (cty33: a later pass over the pairs whose place changed)."""
    if not paragraphs:
        return events
    starts = sorted(paragraphs)
    previous = {s: p for p, s in zip(starts, starts[1:])}
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.evidence_start, []).append(e)
    folded: set[int] = set()
    for e in sorted(events, key=lambda x: x.evidence_start):
        own = [o for o in by_sentence.get(e.evidence_start, ()) if o is not e and o.acled_event_type]
        if not is_second_report(e, anaphoric) or id(e) in folded or opens_new_scene(e.evidence_text) \
                or not all(refers_back(o, anaphoric) for o in own):
            continue
        act, gap = _act_before(e.evidence_start, previous, paragraphs, by_sentence, folded)
        if act is None or not places_agree(e.location, act.location) \
                or (may_fold is not None and not may_fold(e, act)):
            continue
        other_dead = counts_other_dead(e)
        if other_dead and gap > 0:  # other dead told past a quote or a description: mostly of other places
            continue
        if act.date != e.date and act.id in explicit and e.id in explicit:
            continue
        if other_dead and act.fatalities:  # ACLED adds other dead of the same event to its toll
            act.fatalities += e.fatalities
        for report in [e, *own]:
            _fold_into(act, report, explicit)
            folded.add(id(report))
    return [e for e in events if id(e) not in folded]


def _fold_into(act: Event, report: Event, explicit: set[str]) -> None:
    """The act gains a second report of it: its date when the act has none of its own sentence, its toll when it
    states none (act30's convention), its sources and actor 2."""
    if act.id not in explicit and report.id in explicit:
        act.date, act.date_precision, act.date_source = report.date, report.date_precision, report.date_source
        explicit.add(act.id)
    act.fatalities = act.fatalities or report.fatalities
    act.reported_by = act.reported_by + [s for s in report.reported_by if s not in act.reported_by]
    act.actor2 = act.actor2 or report.actor2


def fold_tolls_of_merged_acts(events: list[Event], before_merge: list[Event], merged_into: dict[int, Event], *,
                              explicit: set[str], places_agree: Callable[[Toponym | None, Toponym | None], bool]
                              ) -> list[Event]:
    """A death report told with its act ('a number of rocket shells landed on the square, killing 4 citizens') is
    that act's toll; when the type-keyed merge folded the act into another report of it (the rocket attack told
    before), the toll goes with it: one event (act31). Only when the act is the only other event of the toll's
    sentence, so that it is the toll's cause (act30's condition (ii)). `before_merge` are the events the merge
    read; `merged_into` maps id(report) to the event it was merged into."""
    by_sentence: dict[int, list[Event]] = {}
    for e in before_merge:
        by_sentence.setdefault(e.evidence_start, []).append(e)
    folded: set[int] = set()
    for e in events:
        own = [o for o in by_sentence.get(e.evidence_start, ()) if o is not e and o.acled_event_type]
        if not is_death_report(e) or len(own) != 1 or not is_act(own[0]) or id(own[0]) not in merged_into:
            continue
        act = merged_into[id(own[0])]
        while id(act) in merged_into:
            act = merged_into[id(act)]
        if act.evidence_start == e.evidence_start or not places_agree(e.location, act.location):
            continue
        if act.date != e.date and act.id in explicit and e.id in explicit:
            continue
        _fold_into(act, e, explicit)
        folded.add(id(e))
    return [e for e in events if id(e) not in folded]
