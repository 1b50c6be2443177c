"""A span of years that measures how new an event is, not how old.

Why: 'for years', 'in decades', 'in years' mark history ("Russian fighters bombed for
years"), and an event carrying one is background. After 'the first time' or a superlative
the same words say the opposite: "advanced inside Daraa for the first time in years",
"the worst fighting in decades" tell today's news by comparing it with the past, and those
events were lost as background. Grammar, not lexicon: the ordinal 'first' and the
superlative tags (JJS, RBS) are closed classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

WINDOW = 4  # tokens before the cue: "for the first time | in years", "the largest offensive | in decades"


def measures_novelty(span: Span, start: int) -> bool:
    """True when the history cue starting at token `start` follows 'first' or a superlative."""
    doc = span.doc
    before = doc[max(span.start, start - WINDOW):start]
    return any(t.lower_ == "first" or t.tag_ in ("JJS", "RBS") for t in before)


__all__ = ["measures_novelty"]
