"""The country a place's own noun names: 'в российском селе Николаевка', 'la ciudad española de Mérida'.

A country adjective (or a country's name in the genitive) that modifies the noun a place name is the name of —
village, town, city, region — says which country the place is in, the same as a qualifier after a comma ('Paris,
Texas'): 'в российском селе Николаевка' is a Russian Nikolayevka, not the larger Ukrainian Mykolaivka, 'la ciudad
española de Mérida' the Spanish Mérida, not the Mexican one, 'مدينة طرابلس اللبنانية' Tripoli in Lebanon. It is the
opposite reading to an army's demonym (mlP52, geo/doer.py: 'Российские войска' names who fights, and votes for where
that army fights): the noun the country word modifies is what tells them apart, so the reading is by the language's
own adjacency of a modifier and its noun, not by a word list.

Where the modifier stands is grammar, written per language in `data/lang/<code>.toml` `[place_country]`:
- `side = "before"`: the country word stands right before the noun phrase of type word and name ('российском селе
  Николаевка', 'στη λιβανική πόλη Τρίπολη'; Turkish "Lübnan'ın Trablus kentinde", where only a genitive —
  `endings` — modifies: a country in the nominative before a name is a subject, "Türkiye Afrin kentine saldırdı");
- `side = "after"`: right after the type word, before the name ('la ciudad española de Mérida', 'شهر لبنانی
  طرابلس'), or right after the phrase ('مدينة طرابلس اللبنانية', 'شهر طرابلس لبنان').
A type word (`type_before` / `type_after` of the language's resources) must be part of the phrase: a country word
beside a bare name is as often the subject or another noun's modifier.

The countries are the language's country words and adjectives (`lang.event_actors.country_word_votes`, cues
[countries]); the geoparser reads the result as a qualifier of the span (geo/geoparse.parse_spans `place_countries`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import lru_cache

from frontwatch.data_files import data_file
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_actors import country_word_votes
from frontwatch.lang.event_tokens import Word, words
from frontwatch.lang.resources import load


@lru_cache(maxsize=16)
def _grammar(lang: str) -> tuple[str, tuple[str, ...]]:
    """(side, endings) of `[place_country]` in the language's resources; ('', ()) where none is written."""
    path = data_file("lang", f"{lang}.toml")
    if not path.is_file():
        return "", ()
    raw = tomllib.loads(path.read_text(encoding="utf-8")).get("place_country", {})
    return str(raw.get("side", "")), tuple(raw.get("endings", ()))


def _typed(w: Word, lang: str) -> bool:
    res = load(lang)
    low = w.text.casefold()
    return low in res.type_before or low in res.type_after


def place_noun_countries(text: str, lang: str, spans: Sequence) -> dict[int, str]:
    """Index into `spans` (objects with .start, .end) → ISO2 of the country word that modifies the span's own place
    noun by the language's adjacency (module docstring). A span with no type word beside it, or no such country
    word, is not in the result."""
    side, endings = _grammar(lang)
    if not side or not spans:
        return {}
    ws = words(text, load_cues(lang))
    country_at = {a: (b, code) for _, code, a, b in country_word_votes(text, lang)}
    connectors = load(lang).connectors | load(lang).list_articles

    def country(k: int) -> str | None:
        """The country of a country word that starts at word k (a genitive one where endings are given)."""
        if not 0 <= k < len(ws) or ws[k].start not in country_at:
            return None
        end, code = country_at[ws[k].start]
        if endings and not any(text[:end].casefold().endswith(e) for e in endings):
            return None
        return code

    def gap_ok(a: int, b: int) -> bool:
        """Only spaces between words a and b (a < b): one phrase, no comma or stop."""
        return 0 <= a and b < len(ws) and not text[ws[a].end:ws[b].start].strip()

    out: dict[int, str] = {}
    for n, s in enumerate(spans):
        inside = [w.i for w in ws if s.start <= w.start and w.end <= s.end]
        if not inside:
            continue
        lo, hi = inside[0], inside[-1]
        typed = _typed(ws[lo], lang) or _typed(ws[hi], lang)  # 'مدينة طرابلس', "Trablus Kenti" inside the span
        j = lo - 1
        while j >= 0 and ws[j].text.casefold() in connectors and gap_ok(j, j + 1):
            j -= 1  # 'ciudad (española) de Mérida': the connector before the name
        code = None
        if j >= 0 and gap_ok(j, lo) and _typed(ws[j], lang):
            typed, lo = True, j
        elif side == "after" and j >= 1 and country(j) and gap_ok(j - 1, j) and _typed(ws[j - 1], lang):
            code = country(j)  # type word, country word, (connector,) name: 'ciudad española de', 'شهر لبنانی'
        if hi + 1 < len(ws) and gap_ok(hi, hi + 1) and _typed(ws[hi + 1], lang):
            typed, hi = True, hi + 1  # "Trablus kentinde", 'Donetsk oblast'
        if code is None and typed:
            if side == "before" and lo >= 1 and gap_ok(lo - 1, lo):
                code = country(lo - 1)
            elif side == "after" and gap_ok(hi, hi + 1):
                code = country(hi + 1)
        if code:
            out[n] = code
    return out


__all__ = ["place_noun_countries"]
