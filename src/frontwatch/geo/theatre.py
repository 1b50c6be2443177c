"""An article's theatre: the countries its sure evidence puts it in, and how far a candidate lies from them.

A reader of a Syria report does not send 'Al-Susah' to Sousse in Tunisia or 'Turmanin' to
Murmansk: everything else in the text -- the names that can only be Syrian places, 'Syrian
army', 'Ahrar al-Sham', the outlet -- sets a theatre, and a place far outside it needs
strong evidence of its own. The theatre here is the set of countries named by *sure*
evidence only:

* country names and demonyms ('Syria', 'Iraqi', 'the Lebanese-Syrian border');
* places whose every exact candidate lies in one country (unambiguous 'Idlib', 'Aleppo');
* the countries where the named armed actors fight (UCDP's `Location`, `events/ucdp.py`);
  an actor fighting in many countries (the Islamic State: 43) says nothing;
* the feed's and the outlet's country hints (`outlet.py`).

Countries bordering the theatre (GeoNames-style neighbours from `countryinfo`, shipped as
data/borders.tsv) are its *near* ring: a Turkish border town is common in Syria news, a
Tunisian one is not. `ring` says where a country stands; `resolve.py` turns that into one
scoring term. Pure functions; the geoparser gathers the evidence.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from frontwatch.data_files import data_text
from frontwatch.geo.areas import AREA_CODES
from frontwatch.model import Candidate

BORDERS_TSV = "borders.tsv"
# The one scoring term (`theatre_penalty`), subtracted from a candidate's score in resolve.py:
FAR_NAME = 1.0  # a place named exactly, in a country far from the theatre...
FAMOUS_PEOPLE = 100_000  # ...unless this populous with no homonym inside the theatre ('Geneva', 'Moscow')
NEAR_GUESS = 1.0  # a folded or fuzzy match in a neighbour or a minor country of the theatre ('Safiyeh' ~ Safi, Jordan)
FAR_GUESS = 1.5  # ...and far away: all but never ('Turmanin' ~ Murmansk, 'Safiyeh' ~ Sofia)
FULL_THEATRE = 3.0  # sure votes (the span's own taken back) for the term's full weight; fewer, less
HINT_VOTE = 0.5  # a feed's or outlet's country hint: a tabloid in London writes about the world
MINOR_NAME = 0.5  # a town in a theatre country named only at national level, when a homonym is local
COMPARABLE = 10  # an inside homonym blocks the famous place's pass only if at most this many times smaller
# An actor active in more countries than this sets no theatre (the Islamic State, al-Qaeda).
ACTOR_MAX_COUNTRIES = 3
# Votes an armed actor's countries weigh together: where a group fights is sure evidence of
# where its attack was, as sure as two place names ('ADF militants kill 20 in Beni' is in the
# Congo, not Bolivia's El Beni). One vote would leave a one-line report -- an actor and a town
# -- with no theatre at all (`strength` needs more than one vote).
ACTOR_VOTE = 2.0
INSIDE, NEAR, FAR = "inside", "near", "far"
DOMINANT = 0.8  # the share of a name's candidates (by weight) one country must hold to count as its country
MAIN_SHARE = 0.5  # a guess (folded/fuzzy) is at home only in a country this close to the theatre's main one
# ...or in one with this many sure local names of its own (its name or capital counting as one):
# a report on two countries (strikes in Iraq, then in Syria) has two main ones, though one has
# more lines than the other.
MAIN_LOCAL = 2
PLACE_EVIDENCE = 0.3  # a place name votes when its context reads as a place at least this much (resolve.evidence)


@dataclass(frozen=True)
class Theatre:
    """Countries (ISO2) an article is about, with the count of sure mentions of each."""

    countries: dict[str, float] = field(default_factory=dict)
    near: frozenset[str] = frozenset()
    votes: dict[str, str] = field(default_factory=dict)  # place name (lower case) → the country it voted for
    # Sure *local* names by country: towns and provinces, not countries, capitals or demonyms.
    # Washington and Moscow are named in every Syria report; Aleppo says where it happens.
    local: dict[str, float] = field(default_factory=dict)
    local_votes: frozenset[str] = frozenset()  # the place names (lower case) that voted locally
    # Per-`own` views of the counts above (the vote taken back, its neighbours), computed once
    # per article instead of once per candidate: `ring` runs for every candidate of every span.
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def _local_rest(self, own: str | None) -> tuple[dict[str, float], float]:
        key = ("local", own)
        got = self._memo.get(key)
        if got is None:
            rest = {k: v - (1 if k == own else 0) for k, v in self.local.items()}
            got = self._memo[key] = (rest, max(rest.values(), default=0.0))
        return got

    def _rest(self, own: str | None) -> tuple[dict[str, float], bool, frozenset[str]]:
        """(counts with `own`'s vote taken back, whether any is left, the neighbours of those left)."""
        key = ("rest", own)
        got = self._memo.get(key)
        if got is None:
            rest = {k: v - (1 if k == own else 0) for k, v in self.countries.items()}
            got = self._memo[key] = (rest, any(v > 1e-9 for v in rest.values()),
                                     neighbours(k for k, v in rest.items() if v > 1e-9))
        return got

    def _named_nationally(self) -> frozenset[str]:
        """Countries named by a sure name that is not local evidence: the country's own name or
        its capital. With one sure town besides, that makes a second main country of a report
        on two ('Near Mosul...', then 'Syria: Near Ar Raqqah..., Near Ayn Isa...'): the name of
        a country a report turns to counts as much as a second town of it."""
        got = self._memo.get("national")
        if got is None:
            got = self._memo["national"] = frozenset(v for k, v in self.votes.items() if k not in self.local_votes)
        return got

    def local_share(self, country: str | None, own: str | None = None) -> float | None:
        """The country's share of the best country's local evidence (0..1), the span's own vote
        taken back; None when the article has no local evidence at all."""
        rest, top = self._local_rest(own)
        if top <= 1e-9:
            return None
        return max(0.0, rest.get((country or "").upper(), 0.0)) / top

    def own(self, surface: str) -> str | None:
        """The country a place name itself put into the theatre (to be taken back when judging it)."""
        return self.votes.get(surface.lower())

    def __bool__(self) -> bool:
        return bool(self.countries)

    def strength(self, own: str | None = None) -> float:
        """0..1: how sure the theatre is without the span's own vote: nothing on one sure name
        ('Paris' alone makes no French theatre), full at FULL_THEATRE."""
        key = ("strength", own)
        got = self._memo.get(key)
        if got is None:
            rest = sum(v - (1 if k == own else 0) for k, v in self.countries.items())
            got = self._memo[key] = max(0.0, min(1.0, (rest - 1) / (FULL_THEATRE - 1)))
        return got

    def ring(self, country: str | None, own: str | None = None, main: bool = False) -> str:
        """INSIDE the theatre, NEAR it (a neighbour), or FAR; INSIDE when there is no theatre.

        `own`: the country the span itself votes for (one vote, taken back): an unambiguous
        far homonym must not put its own country into the theatre that judges it."""
        if not country:
            return INSIDE
        c = country.upper()
        rest, any_left, near = self._rest(own)
        if not any_left:
            return INSIDE
        if rest.get(c, 0.0) > 1e-9:
            if not main:
                return INSIDE
            own_local = own if own in self.local else None
            share = self.local_share(c, own_local)
            if share is None:
                share = rest[c] / max(rest.values())
            local_names = self._local_rest(own_local)[0].get(c, 0.0) + (c in self._named_nationally())
            return INSIDE if share >= MAIN_SHARE or local_names >= MAIN_LOCAL else NEAR
        return NEAR if c in near else FAR


@lru_cache(maxsize=1)
def borders() -> dict[str, frozenset[str]]:
    """ISO2 → ISO2 codes of its land neighbours, from the shipped table."""
    text = data_text(BORDERS_TSV)
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, _, rest = line.partition("\t")
        out[code] = frozenset(c for c in rest.split(",") if c)
    return out


def neighbours(codes: Iterable[str]) -> frozenset[str]:
    table = borders()
    out: set[str] = set()
    for c in codes:
        out |= table.get(c, frozenset())
    return frozenset(out)


def unambiguous_country(cands: Sequence[Candidate]) -> str | None:
    """The country a span's exact/alternate/demonym candidates lie in, if one holds nearly all of them.

    'Idlib' (every entry Syrian) says Syria; 'Alexandria' (Egypt, Virginia, ...) says nothing;
    'Aleppo' says Syria though a hamlet in Pennsylvania shares the name: each candidate
    weighs the square root of its population (as `resolve.country_vote`), and one country
    must hold DOMINANT of the weight. Fuzzy and folded candidates are guesses and count not."""
    strong = [c for c in cands if c.how in ("exact", "alternate", "demonym") and c.place.country]
    named = {c.place.country.upper() for c in strong if c.place.precision == "country"}  # type: ignore[union-attr]
    states = {c.place.country.upper() for c in strong if c.place.precision == "admin1"}  # type: ignore[union-attr]
    if len(named) == 1 and not states - named:
        # a country's own name ('Jordan') is the country, whatever towns share it -- but
        # 'Georgia' is a state's name too, and the weights below decide
        return next(iter(named))
    weight: Counter[str] = Counter()
    for c in strong:
        weight[c.place.country.upper()] += math.sqrt(max(c.place.population, 0) + 100)  # type: ignore[union-attr]
    if not weight:
        return None
    code, w = weight.most_common(1)[0]
    return code if w >= DOMINANT * sum(weight.values()) else None


def names_country(cands: Sequence[Candidate]) -> bool:
    """Is the span a country's name (exact or alternate), whatever its role in the sentence?"""
    return any(c.place.precision == "country" and c.place.country and c.how in ("exact", "alternate") for c in cands)


def local_vote(cands: Sequence[Candidate], code: str) -> bool:
    """Is a sure place name local evidence: a town or division of `code`, not its country or its capital?"""
    if any(c.place.precision == "country" and c.how in ("exact", "alternate", "demonym") for c in cands):
        return False
    mine = [c for c in cands if c.how in ("exact", "alternate") and (c.place.country or "").upper() == code]
    return bool(mine) and not any(c.place.feature_code == "PPLC" for c in mine)  # 'Washington' is the capital's


def place_vote(cands: Sequence[Candidate], evidence: float, common_word: bool) -> str | None:
    """The country a place name is sure evidence for, or None.

    A country's own name always is; another name only when unambiguous, read as a place
    (`evidence`: the label and words around it, at least PLACE_EVIDENCE) and not an everyday
    English word ('Air', 'Secretary' are towns somewhere, and mean nothing here)."""
    code = unambiguous_country(cands)
    if code is None:
        return None
    if any(c.place.precision == "country" and c.how in ("exact", "alternate", "demonym") for c in cands):
        return code
    # 'Florida', 'Orlando' are frequent words because they are famous places; 'Air' is not
    famous = any(c.how in ("exact", "alternate") and (c.place.precision == "admin1" or c.place.population >= FAMOUS_PEOPLE)
                 and (c.place.country or "").upper() == code for c in cands)
    if famous:
        return code  # 'Aleppo', 'Florida': the name alone says where ('the Ferdous district of Aleppo')
    return code if evidence >= PLACE_EVIDENCE and not common_word else None


def build_theatre(place_votes: Mapping[str, str] | None = None, countries: Iterable[str] = (),
                  actor_countries: Iterable[Sequence[str]] = (), hint: Iterable[str] = (),
                  local_names: Iterable[str] = ()) -> Theatre:
    """The theatre from sure evidence.

    `place_votes`: place name (lower case) → the country it is sure evidence for (`place_vote`),
    one vote per name; `countries`: codes named outright (demonyms);
    `actor_countries`: for each named actor, where it fights; `hint`: feed/outlet countries;
    `local_names`: the voting place names that are local evidence (`local_vote`)."""
    count: Counter[str] = Counter()
    votes = {k.lower(): v.upper() for k, v in (place_votes or {}).items() if v}
    for code in votes.values():
        count[code] += 1
    local: Counter[str] = Counter()
    local_names = {k.lower() for k in local_names} & votes.keys()
    for k in local_names:
        local[votes[k]] += 1
    for code in countries:
        if code:
            count[code.upper()] += 1
    for codes in actor_countries:
        codes = [c.upper() for c in codes if c]
        if 0 < len(codes) <= ACTOR_MAX_COUNTRIES:
            for c in codes:
                count[c] += ACTOR_VOTE / len(codes)
    for code in hint:
        if code:
            count[code.upper()] += HINT_VOTE
    inside = dict(count)
    return Theatre(countries=inside, near=neighbours(inside) - frozenset(inside), votes=votes,
                   local=dict(local), local_votes=frozenset(local_names))


def theatre_penalty(cand: Candidate, theatre: Theatre | None, own: str | None = None,
                    others: Sequence[Candidate] = ()) -> float:
    """How much a candidate loses for lying outside the article's theatre (`others`: all the
    span's candidates, for its homonyms).

    Nothing without a theatre, nothing for a country named by its name (the name is the
    evidence). A guess (folded/fuzzy match) is at home only in the theatre's main countries
    (by local evidence where there is any): NEAR_GUESS elsewhere in or next to the theatre,
    FAR_GUESS far away. A name: nothing in a neighbouring country (border towns); FAR_NAME
    far away, unless a city of FAMOUS_PEOPLE with no comparable homonym inside ('talks in
    Geneva' in a Syria report); inside, MINOR_NAME for a town of a country with no local
    evidence when a homonym lies in one with ('Palmyra' in a Syria report that names
    Washington and Moscow). All scaled by the theatre's strength: two sure names are a
    hint, not a theatre."""
    place = cand.place
    if not theatre or not place.country or (place.precision == "country" and cand.how != "fuzzy"):
        return 0.0
    guess = cand.how in ("fuzzy", "folded")
    own_local = own if own is not None and own in theatre.local else None
    ring = theatre.ring(place.country, own, main=guess)
    if ring == INSIDE:
        if (guess or place.precision not in ("city", "point", "admin2") or place.population >= FAMOUS_PEOPLE
                or theatre.local_share(place.country, own_local) != 0.0):
            return 0.0  # (a famous city is named without local context: 'Manchester' in a US story)
        local_homonym = any(c.place.country and c.how in ("exact", "alternate")
                            and (theatre.local_share(c.place.country, own_local) or 0.0) >= MAIN_SHARE for c in others)
        return MINOR_NAME * theatre.strength(own) if local_homonym else 0.0
    if guess:
        penalty = NEAR_GUESS if ring == NEAR else FAR_GUESS
    elif ring == NEAR:
        penalty = 0.0
    else:
        inside_people = max((c.place.population for c in others if c.place.precision != "country"
                             and theatre.ring(c.place.country, own) == INSIDE), default=None)
        famous = place.feature_code in AREA_CODES or (  # the seas and regions of areas.py are famous by choice
            place.population >= FAMOUS_PEOPLE and (inside_people is None or inside_people * COMPARABLE < place.population))
        penalty = 0.0 if famous else FAR_NAME
    return penalty * theatre.strength(own)


# Hand-written: dependencies and their sovereign state, which no border table joins (Saipan
# is in the Northern Mariana Islands, MP, and US news names it as at home).
DEPENDENCIES = {
    "US": "PR GU VI MP AS UM", "FR": "GF GP MQ RE YT NC PF PM WF BL MF", "NL": "AW CW SX BQ",
    "GB": "GI FK BM KY VG TC MS AI IO SH PN GG JE IM", "DK": "GL FO", "CN": "HK MO", "AU": "CX CC NF",
    "NZ": "CK NU TK", "NO": "SJ BV", "FI": "AX",
}


def generate_borders() -> list[tuple[str, list[str]]]:
    """(ISO2, neighbour ISO2 codes) from `countryinfo` (only needed to regenerate the table)."""
    import countryinfo

    infos = countryinfo.all_countries()
    iso3 = {}
    for info in infos:
        codes = info.iso() or {}
        if codes.get("alpha2") and codes.get("alpha3"):
            iso3[codes["alpha3"].upper()] = codes["alpha2"].upper()
    table: dict[str, set[str]] = {}
    for info in infos:
        code = ((info.iso() or {}).get("alpha2") or "").upper()
        if not code:
            continue
        try:
            near = {iso3[b.upper()] for b in (info.borders() or []) if b.upper() in iso3}
        except Exception:  # pragma: no cover - a malformed package record
            near = set()
        table.setdefault(code, set()).update(near)
        for n in near:  # a border is mutual, whatever one record forgot
            table.setdefault(n, set()).add(code)
    for sovereign, deps in DEPENDENCIES.items():
        for d in deps.split():
            table.setdefault(sovereign, set()).add(d)
            table.setdefault(d, set()).add(sovereign)
    return sorted((c, sorted(n - {c})) for c, n in table.items())


def write_borders(path: Path) -> int:
    rows = generate_borders()
    with path.open("w", encoding="utf-8") as fh:
        fh.write("# ISO 3166-1 alpha-2\tland neighbours (alpha-2, comma-separated)\n")
        fh.write("# generated by `python -m frontwatch.geo.theatre` from the countryinfo package\n")
        for code, near in rows:
            fh.write(f"{code}\t{','.join(near)}\n")
    return len(rows)


if __name__ == "__main__":  # pragma: no cover - a maintainer's tool
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "data" / BORDERS_TSV
    print(f"{out}: {write_borders(out)} countries")
