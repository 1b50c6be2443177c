"""Reading the events the native coder reports for one sentence, in tests.

Why a module: the per-language rule tests (tender bids, warnings, 'without', lay roles ...) all ask the same
question of `lang.events.code_sentence`: which event types does it report (asserted or claimed) for this sentence.
"""

from __future__ import annotations

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.events import code_sentence


def coded(text: str, lang: str) -> list[str]:
    """The event types coded and reported (not planned, denied or background) for one sentence, no places given."""
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]
