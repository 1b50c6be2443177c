"""A name the gazetteer lacks in the text's script, after a settlement or division word, found by its sound.

Why: GeoNames lists few foreign towns in Arabic, Persian or Cyrillic ('ولاية زمفرة', 'شهر خارکف',
'у місті Чибок'), so the native geoparser finds nothing and the event falls back to the country the
sentence also names (Nigeria, Ukraine): the largest class of far or missing places of detected events
on the constructed wire-copy tune parts (mlL44). A reader does what a coder does: the word before
('city', 'state', 'village') says a place follows, the country named with it says where, and the
name is the one of that country's places that sounds like it. Sound is compared by consonant skeleton
(`consonant_key`): Arabic script writes few vowels, and Cyrillic case endings are mostly vowels, so the
consonants of the romanised form ('زمفرة' → z m f r) are what the Latin name ('Zamfara') shares. The
search is confined to the countries the text names and to places of the type word's kind, and a
skeleton that fits places far apart is refused: a guess between homonyms is no reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from frontwatch.geometry import haversine_km
from frontwatch.model import Place, Toponym

MIN_KEY_LENGTH = 3  # consonants: 'Cbk' (Chibok); two consonants fit too many names
SAME_PLACE_KM = 25.0  # records of one place (the town and its district) lie this close
SETTLEMENT_KINDS = frozenset({"city", "village", "town", "camp", "neighbourhood", "municipality"})
DIVISION_KINDS = frozenset({"governorate", "region", "state", "province", "district", "countryside", "oblast"})
# 'in the area of X' ('в районе Бандиагары', 'у районі Х', 'منطقه', 'منطقة'): X is a town or a division, a town first
AREA_KINDS = frozenset({"area"})
# digraphs of romanisation first (each kept as one sound: 'kh' ≠ 'k', 'ch' ≠ 'k'), then letters that sound alike
# merged, then what Arabic script leaves unwritten (short vowels; 'w', 'y' and 'h' double as vowel letters)
_MERGES = (("dzh", "j"), ("dj", "j"), ("kh", "x"), ("sh", "S"), ("ch", "C"), ("zh", "Z"), ("ph", "f"), ("th", "t"),
           ("q", "k"), ("v", "f"), ("w", ""), ("y", ""), ("h", ""))

# unidecode reads the Persian keheh as 'kh'; it is the Arabic kaf ('خارکف' → kh r k f)
_PERSIAN_LETTERS = str.maketrans({"\u06a9": "\u0643", "\u06cc": "\u064a"})


@lru_cache(maxsize=100_000)
def consonant_key(name: str) -> str:
    """The romanised consonants of `name`, alike sounds merged, doubled ones once: 'زمفرة', 'Zamfara' → 'zmfr'; 'Чибок', 'Chibok' → 'Cbk'."""
    s = re.sub(r"[^a-z]", "", unidecode(name.translate(_PERSIAN_LETTERS)).casefold())
    if not s:
        return ""
    for a, b in _MERGES:
        s = s.replace(a, b)
    s = re.sub(r"[aeiou]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def fits_kind(kind: str, place: Place) -> bool:
    """Can `place` be what a type word of `kind` names: a settlement a populated place (or the municipality
    named after it), a division a first- or second-level division?"""
    if kind in SETTLEMENT_KINDS:
        return place.feature_class == "P" or place.precision in ("city", "admin2")
    if kind in DIVISION_KINDS:
        return place.precision in ("admin1", "admin2")
    if kind in AREA_KINDS:
        return place.feature_class == "P" or place.precision in ("city", "admin1", "admin2")
    return False


@dataclass(frozen=True)
class TypedName:
    """A word right after a type word of `kind` that no toponym covers: `forms` are its dictionary forms."""
    start: int
    end: int
    kind: str
    forms: tuple[str, ...]


def sounded_place(name: TypedName, places_of: Sequence[Mapping[str, Sequence[Place]]]) -> Place | None:
    """The one place of the given countries (each a map consonant key → places) whose name sounds like `name`
    and fits its kind; None when none does, or when the fitting ones lie more than SAME_PLACE_KM apart."""
    fitting: dict[int, Place] = {}
    for form in name.forms:
        key = consonant_key(form)
        if len(key) < MIN_KEY_LENGTH:
            continue
        for p in (p for country in places_of for p in country.get(key, ())):
            if fits_kind(name.kind, p):
                fitting[p.geonameid] = p
    if not fitting:
        return None
    # a settlement word names the town first (not the district named after it), a division word the larger unit
    ranked = sorted(fitting.values(), key=lambda p: (_rank(name.kind, p), -(p.population or 0)))
    ranked = [p for p in ranked if _rank(name.kind, p) == _rank(name.kind, ranked[0])]
    best = ranked[0]
    if any(haversine_km(best.lat, best.lon, p.lat, p.lon) > SAME_PLACE_KM for p in ranked[1:]):
        return None
    return best


def _rank(kind: str, place: Place) -> int:
    if kind in SETTLEMENT_KINDS | AREA_KINDS:
        return 0 if place.feature_class == "P" else 1
    return 0 if place.precision == "admin1" else 1


def typed_names(text: str, lang: str, sents, toponyms: Iterable[Toponym],
                known: Callable[[str], bool] = lambda form: False) -> list[TypedName]:
    """The words right after a settlement or division type word of the language (`type_before`) that no
    toponym covers and the gazetteer does not know in any dictionary form (`known`): not an everyday word
    of the language, and capitalised where the script has capitals. A name the gazetteer knows and the geoparser dropped was
    dropped for a reason ('Περιφέρεια Ηπείρου' is a regional authority)."""
    from frontwatch.lang.morph import common_word, phrase_forms
    from frontwatch.lang.resources import load
    from frontwatch.lang.toponyms import capitalised, tokenize

    res = load(lang)
    kinds = {w: k for w, k in res.type_before.items() if k in SETTLEMENT_KINDS | DIVISION_KINDS | AREA_KINDS}
    if not kinds:
        return []
    covered = [(t.start, t.end) for t in toponyms]
    toks = tokenize(text, sents, frozenset(w for w in kinds if w.endswith(".")))
    out: list[TypedName] = []
    for k, tok in enumerate(toks[:-1]):
        kind = kinds.get(tok.text.casefold())
        if kind is not None and len(tok.text.rstrip(".")) <= 2 and tok.text[:1].isupper():
            continue  # 'Г. Малера', 'М. Кропивницького': a person's initial, not 'г.' (city), as in `lang.unlisted`
        nxt = toks[k + 1]
        if kind is None or nxt.sentence != tok.sentence or text[tok.end:nxt.start].strip(" .") \
                or not nxt.text.isalpha() or any(a < nxt.end and nxt.start < b for a, b in covered):
            continue
        if res.cased and not capitalised(nxt.text):
            continue
        if common_word(nxt.text, lang):
            continue  # 'شهر ما' (our city), 'Estados Americanos': an everyday word, not a name
        forms = tuple(dict.fromkeys((nxt.text, *phrase_forms((nxt.text,), lang))))
        if not any(known(f) for f in forms):
            out.append(TypedName(nxt.start, nxt.end, kind, forms))
    return out


@lru_cache(maxsize=64)
def country_sounds(gazetteer, country: str) -> dict[str, list[Place]]:
    """Consonant key → the places of `country` with a name of that key (every folded name, alternates too);
    built once per gazetteer and country."""
    keyed: dict[str, set[int]] = {}
    for key, gid in gazetteer.fold_keys(country):
        ck = consonant_key(key)
        if len(ck) >= MIN_KEY_LENGTH:
            keyed.setdefault(ck, set()).add(gid)
    places = gazetteer.places({g for ids in keyed.values() for g in ids})
    return {k: [places[g] for g in ids if g in places] for k, ids in keyed.items()}


def _agrees_with_finer(place: Place, toponyms: Iterable[Toponym]) -> bool:
    """Does `place` lie in the first-level division of a place finer than a country that the text names in
    its country, or does the text name none there? A sound match is a guess; where the text itself says which
    province or town is near ('κοντά στο χωριό Σαριλάρ' after 'Κωνσταντινούπολη'), a namesake of the sound in
    another province is not the place (the unlisted step then places the name at that named place)."""
    finer = [t.place for t in toponyms if t.place is not None and t.place.country == place.country
             and t.place.precision != "country"]
    return not finer or any(p.admin1_code == place.admin1_code for p in finer)


def sounded_places(text: str, lang: str, sents, toponyms: list[Toponym], countries: Iterable[str],
                   gazetteer, known: Callable[[str], bool] = lambda form: False) -> list[Toponym]:
    """Toponyms for the typed names (`typed_names`) of `text` that sound like one place of `countries`."""
    codes = sorted({c for c in countries if c and len(c) == 2})
    if not codes:
        return []
    out: list[Toponym] = []
    names = typed_names(text, lang, sents, toponyms, known)
    places_of = [country_sounds(gazetteer, c) for c in codes] if names else []
    for name in names:
        place = sounded_place(name, places_of)
        if place is not None and _agrees_with_finer(place, toponyms):
            out.append(Toponym(start=name.start, end=name.end, text=text[name.start:name.end], place=place,
                               score=0.5, precision=place.precision))
    return out
