"""Language-neutral features of the native coder's candidate events, for the learned filter (lang/event_filter.py).

Why: ten passes of hand rules per language fitted the small tune parts of dev/events-ml, and the false events
on unseen text are event-dense sentences (rhetoric, analysis, background, generic statements, captions) that no
single word list catches. ACLED codes a specific act with a who, a where and a when; what a candidate is anchored
to in its sentence means the same in every language, so one set of weights can be fitted on all seven languages'
labels together. Every feature here is read from the coded Event and its sentence with the coder's own helpers;
the same function runs at training time (scripts/train_ml_event_filter.py) and at run time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from frontwatch.events import ontology
from frontwatch.events.actor_fill import AGENT_KINDS, VICTIM_KINDS
from frontwatch.lang.accusations import voiced
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_dates import date_spans, find_dates
from frontwatch.lang.event_tokens import DIGITS, Word, words
from frontwatch.lang.stance import CLOSING_QUOTES
from frontwatch.lang.triggers import find_triggers
from frontwatch.model import Event

# find_dates reads relative day words ('вчера', 'ayer') only against a publication day. The feature asks
# whether the sentence has a time word at all, not which day it names, so a fixed reference day makes it the
# same with or without the article's date (the evaluator codes sentences with none).
REFERENCE_DAY = date(2000, 1, 1)
COUNT_MAX = 100_000  # a number with more digits is an amount of money or a code, not a count


def _family(e: Event) -> str:
    """The ACLED event type, or the PLOVER type of a political-only event: coarse enough that every value
    is seen in several languages."""
    return f"acled={e.acled_event_type}" if e.acled_event_type else f"plover={e.plover or e.event_type}"


def _word_at(ws: Sequence[Word], char: int) -> int:
    return next((w.i for w in ws if w.end > char), len(ws) - 1)


def _trigger_span(e: Event, text: str) -> tuple[int, int]:
    """Character span of the trigger in the sentence (the first occurrence of its words)."""
    trig = e.trigger or ""
    at = text.find(trig) if trig else -1
    if at < 0:
        return 0, 0
    return at, at + len(trig)


def _has_count(ws: Sequence[Word], dated: Sequence[tuple[int, int]]) -> bool:
    """A number in digits (any script) that is no year nor a date's day ('5 мая'), as the coder counts
    arguments (lang/events.py): a count of people, vehicles, rockets."""
    for w in ws:
        if any(s <= w.i < e for s, e in dated):
            continue
        t = w.text.translate(DIGITS).replace(",", "").replace(".", "")
        if t.isdigit() and not (1900 <= int(t) <= 2100) and int(t) < COUNT_MAX:
            return True
    return False


def candidate_features(text: str, lang: str, events: Sequence[Event]) -> list[dict[str, float]]:
    """One feature dict per candidate event of one sentence (`events` are `candidate_events`' drafts for `text`).

    Binary features are 1.0 when present and left out otherwise; the three positions and sizes are scaled to
    about 0..1 so that one L2 penalty suits every weight.
    """
    cues = load_cues(lang)
    ws = words(text, cues)
    n_words = max(len(ws), 1)
    pos_of: dict[str, str] = {}
    for t in find_triggers(ws, lang):  # two entries may share a span (a verb and its verbal noun): 'N' first, as sorted
        span = text[ws[t.start].start:ws[t.end - 1].end]
        pos_of[span] = min(pos_of.get(span, "~"), t.entry.pos or "other")
    dates = [d for d in find_dates(ws, text, lang, REFERENCE_DAY) if not d.history]
    shared = {
        f"lang={lang}": 1.0,
        "quote": 1.0 if any(q in text for q in CLOSING_QUOTES) else 0.0,
        "voiced": 1.0 if voiced(ws, cues) else 0.0,  # 'we', 'you': someone's own words
        "date_word": 1.0 if dates else 0.0,
        "count": 1.0 if _has_count(ws, date_spans(ws, text, lang)) else 0.0,
        "length": math.log1p(n_words) / math.log1p(80),
        "candidates": math.log1p(len(events)) / math.log1p(8),
    }
    out = []
    for e in events:
        etype = ontology.get(e.event_type)
        a, b = _trigger_span(e, text)
        f = dict(shared)
        f[_family(e)] = 1.0
        f["violent"] = 1.0 if etype.violent else 0.0
        f[f"pos={pos_of.get(e.trigger or '', 'other')}"] = 1.0
        f["position"] = _word_at(ws, a) / n_words if b else 0.5
        f["agent"] = 1.0 if e.actor1 is not None else 0.0
        f["patient"] = 1.0 if e.actor2 is not None else 0.0
        f["agent_armed_or_state"] = 1.0 if e.actor1 is not None and e.actor1.kind in AGENT_KINDS else 0.0
        f["agent_country"] = 1.0 if e.actor1 is not None and e.actor1.country else 0.0  # a named party
        f["patient_victims"] = 1.0 if e.actor2 is not None and e.actor2.kind in VICTIM_KINDS else 0.0
        loc = e.location
        f["place"] = 1.0 if loc is not None else 0.0
        f["place_resolved"] = 1.0 if loc is not None and loc.place is not None else 0.0
        f["place_country"] = 1.0 if loc is not None and loc.place is not None and loc.place.precision == "country" else 0.0
        f["fatalities"] = 1.0 if e.fatalities else 0.0
        f["reported"] = 1.0 if e.reported_by else 0.0
        f["claimed"] = 1.0 if e.modality == "claimed" else 0.0
        f["confidence"] = e.confidence - 0.5
        out.append({k: v for k, v in f.items() if v})
    return out


__all__ = ["candidate_features"]
