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


def place_names(text: str, lang: str, geoparser) -> dict[str, str | None]:
    """Each toponym the native geoparser reads in `text` -> the name of the place it resolved to (None: refused)."""
    from frontwatch.lang.geoparse import geoparse_text

    _, tops = geoparse_text(text, lang, geoparser)
    return {t.text: (t.place.name if t.place is not None else None) for t in tops}
