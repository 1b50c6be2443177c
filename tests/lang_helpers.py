"""Reading the events the native coder reports for one sentence, in tests.

Why a module: the per-language rule tests (tender bids, warnings, 'without', lay roles ...) all ask the same
question of `lang.events.code_sentence`: which event types does it report (asserted or claimed) for this sentence,
and where does it place them.
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


def event_places(text: str, lang: str, etype: str, geoparser, *, places_read: bool = False) -> list[str | None]:
    """The place (as the text names it; None: no place) of each reported event of type `etype` coded for one sentence
    with the native geoparser's mentions. `places_read`: first assert that the geoparser resolved some mention, so an
    event without a place is the coder's choice, not a geoparsing miss."""
    from frontwatch.lang.geoparse import geoparse_text

    mentions = geoparse_text(text, lang, geoparser)[1]
    if places_read:
        assert any(m.place is not None for m in mentions), text
    return [e.location.text if e.location else None for e in code_sentence(text, lang, mentions, None)
            if e.event_type == etype and e.modality in REPORTED]
