"""A country's name that is also a town of another country the text names: the town, where the act is set.

Why: the native name index gives a country's name in the language first ('عمان' → Oman), and the resolver
takes the first key that has places, so 'في عمان' (in Amman) became Oman although the sentence names
Jordan ('وزير الخارجية الأردني') and nothing Omani (mlL44's constructed tune: the Jordanian minister met his
Egyptian counterpart in Amman; the event then fell to Gaza). A reader takes the town: the name is set as a
place ('in X'), and of its two senses only the town lies in a country the text speaks of. The rule holds for
any pair of a country's name and a populated place's of another country (Amman/Oman in Arabic and Persian
script); a region or a state so named is not taken (only towns, `feature_class` P). It does nothing when the
text also names the country itself (by a word or another place of it), or names the name as a party (no
locative before it: 'وزير خارجية عمان'), or names no other country at all.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace

from frontwatch.model import Toponym

# a town at least this large: a country's name shared with a village of the other country is no reading
MIN_TOWN_POPULATION = 20_000


def towns_for_countries(toponyms: Sequence[Toponym], locative: Collection[tuple[int, int]], named: Iterable[str],
                        keys_of: Callable[[str], Sequence[str]], towns_named: Callable[[str, Collection[str]], list],
                        ) -> list[Toponym]:
    """`toponyms` with each country named in a locative phrase (`locative`: (start, end) spans) replaced by the
    town of the same name in another country the text names (`named`: its country words and hint, and the
    countries of its other places), when the text names that country nowhere else. `keys_of(text)`: the name
    index's keys of a span; `towns_named(key, countries)`: the gazetteer's places of that name in those
    countries (`Gazetteer.by_name` candidates)."""
    named = set(named)
    out: list[Toponym] = []
    for t in toponyms:
        p = t.place
        if p is None or p.precision != "country" or (t.start, t.end) not in locative or not p.country:
            out.append(t)
            continue
        # the text's countries: its country words and hint, and those of its other places
        spoken = named | {u.place.country for u in toponyms if u is not t and u.place is not None and u.place.country}
        # no other country spoken of: nothing to read the name as a town of ('в Малі' alone is Mali; an empty
        # country list would ask the gazetteer for the name's towns anywhere, and Mary, Turkmenistan, is 'Mali')
        if not spoken or p.country in spoken:
            out.append(t)
            continue
        towns = [c.place for key in keys_of(t.text) for c in towns_named(key, sorted(spoken))
                 if c.place.feature_class == "P" and (c.place.population or 0) >= MIN_TOWN_POPULATION]
        if not towns:
            out.append(t)
            continue
        town = max(towns, key=lambda q: q.population or 0)
        out.append(replace(t, place=town, precision=town.precision))
    return out


__all__ = ["MIN_TOWN_POPULATION", "towns_for_countries"]
