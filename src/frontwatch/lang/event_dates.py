"""Dates in a sentence of a supported language, resolved against the publication date.

dateparser reads absolute dates in all eight languages ('12 марта 2024', '5 Mart',
'٣ آذار') but not the relative phrases news dates most events with. Those come from
the language's cues: relative days ('أمس', 'вчера', 'χθες', 'hier', 'dün', 'دیروز'),
weekday names (news 'on Friday' is the last Friday on or before publication, the same
day included, as in English), 'last week' (week precision) and history cues ('years
ago'), which make an event background.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import DIGITS, PhraseList, Word, normalize


@dataclass
class LangDate:
    start: int  # word indices
    end: int
    date: date | None
    precision: str  # day | week | month | year | unknown
    history: bool = False
    stated: bool = False  # the expression names its year: the text dates itself (events/date_source.py)


@cache
def _lists(lang: str) -> tuple[PhraseList, PhraseList, PhraseList, PhraseList]:
    c = load_cues(lang)
    rel = PhraseList(list(c.relative_days), list(c.relative_days.values()), c)
    wk_phr = [p for day in c.weekdays for p in day]
    wk_val = [i for i, day in enumerate(c.weekdays) for _ in day]
    weekdays = PhraseList(wk_phr, wk_val, c)
    last_week = PhraseList(list(c.last_week), [7] * len(c.last_week), c)
    history = PhraseList(list(c.history), [True] * len(c.history), c)
    return rel, weekdays, last_week, history


@cache
def _months(lang: str) -> frozenset[str]:
    """Month names and abbreviations of a language from dateparser's own locale data."""
    return frozenset(_month_numbers(lang))


@cache
def _month_numbers(lang: str) -> dict[str, int]:
    """Month names and abbreviations of a language (dateparser's locale data) → the month's number."""
    from dateparser.languages import default_loader

    info = default_loader.get_locale(lang).info
    names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    return {normalize(x, lang): n for n, m in enumerate(names, 1) for x in info.get(m, ()) if len(x) >= 3}


@cache
def _year_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's cues `year_links` and `year_parts`, normalised once per language (`_absolute` runs on every
    sentence)."""
    c = load_cues(lang)
    return frozenset(normalize(x, lang) for x in c.year_links), frozenset(normalize(x, lang) for x in c.year_parts)


def _linked_year(ws: list[Word], i: int, lang: str) -> int | None:
    """The year joined to the month or year part at word `i` by a link word (cues `year_links`: Greek 'του' in 'τον
    Ιούλιο του 2017', 'στα τέλη του 2011'), or None. Why: Greek writes the year in the genitive with its article, so
    the month and the year are not neighbours and the month was read as a month alone (no date)."""
    links = _year_words(lang)[0]
    if not links or i + 2 >= len(ws) or normalize(ws[i + 1].text, lang) not in links:
        return None
    t = ws[i + 2].text.translate(DIGITS)
    return int(t) if re.fullmatch(r"\d{4}", t) else None


def _absolute(ws: list[Word], text: str, lang: str, base: date | None) -> list[LangDate]:
    months = _months(lang)
    parts = _year_words(lang)[1]
    out = []
    for i, w in enumerate(ws):
        if parts and normalize(w.text, lang) in parts and (year := _linked_year(ws, i, lang)):
            out.append(LangDate(i, i + 3, date(year, 1, 1), "month", stated=True))  # 'στα τέλη του 2011'
            continue
        if not (w.keys & months):
            continue
        if (year := _linked_year(ws, i, lang)) and not (i > 0 and ws[i - 1].text.translate(DIGITS).isdigit()):
            month = min(_month_numbers(lang)[k] for k in w.keys & months)  # 'τον Ιούλιο του 2017': that year's month
            out.append(LangDate(i, i + 3, date(year, month, 1), "month", stated=True))
            continue
        lo = i - 1 if i > 0 and ws[i - 1].text.translate(DIGITS).isdigit() else i
        hi = i + 2 if i + 1 < len(ws) and re.fullmatch(r"\d{4}", ws[i + 1].text.translate(DIGITS)) else i + 1
        if lo == i and hi == i + 1:
            continue  # a month name alone is not an event's date
        chunk = text[ws[lo].start:ws[hi - 1].end]
        d = _parse(chunk, lang, base)
        if d is not None and lo < i and hi == i + 1:
            d = _day_of_month(d, int(ws[lo].text.translate(DIGITS)), base)
        if d is not None:
            out.append(LangDate(lo, hi, d, "day" if lo < i else "month", stated=hi == i + 2))
    return out


def _day_of_month(parsed: date, day: int, base: date | None) -> date | None:
    """The date of a 'day month' phrase with no year ('20 سپتامبر', 20 September), from dateparser's reading.

    Why: dateparser reads the number of some such phrases as a year ('20 سپتامبر' → 1920-09-15 or
    2020-09-05), which put a Persian air strike of the news week in 1920, as history. The number is the
    day; the year is the publication's, or the year before when that day would fall after publication
    (news tells what happened)."""
    if parsed.day == day:
        return parsed
    year = base.year if base is not None else parsed.year
    try:
        d = date(year, parsed.month, day)
        if base is not None and d > base:
            d = date(year - 1, parsed.month, day)
    except ValueError:  # no such day in that month: not a date
        return None
    return d


_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
# (mlB52) a Solar Hijri year of modern news (1300-1499: 1921-2121) where the language dates by that era (cues
# `year_era_offset`)
_ERA_YEAR = re.compile(r"(1[34]\d\d)")


def _years(ws: list[Word], lang: str, taken: list[LangDate]) -> list[LangDate]:
    """Bare years that date a clause ('в 2009 году', 'у 2016 році', 'en 1978', 'το 2012'): a year with
    a preposition before it or a year word after it (cues `year_before`, `year_after`), outside any
    longer date. Why: news dates background by the year alone; with a publication date, an act in an
    earlier year is history, as in the English coder (events/dates.py, year precision)."""
    c = load_cues(lang)
    before = {normalize(x, lang) for x in c.year_before}
    after = {normalize(x, lang) for x in c.year_after}
    if not before and not after:
        return []
    # a year with a locative case ending after an apostrophe ('1914'te', '1999'da': in 1914) is cued by it
    cases = tuple(x for x in c.locative_suffixes if x.startswith("'"))
    inside = {i for d in taken for i in range(d.start, d.end)}
    out = []
    for i, w in enumerate(ws):
        t = w.text.translate(DIGITS)
        cased = bool(cases) and "'" in t and t[t.index("'"):].lower() in cases
        if cased:
            t = t[:t.index("'")]
        era = bool(c.year_era_offset) and bool(_ERA_YEAR.fullmatch(t))
        if i in inside or not (era or _YEAR.fullmatch(t)):
            continue
        marked = i + 1 < len(ws) and normalize(ws[i + 1].text, lang).rstrip(".") in after  # 'میلادی': the Common Era's
        cued = cased or (i > 0 and normalize(ws[i - 1].text, lang) in before) or marked
        if cued and not (era and marked):  # '1361 میلادی' would be a medieval year of the Common Era: not news dating
            year = int(t) + (c.year_era_offset if era else 0)
            out.append(LangDate(i, i + 1, date(year, 1, 1), "year", stated=True))
    return out


def _parse(chunk: str, lang: str, base: date | None) -> date | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        got = dateparser.parse(chunk, languages=[lang], settings=settings)
    except (ValueError, TypeError, OverflowError, KeyError):  # a date dateparser cannot read is no date
        return None
    return got.date() if got else None


def date_spans(ws: list[Word], text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) word spans of a sentence's date expressions that place it in time, relative ones
    ('أمس', 'دوشنبه') included, whether or not a publication date is known; history cues ('years ago')
    are not among them. Why: that an act is dated at all ('حمله دوشنبه', Monday's attack) tells a
    specific happening (lang/noun_arguments.py), before anyone resolves the date."""
    rel, weekdays, last_week, _ = _lists(lang)
    spans = [(d.start, d.end) for d in find_dates(ws, text, lang, None) if not d.history]
    for phrases in (rel, weekdays, last_week):
        spans.extend((s, e) for s, e, _, _ in phrases.find(ws))
    return sorted(spans)


def news_days(ws: list[Word], lang: str) -> list[LangDate]:
    """The relative days and weekdays of a sentence ('χθες', 'σήμερα', 'την Τρίτη') as dates with no day, for a text
    with no publication date. Why (mlB55): they date an act to the news's own days whatever the day is, so where a
    clause of background is dated by its year nearby ('ο ύποπτος, που είχε καταδικαστεί τον Μάιο του 2015, συνελήφθη
    χθες'), the nearer 'χθες' is the arrest's date, not the conviction's year."""
    rel, weekdays, _, _ = _lists(lang)
    return [LangDate(s, e, None, "day") for phrases in (rel, weekdays) for s, e, _, _ in phrases.find(ws)]


def find_dates(ws: list[Word], text: str, lang: str, published: date | None) -> list[LangDate]:
    """Every date expression of a sentence (relative ones only when a publication date is known)."""
    rel, weekdays, last_week, history = _lists(lang)
    c = load_cues(lang)
    degree = {normalize(x, lang) for x in c.degree_words}
    out: list[LangDate] = []
    for s, e, _, _ in history.find(ws):
        if e < len(ws) and normalize(ws[e].text, lang) in degree:
            continue  # 'cada día más grave' (increasingly): a degree, not a habit dating the act
        out.append(LangDate(s, e, None, "unknown", history=True))
    out.extend(_absolute(ws, text, lang, published))
    out.extend(_years(ws, lang, out))
    if published is None:
        return sorted(out, key=lambda x: x.start)
    for s, e, _, off in rel.find(ws):
        out.append(LangDate(s, e, published + timedelta(days=int(off)), "day"))  # type: ignore[arg-type]
    for s, e, _, wd in weekdays.find(ws):
        back = (published.weekday() - int(wd)) % 7  # type: ignore[arg-type]
        out.append(LangDate(s, e, published - timedelta(days=back), "day"))
    for s, e, _, _ in last_week.find(ws):
        out.append(LangDate(s, e, published - timedelta(days=7), "week"))
    # the longest expression wins where two overlap ('أول أمس' over 'أمس')
    out.sort(key=lambda x: (-(x.end - x.start), x.start))
    kept: list[LangDate] = []
    for x in out:
        if not any(x.start < k.end and k.start < x.end for k in kept):
            kept.append(x)
    return sorted(kept, key=lambda x: x.start)
