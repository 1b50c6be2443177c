"""Event dates: expressions resolved against the publication date, with their precision.

News dates events relative to the day of publication ("on Friday", "last week",
"earlier this month"), so every expression is resolved against `published`, and its
precision (day / week / month / year) is kept: "last week" is a week, not a day.
dateparser does the resolution (it returns the period too); the hand-written rules
here cover what it does not: weekday names on the publication weekday (news "on
Saturday" in a Saturday paper means that day), "earlier this month", "in recent
days", and duration cues ("for years", "since 2011") that mark history rather than news.

An event older than BACKGROUND_DAYS before publication is background, not news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.events.novelty import measures_novelty
from frontwatch.nlp.doc_memo import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

BACKGROUND_DAYS = 30
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")

# Cues of history or habit: an event carrying one is background whatever its tense.
_HISTORY = re.compile(
    r"\b(for|over|in)\s+(the\s+)?(past\s+|last\s+)?(many\s+|several\s+|\d+\s+)?(years|decades|a\s+decade)\b"
    r"|\b(years|decades|centuries)\s+ago\b|\bfor\s+(a\s+)?(long\s+)?(time|generations)\b|\bhistorically\b"
    r"|\b\d{1,2}(st|nd|rd|th)[\s-]+century\b"
    r"|\bin\s+the\s+past\b(?!\s+(\S+\s+){0,2}(hours?|days?|weeks?|months?)\b)",  # not "in the past five days"
    re.I,
)
_LEAD = re.compile(r"^(on|in|at|by|during|since|from|until|as\s+of|as\s+early\s+as|early|late|earlier|later|"
                   r"the|this\s+past|over\s+the)\s+", re.I)


@dataclass
class DateExpr:
    """A date or time expression found in a sentence."""

    start: int  # token index
    end: int
    text: str
    date: date | None
    precision: str  # day | week | month | year | unknown
    history: bool = False  # "for years", "years ago", "since 2011"
    since: bool = False

    def period_end(self) -> date | None:
        if self.date is None:
            return None
        if self.precision == "year":
            return date(self.date.year, 12, 31)
        if self.precision == "month":
            nxt = date(self.date.year + (self.date.month == 12), self.date.month % 12 + 1, 1)
            return nxt - timedelta(days=1)
        if self.precision == "week":
            return self.date + timedelta(days=6)
        return self.date


def _as_date(published: datetime | date | None) -> date | None:
    if published is None:
        return None
    return published.date() if isinstance(published, datetime) else published


@lru_cache(maxsize=1)
def _parser_factory():
    from dateparser.date import DateDataParser  # imported lazily: ~0.2 s

    return DateDataParser


@lru_cache(maxsize=64)
def _parser(base: date):
    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day, 12), "PREFER_DATES_FROM": "past",
                "RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first"}
    return _parser_factory()(languages=["en"], settings=settings)


def resolve(text: str, published: datetime | date | None) -> tuple[date | None, str, bool]:
    """Resolve one expression: (date, precision, history). Dates are the period's first day.

    `history` flags duration cues ("for years", "years ago", "since 2011" long before
    publication) that make an event background whatever its date.
    """
    base = _as_date(published)
    raw = " ".join(text.split())
    low = raw.lower().strip(" ,.")
    history = bool(_HISTORY.search(low))
    since = low.startswith("since ")
    low = re.sub(r"\b(night|morning|evening|afternoon|overnight|dawn)\b", "", low).strip()
    core = low
    while True:
        stripped = _LEAD.sub("", core)
        if stripped == core:
            break
        core = stripped
    if history and not re.search(r"\d{4}", core):
        return None, "unknown", True
    # Absolute years need no publication date.
    m = re.fullmatch(r"(?:the\s+)?(\d{4})s?", core)
    if m:
        year = int(m.group(1))
        if not 1800 <= year <= (base.year + 5 if base else 2100):
            return None, "unknown", history  # "resolution 2254" is not a year
        d = date(year, 1, 1)
        return d, "year", history or (since and base is not None and (base - d).days > BACKGROUND_DAYS)
    if base is None:
        return None, "unknown", history
    if core in ("today", "now", "tonight", "this day", "") and low:
        return base, "day", history
    if core in ("yesterday", "last night"):
        return base - timedelta(days=1), "day", history
    if core in ("the day before yesterday",):
        return base - timedelta(days=2), "day", history
    if core in ("tomorrow",):
        return base + timedelta(days=1), "day", history
    for n, wd in enumerate(WEEKDAYS):
        if core in (wd, f"last {wd}", f"this {wd}", f"next {wd}"):
            delta = (base.weekday() - n) % 7
            if core.startswith("last ") and delta == 0:
                delta = 7
            if core.startswith("next "):
                return base + timedelta(days=(n - base.weekday()) % 7 or 7), "day", history
            return base - timedelta(days=delta), "day", history
    if core in ("this month",):
        return date(base.year, base.month, 1), "month", history
    if core in ("this week", "past week", "recent days", "the past few days", "past few days", "recent weeks"):
        return base, "week", history
    if core in ("this year",):
        return date(base.year, 1, 1), "year", history
    data = _parser(base).get_date_data(core)
    if data is None or data.date_obj is None:
        return None, "unknown", history
    d = data.date_obj.date()
    if not 1800 <= d.year <= base.year + 5:
        return None, "unknown", history
    period = data.period or "day"
    if period in ("time", "part_of_day"):
        period = "day"
    if period == "month":
        d = date(d.year, d.month, 1)
    elif period == "year":
        d = date(d.year, 1, 1)
    if period == "day" and d > base + timedelta(days=1) and not re.search(r"\d{4}", core):
        # A day-month without a year in the future is last year's ("on 28 December" in January).
        try:
            d = d.replace(year=d.year - 1)
        except ValueError:
            pass
    if since and (base - d).days > BACKGROUND_DAYS:
        history = True
    return d, period if period in ("day", "week", "month", "year") else "day", history


_KEYWORDS = re.compile(r"\b(today|yesterday|tonight|tomorrow|overnight)\b", re.I)
_KEYWORD_ANYWHERE = re.compile(r"today|yesterday|tonight|tomorrow|overnight", re.I)  # the same words, no boundaries


def find_expressions(span: "Span", published: datetime | date | None, ents: tuple | None = None) -> list[DateExpr]:
    """Date expressions in a sentence: spaCy DATE/TIME entities, plus keywords it misses."""
    doc = span.doc
    out: list[DateExpr] = []
    covered: set[int] = set()
    for ent in (doc.ents if ents is None else ents):  # `ents`: doc.ents (O(doc) per read) read once per article
        if ent.label_ not in ("DATE", "TIME") or ent.start < span.start or ent.end > span.end:
            continue
        start = ent.start
        prev = doc[start - 1] if start > span.start else None
        lead = ""
        if prev is not None and prev.lower_ in ("since", "for", "in", "on", "over"):
            lead = prev.lower_ + " "
        d, prec, hist = resolve(lead + ent.text, published)
        if d is None and not hist:
            if not re.search(r"[a-z]", ent.text.lower()):
                continue
        out.append(DateExpr(start, ent.end, ent.text, d, prec, hist, since=lead == "since "))
        covered.update(range(ent.start, ent.end))
    # A token that is a keyword is a piece of the sentence's text: most sentences hold none,
    # and are not walked token by token.
    text = doc_text(doc)[span.start_char:span.end_char]  # Span.text re-joins its tokens on each read
    for tok in (span if _KEYWORD_ANYWHERE.search(text) else ()):
        if tok.i not in covered and _KEYWORDS.fullmatch(tok.text):
            d, prec, hist = resolve(tok.text, published)
            if d is not None:
                out.append(DateExpr(tok.i, tok.i + 1, tok.text, d, prec, hist))
    # "for years" is often not an entity: catch history cues in the raw sentence text.
    for m in _HISTORY.finditer(text):
        cs = span.start_char + m.start()
        toks = [t for t in span if t.idx >= cs and t.idx < span.start_char + m.end()]
        if toks and not any(toks[0].i >= e.start and toks[0].i < e.end for e in out if e.history):
            out.append(DateExpr(toks[0].i, toks[-1].i + 1, m.group(0), None, "unknown", True))
    # "for the first time in years", "the worst fighting in decades": news measured against the past
    out = [e for e in out if not (e.history and e.date is None and measures_novelty(span, e.start))]
    out.sort(key=lambda e: e.start)
    return out


def _governor(doc, e: DateExpr) -> "Token":
    from frontwatch.events.triggers import clause_verb

    return clause_verb(doc[e.start:e.end].root)


def _in_other_relative(doc, e: DateExpr, head: "Token") -> bool:
    """'burned mills owned by migrants who have lived there for decades': a duration cue inside
    a relative clause tells that clause's state, not a trigger outside it. (A dated relative,
    'the war, which erupted in 2011, created space for jihadists to seize land', still dates
    the sentence: the seed article's history.)"""
    if e.date is not None:
        return False
    t = _governor(doc, e)
    for _ in range(8):
        if t.dep_ in ("relcl", "acl"):
            return head.i not in {x.i for x in t.subtree}
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _is_modifier(doc, e: DateExpr) -> bool:
    """'the 2011 uprising': a date modifying a noun dates that noun, not the sentence."""
    root = doc[e.start:e.end].root
    return root.dep_ in ("nummod", "compound", "amod", "poss", "nmod") and root.head.pos_ in ("NOUN", "PROPN")


def date_for(head: "Token", clause: "Token | None", exprs: list[DateExpr], *, tokens: set[int] = frozenset()
             ) -> DateExpr | None:
    """The expression dating a trigger: its own clause's first, else the nearest in the sentence."""
    if not exprs:
        return None
    doc = head.doc
    clause = clause or head
    own = [e for e in exprs
           if _governor(doc, e).i in (clause.i, head.i) or any(doc[e.start:e.end].root.head.i == t for t in tokens)]
    pool = own or [e for e in exprs if (not _is_modifier(doc, e) or doc[e.start:e.end].root.head.i == head.i)
                   and not _in_other_relative(doc, e, head)]
    if not pool:
        return None
    return min(pool, key=lambda e: min(abs(e.start - head.i), abs(e.end - 1 - head.i)))


def tense_of(verb: "Token | None") -> str:
    """Coarse tense of a clause: present | perfect | past | pluperfect | future | nonfinite."""
    if verb is None:
        return "nonfinite"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lemmas = {a.lemma_.lower() for a in auxes}
    tags = {a.tag_ for a in auxes}
    if lemmas & {"will", "shall"} or any(a.lower_ in ("'ll", "will") for a in auxes):
        return "future"
    if "have" in lemmas:
        return "pluperfect" if "VBD" in tags else "perfect"
    if verb.tag_ == "VBD" or "VBD" in tags:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl"):
        return clause_tense_of_head(verb)
    return "nonfinite"


def clause_tense_of_head(verb: "Token") -> str:
    head = verb.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") and head.i != verb.i:
            return tense_of(head)
        if head.head.i == head.i:
            break
        head = head.head
    return "nonfinite"


def is_background(expr: DateExpr | None, published: datetime | date | None) -> bool:
    if expr is None:
        return False
    if expr.history:
        return True
    base = _as_date(published)
    end = expr.date if expr.since else expr.period_end()
    if base is None or end is None:
        return False
    return (base - end).days > BACKGROUND_DAYS
