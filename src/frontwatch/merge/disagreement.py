"""Where the reports of one story contradict each other, with both sides' evidence.

A story merges reports of one happening, but outlets do not always agree on what
happened: the analyst must see that, not a silently averaged story. Flags:

- outcome: one report says the place was captured, another that the attack was repelled;
- modality: one report asserts (or claims) the happening, another denies it;
- controller: reports agree a place was taken but not by whom.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from frontwatch.merge.reports import Report

AFFIRMING = ("asserted", "claimed")


def unique(values: Iterable[Any]) -> list[Any]:
    """Distinct non-None values in first-seen order."""
    return list(dict.fromkeys(v for v in values if v is not None))


def _side_group(label: str, reports: list[Report]) -> dict[str, Any]:
    return {
        "value": label,
        "event_ids": [r.id for r in reports],
        "outlets": unique(r.outlet for r in reports),
        "evidence": [
            {"event_id": r.id, "article_id": r.article_id, "outlet": r.outlet, "text": r.evidence}
            for r in reports
        ],
    }


def _flag(kind: str, groups: dict[str, list[Report]]) -> dict[str, Any]:
    parts = " vs ".join(f"{k} ({', '.join(unique(r.outlet or r.article_id for r in v))})" for k, v in groups.items())
    return {"kind": kind, "summary": f"reports differ on {kind}: {parts}",
            "sides": [_side_group(k, v) for k, v in groups.items()]}


def disagreements(reports: list[Report]) -> list[dict[str, Any]]:
    """The flags (see module doc) for a story's reports, in report order; [] when they agree."""
    if len(reports) < 2:
        return []
    flags: list[dict[str, Any]] = []
    affirmed = [r for r in reports if r.modality in AFFIRMING]
    by_outcome: dict[str, list[Report]] = {}
    for r in affirmed:
        if r.outcome:
            by_outcome.setdefault(r.outcome, []).append(r)
    if len(by_outcome) > 1:
        flags.append(_flag("outcome", by_outcome))
    denied = [r for r in reports if r.modality == "denied"]
    if affirmed and denied:
        by_modality: dict[str, list[Report]] = {}
        for r in affirmed + denied:
            by_modality.setdefault(r.modality, []).append(r)
        flags.append(_flag("modality", by_modality))
    by_taker: dict[str, list[Report]] = {}
    for r in by_outcome.get("captured", []):
        if r.taker:
            by_taker.setdefault(r.taker, []).append(r)
    if len(by_taker) > 1:
        flags.append(_flag("controller", by_taker))
    return flags
