"""Words of a people or a faith that is no country's: who lives in a place, not its name.

'the Alawite villages', 'a Druze neighbourhood', 'the Shia suburbs': the word before the place noun is its
inhabitants', and the NER model labels it NORP as it does a transliterated name it does not know ('the Minyan
suburbs', 'Buyir village'). The demonym table answers for states' adjectives only ('Syrian villages');
data/peoples.json holds the peoples and faiths it lacks, so that a NORP name before a place noun can be read as
the place's own name when it is neither (`unlisted._named_by_place_noun`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json

if TYPE_CHECKING:
    from frontwatch.model import Candidate


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    return frozenset(w.lower() for w in data_json("peoples.json")["peoples"])


def people_word(text: str) -> bool:
    """Is `text` a people's or a faith's word ('Alawite', 'Alawites', 'Shia', 'Druze'), or words that are all
    such ('Rohingya Muslim'), rather than a name? Not a name holding one ('Ain Arab' is a village)."""
    parts = text.replace("-", " ").lower().split()
    return bool(parts) and all(w in _peoples() or (w.endswith("s") and w[:-1] in _peoples()) for w in parts)


def people_word_senses(candidates: "Sequence[Candidate]") -> list["Candidate"]:
    """The senses a people's or a faith's word can have as a place name: a place of exactly its name
    ('Afar' and 'Somali', regions of Ethiopia; 'Rakhine', 'Kachin', states of Myanmar; 'Arab', Alabama), a
    country's or a first-level division's other name ('Amhara' for Amara region) and its demonym's country.
    Never a guess at a spelling: the gazetteer's fuzzy and folded matches, and the theatre's fuzzy second
    lookup, turn 'Alawite' into Kafr Laha and 'Yazidi' into Al 'Amadiyah, and no reader means a town by it."""
    return [c for c in candidates if c.how in ("exact", "demonym")
            or (c.how == "alternate" and c.place.precision in ("country", "admin1"))]


__all__ = ["people_word", "people_word_senses"]
