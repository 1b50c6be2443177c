"""A region that only locates a town named with it is not a competing place for the act.

Why: a report names the village hit and then its region ('обстріляла смт Зноб-Новгородське в
Сумській області', 'У районі села Давидів Брід на Херсонщині ... обстріляли'). The guideline
(docs/annotation/multilingual-events.md § 5) places an event at the most specific place the
sentence names, as ACLED codes the finest known location; the region is there to tell which
village is meant. The native coder scored every place finer than a country alike by its distance
to the trigger and a locative cue before it, so the region after 'в'/'на' won over the village
(the largest class of wrong places of violent events the coder itself chose on the mlP41 sample,
when the village was recognised). A region keeps its standing when no place it holds is named,
or when the town named with it lies elsewhere (a namesake the geoparser misread: the region is
then the only right place the sentence gives).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def without_containers(places: Sequence[T], holds: Callable[[T, T], bool]) -> list[T]:
    """The places that hold none of the others (`holds(big, small)`: the gazetteer's containment);
    all of them when every place holds another (no finer place to prefer)."""
    kept = [p for p in places if not any(q is not p and holds(p, q) for q in places)]
    return kept or list(places)
