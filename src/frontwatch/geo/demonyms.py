"""Demonyms and country adjectives: 'Syrian' → SY, 'Lebanese-Syrian border' → LB, SY.

News names countries through their adjectives at least as often as through their names
('Syrian army', 'Iraqi militias', 'the Lebanese-Syrian border'), and the resolver uses
them as votes for the article's focus countries. The table ships as
`frontwatch/data/demonyms.tsv` so nothing is read from the network or from an optional
library at run time. Most rows are generated from the `countryinfo` package (one
demonym per country); the rest are written by hand (noun forms, plurals and common
variants that table lacks: 'Saudi', 'Briton', 'Turk', 'Kurdish' is *not* one -- it names
a people, not a state). Regenerate with `python -m frontwatch.geo.demonyms` (needs
`countryinfo`); the hand-written rows below are kept.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from frontwatch.data_files import data_text
from frontwatch.geo.fold import name_key
from frontwatch.geo.sources import NATION_ADJECTIVES

TSV_NAME = "demonyms.tsv"

# Hand-written rows: forms the generated table does not have. Ambiguous words map to
# every state they can mean ('Korean' → KR, KP); the resolver weighs them by context.
EXTRA: dict[str, str] = {
    "Saudi": "SA", "Argentine": "AR", "Argentinian": "AR", "Briton": "GB", "Brit": "GB",
    "UK": "GB", "Turk": "TR", "Persian": "IR",
    "Kyrgyz": "KG", "Kirghiz": "KG", "Tajik": "TJ", "Tajikistani": "TJ", "Uzbek": "UZ",
    "Kazakh": "KZ", "Serb": "RS", "Croat": "HR", "Slovenian": "SI", "Slovakian": "SK",
    "Bosnian": "BA", "Herzegovinian": "BA", "Dane": "DK", "Swede": "SE", "Finn": "FI",
    "Pole": "PL", "Spaniard": "ES", "Frenchman": "FR", "Frenchwoman": "FR", "Dutchman": "NL",
    "Netherlander": "NL", "Filipina": "PH", "Philippine": "PH", "Yemenite": "YE",
    "Cape Verdean": "CV", "Ecuadorian": "EC", "Comorian": "KM", "Maldivian": "MV",
    "Nepali": "NP", "Kosovar": "XK", "Kosovan": "XK", "Vatican": "VA", "Gazan": "PS",
    "Hong Konger": "HK", "Macanese": "MO", "Salvadorean": "SV", "Timorese": "TL",
    "Lao": "LA", "Belarussian": "BY", "Korean": "KR,KP", "Emirian": "AE", "Djiboutian": "DJ",
    "Bissau-Guinean": "GW", "Equatoguinean": "GQ", "Burkinabé": "BF", "Congolese": "CD,CG",
    "Dominican": "DO,DM", "Guinean": "GN", "Sudanese": "SD", "Azeri": "AZ", "Chinese": "CN",
    "Mexican": "MX", "Moldavian": "MD", "Beninois": "BJ", "Malawian": "MW", "Kittitian": "KN",
    "Montenegrin": "ME", "Macedonian": "MK", "North Macedonian": "MK", "Israeli": "IL",
    "Palestinian": "PS", "Iraqi": "IQ", "Syrian": "SY", "Lebanese": "LB", "Jordanian": "JO",
    "American": "US", "French": "FR", "Indian": "IN", "Norwegian": "NO", "Ukrainian": "UA", "Russian": "RU", "Iranian": "IR", "Turkish": "TR",
}
# Words that do not take an -s plural.
_NO_PLURAL = ("ese", "ish", "ch", "sh", "s", "x", "z", "é")
_SPLIT = re.compile(r"[\s\-‐‑–—/,&]+")
_CONNECTORS = frozenset({"and", "&"})
# Nouns that may follow an all-demonym phrase and still leave it naming countries.
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "boundary", "border area", "border region"})


def _plural(word: str) -> str | None:
    if word.endswith(_NO_PLURAL) or word.isupper():
        return None
    return word + "s"


def generate_rows() -> list[tuple[str, str, str]]:
    """(demonym, codes, source) rows from countryinfo + EXTRA, with plurals; sorted."""
    import countryinfo  # only needed to regenerate the shipped table

    table: dict[str, tuple[set[str], str]] = {}

    def add(word: str, codes: Iterable[str], source: str) -> None:
        word = word.strip()
        if not word:
            return
        have, src = table.setdefault(word, (set(), source))
        have.update(codes)

    for info in countryinfo.all_countries():
        data = info.info()
        iso = (data.get("ISO") or {}).get("alpha2")
        dem = data.get("demonym") or ""
        name = (data.get("name") or "").strip()
        if not iso or len(iso) != 2 or not dem or "/" in dem:
            continue  # no code, or a defunct union ('Serbian/Montenegrin')
        for word in dem.split(","):
            word = word.strip()
            if word.casefold() == name.casefold() or word.endswith(("Island", "Islands")):
                continue  # a country name, not an adjective ('Djibouti', 'Christmas Island')
            add(word, [iso], "countryinfo")
    for word in NATION_ADJECTIVES:  # 'Welsh' names Wales, a division: candidates.py resolves those
        table.pop(word, None)
    for word, codes in EXTRA.items():  # hand rows replace generated ones ('American' is not MP)
        table[word] = (set(codes.split(",")), "hand")
    for word, (codes, src) in list(table.items()):
        plural = _plural(word)
        if plural and plural not in table:
            add(plural, codes, src + "+plural")
    return sorted((w, ",".join(sorted(c)), s) for w, (c, s) in table.items())


def write_tsv(path: Path) -> int:
    """Regenerate the shipped table; returns the number of rows."""
    rows = generate_rows()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# demonym\tISO 3166-1 alpha-2 codes\tsource (countryinfo | hand; +plural = derived)\n")
        fh.write("# generated by `python -m frontwatch.geo.demonyms`; edit EXTRA in demonyms.py, not this file\n")
        for word, codes, source in rows:
            fh.write(f"{word}\t{codes}\t{source}\n")
    return len(rows)


def _key(words: str) -> tuple[str, ...]:
    return tuple(t for t in _SPLIT.split(name_key(words).replace("’", "'")) if t)


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Tokenised demonym → ISO2 codes, loaded once from the shipped TSV."""
    text = data_text(TSV_NAME)
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, codes, *_ = line.split("\t")
        key = _key(word)
        merged = dict.fromkeys(out.get(key, ()) + tuple(codes.split(",")))
        out[key] = tuple(merged)
    return out


@lru_cache(maxsize=1)
def _longest() -> int:
    return max(len(k) for k in table())


def parse(text: str) -> tuple[list[str], list[str]]:
    """Split a phrase into the codes of its leading demonyms and the words left over.

    'Lebanese-Syrian border' → (['LB', 'SY'], ['border']); 'Syrian' → (['SY'], []);
    'Latin American' → ([], ['latin', 'american']) -- the run must start the phrase.
    """
    tokens = [t[:-2] if t.endswith("'s") else t for t in _key(text)]
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    codes: list[str] = []
    i = 0
    tab, longest = table(), _longest()
    while i < len(tokens):
        if codes and tokens[i] in _CONNECTORS:
            i += 1
            continue
        for n in range(min(longest, len(tokens) - i), 0, -1):
            hit = tab.get(tuple(tokens[i : i + n]))
            if hit:
                codes.extend(c for c in hit if c not in codes)
                i += n
                break
        else:
            break
    return codes, tokens[i:]


def demonym_codes(text: str) -> list[str]:
    """ISO2 codes named by the demonyms that start `text` ('Syrian army' → ['SY'])."""
    if not isinstance(text, str):
        raise TypeError(f"demonym text must be a str, not {type(text).__name__}")
    return parse(text)[0]


def countries_named(text: str) -> list[str]:
    """Codes when the *whole* phrase names countries by adjective ('Lebanese-Syrian border').

    Stricter than `demonym_codes`: 'Syrian Observatory for Human Rights' names an
    organisation, not Syria, so it yields nothing here.
    """
    codes, rest = parse(text)
    if not codes or (rest and " ".join(rest) not in BORDER_NOUNS):
        return []
    return codes


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    target = Path(__file__).resolve().parents[1] / "data" / TSV_NAME
    print(f"{write_tsv(target)} rows -> {target}", file=sys.stderr)
