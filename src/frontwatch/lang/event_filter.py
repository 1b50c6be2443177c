"""A learned precision filter over the native coder's candidate events (issue 19).

Why: the hand rules of lang/events.py fire on event-dense sentences of unseen text (rhetoric, analysis,
background, generic statements) that no single word list catches. One logistic regression, fitted on the
tune labels of all seven languages of dev/events-ml together (scripts/train_ml_event_filter.py), scores each
candidate told as fact (modality asserted or claimed, above the coder's confidence floor) from what the
event is anchored to in its sentence (lang/event_features.py); a candidate scored below the fitted threshold
is dropped before the coder's one-per-happening choice. Candidates told as planned, denied or background are
left as they are (nothing here is about modality), and languages the filter was not fitted on are untouched.

Switch: `code_sentence(..., learned_filter=False)`, or the environment variable FRONTWATCH_EVENT_FILTER=off;
'on' applies the packaged weights even when their training run did not keep them, and a path applies the
weights of that file (the tune-halves check fits on one half and runs the other). The packaged file says
whether the filter is kept (`enabled`); when it is not, and the variable is unset, nothing is filtered.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from frontwatch.data_files import data_path
from frontwatch.events.article_place import DONE
from frontwatch.events.place_role import Weights
from frontwatch.lang.event_features import candidate_features
from frontwatch.model import Event

ENV = "FRONTWATCH_EVENT_FILTER"


@dataclass(frozen=True)
class EventFilter:
    """Weights (bias, per-feature weights, probability threshold: place_role's record, one definition of a
    linear scorer) and the languages they were fitted on."""

    weights: Weights
    languages: frozenset[str]

    def probability(self, features: dict[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.weights.score(features)))))


def filter_path() -> Path:
    return data_path("lang", "event_filter.json")


def from_record(data: dict) -> EventFilter:
    return EventFilter(Weights({k: float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                               float(data["threshold"])), frozenset(data.get("languages", ())))


@lru_cache(maxsize=4)
def load_filter(path: str | None = None, force: bool = False) -> EventFilter | None:
    """The filter in `path` (default: the packaged file), or None when the file is absent or, unless `force`,
    its training run did not keep it (`enabled` false)."""
    p = Path(path) if path else filter_path()
    if not p.is_file():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    return from_record(data) if force or data.get("enabled", True) else None


def active_filter() -> EventFilter | None:
    """The filter the coder applies. FRONTWATCH_EVENT_FILTER: unset, the packaged file if it was kept; 'off',
    none; 'on', the packaged weights even if not kept; a path, the weights of that file (kept or not)."""
    env = os.environ.get(ENV, "").strip()
    if env.lower() in ("off", "0", "no", "false"):
        return None
    if env.lower() in ("on", "1", "yes", "true"):
        return load_filter(None, force=True)
    return load_filter(env, force=True) if env else load_filter(None)


def considered(drafts: Sequence[Event], floor: float) -> list[int]:
    """Indices of the drafts the filter judges: above the coder's floor and told as fact."""
    return [i for i, e in enumerate(drafts) if e.confidence >= floor and e.modality in DONE]


def scored(text: str, lang: str, drafts: Sequence[Event], floor: float) -> list[tuple[int, dict[str, float]]]:
    """(draft index, features) of the drafts the filter judges; one definition for training and run time."""
    idx = considered(drafts, floor)
    feats = candidate_features(text, lang, [drafts[i] for i in idx]) if idx else []
    return list(zip(idx, feats))


def apply_filter(text: str, lang: str, drafts: list[Event], floor: float, flt: EventFilter | None) -> list[Event]:
    """The drafts without those the filter scores below its threshold."""
    if flt is None or lang not in flt.languages:
        return drafts
    drop = {i for i, f in scored(text, lang, drafts, floor) if flt.probability(f) < flt.weights.threshold}
    return [e for i, e in enumerate(drafts) if i not in drop]


__all__ = ["ENV", "EventFilter", "active_filter", "apply_filter", "considered", "filter_path", "from_record",
           "load_filter", "scored"]
