"""One definition of "a word within N words of another": the gap between two word spans, on a side.

Why: the event readings of lang/ each ask whether a cue stands near a trigger ('a bid within 12 words of
the rejection', 'the verb's object within 3 words after it'), and each wrote its own comparison, so the
readings differed in bounds no one chose (< or <=, before or after) and the differences could not be
seen. Here a window is stated by its parameters, so a reading says which one it means.

Units: spans are half-open word indexes `(start, end)` into a sentence's words (lang.event_tokens.Word.i),
as triggers and `PhraseList.find` hits are. The *gap* is the number of words strictly between the two
spans on the asked side: after the anchor it is `span.start - anchor.end`, before it `anchor.start -
span.end`; 0 means adjacent. A single word `i` is the span `(i, i + 1)`; a position between words (where
a bracket or a mark stands) is `(i, i)`, the slot before word `i`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

Side = Literal["after", "before", "either"]
SIDES: tuple[Side, ...] = ("after", "before", "either")


def gap(anchor: Sequence[int], span: Sequence[int], side: Literal["after", "before"]) -> int:
    """The words strictly between `anchor` and `span` when `span` is on `side` of it (negative: they overlap or
    `span` is on the other side)."""
    if side == "after":
        return span[0] - anchor[1]
    if side == "before":
        return anchor[0] - span[1]
    raise ValueError(f"side must be 'after' or 'before', not {side!r}")


def within(anchor: Sequence[int], span: Sequence[int], window: int, *, side: Side,
           inclusive: bool = False, overlap: bool = False) -> bool:
    """Does `span` stand within `window` words of `anchor` on `side`?

    - side: "after" (the span follows the anchor), "before", or "either" (either test holds).
    - inclusive: a gap of exactly `window` words counts (`gap <= window`); else `gap < window`, so a window of
      N admits spans that start within the next N words.
    - overlap: the gap may be negative down to `-window` (the span may reach back into or past the anchor by as
      many words), the symmetric reading some rules use for 'near, in any order'; else the gap is at least 0.
    """
    if side not in SIDES:
        raise ValueError(f"side must be one of {SIDES}, not {side!r}")
    low = -window if overlap else 0
    for one in (("after", "before") if side == "either" else (side,)):
        g = gap(anchor, span, one)
        if low <= g and (g <= window if inclusive else g < window):
            return True
    return False


def any_within(anchor: Sequence[int], spans: Iterable[Sequence[int]], window: int, *, side: Side,
               inclusive: bool = False, overlap: bool = False) -> bool:
    """Does any of `spans` (pairs, or `PhraseList.find` hits whose first two items are start and end) stand
    within `window` words of `anchor`? The parameters are those of `within`."""
    return any(within(anchor, s, window, side=side, inclusive=inclusive, overlap=overlap) for s in spans)


def words_within(anchor: Sequence[int], window: int, length: int, *, side: Literal["after", "before"],
                 inclusive: bool = False) -> range:
    """The indexes of the single words that `within` admits on `side` of `anchor`, clipped to a sentence of
    `length` words: for scans that read each word of the window in turn (nearest last before, first after)."""
    reach = window + 1 if inclusive else window
    if side == "after":
        return range(anchor[1], min(length, anchor[1] + reach))
    if side == "before":
        return range(max(0, anchor[0] - reach), anchor[0])
    raise ValueError(f"side must be 'after' or 'before', not {side!r}")


__all__ = ["SIDES", "Side", "any_within", "gap", "within", "words_within"]
