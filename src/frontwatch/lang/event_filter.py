"""A fitted filter over the readings the non-English rules find: is this a reported event?

Why a fitted filter: the lexicons find every 'talks', 'sanctions', 'killed' in a sentence,
but many are named in passing (a topic, a plan, history, a title) and nothing in one word
tells it. What does tell it is a combination of general signs the rules already compute:
the kind of event, whether someone acts, whether a place and a date are given, a verb
or a noun, a past verb in Russian and Ukrainian, a year long past, quotes, how many
triggers compete in the sentence. A logistic model weighs them; its weights are data
(data/lang/event_filter.json), fitted by dev/fit_lang_event_filter.py on the TUNE part
of dev/events-ml only. Without the file every reading is kept.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

FILE = "lang/event_filter.json"


@lru_cache(maxsize=1)
def model() -> tuple[dict[str, float], float] | None:
    """(weights by feature name, probability threshold), or None when no model is packaged."""
    path = resources.files("frontwatch.data").joinpath(FILE)
    if not path.is_file():
        return None
    raw = json.loads(path.read_text("utf-8"))
    return {str(k): float(v) for k, v in raw["weights"].items()}, float(raw["threshold"])


def probability(features: dict[str, float], weights: dict[str, float]) -> float:
    z = weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def keep(features: dict[str, float]) -> bool:
    m = model()
    if m is None:
        return True
    weights, threshold = m
    return probability(features, weights) >= threshold
