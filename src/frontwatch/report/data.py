"""What the store says about an area and a period: the facts a situation report states, each with
the evidence (sentence, outlet, link) it rests on.

Counts are of happenings (stories: one happening told by three outlets counts once), with the
number of reports beside them, for the period and the one of equal length before it. Stories come
from `alerts.stories_source` (the one source of stories), events from the API's own filter code
(`store.queries`), so the report, the map and `/events` agree on what lies in a period: an event's
date, else its article's day. Fatalities are ACLED's rule applied per happening: the lowest
positive count any report of it gives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from frontwatch.alerts.areas import Area, contains, describe
from frontwatch.alerts.stories_source import control_history, story_index
from frontwatch.report.period import Period, area_bounds
from frontwatch.store import Store

TOP_STORIES = 10
MAX_EVIDENCE_PER_STORY = 5
MAX_APPENDIX = 500  # unreferenced events listed in the evidence appendix
CATEGORIES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
              "Strategic developments", "Other")


@dataclass
class Evidence:
    n: int  # E1, E2, ... in the report
    event_id: str
    sentence: str
    outlet: str | None
    url: str | None
    title: str | None
    date: str | None
    category: str
    what: str
    place: str | None
    modality: str
    reported_by: list[str]


@dataclass
class Row:
    name: str
    current: int
    previous: int
    reports: int = 0
    anchor: str | None = None

    @property
    def change(self) -> str:
        if self.previous == 0:
            return "new" if self.current else "0"
        pct = 100.0 * (self.current - self.previous) / self.previous
        return f"{self.current - self.previous:+d} ({pct:+.0f}%)"


@dataclass
class ReportData:
    area: Area | None
    area_text: str
    period: Period
    previous: Period
    generated_at: str
    store: str
    happenings: Row
    by_type: list[Row]
    by_area: list[Row]
    stories: list[dict[str, Any]]
    control: list[dict[str, Any]]
    fatalities: dict[str, Any]
    evidence: list[Evidence]
    omitted_evidence: int
    points: list[dict[str, Any]] = field(default_factory=list)  # for the map
    bounds: tuple[float, float, float, float] | None = None


def category_of(record: dict[str, Any]) -> str:
    acled = record.get("acled") or {}
    return acled.get("event_type") or "Other"


def what_of(record: dict[str, Any]) -> str:
    """What happened, in a few words: the ACLED sub-type, except its catch-all 'Other' ("Other at
    Damascus" says nothing), which gives way to the ACLED type and ours, as in the map's drawer."""
    acled = record.get("acled") or {}
    sub = acled.get("sub_event_type")
    if sub and sub != "Other":
        return sub
    internal = str(record.get("event_type") or "").replace("_", " ")
    if acled.get("event_type"):
        return f"{acled['event_type']} ({internal})" if internal else acled["event_type"]
    return record.get("plover") or internal or "event"


def slug(name: str) -> str:
    return "type-" + "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def _events(store: Store, period: Period, area: Area | None) -> list[dict[str, Any]]:
    """Non-background events dated in the period (event date, else the article's day) inside the area."""
    from frontwatch.store import queries as q

    bounds = area_bounds(area)
    f = q.EventFilters(date_from=period.start, date_to=period.end, bbox=bounds if area else None)
    with store.engine.connect() as conn:
        rows = conn.execute(q.events_select(f, store.engine.dialect.name)).all()
    out = []
    for row in rows:
        rec = q.event_record(row)
        rec["effective_date"] = str(row._mapping["effective_date"])[:10] if row._mapping["effective_date"] else None
        loc = rec.get("location") or {}
        # a country-level event sits at the country's centroid, where nothing happened: in no area
        if area is not None and (loc.get("precision") == "country"
                                 or not contains(area, loc.get("lat"), loc.get("lon"))):
            continue
        out.append(rec)
    return out


def _groups(events: list[dict[str, Any]], by_event: dict[str, tuple[str, int]]) -> dict[str, list[dict[str, Any]]]:
    """Story id (the event's own id when it has no story yet) → its reports in this period."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in events:
        groups[by_event.get(ev["id"], (ev["id"], 1))[0]].append(ev)
    return groups


def _area_name(ev: dict[str, Any]) -> str:
    loc = ev.get("location") or {}
    if loc.get("admin1"):
        return f"{loc['admin1']} ({loc.get('country') or '?'})"
    if loc.get("country"):
        return f"{loc['country']} (country-level)"
    return "unlocated"


def _deaths(reports: list[dict[str, Any]]) -> int:
    counts = [int(r.get("fatalities") or 0) for r in reports if int(r.get("fatalities") or 0) > 0]
    return min(counts) if counts else 0


def _rows(current: Counter, previous: Counter, reports: Counter, anchors: bool = False) -> list[Row]:
    names = sorted(set(current) | set(previous), key=lambda n: (-current[n], -previous[n], n))
    return [Row(n, current[n], previous[n], reports[n], slug(n) if anchors else None) for n in names]


def build_report(store: Store, period: Period, area: Area | None = None) -> ReportData:
    now_events, before_events = _events(store, period, area), _events(store, period.previous(), area)
    index = story_index(store.engine, [e["id"] for e in now_events + before_events])
    now, before = _groups(now_events, index.by_event), _groups(before_events, index.by_event)

    def head(reports: list[dict[str, Any]]) -> dict[str, Any]:
        return min(reports, key=lambda r: (-(r.get("confidence") or 0), r["id"]))  # the surest report speaks for it

    by_type_now = Counter(category_of(head(g)) for g in now.values())
    by_type_before = Counter(category_of(head(g)) for g in before.values())
    reports_by_type = Counter(category_of(e) for e in now_events)
    by_area_now = Counter(_area_name(head(g)) for g in now.values())
    by_area_before = Counter(_area_name(head(g)) for g in before.values())
    reports_by_area = Counter(_area_name(e) for e in now_events)

    # evidence numbers: referenced facts first, in the order the report states them
    numbers: dict[str, int] = {}
    records = {e["id"]: e for e in now_events}

    def cite(event_ids: list[str]) -> list[int]:
        out = []
        for eid in event_ids:
            if eid in records:
                numbers.setdefault(eid, len(numbers) + 1)
                out.append(numbers[eid])
        return out

    stories = []
    for sid, reports in now.items():
        full = index.get(sid) or {}
        first = head(reports)
        stories.append({
            "id": sid, "title": f"{what_of(first)} at {(first.get('location') or {}).get('name') or 'an unknown place'}",
            "category": category_of(first), "date": min((r["effective_date"] or "" for r in reports), default=""),
            "corroboration": full.get("corroboration", len({(r.get("article") or {}).get("outlet") for r in reports})),
            "outlets": full.get("outlets") or sorted({(r.get("article") or {}).get("outlet") or "?" for r in reports}),
            "fatalities": _deaths(reports), "reports": reports,
            "disagreement": bool(full.get("disagreement")),
        })
    stories.sort(key=lambda s: (-s["corroboration"], -s["fatalities"], s["date"] or "", s["id"]))
    top = stories[:TOP_STORIES]
    for s in top:
        s["evidence"] = cite([r["id"] for r in sorted(s["reports"], key=lambda r: r["id"])][:MAX_EVIDENCE_PER_STORY])

    control = []
    for c in control_history(store.engine):
        since = (c.get("since") or "")[:10]
        if not since or not period.start.isoformat() <= since <= period.end.isoformat():
            continue
        if area is not None and not contains(area, c.get("lat"), c.get("lon")):
            continue
        if c["status"] == "frontline":
            continue  # markers, not changes of control
        missing = [e for e in c["evidence"] if e not in records]
        if missing:
            from frontwatch.store.queries import event_records_by_id

            with store.engine.connect() as conn:
                for rec in event_records_by_id(conn, missing, store.engine.dialect.name):
                    rec["effective_date"] = rec.get("date")
                    records[rec["id"]] = rec
        control.append({**c, "since": since, "evidence_n": cite(c["evidence"])})
    control.sort(key=lambda c: (c["since"], c.get("place_name") or ""))

    fatal = sorted((s for s in stories if s["fatalities"]), key=lambda s: (-s["fatalities"], s["date"] or ""))
    fatal_rows = []
    for s in fatal:  # cite the report that gives the count used (the lowest)
        source = [r["id"] for r in sorted(s["reports"], key=lambda r: r["id"])
                  if int(r.get("fatalities") or 0) == s["fatalities"]][:1]
        fatal_rows.append({"title": s["title"], "date": s["date"], "fatalities": s["fatalities"],
                           "evidence": cite(source)})
    fatalities = {"total": sum(s["fatalities"] for s in stories),
                  "previous": sum(_deaths(g) for g in before.values()), "stories": fatal_rows}

    omitted = 0
    for ev in sorted(now_events, key=lambda e: (category_of(e), e["effective_date"] or "", e["id"])):
        if ev["id"] not in numbers:
            if len(numbers) >= MAX_APPENDIX:  # referenced facts are numbered already and always kept
                omitted += 1
                continue
            numbers[ev["id"]] = len(numbers) + 1
    evidence = []
    for eid, n in sorted(numbers.items(), key=lambda kv: kv[1]):
        rec = records[eid]
        art = rec.get("article") or {}
        evidence.append(Evidence(
            n=n, event_id=eid, sentence=(rec.get("evidence") or {}).get("text") or "", outlet=art.get("outlet"),
            url=art.get("url"), title=art.get("title"), date=rec.get("effective_date") or rec.get("date"),
            category=category_of(rec), what=what_of(rec), place=(rec.get("location") or {}).get("name"),
            modality=rec.get("modality") or "asserted", reported_by=list(rec.get("reported_by") or [])))

    cited = {eid for s in top for eid in (r["id"] for r in s["reports"])} | {e for c in control for e in c["evidence"]}
    points = [{"lat": e["location"]["lat"], "lon": e["location"]["lon"], "category": category_of(e),
               "n": numbers.get(e["id"]), "label": e["location"].get("name") if e["id"] in cited else None}
              for e in now_events if (e.get("location") or {}).get("lat") is not None
              and (e.get("location") or {}).get("precision") != "country"]
    for s in top:
        s.pop("reports", None)
    return ReportData(
        area=area, area_text=describe(area), period=period, previous=period.previous(),
        generated_at=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), store=str(store),
        happenings=Row("all happenings", len(now), len(before), len(now_events)),
        by_type=_rows(by_type_now, by_type_before, reports_by_type, anchors=True),
        by_area=_rows(by_area_now, by_area_before, reports_by_area),
        stories=top, control=control, fatalities=fatalities, evidence=evidence, omitted_evidence=omitted,
        points=points, bounds=area_bounds(area))
