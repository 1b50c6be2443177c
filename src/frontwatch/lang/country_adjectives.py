"""Country adjectives made from the countries' names by each language's word formation (issue 19 item 3, mlP54).

WHY: the cues' [countries] lists (data/lang/cues_<code>.toml) were written for the countries at war in the corpora: 26
to 84 entries, so 'в испанском городе Мерида', 'στη μεξικανική πόλη Λεόν', 'في مدينة ليون المكسيكية', 'در شهر
اسپانیایی والنسیا' named no country, and the place noun's own country (lang/place_country.py) could not be read —
seven of the twelve mlP53 probe failures. A language makes the adjective of origin from the country's name by a few
suffixes: Russian and Ukrainian '-ск-'/'-ськ-', Greek '-ικ-', the Arabic nisba '-ي'/'-ية', the Persian '-ی', Turkish
'-lI', Spanish '-ano/-eño/-és/-ense', French '-ien/-ais/-ain/-ois'. Applied to every country's name in the language
(CLDR through babel, lang/index.cldr_territories, as lang/index.country_names reads it, with the language's country_aliases), the rules give one
table per language; the irregular adjectives no rule gives are a short exceptions list in the same data file
(data/country_adjectives.json), not per-country hand lists.

The table only adds words: the cues' own entries stay first (lang/event_actors._lists), and a form two countries
give is dropped, since it names neither. Forms the language never writes ('мексикский' beside 'мексиканский') are
harmless: they match no text. The inflected forms in a text reach the lemma through the cues' suffix rules
('испанском' -> 'испанский', 'mexicana' -> 'mexicano'), as the hand-written entries do.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache

from frontwatch.data_files import data_file
from frontwatch.lang.event_tokens import normalize
from frontwatch.lang.index import cldr_territories, is_country_code
from frontwatch.lang.resources import load


@cache
def _rules() -> dict:
    return json.loads(data_file("country_adjectives.json").read_text(encoding="utf-8"))


@cache
def territory_names(lang: str) -> dict[str, list[str]]:
    """ISO2 → the country's names in `lang`: CLDR's territory name (lang/index.cldr_territories) and the language's
    country_aliases (the short names news uses: 'Британия', 'Holanda')."""
    out: dict[str, list[str]] = {}
    for code, name in cldr_territories(lang).items():
        if is_country_code(code):
            out.setdefault(code, []).append(name)
    try:
        aliases = load(lang).country_aliases
    except KeyError:
        aliases = {}
    for name, code in aliases.items():
        out.setdefault(code, []).append(name)
    return out


def _unaccent(s: str) -> str:
    """`s` without acute accents (Spanish 'México' → 'mexico'); the tilde and diaeresis stay ('España')."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", s).replace("\u0301", ""))


def adjectives_of(name: str, lang: str) -> list[str]:
    """The adjective forms the language's rules make from one country name (empty for a name of several words, an
    acronym, or a language without rules)."""
    spec = _rules()["languages"].get(lang)
    if spec is None or " " in name.strip() or "-" in name or name.isupper():
        return []
    low = normalize(name, lang)
    article = spec.get("article", "")
    if article and low.startswith(article):
        low = low[len(article):]
    if any(low.endswith(e) for e in spec.get("skip_endings", ())):
        return []
    rules = [(a, b) for a, b in spec["rules"] if a and low.endswith(a)] or [(a, b) for a, b in spec["rules"] if not a]
    out = []
    for ending, suffix in rules:
        stem = low[:len(low) - len(ending)]
        if spec.get("unaccent_stem"):
            stem = _unaccent(stem)
        if len(stem) >= _rules()["min_stem"]:
            out.append(stem + suffix)
    return out


@cache
def derived_country_words(lang: str) -> dict[str, str]:
    """Adjective form → ISO2 for every country of the language (module docstring): the rules' forms, those two
    countries share dropped, the `drop` forms left out, the `exceptions` added."""
    spec = _rules()["languages"].get(lang)
    if spec is None:
        return {}
    seen: dict[str, set[str]] = {}
    for code, names in territory_names(lang).items():
        for name in names:
            for form in adjectives_of(name, lang):
                seen.setdefault(form, set()).add(code)
    dropped = set(spec.get("drop", ()))
    out = {form: next(iter(codes)) for form, codes in seen.items() if len(codes) == 1 and form not in dropped}
    for code, forms in spec.get("exceptions", {}).items():
        for form in forms:
            out[form] = code
    return out


__all__ = ["adjectives_of", "derived_country_words", "territory_names"]
