"""A place's name in a sister language's spelling: Ukrainian forms looked up as Russian ones.

WHY: GeoNames lists far fewer Ukrainian than Russian names of foreign and small places
('Кишинів', 'Цюріх', 'Сардинія', 'Волинь' are missing; 'Кишинев', 'Цюрих', 'Сардиния',
'Волынь' are there). The two orthographies differ by a few regular correspondences, so a
Ukrainian dictionary form is rewritten into its likely Russian spellings and those are looked
up when the Ukrainian one is unknown. The correspondences are data (`sister_spelling` in
`data/lang/<code>.toml`); two alternations the table cannot express are done here:
* Ukrainian 'и' is Russian 'и' or 'ы' ('Кишинів' ~ 'Кишинев', 'Волинь' ~ 'Волынь'): both tried,
  'ы' never after the velars and hushing consonants, where Russian does not write it;
* Ukrainian 'і' in a word's last, closed syllable is Russian 'е' or 'о' ('Кишинів' ~ 'Кишинев',
  'Миколаїв' ~ 'Николаев' is beyond this; 'Львів' ~ 'Львов').
"""

from __future__ import annotations

import re
from functools import lru_cache

from frontwatch.lang.phonetic import rewrite
from frontwatch.lang.resources import load

_NO_YERY_AFTER = "кгхжшчщ"  # Russian writes 'и', never 'ы', after these
_CLOSED_LAST_I = re.compile(r"і([^аеиіоуюяєїь'’ -]+)$")
MAX_FORMS = 8


@lru_cache(maxsize=50_000)
def sister_forms(form: str, lang: str) -> tuple[str, ...]:
    """Likely spellings of the case-folded `form` in the language's sister ('' table: none)."""
    table = load(lang).sister_spelling
    if not table:
        return ()
    low = form.casefold()
    stems = [low]
    last_i = _CLOSED_LAST_I.search(low.split(" ")[-1])
    if last_i:
        cut = len(low) - len(last_i.group(0))
        stems += [low[:cut] + v + last_i.group(1) for v in ("е", "о")]
    out: list[str] = []
    for stem in stems:
        yery = "".join("ы" if c == "и" and (k == 0 or stem[k - 1] not in _NO_YERY_AFTER) else c
                       for k, c in enumerate(stem))
        for f in (rewrite(stem, table), rewrite(yery, table)):  # the table never touches 'и' itself
            if f != low and f not in out:
                out.append(f)
    return tuple(out[:MAX_FORMS])
