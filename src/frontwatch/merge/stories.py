"""Stories: reports of the same happening, from one or many articles, merged into one.

Two reports describe the same happening when they are of the same type family, placed
close enough for how precisely each was geocoded, dated close enough for how precisely
each was dated, and their actors do not contradict each other (a shared side, or one
side unknown): `frontwatch.merge.matching`. Grouping is *complete-linkage*: a report
joins a story only if it matches every report already in it, so chains of near-matches
("A near B near C") cannot drag distant happenings together; when several stories
qualify it joins the closest one.

Scale: a report is compared only with the reports filed near it by type family, day
window and grid cell (`frontwatch.merge.blocking`), so building is O(n) with a small
constant (100,000 events in seconds, see bench/story_build.py), not O(n²).

Order independence: stories are grown in a canonical order of the reports (publication
time, article, position, id: `Report.key`), whatever order they arrive in. The result is
therefore a function of the set of reports: the same whether events arrive all at once or
one article at a time. Arriving in canonical order (the usual case: articles in publication
order) costs one step per report. A report that arrives late can only change the reports
connected to it by compatibility (its *component*: reports of other components can never
share a story with it), so only the component's later reports are taken out and put back
in canonical order; everything else stays as it is.

Every story keeps an explanation: for each report, why it joined (distance, days, shared
actors) or why it started a new story (and, for stories it matched only in part, which
report stood in the way), and flags where its reports disagree (captured vs repelled,
asserted vs denied, who took the place: `frontwatch.merge.disagreement`). Why two reports
that are *not* together were kept apart: `StoryBuilder.explain_pair`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from frontwatch.geometry import EARTH_RADIUS_KM
from frontwatch.merge.blocking import CandidateIndex
from frontwatch.merge.bulk import paused_gc
from frontwatch.merge.disagreement import disagreements, unique
from frontwatch.merge.families import type_family
from frontwatch.merge.matching import (
    Check,
    PlaceVerdict,
    Profile,
    check,
    explain,
    match_profile,
    place_profile,
    place_verdict,
    score,
)
from frontwatch.merge.records import DATE_RANK, GEO_RANK, iso, story_fatalities
from frontwatch.merge.reports import (
    PLACE_RADIUS_KM,
    Key,
    Report,
    merge_distance_km,
    report,
)

_CONTAINMENT = ("admin1", "country")  # precisions matched by containment, at any distance
_PARTLY_MATCHED = "no earlier story matched every one of its reports"
MAX_CACHED_VERDICTS = 500_000  # place-pair verdicts kept (~100 MB at most); the cache restarts beyond
_JOIN_FIELDS = ("distance_km", "max_km", "place", "days_apart", "max_days", "actors")
# The place-verdict cache's key for place profiles numbered a and b is the int a << _PLACE_BITS | b: no tuple
# to build and hash per candidate. Place numbers (one per distinct place profile of a store) stay far below 2**40.
_PLACE_BITS = 40


@dataclass
class Story:
    """One happening as told by one or more reports (JSON-ready through `to_record()`)."""

    id: str
    family: str
    event_ids: list[str]
    article_ids: list[str]
    outlets: list[str]
    corroboration: int  # distinct outlets (an article without a known outlet counts as its own)
    first_reported: str | None
    last_reported: str | None
    date: str | None
    lat: float | None
    lon: float | None
    place_name: str | None
    geonameid: int | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    plover: str | None
    disagreement: list[dict[str, Any]] = field(default_factory=list)
    explanation: list[dict[str, Any]] = field(default_factory=list)
    fatalities: int = 0  # the lowest count any report gives (ACLED: most conservative estimate)

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


def _majority(values: Iterable[str | None]) -> str | None:
    present = [v for v in values if v]
    if not present:
        return None
    if present.count(present[0]) == len(present):  # the usual case: the reports agree
        return present[0]
    return Counter(present).most_common(1)[0][0]  # ties: first seen (Counter keeps order)


def story_id(first_event_id: str) -> str:
    """A story is named after its first report (in canonical order), so its id is stable."""
    return "story-" + hashlib.sha1(first_event_id.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True, eq=False)
class _StoryState:
    id: str
    members: list[int]  # report indexes, in canonical order
    # why each member is here, in member order, compactly (`_why` makes the public dicts):
    # ('created', reason, rejected) or ('joined', matched_reports, {distance_km, ...})
    explanation: list[tuple[Any, ...]] = field(default_factory=list)
    cached: Story | None = None  # the last snapshot, until the members change
    # group id → its first member here, in order of first members: complete linkage checks a new report
    # against each profile once, not against every member. Ints only: a dict the collector never scans.
    profiles: dict[int, int] = field(default_factory=dict)
    # group id → how many members have it, only for groups with several members here (floods); absent: one
    repeats: dict[int, int] | None = None
    # A compact restore (`StoryBuilder.restore(..., compact=True)`) holds only the first member of each match
    # profile: `hidden` counts the stored members left out, `held` how many restored members lead `members`.
    hidden: int = 0
    held: int = 0


@dataclass(slots=True, eq=False)
class _Group:
    """Reports with one `match_profile`: one check stands for all of them (see `StoryBuilder`)."""

    first: int  # the report filed in the candidate index for the whole group
    place: int  # the number of its `place_profile` (place verdicts are cached per pair of these)
    size: int = 1
    # story id → [state, members of this group in it]; None while the group has one report, whose story is
    # simply `_story_of[first]` (most groups: no dict and no list per report to make, or to scan for cycles)
    stories: dict[str, list[Any]] | None = None
    # The other groups it matches among the first `known` groups (verdicts never change: profiles are
    # fixed and the index only grows), so its next report checks only groups filed since.
    matched: dict[int, Check] | None = None  # (may hold its own group too: ignored, that one is re-checked)
    known: int = 0


@dataclass(slots=True)
class StoryHeadline:
    """A story's summary fields for listing and filtering, small enough to keep for every story.

    Read like a dict too (`h["corroboration"]`, `h.get("date")`), so filters written for
    story dicts take either.
    """

    id: str
    family: str
    acled_event_type: str | None
    acled_sub_event_type: str | None
    date: str | None
    first_reported: str | None
    last_reported: str | None
    corroboration: int
    place_name: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None

    def __getitem__(self, key: str) -> Any:
        try:
            return getattr(self, key)
        except AttributeError:
            raise KeyError(key) from None

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key, default)


def _where_when(reps: list[Report]) -> tuple[Report, Report | None, list[Any]]:
    """(the most precisely placed report, the most precisely dated one, sorted publication times)."""
    where = min(reps, key=lambda r: (r.coords is None, GEO_RANK.get(r.precision or "", 9)))
    dated = [r for r in reps if r.day is not None]
    when = min(dated, key=lambda r: (DATE_RANK[r.date_precision], r.day)) if dated else None
    return where, when, sorted(r.published for r in reps if r.published is not None)


def _headline(state: _StoryState, reports: list[Report]) -> StoryHeadline:
    members = state.members
    if len(members) == 1:
        r = reports[members[0]]
        published = iso(r.published)
        return StoryHeadline(state.id, r.family, r.acled_event_type, r.acled_sub_event_type, iso(r.day), published,
                             published, 1, r.name, r.geonameid, r.coords[0] if r.coords else None,
                             r.coords[1] if r.coords else None)
    reps = [reports[m] for m in members]
    where, when, published = _where_when(reps)
    return StoryHeadline(
        state.id, reps[0].family, _majority(r.acled_event_type for r in reps),
        _majority(r.acled_sub_event_type for r in reps), iso(when.day) if when else None,
        iso(published[0]) if published else None, iso(published[-1]) if published else None,
        len({r.outlet_key for r in reps}), where.name, where.geonameid,
        where.coords[0] if where.coords else None, where.coords[1] if where.coords else None)


_CREATED = ("created", "no earlier report of this family matched (place, time and actors)", ())


def _why(rep: Report, entry: tuple[Any, ...]) -> dict[str, Any]:
    if entry[0] == "created":
        return {"event_id": rep.id, "action": "created", "family": rep.family, "reason": entry[1],
                "rejected": [dict(r) for r in entry[2]]}
    return {"event_id": rep.id, "action": "joined", "family": rep.family, "matched_reports": entry[1], **entry[2]}


def _entry_of(d: dict[str, Any] | None) -> tuple[Any, ...]:
    """The builder's compact explanation entry back from its public dict (`_why`)."""
    if not d:
        return _CREATED
    if d.get("action") == "joined":
        return ("joined", d.get("matched_reports"), {k: d.get(k) for k in _JOIN_FIELDS})
    rejected = tuple(dict(r) for r in d.get("rejected") or () if isinstance(r, dict))
    return ("created", d.get("reason") or _CREATED[1], rejected)


def _summarise(state: _StoryState, reports: list[Report]) -> Story:
    members = state.members
    explanation = [_why(reports[m], entry) for m, entry in zip(members, state.explanation, strict=True)]
    if len(members) == 1:  # most stories: one report, nothing to vote on (positional: this runs 100,000s of times)
        r = reports[members[0]]
        published = iso(r.published)
        point = r.coords
        return Story(state.id, r.family, [r.id], [r.article_id], [r.outlet] if r.outlet is not None else [], 1,
                     published, published, iso(r.day), point[0] if point else None, point[1] if point else None,
                     r.name, r.geonameid, r.acled_event_type, r.acled_sub_event_type, r.plover, [], explanation,
                     r.fatalities)
    reps = [reports[m] for m in members]
    where, when, published = _where_when(reps)
    return Story(
        id=state.id,
        family=reps[0].family,
        event_ids=[r.id for r in reps],
        article_ids=unique(r.article_id for r in reps),
        outlets=unique(r.outlet for r in reps),
        corroboration=len({r.outlet_key for r in reps}),
        first_reported=iso(published[0]) if published else None,
        last_reported=iso(published[-1]) if published else None,
        date=iso(when.day) if when else None,
        lat=where.coords[0] if where.coords else None,
        lon=where.coords[1] if where.coords else None,
        place_name=where.name,
        geonameid=where.geonameid,
        acled_event_type=_majority(r.acled_event_type for r in reps),
        acled_sub_event_type=_majority(r.acled_sub_event_type for r in reps),
        plover=_majority(r.plover for r in reps),
        disagreement=disagreements(reps),
        fatalities=story_fatalities([r.fatalities for r in reps]),
        explanation=explanation,
    )


class StoryBuilder:
    """Groups event records into stories as they arrive (see the module doc for the rules).

    window_days: how many days apart two day-precise reports of one happening may be dated
    (coarser dates widen it by their own uncertainty: a week, a month...).
    """

    def __init__(self, *, window_days: int = 3, max_rejections_explained: int = 3) -> None:
        if window_days < 0:
            raise ValueError(f"window_days must be >= 0, got {window_days}")
        self.window_days = window_days
        self.max_rejections_explained = max_rejections_explained
        self._reports: list[Report] = []
        self._by_event: dict[str, int] = {}
        self._story_of: list[_StoryState | None] = []
        self._live: dict[str, _StoryState] = {}
        self._index = CandidateIndex(window_days)
        # Reports with equal match profiles form a group: the index files a group once, and
        # candidates, checks and complete linkage work per group (a flood of one happening
        # from 1,000 outlets costs one check per report, not 1,000).
        self._groups: list[_Group] = []
        self._group_of: list[int] = []
        self._group_by_profile: dict[Profile, int] = {}
        # Places repeat far more than reports do (a town is named by thousands of reports): the
        # distance and containment verdict is cached per pair of place profiles.
        self._place_ids: dict[Profile, int] = {}
        self._place_verdicts: dict[int, PlaceVerdict] = {}  # see _PLACE_BITS
        # Components of the compatibility graph (union-find): root → members, root → latest key; a
        # one-report component (most) has no entry in either: its members are [root], its latest key root's.
        self._parent: list[int] = []
        self._component: dict[int, list[int]] = {}
        self._latest: dict[int, Key] = {}
        self._touched: set[str] = set()  # story ids created, changed or removed since take_changes()
        self._ordered: list[_StoryState] | None = None

    # -- public ------------------------------------------------------------------------------------

    def add(self, event: dict[str, Any]) -> Story:
        """Add one event record; returns the story it is in, as it stands now.

        Returned stories are snapshots shared with later `stories()` calls until the story
        changes: read them, do not mutate them. Re-adding a known event id changes nothing.
        """
        rep = report(event)
        known = self._by_event.get(rep.id)
        idx = known if known is not None else self._add_report(rep)
        state = self._story_of[idx]
        assert state is not None
        return self._snapshot(state)

    def add_many(self, events: Iterable[dict[str, Any]]) -> int:
        """Add a batch (in canonical order, the cheap way round); returns how many were new."""
        return self.add_reports(report(e) for e in events)

    def add_reports(self, reports: Iterable[Report]) -> int:
        """`add_many` for events already read into `Report`s (a caller that holds thousands of
        pending events keeps their reports, a fifth of the records' memory, not the records)."""
        with paused_gc():
            reps = sorted(reports, key=lambda r: r.key)
            added = 0
            for rep in reps:
                if rep.id not in self._by_event:
                    self._add_report(rep)
                    added += 1
        return added

    def restore(self, story_id: str, events: Iterable[dict[str, Any]],
                explanation: Iterable[dict[str, Any]] = (), *, compact: bool = False) -> int:
        """Put back a story as an earlier build left it: its events and each one's explanation
        (`Story.explanation`), with no checks. Returns how many reports the builder now holds for it.

        Why: an incremental update (`frontwatch.derive.stories`) loads from the store only the
        stories new reports could join; restored as they were, they decide the new reports'
        places exactly as the full build would, because every restored report comes before the
        new ones in canonical order (the caller's contract: reports after the first new one are
        re-added, not restored). Nothing restored counts as a change (`take_changes`).

        compact: keep only what deciding a join reads (`profile_heads`: the first member of each
        match profile) and the number of members; the rest is counted, not held. A flood of
        thousands of reports with a few profiles then costs a few reports of memory. Such a
        story's summary needs its members back: `complete`; `story`, `stories`, `headline`,
        `memberships` and the corroboration of `take_changes` do not have them.
        """
        why = {str(d.get("event_id")): d for d in explanation if isinstance(d, dict)}
        every = sorted((report(e) for e in events), key=lambda r: r.key)
        reps = profile_heads(every) if compact else every
        if not reps:
            return 0
        if story_id in self._live or any(r.id in self._by_event for r in reps):
            raise ValueError(f"story {story_id} or one of its events is in the builder already")
        state = _StoryState(id=story_id, members=[], hidden=len(every) - len(reps), held=len(reps))
        self._live[story_id] = state
        root: int | None = None
        for rep in reps:
            idx = self._register(rep)
            if self._join_group(idx, rep):
                self._index.add(idx, rep)
            root = idx if root is None else self._union(root, idx)
            state.members.append(idx)
            state.explanation.append(_entry_of(why.get(rep.id)))
            self._place(idx, state)
        self._touched.discard(story_id)
        return len(reps)

    def is_compact(self, story_id: str) -> bool:
        """Whether this story was restored without some of its members (`restore(compact=True)`)."""
        state = self._live.get(story_id)
        return state is not None and state.hidden > 0

    def complete(self, story_id: str, events: Iterable[dict[str, Any]],
                 explanation: Iterable[dict[str, Any]] = ()) -> Story | None:
        """The summary of a compactly restored story, given back every member it was restored from
        (the same `events` and `explanation` a full `restore` takes); the reports added since follow
        them (they all come later in canonical order). None when the story is gone."""
        state = self._live.get(story_id)
        if state is None:
            return None
        if not state.hidden:
            return self.story(story_id, cache=False)
        why = {str(d.get("event_id")): d for d in explanation if isinstance(d, dict)}
        earlier = sorted((report(e) for e in events), key=lambda r: r.key)
        if len(earlier) != state.held + state.hidden:
            raise ValueError(f"story {story_id}: {len(earlier)} members given back, "
                             f"{state.held + state.hidden} were restored")
        added = state.members[state.held:]
        reports = [*earlier, *(self._reports[m] for m in added)]
        entries = [*(_entry_of(why.get(r.id)) for r in earlier), *state.explanation[state.held:]]
        return _summarise(_StoryState(id=story_id, members=list(range(len(reports))), explanation=entries), reports)

    def stories(self) -> list[Story]:
        """All stories so far, in canonical order of their first reports."""
        if self._ordered is None:
            self._ordered = sorted(self._live.values(), key=lambda s: self._reports[s.members[0]].key)
        with paused_gc():
            return [self._snapshot(s) for s in self._ordered]

    def take_changes(self) -> tuple[list[tuple[str, list[str], int]], list[str]]:
        """What changed since the last call, for caches kept in step without summarising every story.

        Returns ([(story id, event ids, corroboration) of each story created or changed],
        [ids of stories gone]); `story(id)` gives the full story.
        """
        reports = self._reports
        changed = []
        for sid in sorted(self._touched):
            state = self._live.get(sid)
            if state is not None:
                changed.append((sid, [reports[m].id for m in state.members], self._corroboration(state)))
        removed = sorted(sid for sid in self._touched if sid not in self._live)
        self._touched.clear()
        return changed, removed

    def story(self, story_id: str, *, cache: bool = True) -> Story | None:
        """The story with this id as it stands now, or None. `cache=False`: summarise it afresh
        and keep nothing (for callers that keep their own copy)."""
        state = self._live.get(story_id)
        if state is None:
            return None
        if state.hidden:
            raise ValueError(f"story {story_id} was restored compactly: its summary needs `complete`")
        return self._snapshot(state) if cache else (state.cached or _summarise(state, self._reports))

    def headline(self, story_id: str) -> StoryHeadline | None:
        """What lists and filters of stories need (no evidence, explanation or flags), or None."""
        state = self._live.get(story_id)
        return _headline(state, self._reports) if state is not None else None

    def memberships(self) -> dict[str, tuple[str, int]]:
        """event id → (story id, corroboration), without summarising any story (cheap: for map points)."""
        out: dict[str, tuple[str, int]] = {}
        reports = self._reports
        for state in self._live.values():
            n = self._corroboration(state)
            for m in state.members:
                out[reports[m].id] = (state.id, n)
        return out

    def _corroboration(self, state: _StoryState) -> int:
        members = state.members
        return 1 if len(members) == 1 else len({self._reports[m].outlet_key for m in members})

    def story_of(self, event_id: str) -> Story | None:
        idx = self._by_event.get(event_id)
        state = self._story_of[idx] if idx is not None else None
        return self._snapshot(state) if state is not None else None

    def explain_pair(self, event_a: str, event_b: str) -> dict[str, Any]:
        """Why two added events can or cannot be one happening (the rules' verdict, with numbers)."""
        a, b = (self._reports[self._by_event[e]] for e in (event_a, event_b))
        return explain(a, b, check(a, b, self.window_days))

    def __len__(self) -> int:
        return len(self._live)

    # -- components --------------------------------------------------------------------------------

    def _find(self, i: int) -> int:
        parent = self._parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def _union(self, a: int, b: int) -> int:
        """Merge the components rooted at a and b; returns the new root."""
        if a == b:
            return a
        component, latest = self._component, self._latest
        if len(component.get(a) or (a,)) < len(component.get(b) or (b,)):
            a, b = b, a
        self._parent[b] = a
        members = component.get(a)
        if members is None:
            members = component[a] = [a]
        members.extend(component.pop(b, None) or (b,))
        key_a, key_b = self._latest_key(a), latest.pop(b, None) or self._reports[b].key
        latest[a] = key_b if key_b > key_a else key_a
        return a

    def _members(self, root: int) -> list[int]:
        """The reports of the component rooted at `root`."""
        return self._component.get(root) or [root]

    def _latest_key(self, root: int) -> Key:
        """The latest canonical key in the component rooted at `root`."""
        return self._latest.get(root) or self._reports[root].key

    # -- building ----------------------------------------------------------------------------------

    def _candidates(self, rep: Report) -> list[int]:
        """Indexes of reports whose groups `rep` may match (a superset; `check` decides). Tests replace this."""
        return self._index.candidates(rep)

    def _profile(self, rep: Report) -> Profile | None:
        """The grouping key (None: a group of its own). Tests replace this to compare with no grouping."""
        return match_profile(rep)

    def _checks(self, idx: int) -> dict[int, Check]:
        """The groups report `idx` matches, with the check results (mismatches are left out).

        Its own group is included when it has other reports (equal profiles always match).
        Two cheap tests run inline first, because most candidates fail them: dates too far
        apart, and (for reports matched by distance) latitudes too far apart for any distance
        within the limit. They only skip pairs `check` would reject for the same reason.
        Which of the matched reports are earlier needs no test here: when a report is
        (re)assigned, the later reports connected to it are detached (see `_add_report`).
        """
        rep, reports, window = self._reports[idx], self._reports, self.window_days
        day, slack, phi = rep.day_ord, rep.slack_days, rep.phi
        by_distance = rep.coords is not None and rep.precision not in _CONTAINMENT
        reach = rep.precision_km + rep.radius_km
        groups, group_of = self._groups, self._group_of
        own = group_of[idx]
        here = groups[own].place << _PLACE_BITS
        verdicts = self._place_verdicts
        if len(verdicts) > MAX_CACHED_VERDICTS:
            verdicts.clear()
        mine = groups[own]
        known = mine.known  # groups below this number were judged for an earlier report of this group
        out: dict[int, Check] = dict(mine.matched) if mine.matched else {}
        for c in self._candidates(rep):  # the index files one report per group (a brute-force override may
            g = group_of[c]              # list a group several times: judged again, to the same verdict)
            if g < known or g == own or g in out:
                continue
            group = groups[g]
            other = reports[group.first]
            if day is not None and other.day_ord is not None and abs(other.day_ord - day) > window + (
                    slack if slack > other.slack_days else other.slack_days):
                continue
            if by_distance and other.coords is not None and other.precision not in _CONTAINMENT and (
                    abs(other.phi - phi) * EARTH_RADIUS_KM
                    > max(reach, other.precision_km + rep.radius_km) + other.radius_km + 0.1):
                continue
            pair = here | group.place  # (own place, g's place): see _PLACE_BITS
            verdict = verdicts.get(pair)
            if verdict is None:
                verdict = verdicts[pair] = place_verdict(rep, other)
            result = check(rep, other, window, verdict)
            if result[0] is None:
                out[g] = result
        out.pop(own, None)
        mine.matched, mine.known = out, len(groups)  # not copied: the caller only reads it
        if groups[own].size > 1:
            result = check(rep, reports[groups[own].first], window)
            if result[0] is None:  # always, for equal profiles; checked all the same
                out[own] = result
        return out

    def _join_group(self, idx: int, rep: Report) -> bool:
        """File report `idx` in its profile's group; True when the group is new."""
        profile = self._profile(rep)
        g = self._group_by_profile.get(profile) if profile is not None else None
        if g is not None:
            group = self._groups[g]
            if group.stories is None:  # its second report: the first one's story is counted from now on
                state = self._story_of[group.first]
                group.stories = {state.id: [state, 1]} if state is not None else {}
            group.size += 1
            self._group_of.append(g)
            return False
        g = len(self._groups)
        place = self._place_ids.setdefault(place_profile(rep), len(self._place_ids))
        self._groups.append(_Group(first=idx, place=place))
        self._group_of.append(g)
        if profile is not None:
            self._group_by_profile[profile] = g
        return True

    def _register(self, rep: Report) -> int:
        """A report's slot in every per-report table, as its own one-report component; its index."""
        idx = len(self._reports)
        self._reports.append(rep)
        self._story_of.append(None)
        self._parent.append(idx)
        self._by_event[rep.id] = idx
        return idx

    def _add_report(self, rep: Report) -> int:
        idx = self._register(rep)
        new_group = self._join_group(idx, rep)
        checks = self._checks(idx)
        root = idx
        for g in checks:  # the reports of a group are connected already: one union per group
            root = self._union(root, self._find(self._groups[g].first))
        if new_group:
            self._index.add(idx, rep)
        if self._latest_key(root) == rep.key:  # the usual case: nothing connected to it came later
            self._assign(idx, checks)
            return idx
        # Arrived late: its component's later reports are taken out and put back in order.
        key = rep.key
        later = sorted((m for m in self._members(root) if self._reports[m].key > key),
                       key=lambda m: self._reports[m].key)
        for m in reversed(later):
            self._detach(m)
        self._assign(idx, checks)
        for m in later:
            self._assign(m, self._checks(m))
        return idx

    def _detach(self, m: int) -> None:
        state = self._story_of[m]
        assert state is not None
        self._story_of[m] = None
        members = state.members
        at = len(members) - 1 if members[-1] == m else members.index(m)  # later reports leave from the end
        del members[at], state.explanation[at]
        g = self._group_of[m]
        repeats = state.repeats
        count = repeats.get(g, 1) if repeats else 1
        if count == 1:
            del state.profiles[g]
        else:
            assert repeats is not None
            if count == 2:
                del repeats[g]
            else:
                repeats[g] = count - 1
            if state.profiles[g] == m:  # (keeps its place in the order: it was the first of its profile)
                state.profiles[g] = next(x for x in members if self._group_of[x] == g)
        in_group = self._groups[g].stories
        if in_group is not None:
            in_story = in_group[state.id]
            in_story[1] -= 1
            if in_story[1] == 0:
                del in_group[state.id]
        state.cached = None
        if not members:
            del self._live[state.id]
        self._touched.add(state.id)
        self._ordered = None

    def _assign(self, idx: int, checks: dict[int, Check]) -> None:
        """Put report `idx` in the closest story all of whose (earlier) reports it matches, or a new one."""
        rep, reports = self._reports[idx], self._reports
        if not checks:  # nothing matches: a story of its own (most reports)
            state = _StoryState(id=story_id(rep.id), members=[idx], explanation=[_CREATED])
            self._live[state.id] = state
            self._place(idx, state)
            return
        found: dict[str, _StoryState] = {}
        groups, story_of = self._groups, self._story_of
        for g in checks:  # the stories holding matched reports (all earlier: see `_checks`)
            in_group = groups[g].stories
            if in_group is None:  # a one-report group (detached while a late report is placed: None)
                state = story_of[groups[g].first]
                if state is not None:
                    found[state.id] = state
                continue
            for sid, (state, _) in in_group.items():
                found[sid] = state
        stories = list(found.values())
        if len(stories) > 1:
            stories.sort(key=lambda s: reports[s.members[0]].key)
        best: tuple[float, _StoryState, int, Check] | None = None
        near: list[tuple[_StoryState, int]] = []
        for state in stories:  # complete linkage: every report of the story must match
            worst: tuple[int, Check] | None = None
            worst_score = -1.0
            failed: int | None = None
            for g, m in state.profiles.items():  # one check per profile, in order of first members
                result = checks.get(g)
                if result is None:  # not a match (the reason is worked out if it is to be explained)
                    failed = m
                    break
                s = score(result)
                if s > worst_score:
                    worst, worst_score = (m, result), s
            if failed is not None:
                near.append((state, failed))
            elif worst is not None and (best is None or worst_score < best[0]):
                best = (worst_score, state, *worst)
        if best is None:
            rejected = tuple(
                {"story_id": other.id, "event_id": reports[m].id,
                 "reason": explain(rep, reports[m], check(rep, reports[m], self.window_days)).get("reason")}
                for other, m in near[: self.max_rejections_explained])
            state = _StoryState(id=story_id(rep.id), members=[idx],
                                explanation=[("created", _PARTLY_MATCHED, rejected) if rejected else _CREATED])
            self._live[state.id] = state
        else:
            _, state, m, result = best
            why = explain(rep, reports[m], result)
            state.explanation.append(("joined", len(state.members) + state.hidden,
                                      {k: why.get(k) for k in _JOIN_FIELDS}))
            state.members.append(idx)  # every member is earlier in canonical order (see _add_report)
        self._place(idx, state)

    def _place(self, idx: int, state: _StoryState) -> None:
        state.cached = None
        g = self._group_of[idx]
        if g not in state.profiles:
            state.profiles[g] = idx
        else:
            repeats = state.repeats
            if repeats is None:
                repeats = state.repeats = {}
            repeats[g] = repeats.get(g, 1) + 1
        in_group = self._groups[g].stories
        if in_group is not None:
            in_story = in_group.get(state.id)
            if in_story is None:
                in_group[state.id] = [state, 1]
            else:
                in_story[1] += 1
        self._story_of[idx] = state
        self._touched.add(state.id)
        self._ordered = None

    def _snapshot(self, state: _StoryState) -> Story:
        if state.hidden:
            raise ValueError(f"story {state.id} was restored compactly: its summary needs `complete`")
        if state.cached is None:
            state.cached = _summarise(state, self._reports)
        return state.cached


def profile_heads(reports: list[Report]) -> list[Report]:
    """Of a story's reports in canonical order, those complete linkage reads: the first of each
    match profile (a later one with the same profile gets the same verdicts) and the first
    unlocated one (it matches nothing, so a check never gets past it; later ones are never read).

    Why: a stored story can hold thousands of reports of one happening with a handful of
    profiles; deciding whether a new report joins it needs only these few.
    """
    seen: set[Profile] = set()
    unlocated = False
    out = []
    for rep in reports:
        profile = match_profile(rep)
        if profile is None:
            if unlocated:
                continue
            unlocated = True
        elif profile in seen:
            continue
        else:
            seen.add(profile)
        out.append(rep)
    return out


def build_stories(events: Iterable[dict[str, Any]], **kw: Any) -> list[Story]:
    """Batch form of `StoryBuilder`: the same stories as adding the events one by one, in any order."""
    builder = StoryBuilder(**kw)
    builder.add_many(events)
    return builder.stories()


__all__ = ["PLACE_RADIUS_KM", "Story", "StoryBuilder", "StoryHeadline", "build_stories", "merge_distance_km",
           "profile_heads", "story_id", "type_family"]
