"""Actor filters that fold aliases: HTS = Hayat Tahrir al-Sham = Hay'at Tahrir al-Sham = Nusra Front.

Why: an event stores the actor list's name for its actor ("Hay'at Tahrir al-Sham") and the words
of the text ("HTS"); a user types the name they know. The actor list (`data/actors.csv` and the
bundled UCDP names) already holds every alias of an armed group, so a filter name that is one of
them matches events whose actor is any name or alias of that group, besides the substring search.
Generic entries ("{country} armed forces") stand for no one group and are not folded.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def actor_names(text: str) -> frozenset[str]:
    """Every name and alias of the group `text` names (casefolded), or nothing when it names none."""
    from frontwatch.events.actors import default_dictionary

    entry = default_dictionary().lookup(text.strip()) if len(text.strip()) >= 2 else None
    if entry is None or entry.generic:
        return frozenset()
    return frozenset(n.casefold() for n in (entry.name, *entry.aliases) if n)
