"""Which dictionary forms the gazetteer knows, and under which of its keys.

The gazetteer's exact index (`names`, kinds 0 and 1) already holds GeoNames' Arabic,
Cyrillic, Greek and Persian spellings of towns and provinces (about 100 k, 133 k and 8 k
keys), case-folded but otherwise as the sources wrote them: 'إدلب' with its hamza, 'Αθήνα'
with its accent. News writes 'ادلب' and 'ΑΘΗΝΑ'. So the non-Latin keys are read once per
process (one range scan of the index, ~200 k short strings) into a map from
`morph.match_key` to the gazetteer's own keys; Latin forms are looked up in the index directly.

What the bundled sources lack is the names of *countries and continents* in other languages
('Τουρκία', 'ترکیه', 'Reino Unido'): those come from CLDR through babel (already a
dependency), plus each language's short forms ('США', 'ΗΠΑ', 'EEUU', 'آمریکا', in
`data/lang/<code>.toml`, `country_aliases`). They are answered with the country's own
gazetteer name, so the resolver sees the same country record as for 'Turkey'. The
gazetteer file itself is not changed.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from frontwatch.geo.fold import is_latin, name_key
from frontwatch.lang.morph import match_key, romanize
from frontwatch.lang.phonetic import (
    ALTERNATE_MIN_POPULATION,
    MIN_KEY_LENGTH,
    PHONETIC_MIN_POPULATION,
    greek_key,
    greek_keys,
    latin_key,
)
from frontwatch.lang.resources import load
from frontwatch.lang.sister import sister_forms

# The UTF-8 range of Greek, Cyrillic, Armenian, Hebrew and Arabic-script keys (U+0370..U+077F):
# SQLite orders TEXT keys by their bytes, which is code-point order.
_SCRIPT_LOW, _SCRIPT_HIGH = "\u0370", "\u0780"
_GREEK_LOW, _GREEK_HIGH = "\u0370", "\u0400"
_GLOSS = re.compile(r"\s*\([^()]*\)")
# CLDR's continent codes → the gazetteer's continent names.
_CONTINENTS = {"002": "Africa", "142": "Asia", "150": "Europe", "009": "Oceania", "005": "South America",
               "003": "North America", "019": "America"}


NOT_COUNTRIES = frozenset({"ZZ", "EU", "EZ", "UN", "QO"})
"""CLDR's two-letter territory codes that name no country (unknown, the EU, the euro zone, the UN, outlying Oceania)."""


@lru_cache(maxsize=16)
def cldr_territories(lang: str) -> dict[str, str]:
    """CLDR territory code → its name in `lang` (babel); empty for a language babel does not know. The one reading of
    CLDR's names: the country names below and the country adjectives (lang/country_adjectives.py) start from it."""
    from babel import Locale

    try:
        return dict(Locale.parse(lang).territories)
    except (ValueError, LookupError):
        return {}


def is_country_code(code: str) -> bool:
    """True for a CLDR code that is a country's ISO2 (not a region number or NOT_COUNTRIES)."""
    return len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES


@lru_cache(maxsize=16)
def country_names(lang: str) -> dict[str, str]:
    """match_key of a country's or continent's name in `lang` → ISO code (or continent name)."""
    out: dict[str, str] = {}
    for code, name in cldr_territories(lang).items():
        if is_country_code(code):
            out.setdefault(match_key(name), code)
        elif code in _CONTINENTS:
            out.setdefault(match_key(name), _CONTINENTS[code])
    try:
        aliases = load(lang).country_aliases
    except KeyError:
        aliases = {}
    for name, code in aliases.items():
        out[match_key(name)] = code
    return out


@lru_cache(maxsize=16)
def place_aliases(lang: str) -> dict[str, str]:
    """match_key of a region's local name the gazetteer lacks ('Донбас') → the gazetteer's name ('Donbas')."""
    try:
        return {match_key(k): v for k, v in load(lang).place_aliases.items()}
    except KeyError:
        return {}


def _split_words(words: list[str], joints: set[str]) -> list[list[str]]:
    """`words` cut at each joint word ('anatoliki makedonia kai thraki' → [anatoliki makedonia], [thraki])."""
    out: list[list[str]] = [[]]
    for w in words:
        if w in joints:
            out.append([])
        else:
            out[-1].append(w)
    return [p for p in out if p]


def _without_gloss(key: str) -> str:
    """A gazetteer key without a bracketed gloss ('άγκυρα (ankyra)' → 'άγκυρα')."""
    return " ".join(_GLOSS.sub(" ", key).split())


class NameIndex:
    def __init__(self, gazetteer) -> None:
        self._gaz = gazetteer
        self._foreign: dict[str, tuple[str, ...]] | None = None
        self._phonetic: dict[str, tuple[str, ...]] | None = None
        self._greek_sound: dict[str, tuple[str, ...]] | None = None
        self.by_sound: set[str] = set()  # keys found only by their sound: they need a cue in the text

    @classmethod
    def of(cls, gazetteer) -> "NameIndex":
        return cls(gazetteer)

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._gaz._connect()

    def _foreign_keys(self) -> dict[str, tuple[str, ...]]:
        if self._foreign is None:
            out: dict[str, list[str]] = {}
            rows = self._conn.execute(
                "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? AND kind IN (0, 1)",
                (_SCRIPT_LOW, _SCRIPT_HIGH))
            for (key,) in rows:
                out.setdefault(match_key(key), []).append(key)
                bare = _without_gloss(key)  # 'άγκυρα (ankyra)': GeoNames glosses some alternate names
                if bare != key and bare:
                    out.setdefault(match_key(bare), []).append(key)
            self._foreign = {k: tuple(v) for k, v in out.items()}
        return self._foreign

    def _greek_sound_keys(self) -> dict[str, tuple[str, ...]]:
        """Sound key (`lang.phonetic.greek_key`) → the gazetteer's Greek keys of large places, read once:
        Greek writes one foreign name several ways ('Λισαβόνα' / 'Λισαβώνα', 'Σεβίλη' / 'Σεβίλλη')."""
        if self._greek_sound is None:
            out: dict[str, list[str]] = {}
            rows = self._conn.execute(
                "SELECT DISTINCT n.key FROM names n JOIN places p ON p.geonameid = n.geonameid "
                "WHERE n.key >= ? AND n.key < ? AND n.kind IN (0, 1) "
                "AND (p.population >= ? OR p.precision IN ('admin1', 'country'))",
                (_GREEK_LOW, _GREEK_HIGH, PHONETIC_MIN_POPULATION))
            for (key,) in rows:
                k = greek_key(_without_gloss(key))
                if len(k) >= MIN_KEY_LENGTH and key not in out.setdefault(k, []):
                    out[k].append(key)
            self._greek_sound = {k: tuple(v) for k, v in out.items()}
        return self._greek_sound

    def _phonetic_keys(self) -> dict[str, tuple[str, ...]]:
        """Sound key (`lang.phonetic`) → gazetteer keys of the large places' Latin names, read once."""
        if self._phonetic is None:
            out: dict[str, list[str]] = {}
            rows = self._conn.execute(
                "SELECT name, asciiname FROM places WHERE population >= ? OR precision IN ('admin1', 'country')",
                (PHONETIC_MIN_POPULATION,))
            for name, ascii_name in rows:
                for n in dict.fromkeys((name, ascii_name or name)):
                    k = latin_key(n)
                    if len(k) >= MIN_KEY_LENGTH and name_key(n) not in out.setdefault(k, []):
                        out[k].append(name_key(n))
            # A town's Latin names and spellings (GeoNames: 'Kharkov', 'Bakhmut'), answered with the town's name.
            # Only a town's: a division named after its seat lists the seat's names too ('Kharkov' for the oblast,
            # 'Bakhmut' for the raion), and the news names the town; a country's names in the language are CLDR's
            # (`country_names`), its other Latin names other languages' ('Makedonia' is no Greek North Macedonia).
            rows = self._conn.execute(
                "SELECT p.name, n.key FROM names n JOIN places p ON p.geonameid = n.geonameid "
                "WHERE n.kind IN (0, 1) AND n.key < ? AND p.population >= ? AND p.precision = 'city'",
                (_SCRIPT_LOW, ALTERNATE_MIN_POPULATION))
            for name, alt in rows:
                k = latin_key(alt)
                if len(k) >= MIN_KEY_LENGTH and is_latin(alt) and name_key(name) not in out.setdefault(k, []):
                    out[k].append(name_key(name))
            self._phonetic = {k: tuple(v) for k, v in out.items()}
        return self._phonetic

    @lru_cache(maxsize=16)  # noqa: B019 - one index per process
    def _country_key(self, code: str) -> str | None:
        if len(code) != 2:
            return code  # a continent's gazetteer name
        place = self._gaz.country(code)
        return place.name if place is not None else None

    @lru_cache(maxsize=16)  # noqa: B019 - one index per process
    def country_keys(self, lang: str) -> frozenset[str]:
        """The keys `keys` answers for the language's names of countries and continents (their gazetteer names)."""
        return frozenset(k for code in set(country_names(lang).values()) if (k := self._country_key(code)))

    @lru_cache(maxsize=300_000)  # noqa: B019 - one index per process, forms repeat
    def keys(self, form: str, lang: str, sound: bool = False) -> tuple[str, ...]:
        """The gazetteer keys under which `form` (in `lang`) names a place, best first; () if none.

        A country's name in the language comes first (its gazetteer name), then the key spelled
        exactly as `form`, then the keys that differ from it only in optional marks. `sound`: when
        nothing else is found, a large place whose Latin name sounds like `form` (`lang.phonetic`);
        the caller asks so only after every dictionary form failed."""
        if not form or not form.strip():
            return ()
        out: list[str] = []
        mk = match_key(form)
        code = country_names(lang).get(mk)
        if code:
            key = self._country_key(code)
            if key:
                out.append(key)
        alias = place_aliases(lang).get(mk)
        if alias:
            out.append(name_key(alias))
        if is_latin(form):
            for key in dict.fromkeys((name_key(form), name_key(form.replace("İ", "I")))):
                row = self._conn.execute("SELECT 1 FROM names WHERE key = ? AND kind IN (0, 1) LIMIT 1",
                                         (key,)).fetchone()
                if row is not None and key not in out:
                    out.append(key)
        else:
            found = self._foreign_keys().get(mk, ())
            exact = name_key(form)
            out += [k for k in found if k == exact and k not in out] + [k for k in found if k != exact and k not in out]
            if not out:  # GeoNames may know the place only by its romanised name ('Irakleio', 'Kozyn')
                latin = romanize(form, lang)
                if latin and len(latin) >= 4 and self._latin_known(name_key(latin), load(lang).romanize_countries):
                    out.append(name_key(latin))
                elif latin and len(latin) >= 4 and (region := self.region_parts(lang).get(name_key(latin))):
                    out.append(region)  # 'Θράκη' → Anatolikí Makedonía kai Thráki
            if not out and sound and load(lang).phonetic and " " not in form.strip():  # a large foreign place by its sound
                out += self._greek_sound_keys().get(greek_key(form), ()) \
                    or next((hit for k in greek_keys(form) if (hit := self._phonetic_keys().get(k))), ())
                # ('Λισαβόνα' ~ 'Λισαβώνα'; 'Καλιφόρνια'; 'Χάρκοβο' ~ 'Kharkov')
                self.by_sound.update(out)
        return tuple(out)

    def sister_keys(self, form: str, lang: str) -> tuple[str, ...]:
        """Gazetteer keys of the first sister-language spelling of `form` that names a place
        (`lang.sister`); asked only after every form of a word failed in the language's own spelling."""
        sister = load(lang).sister_lang
        for f in sister_forms(form, lang):
            mk = match_key(f)
            code = country_names(sister).get(mk) if sister else None
            key = self._country_key(code) if code else None
            if key:
                return (key,)
            found = self._foreign_keys().get(mk, ())
            if found:
                return found
        return ()

    @lru_cache(maxsize=16)  # noqa: B019 - one index per process
    def region_parts(self, lang: str) -> dict[str, str]:
        """Romanised short names of the first-level regions of the language's `romanize_countries` → the region's
        gazetteer key. GeoNames names some regions by two historic ones joined by 'and' ('Anatolikí Makedonía kai
        Thráki') or by a part and the country ('Stereá Elláda'); news names each conjunct alone ('Θράκη') and the part
        without the country ('της Στερεάς'). A remainder that is only a compass word ('Dytikí') names nothing."""
        res = load(lang)
        countries = res.romanize_countries
        if not countries:
            return {}
        joints = {r for w in res.and_words if (r := romanize(w, lang))}
        compass = tuple(r for w in res.directions if (r := romanize(w.rstrip("*"), lang)))
        country_words = {r for name, code in country_names(lang).items() if code in countries
                         and (r := romanize(name, lang))}
        marks = ",".join("?" * len(countries))
        rows = self._conn.execute(
            f"SELECT asciiname FROM places WHERE precision = 'admin1' AND country IN ({marks})", countries)
        out: dict[str, str] = {}
        for (name,) in rows:  # the ASCII name: romanised forms carry no accents ('Thráki' → 'thraki')
            full = name_key(name or "")
            words = full.split()
            parts = [" ".join(p) for p in _split_words(words, joints)] if joints & set(words) else []
            if len(words) > 1 and words[-1] in country_words:
                parts.append(" ".join(words[:-1]))
            for part in parts:
                if part and part != full and not (" " not in part and part.startswith(compass)) and len(part) >= 4:
                    out.setdefault(part, full)
        return out

    def _latin_known(self, key: str, countries: tuple[str, ...]) -> bool:
        """Is `key` a place's name in one of `countries` (the ones the romanisation is used for)?"""
        marks = ",".join("?" * len(countries))
        return bool(countries) and self._conn.execute(
            f"SELECT 1 FROM names WHERE key = ? AND kind IN (0, 1) AND country IN ({marks}) LIMIT 1",
            (key, *countries)).fetchone() is not None

    def known(self, form: str, lang: str) -> str | None:
        """The best gazetteer key for `form`, or None."""
        keys = self.keys(form, lang)
        return keys[0] if keys else None
