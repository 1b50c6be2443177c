"""Build the packaged UCDP actor table (data/ucdp_actors.csv) from the UCDP Actor Dataset CSV.

The UCDP Actor Dataset (Uppsala Conflict Data Program, CC BY 4.0) lists the world's armed
actors since 1946 with their English and original-language names ('Hay'at Tahrir al-Sham',
'Jabhat Fateh al-Sham', 'al-Dawla al-Islamiyya'), their name changes and the countries
where they fight. frontwatch uses it twice: as actor names news writes but our hand-made
dictionary lacks, and as theatre evidence (an article naming Ahrar al-Sham is about Syria
and Turkey, whatever its other names' homonyms say; `geo/theatre.py`).

Only non-state actors are taken (Org 1 rebel group, 2 and 3 militias and other groups):
governments are already every country of the dictionary with its demonyms. Names that
would collide with everyday text are dropped (`keep_alias`): a single common English word,
a short string, a name made only of demonyms and generic words ('Syrian insurgents' must
stay the generic 'Rebels (Syria)'). Run:

    python -m frontwatch.events.ucdp ../shared/data/actors/ucdp-actor-221.csv

which rewrites src/frontwatch/data/ucdp_actors.csv (attribution header included).
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

OUT_NAME = "ucdp_actors.csv"
KIND_OF_ORG = {"1": "rebel group", "2": "armed group", "3": "armed group"}
ATTRIBUTION = (
    "# Derived from the UCDP Actor Dataset 22.1, Uppsala Conflict Data Program (https://ucdp.uu.se/),\n"
    "# licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Changes: non-state actors only,\n"
    "# names and name changes turned into aliases, countries of operation turned into ISO 3166 codes.\n"
    "# Regenerate with `python -m frontwatch.events.ucdp UCDP_ACTOR_CSV`; do not edit by hand.\n"
)
# UCDP's country names that neither pycountry nor babel read as such.
_COUNTRY_FIXES = {
    "dr congo": "CD", "congo": "CG", "ivory coast": "CI", "bosnia-herzegovina": "BA", "russia": "RU",
    "united states of america": "US", "united kingdom": "GB", "south vietnam": "VN", "north korea": "KP",
    "south korea": "KR", "iran": "IR", "syria": "SY", "laos": "LA", "vietnam": "VN", "turkey": "TR",
    "kingdom of eswatini": "SZ", "eswatini": "SZ", "cape verde": "CV", "macedonia": "MK", "tanzania": "TZ",
    "moldova": "MD", "bolivia": "BO", "venezuela": "VE", "palestine": "PS", "south yemen": "YE", "yemen": "YE",
    "east timor": "TL", "burma": "MM", "czechoslovakia": "CZ", "kosovo": "XK", "taiwan": "TW", "brunei": "BN",
}
_GENERIC_WORDS = frozenset(
    "the of and al el forces force army armed group groups faction factions rebels rebel insurgents insurgent "
    "militia militias movement front party government opposition supporters opponents fighters islamic "
    "islamists military mujahideen jihadists people peoples national liberation unidentified".split())
_PAREN = re.compile(r"\s*\([^)]*\)\s*")


def country_code(name: str) -> str | None:
    """ISO2 of a UCDP country name ('Russia (Soviet Union)' → RU, 'DR Congo (Zaire)' → CD)."""
    base = _PAREN.sub(" ", name).strip()
    key = base.casefold()
    if key in _COUNTRY_FIXES:
        return _COUNTRY_FIXES[key]
    import pycountry

    for lookup in (pycountry.countries.get,):
        for field in ("name", "common_name", "official_name"):
            try:
                hit = lookup(**{field: base})
            except (KeyError, LookupError):
                hit = None
            if hit is not None:
                return hit.alpha_2
    return None


def _names(value: str, split: bool) -> list[str]:
    value = (value or "").strip()
    if not value or value.casefold() == "n/a":
        return []
    parts = value.split(",") if split else [value]
    return [" ".join(p.replace("’", "'").split()) for p in parts if p.strip()]


def keep_alias(alias: str, demonyms: frozenset[str] = frozenset()) -> bool:
    """May this UCDP name stand for the actor in running text?

    Not when it is too short (under 3 characters, or under 4 unless an acronym), a single
    everyday English word, made only of generic and country words ('Syrian insurgents',
    'Government of X'), or carries an editor's note in brackets."""
    from frontwatch.geo.words import one_common_word

    a = alias.strip()
    if len(a) < 4 or "(" in a or "/" in a:
        return False  # 'IS', 'PRC', 'CPI', 'NDF': three-letter acronyms mean too many things
    if " " not in a and not a.isupper() and one_common_word(a):
        return False
    words = [w.strip("'.-").casefold() for w in re.split(r"[\s\-]+", a) if w.strip("'.-")]
    return not all(w in _GENERIC_WORDS or w in demonyms for w in words)


def rows_from_ucdp(records: Iterable[dict[str, str]], demonyms: frozenset[str] = frozenset()) -> Iterator[list[str]]:
    """name, aliases, kind, country, role, countries, ucdp_id rows for the non-state actors."""
    for r in records:
        kind = KIND_OF_ORG.get((r.get("Org") or "").strip())
        if kind is None:
            continue
        fields = [("NameData", False), ("NameOrig", False), ("NameOrigFull", False), ("NameOrigFullEng", False),
                  ("NewName", True), ("NewNameFullMotherTongue", True), ("NewNameFullEng", True)]
        names: list[str] = []
        for key, split in fields:
            for n in _names(r.get(key, ""), split):
                if n.casefold() not in {x.casefold() for x in names}:
                    names.append(n)
        kept = [n for n in names if keep_alias(n, demonyms)]
        if not kept:
            continue
        codes: list[str] = []
        for place in _names(r.get("Location", ""), True):
            code = country_code(place)
            if code and code not in codes:
                codes.append(code)
        actor_id = (r.get("ActorId") or r.get("\ufeffActorId") or "").strip()
        # The canonical name is UCDP's own (NameData), else the latest name (in English, else as written).
        current = [n for key in ("NameData", "NewNameFullEng", "NewName")
                   for n in _names(r.get(key, ""), key != "NameData")[-1:]]
        name = next((n for n in current if keep_alias(n, demonyms)), kept[0])
        aliases = [n for n in kept if n != name]
        yield [name, "|".join(aliases), kind, codes[0] if len(codes) == 1 else "", "", "|".join(codes), actor_id]


def unique_aliases(rows: list[list[str]]) -> list[list[str]]:
    """Drop an alias two actors share, unless it is one's canonical name ('Islamic State' is
    the IS's current name and an old translation of Indonesia's Darul Islam)."""
    canonical = {r[0].casefold() for r in rows}
    count: dict[str, int] = {}
    for r in rows:
        for a in {x.casefold() for x in [r[0], *filter(None, r[1].split("|"))]}:
            count[a] = count.get(a, 0) + 1
    out = []
    for r in rows:
        aliases = [a for a in filter(None, r[1].split("|"))
                   if count[a.casefold()] == 1 and a.casefold() not in canonical]
        out.append([r[0], "|".join(aliases), *r[2:]])
    return out


def _demonym_words() -> frozenset[str]:
    from frontwatch.geo.demonyms import table

    return frozenset(w for key in table() for w in key)


def build(src: Path, out: Path) -> int:
    with Path(src).open(encoding="utf-8-sig", newline="") as fh:
        rows = unique_aliases(list(rows_from_ucdp(csv.DictReader(fh), _demonym_words())))
    with Path(out).open("w", encoding="utf-8", newline="") as fh:
        fh.write(ATTRIBUTION)
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "aliases", "kind", "country", "role", "countries", "ucdp_id"])
        w.writerows(rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - a maintainer's tool
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m frontwatch.events.ucdp UCDP_ACTOR_CSV [OUT]", file=sys.stderr)
        return 2
    out = Path(args[1]) if len(args) > 1 else Path(__file__).resolve().parents[1] / "data" / OUT_NAME
    n = build(Path(args[0]), out)
    print(f"{out}: {n} actors")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
