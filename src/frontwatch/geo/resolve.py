"""Toponym resolution: choose the gazetteer entry each span names, or none.

A span's candidates are ranked with the article as context, the way an analyst reads.
Two questions, scored apart and added:

* *Is this span a place at all?* (`evidence`) -- the NER label, the words around it
  ('in X', 'X province', 'the fall of X', a dateline 'RICHLAND --'), and the signs that
  it is a person (the surname of a person named in full elsewhere in the article, the
  subject of 'said', a title before it), an organisation ('X Department') or a date.
* *Which place?* (`sense`) -- how the surface matched (exact > alternate > folded >
  fuzzy), how prominent the place is (population, country/state level), which countries
  the article is about (focus), which states/governorates its confidently resolved places
  lie in and how near they are (local news names local places: a surname matches a town
  anywhere in the country, a real place sits beside the article's other places), the
  qualifier after a comma ('Paris, Texas', 'Kansas City, Kan.'), the type word ('Daraa
  province'), and, for fuzzy and folded matches, whether the place's country writes its
  names in another script (transliteration is where misspellings come from: 'Halepi' in
  Syria is evidence, 'Verduin' one edit from an Illinois village is not).

`resolve_document` runs two passes: the first with country focus and qualifiers only,
the second adding the admin1 focus and proximity of the first pass's places and the
lists they stand in ('seized Kuneytra, Deraa and Suaydah'). Scores and rejected
candidates are kept so the map can say why. When nothing is close enough the span stays
unresolved: no place is better than a wrong one.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from frontwatch.geo.areas import AREA_CODES, AREA_KIND_WORDS
from frontwatch.geo.demonyms import demonym_codes
from frontwatch.geo.fold import fold
from frontwatch.geo.locative import words as locative_words
from frontwatch.geo.named_division import division_links, inside, outside_named_division
from frontwatch.geo.peoples import people_word, people_word_senses
from frontwatch.geo.recognize import TYPE_WORDS, SpanCandidate
from frontwatch.geo.resolver_weights import weights
from frontwatch.geo.theatre import FAR, INSIDE, Theatre, theatre_penalty
from frontwatch.geo.words import one_common_word
from frontwatch.geometry import haversine_km, nearest_km, radians_with_cos
from frontwatch.model import Candidate, Place, Toponym

# Every weight and constant of the scoring is in data/resolver_weights.json, each with
# a line saying why (geo/resolver_weights.py loads it; dev/fit_resolver_weights.py fits it).
# The functions below read `W` at call time, so the fitter may swap it.
W = weights()
# The old module-level names, for code that imports them (read-only aliases of W's values).
HOW_PRIOR, ACCEPT, LABEL_PRIOR, LEVEL_PRIOR = W.how_prior, W.accept, W.label_prior, W.level_prior
COUNTRY_NAME_BONUS, UNSUPPORTED_VARIANT, FAR_LATIN_FUZZY, PROMINENCE = (
    W.country_name_bonus, W.unsupported_variant, W.far_latin_fuzzy, W.prominence)
FAMOUS_CITY, FAMOUS_RATIO, OBSCURE_HOMONYM, WORD_PENALTY = W.famous_city, W.famous_ratio, W.obscure_homonym, W.word_penalty
NATION_SIZED, PASSES, POPULOUS_CITY = W.nation_sized, W.passes, W.populous_city
STRONG_PREPS, PLACE_ONLY_PREPS, TIERS_OK = W.strong_preps, W.place_only_preps, W.tiers_ok

_QUALIFIER_GAP = re.compile(r"^,\s*$")
_LIST_GAP = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*)$")


@dataclass
class Resolution:
    place: Place | None
    score: float
    how: str | None
    ranked: list[tuple[float, Candidate]]


@dataclass
class DocContext:
    """What the rest of the article says, for one span's resolution."""

    country_focus: dict[str, float] = field(default_factory=dict)
    admin_focus: dict[tuple[str, str], float] = field(default_factory=dict)
    anchors: list[tuple[float, float]] = field(default_factory=list)  # points of other confident places
    qualifier: list[Place] = field(default_factory=list)  # the admin1/country after 'X, '
    is_qualifier: bool = False  # this span qualifies the place before it ('Paris, [Texas]')
    listed: bool = False  # next to another resolved place in a list
    list_levels: frozenset[str] = frozenset()  # 'admin1'/'country' when a list neighbour is one
    outlet_home: frozenset[tuple[str, str]] = frozenset()  # (country, admin1) the outlet's other articles cluster in
    nation_sized: frozenset[tuple[str, str]] = frozenset()  # (country, admin1) of NATION_SIZED people or more
    home_countries: frozenset[str] = frozenset()  # the feed's and the outlet's domain country hints
    theatre: Theatre | None = None  # the countries the article's sure evidence is in (geo/theatre.py)
    own_country: str | None = None  # the country this span's own name votes into the theatre
    # (anchors list it was made for, anchors in radians with their cosines, distance by point):
    # every candidate of the span measures to the same anchors, in `sense` and again in
    # `_vouched_locally`; converted once, measured once per point (`anchor_km`).
    _anchor_memo: tuple | None = field(default=None, compare=False, repr=False)


@lru_cache(maxsize=512)
def romanised(country: str | None) -> bool:
    """True when a country's own names are in a non-Latin script (so news romanises them).

    From CLDR's likely subtags (babel): SY → ar_Arab, RU → ru_Cyrl, US/FR → Latin."""
    if not country:
        return False
    try:
        from babel.core import get_global
    except ImportError:  # pragma: no cover - babel is a declared dependency
        return False
    tag = get_global("likely_subtags").get(f"und_{country.upper()}") or ""
    parts = tag.split("_")
    return len(parts) >= 2 and parts[1] not in ("Latn", "")




def locative_evidence(span: SpanCandidate) -> float:
    """What a locative role adds to the resolver's evidence for a span (resolve.evidence).

    Only the roles the recogniser's own cues do not already count (its preposition, 'the
    fall of X', 'rebels seized X' are scored there); and in any locative role the model's
    ORG or PERSON label is taken back: nobody shells a person's name or lives in a company."""
    role = span.locative
    if role is None or (span.label == "NORP" and (demonym_codes(span.text) or span.text.lower().endswith(_PEOPLE_ENDINGS))):
        return 0.0  # 'the Syrian town of X': a people is not the town (a town the model called NORP is: 'on Aleppo')
    wt = locative_words().weights
    e = 0.0
    if role == "place_noun" and not span.place_of and not span.type_word:
        e += float(wt["place_noun"])
    elif (role == "territory" or role == "object" and span.label != "PERSON") and not span.territory_object:
        e += float(wt["object"])  # 'attack X', 'hit X' take people as often: not for a PERSON
    elif role == "target_noun" and not span.place_of:
        e += float(wt["target_noun"])
    elif role == "prep" and not span.prep:
        # 'in northeastern Aleppo', 'in the besieged town': the recogniser reads only the word
        # right before the name, so the preposition's evidence (STRONG_PREPS) is counted here,
        # and, as after 'in' directly, the model's PERSON label does not count against it.
        e += float(wt["prep_apart"]) - min(W.label_prior.get(span.label, 0.0), 0.0)
    if wt.get("label_neutral") and role != "prep":  # 'in Congress', 'at Reuters': organisations too
        if span.label == "ORG" and not span.org_like:
            e -= W.label_prior["ORG"]  # ORG's prior is negative: taken back
        elif span.label == "PERSON" and role not in ("prep", "object") and not (span.prep in W.place_only_preps or span.territory_object):
            e -= W.label_prior["PERSON"]  # PERSON's prior taken back (resolve.evidence already clears it after 'near', 'in'...)
    return e


def evidence(span: SpanCandidate) -> float:
    """How much the label and the words around the span say 'this is a place'."""
    if span.calendar:
        return W.calendar
    e = W.label_prior.get(span.label, 0.0)
    if span.label == "PERSON" and (span.prep in W.place_only_preps or span.territory_object):
        e = 0.0  # 'Near Palmyra, one strike...': nobody is struck near a person; the model's label is wrong
    if span.prep:
        e += W.strong_preps.get(span.prep, W.prep_default) if span.prep != "of" else (W.place_of if span.place_of else 0.0)
    elif span.place_of:
        e += W.place_of  # "Douma's fall"
    if span.type_word and span.type_word != "border":
        e += W.type_word_evidence
    if span.dateline:
        e += W.dateline
    if span.territory_object:
        e += W.territory_object
    if span.org_like:
        e -= W.org_like
    if span.in_org_entity:
        e += W.in_org_civic if span.civic else -W.in_org_entity
    if span.person_name:
        e -= W.person_name
    if span.speech_subject:
        e -= W.speech_subject
    if span.person_like and span.label != "PERSON":
        e -= W.person_like
    if span.short_code:
        e -= W.short_code
    return e + locative_evidence(span)


def _prominence(place: Place) -> float:
    """0..1 from population: ~1.0 at 10 M, 0.5 at 3 k."""
    return min(1.0, math.log10(max(place.population, 0) + 1) / W.prominence_decades)


def country_vote(cands: Iterable[Candidate]) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """One span's vote, spread over its candidates' countries and admin1s (each ≤ 1).

    Square-root population: 'Oxford' votes for England (171 k) far more than for Oxford,
    Mississippi (22 k), so the many small US homonyms of every English word do not make
    every article American."""
    strong = [c for c in cands if c.how in ("exact", "alternate", "demonym")]
    seen_c: dict[str, float] = defaultdict(float)
    seen_a: dict[tuple[str, str], float] = defaultdict(float)
    if not strong:
        return seen_c, seen_a
    weights = [math.sqrt(max(c.place.population, 0) + W.vote_population_floor) for c in strong]
    total = sum(weights)
    for c, w in zip(strong, weights):
        if c.place.country:
            seen_c[c.place.country] = max(seen_c[c.place.country], w / total)
            if c.place.admin1_code:
                key = (c.place.country, c.place.admin1_code)
                seen_a[key] = max(seen_a[key], w / total)
    return seen_c, seen_a


def focus_weights(span_candidates: Iterable[list[Candidate]]) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """Soft country and admin1 votes from every span's candidates.

    Each span spreads one vote over its candidates by population, so an unambiguous
    'Syria' or 'Damascus' votes almost entirely for SY, while an ambiguous 'Alexandria'
    splits its vote. Returned as shares of the total (0..1).
    """
    countries: Counter[str] = Counter()
    admins: Counter[tuple[str, str]] = Counter()
    for cands in span_candidates:
        seen_c, seen_a = country_vote(cands)
        countries.update(seen_c)
        admins.update(seen_a)
    tc = sum(countries.values()) or 1.0
    ta = sum(admins.values()) or 1.0
    return ({k: v / tc for k, v in countries.items()}, {k: v / ta for k, v in admins.items()})


def sense(span: SpanCandidate, cand: Candidate, ctx: DocContext) -> float:
    """How well one candidate place fits the span and the article."""
    place = cand.place
    if cand.how == "fuzzy":
        s = W.fuzzy_slope * cand.score - W.fuzzy_offset
    else:
        s = W.how_prior.get(cand.how, 0.0)
    if cand.how in ("fuzzy", "folded"):
        s += W.romanised_variant if romanised(place.country) else -W.latin_variant
    elif cand.how == "alternate" and romanised(place.country) and place.precision == "city" \
            and _same_romanisation(span.text, place.name):
        # 'Raqqah' for Ar Raqqah, 'Hodeidah' for Al Ḩudaydah: another spelling of the town's
        # own name, no weaker than a folded match -- not another name ('Kaliningrad', once
        # Korolev's, is not a spelling of 'Korolev').
        s += W.romanised_variant
    if cand.how == "fuzzy" and not romanised(place.country) and cand.features.get("edits", 0.0) >= W.far_latin_edits:
        # Two edits from a name spelled in Latin script is a different word, not a
        # misspelling ('Darfur' ~ 'Arthur', Illinois); transliteration is where edits come from.
        s -= W.far_latin_fuzzy
    s += W.prominence * _prominence(place)
    precision = place.precision or ""
    s += W.level_prior.get(precision, 0.0)
    if place.feature_code == "PPLC" and cand.how == "exact":
        s += W.capital_bonus  # a national capital is what a bare 'Washington' or 'Cairo' means
    if place.feature_code in AREA_CODES and cand.how in ("exact", "alternate"):
        s += W.level_prior["country"]  # 'the Strait of Hormuz', 'the Donbas': no population to rank them by
        if AREA_KIND_WORDS.intersection(span.text.lower().split()):
            s += W.country_name_bonus  # 'Gulf of Aden' says what it is, as a country's name does
    if precision == "country" and cand.how in ("exact", "alternate"):
        s += W.country_name_bonus  # a country's name is the country, not 'China, Texas' or 'Mexico City' ('México')
    # Focus relative to the article's main country: a Syria report that also names Iran,
    # Russia and the US is still about Syria.
    top = max(ctx.country_focus.values(), default=0.0)
    rel = ctx.country_focus.get(place.country or "", 0.0) / top if top > 0 else 0.0
    s += (W.country_focus_country if precision == "country" else W.country_focus_place) * rel
    if place.country and place.admin1_code and precision not in ("country",):
        a = ctx.admin_focus.get((place.country, place.admin1_code), 0.0)
        s += (W.admin_focus_unit if precision == "admin1" else W.admin_focus_place) * min(1.0, W.admin_focus_gain * a)
    if ctx.anchors and place.lat is not None and precision not in ("country", "admin1"):
        d = anchor_km(place, ctx)
        s += W.anchor_near if d <= W.anchor_near_km else W.anchor_mid if d <= W.anchor_mid_km else 0.0
    want = TYPE_WORDS.get(span.type_word or "")
    if want and want != "border":
        if want == precision and want in ("admin1", "admin2"):
            s += W.type_word_unit  # 'the Donetsk region' is the oblast, though Donetsk the city is bigger
        elif want == precision or (want == "city" and precision in ("city", "point")):
            s += W.type_word_match
        elif want == "admin1" and precision == "city" and place.population > W.type_word_capital_people:
            s += W.type_word_capital  # 'Daraa province' named after its capital: the city is a fair fallback
    if span.town_form and precision in ("country", "admin1"):
        s -= W.town_form_unit  # 'a Lebanon man', 'Jane Doe of Lebanon': the town, not the country
    if precision in ("country", "admin1", "admin2") and span.text.endswith(" City"):
        s -= W.town_form_unit  # 'Quebec City' is the city, though the province carries the name too
    if (span.definite and precision in ("city", "point", "admin2") and place.feature_code not in AREA_CODES
            and not place.name.lower().startswith("the ")):
        s -= W.definite_town  # 'the Atlantic' is not Atlantic, Iowa
    if ctx.qualifier:
        s += W.qualifier_fit if fits_qualifier(place, ctx.qualifier) else -W.qualifier_miss
    if ctx.is_qualifier and precision in ("admin1", "country"):
        s += W.qualifier_level
    if ctx.listed:
        s += W.listed
    if precision in ctx.list_levels:
        s += W.list_level  # 'California or Washington': the state, as its neighbour in the list is one
    return s


def obscure_homonym(place: Place, famous: int, ctx: DocContext, word: float = 0.0) -> float:
    """Penalty for a small town named like something better known when nothing local vouches for it.

    Better known is a famous city (`famous`: the population of the span's most populous
    city candidate) or the everyday English word the span is ('the Broadway star',
    'Heathrow airport', 'Arab leaders': not Broadway, Virginia, Heathrow, Florida, Arab,
    Alabama); `word` weighs that reading, 0 when the span is no such word (`word_weight`).
    An article from Columbus about a basketball game 'against Louisville' means Kentucky's
    city, not the Ohio village a state focus would pick; 'the Rome police' is Italy's. The
    admin focus that rightly sends a local paper's 'Paris' to Paris, Tennessee comes, in
    wire and national stories, from places named in passing. What vouches for the small
    town: it lies in the outlet's home ground (`outlet.py`), in a division that holds half
    the article's focus (unless the division is nation-sized: a British story's focus on
    England does not make its 'Washington' the Tyne and Wear town), within 50 km of the
    article's other places, or in the division a qualifier names ('Paris, Tenn.'); against
    the word reading, also in the feed's or the outlet's domain country."""
    if place.precision not in ("city", "point"):
        return 0.0
    if word and place.population < W.famous_city:
        if place.country in ctx.home_countries:
            return 0.0  # a Canadian outlet's 'Nelson', a Syria desk's 'Palmyra': the country vouches
        penalty = W.word_penalty * word
    elif famous >= W.famous_city and place.population * W.famous_ratio <= famous:
        penalty = W.obscure_homonym * min(1.0, math.log10(famous / max(place.population, 1)) / W.obscure_decades)
    else:
        return 0.0
    return 0.0 if _vouched_locally(place, ctx) else penalty


def alternate_namesake(span: SpanCandidate, cand: Candidate, candidates: Sequence[Candidate], ctx: DocContext) -> float:
    """Penalty for a place that holds the span only as an alternate name when another place
    bears it as its own: a name means its bearer.

    Alternate names include old and historic ones ('Islamabad' was Chattogram's, 'Pokrovsk' was
    Engels's, 'Jalalabad' Sylhet's), and a bigger holder would otherwise outrank the town that
    is called so today by population alone. The holder keeps its sense when the alternate is only
    a spelling of its own name ('Raqqah'), when the words say its level ('Belgorod region'), when
    it is a famous city FAMOUS_RATIO times as populous as every bearer ('Bombay' is Mumbai), when
    the article vouches for it locally (`_vouched_locally`), or when the article's theatre
    (without the span's own vote) holds its country and no bearer's. A bearer at the holder's own point
    is one town in two rows ('Jerusalem', PS, and Al Quds, IL), no rival. Not the country focus: in a
    one-name headline that is the span's own vote, which the bigger holder wins by population.
    A division holding the name is measured by the town among the candidates that it is named
    after (Chattogram division by Chattogram city)."""
    place = cand.place
    if (cand.how != "alternate" or place.precision == "country" or place.feature_code in AREA_CODES
            or _same_romanisation(span.text, place.name) or _own_name_without_kind(span.text, place.name)):
        return 0.0
    want = TYPE_WORDS.get(span.type_word or "")
    if want and want == place.precision:
        return 0.0
    bearers = [c.place for c in candidates if c.how == "exact" and c.place.precision != "country"
               and not _same_place(c.place, place) and not _one_point(c.place, place)]
    if not bearers:
        return 0.0
    people = max([c.place.population for c in candidates if c.how in ("exact", "alternate")
                  and c.place.precision in ("city", "point") and _same_place(c.place, place)]
                 or [place.population])
    if people >= W.famous_city and people >= W.famous_ratio * max(b.population for b in bearers):
        return 0.0
    if _vouched_locally(place, ctx):
        return 0.0
    theatre = ctx.theatre
    if (theatre and theatre.ring(place.country, ctx.own_country) == INSIDE
            and all(theatre.ring(b.country, ctx.own_country) != INSIDE for b in bearers)):
        return 0.0
    return W.alternate_namesake


def _one_point(a: Place, b: Place) -> bool:
    """Two rows at one town's point under two countries ('Jerusalem', PS, and Al Quds, IL): one place."""
    return (a.lat is not None and b.lat is not None
            and haversine_km(a.lat, a.lon, b.lat, b.lon) < W.seat_km)


def _own_name_without_kind(text: str, name: str) -> bool:
    """Is the span the place's own name less the kind word after it ('DeKalb' for DeKalb County,
    'Walton' for Walton County)? That is no other name, but the usual short form of its own."""
    a, b = fold(text), fold(name)
    return bool(a and b) and b.startswith(a + " ")


def word_weight(span: SpanCandidate) -> float:
    """How strongly a span reads as an everyday English word rather than a town: 1 for a
    single common word, half that after a place preposition ('in Hershey'), 0 for other
    spans and where the grammar of local news names a town ('a Lebanon man')."""
    if span.town_form or not one_common_word(span.text):
        return 0.0
    return W.word_after_prep if span.prep in W.strong_preps else 1.0


def _vouched_locally(place: Place, ctx: DocContext) -> bool:
    key = (place.country or "", place.admin1_code or "")
    if key in ctx.outlet_home or (ctx.admin_focus.get(key, 0.0) >= W.local_focus and key not in ctx.nation_sized):
        return True
    if ctx.qualifier and fits_qualifier(place, ctx.qualifier):
        return True
    return bool(ctx.anchors) and place.lat is not None and anchor_km(place, ctx) <= W.vouch_km


def anchor_km(place: Place, ctx: DocContext) -> float:
    """min(haversine_km(place, anchor) for anchor in ctx.anchors), the same floats: the
    anchors' radians and cosines are computed once per anchors list, each point's distance once."""
    memo = ctx._anchor_memo
    if memo is None or memo[0] is not ctx.anchors:
        memo = ctx._anchor_memo = (ctx.anchors, radians_with_cos(ctx.anchors), {})
    key = (place.lat, place.lon)
    d = memo[2].get(key)
    if d is None:
        d = memo[2][key] = nearest_km(place.lat, place.lon, memo[1])
    return d


def _same_romanisation(text: str, name: str) -> bool:
    """Are two Latin spellings one name romanised twice? (folded keys 70 % alike)"""
    a, b = fold(text), fold(name)
    return bool(a and b) and fuzz.ratio(a, b) >= W.same_romanisation_ratio


def fits_qualifier(place: Place, qualifier: Sequence[Place]) -> bool:
    """Does `place` lie in one of the divisions/countries named after it ('Paris, Texas')?"""
    return any(
        (q.precision == "country" and q.country == place.country and place.precision != "country")
        or (q.precision == "admin1" and q.country == place.country and q.admin1_code == place.admin1_code
            and place.precision != "admin1")
        for q in qualifier
    )


# Endings of nationality and group words ('Arabs', 'Sinhalese', 'Kurdish'): such a NORP
# span names a people, so only a demonym table hit or an exact name makes it a place.
_PEOPLE_ENDINGS = ("an", "ans", "ese", "ish", "ic", "ics", "s", "i", "is")


def resolve_with(span: SpanCandidate, candidates: Sequence[Candidate], ctx: DocContext) -> Resolution:
    if span.label == "NORP" and span.text.lower().endswith(_PEOPLE_ENDINGS) and span.locative != "place_noun":
        # ('the town of Rastan', 'Minyan suburb': a place noun's name is a place, whatever its ending)
        # A nationality or group word names a country by adjective, or a place spelled so
        # exactly; 'Arabs' folded to a village is not a place. (The model also labels
        # transliterated towns NORP -- 'Dderaa' -- and those keep their folded matches.)
        # An ocean's or a continent's other name stays ('the eastern Pacific').
        candidates = [c for c in candidates if c.how in ("demonym", "exact")
                      or (c.how == "alternate" and c.place.precision == "country" and not c.place.country)]
    if people_word(span.text):
        # 'shelled the Alawite villages near Homs': a people's or a faith's word is no misspelling of a
        # town (geo/peoples.py); only a place of its own name keeps it ('Afar', 'Rakhine', 'Amhara').
        candidates = people_word_senses(candidates)
    if span.inner:
        candidates = [c for c in candidates if c.place.precision in ("country", "admin1") and c.how in ("exact", "alternate")
                      and c.place.country]  # a state's name in an organisation's, not a region's ('the Levant')
    if not ctx.qualifier and any(c.how == "demonym" for c in candidates):
        # A word of the demonym table names its country even where a town is spelled so
        # ('Canadian', Texas); the town, when meant, comes with its state ('Canadian, Texas').
        candidates = [c for c in candidates if c.how == "demonym" or c.place.precision != "city"]
    if not candidates:
        return Resolution(None, 0.0, None, [])
    ev = evidence(span)
    # A country-level unit or first-level division named in full keeps its name's words:
    # 'European Union', 'Soviet Union', 'UAE', 'West Bank' are not organisations or stray abbreviations.
    ev_unit = ev + (W.org_like if span.org_like else 0.0) + (W.short_code if span.short_code else 0.0)
    famous = max((c.place.population for c in candidates
                  if c.how in ("exact", "alternate") and c.place.precision in ("city", "point")), default=0)
    word = word_weight(span)
    ranked = sorted(
        (((ev_unit if c.place.precision in ("country", "admin1") and c.how in ("exact", "alternate") else ev)
          + sense(span, c, ctx) - obscure_homonym(c.place, famous, ctx, word)
          - theatre_penalty(c, ctx.theatre, ctx.own_country, candidates)
          - alternate_namesake(span, c, candidates, ctx), c) for c in candidates),
        key=lambda sc: (-sc[0], -sc[1].place.population, sc[1].place.geonameid),
    )
    best_score, best = ranked[0]
    city = _city_over_foreign_province(ranked)
    if city is not None:
        best_score, best = city
    threshold = W.accept.get(best.how, W.accept_default)
    best_ev = ev_unit if best.place.precision in ("country", "admin1") and best.how in ("exact", "alternate") else ev
    if (best_ev <= 0 and best.how in ("alternate", "folded", "fuzzy") and not romanised(best.place.country)
            and best.place.precision not in ("country", "admin1")):
        # Nothing says 'place' and the name is not the place's own ('Commissioner' is an old
        # name of some Georgia village): ask for more than the local-focus bonuses add up to.
        threshold += W.unsupported_variant
    if (best_score < threshold <= best_score + W.uncontested_famous
            and in_place_frame(span) and uncontested_famous(span.text, best, candidates)
            and not theatre_against(span.text, best, ctx, candidates)
            and (best.place.population >= W.famous_city or ctx.theatre is None
                 or ctx.theatre.ring(best.place.country, ctx.own_country) == INSIDE)):
        # Whether the span is a place at all, never which place (the ranking has chosen this
        # sense: a Tennessee paper's 'Paris' stays the local town), and no more confidence than
        # acceptance needs: a name accepted anyway keeps its score, so the article's and the
        # outlet's votes do not change. Only where the article's theatre does not speak against
        # the sense: 'Salah Eddin' (a district of Aleppo) in a Syrian report is not Iraq's Salah ad Din.
        # A small town (under famous_city) only inside the theatre, not in a neighbour of it: a
        # Syrian report's 'Bani Zaid' (an Aleppo quarter) is not the West Bank village.
        best_score = threshold
    if best_score < threshold:
        return Resolution(None, best_score, best.how, ranked)
    seat = _seat_town(span, best, [c for _, c in ranked])
    if seat is not None:
        return Resolution(seat.place, best_score, seat.how, ranked)
    return Resolution(best.place, best_score, best.how, ranked)


def _same_place(a: Place, b: Place) -> bool:
    """Two gazetteer rows for one place: a division and the town it is named after (same
    country and first-level division, one of them a division), or two rows of one town."""
    if a.geonameid == b.geonameid:
        return True
    if not a.country or a.country != b.country or a.admin1_code != b.admin1_code:
        return False
    if a.precision in ("admin1", "admin2") or b.precision in ("admin1", "admin2"):
        return True
    return (a.lat is not None and b.lat is not None
            and haversine_km(a.lat, a.lon, b.lat, b.lon) < W.seat_km)


def in_place_frame(span: SpanCandidate) -> bool:
    """Does the span stand where a place stands, as a name of its own: after a preposition
    ('to Al-Bab', 'in El-Arish'), in a locative role ('the towns of X', 'stormed X'), before a
    type word, or as what something happened to ('the fall of X')? Not a word of a longer
    name ('Paris Peace Accords', 'Islamic State of Iraq and Al-Sham'), not a people's word
    ('Turkana raiders', 'a Somali lawmaker'), not a person's by the article or its verb, not an
    everyday word or an acronym ('at Lot No. 5', 'the NICE program')."""
    if (span.in_org_entity or span.inner or span.label == "NORP" or span.person_name or span.speech_subject
            or span.org_like or span.calendar):
        return False
    if span.possessive and not span.place_of:  # 'at Vann's insistence': the preposition is the noun's
        return False
    if span.text.isalpha() and (one_common_word(span.text) or span.text.isupper()):
        return False  # 'at Lot No. 5', 'on NICE': an everyday word or an acronym, not a name
    return bool(span.prep or span.locative or span.territory_object or span.place_of or span.type_word)


def uncontested_famous(text: str, cand: Candidate, candidates: Sequence[Candidate]) -> bool:
    """Is `cand` a populous place (FAMOUS_CITY people or more) that no other sense of the name
    rivals: no other place matched as well or better with a tenth of its people or more?

    'Al-Bab' (a Syrian town of 130,000; otherwise two villages of a thousand) means that town
    in any sentence that names it; 'Hama', 'El-Arish' likewise. The small NER model calls such
    romanised names PERSON or ORG as often as GPE, and a single news sentence often names no
    other place to vouch for them, so the label and the absent context would refuse a name
    whose sense is beyond doubt. A name shared with a place of comparable size ('Tripoli',
    'Paris', 'Jackson') or with a country ('Jordan') is contested and gets nothing."""
    place = cand.place
    if (cand.how not in ("exact", "alternate", "folded") or place.population < least_uncontested_people(place)
            or place.precision not in ("city", "point", "admin1", "admin2")):
        return False
    if cand.how == "alternate" and not _same_romanisation(text, place.name):
        return False  # another name of it ('Terminus', once Atlanta's), not a spelling of its own
    tier = W.tiers_ok.get(cand.how, W.tier_unknown)
    for other in candidates:
        if other is cand or other.how == "fuzzy" or _same_place(place, other.place):
            continue
        if (W.tiers_ok.get(other.how, W.tier_unknown) <= tier
                and other.place.population * W.famous_ratio > place.population):
            return False
    return True


def as_named(text: str, cand: Candidate) -> Candidate:
    """The candidate as the theatre should judge it: a folded match that is the town's own name
    romanised another way ('El-Arish' for Arīsh: the article and the long vowel differ) is the
    town named, not a guess at a look-alike. A division is judged as matched: a province's name
    spelled so is as often a district's elsewhere ('Salah Eddin', an Aleppo quarter, against
    Iraq's Salah ad Din)."""
    if cand.how == "folded" and cand.place.precision in ("city", "point") and _same_romanisation(text, cand.place.name):
        return replace(cand, how="exact")
    return cand


def theatre_against(text: str, cand: Candidate, ctx: DocContext, candidates: Sequence[Candidate]) -> bool:
    """Does the article's theatre mark the sense down, for the uncontested raise?

    As `theatre_penalty` says, except that a town of a neighbour of the theatre whose own name is
    spelled another way (`as_named`) is judged as named when the theatre rests on no place name
    (only on peoples' words, actors, the outlet): a neighbour is no penalty for a named town, as
    border towns are named in a war's news ('The Palestinian ... was captured in El-Arish'). Towns
    the article names elsewhere ('Bursa', 'Konya') do speak against it, and far from the theatre a
    spelling stays a guess."""
    theatre = ctx.theatre
    if theatre_penalty(cand, theatre, ctx.own_country, candidates) <= 0:
        return False
    named = as_named(text, cand)
    if named is cand or theatre is None or theatre.ring(cand.place.country, ctx.own_country) == FAR:
        return True
    own_local = ctx.own_country if ctx.own_country in theatre.local else None
    if theatre.local_share(cand.place.country, own_local) is not None:
        return True  # the article's own towns lie elsewhere
    return theatre_penalty(named, theatre, ctx.own_country, candidates) > 0


def least_uncontested_people(place: Place) -> int:
    """The least population at which a sense no other sense rivals may be raised to acceptance.

    A populous place (`famous_city`) anywhere. A town or village of a country that writes its
    names in another script at any size (`uncontested_romanised_people`): its Latin spelling is
    a transliteration, which the small NER model labels PERSON or ORG as often as GPE ('the
    towns of Jubb Al-Jarrah', 'inside of Darayya', 'in northern ‘Ayn ‘Issa'), while a Latin-script
    name with a single small sense is as often a surname or a firm that shares a village's
    name ('at Kroger', 'told Obey'), where the model's label is the better witness."""
    if romanised(place.country) and place.precision in ("city", "point"):
        return int(W.uncontested_romanised_people)
    return int(W.famous_city)


def _city_over_foreign_province(ranked: Sequence[tuple[float, Candidate]]) -> tuple[float, Candidate] | None:
    """A city of POPULOUS_CITY people or more, and at least as many as the first-level
    division ahead of it in another country.

    The division's level prior is for names that mean a state ('Texas'); it should not
    send 'Gaza' (410 k people) to Gaza Province, Mozambique (385 k, all its towns summed).
    Within the level prior's reach only: context that says 'Mozambique' still wins."""
    best_score, best = ranked[0]
    if best.place.feature_code != "ADM1":  # a province, not a region of areas.py (no population to compare)
        return None
    for score, c in ranked[1:]:
        if best_score - score > W.level_prior["admin1"]:
            break
        if (c.place.precision == "city" and c.how in ("exact", "alternate") and c.place.country != best.place.country
                and c.place.population >= max(best.place.population, W.populous_city)):
            return score, c
    return None


def _seat_town(span: SpanCandidate, best: Candidate, cands: Sequence[Candidate]) -> Candidate | None:
    """The town a division is named after, when the span means the town.

    'Deraa' matches both Daraa city and Daraa Governorate (which carries the city's
    names and sits at its point); without 'province' after it, a bare name is the town. So is a
    name that is the town's own and only a variant of the division's ('Kherson', Khersonska oblast)."""
    if best.place.precision not in ("admin1", "admin2") or TYPE_WORDS.get(span.type_word or "") in ("admin1", "admin2"):
        return None
    for c in cands:
        if (c.place.precision in ("city", "point") and c.place.country == best.place.country
                and c.place.admin1_code == best.place.admin1_code
                and W.tiers_ok.get(c.how, W.tier_unknown) <= W.tiers_ok.get(best.how, W.tier_unknown) + 1 and c.place.lat is not None
                and (haversine_km(c.place.lat, c.place.lon, best.place.lat, best.place.lon) < W.seat_km
                     # or the state's dominant city of the same name: 'New York' is New York City
                     or c.place.population >= W.seat_people_share * max(best.place.population, 1)
                     # or the span is the town's own name and only a variant of the division's
                     # ('Kherson' for Khersonska oblast): the division was named after its town
                     or (c.how == "exact" and best.how == "alternate")
                     # or both only by a variant (another language's: 'Херсона', 'Jersón', 'Χερσώνα'), and the
                     # division's own name is made from the town's ('Khersonska oblast' of Kherson): named after it
                     or (c.how == best.how == "alternate" and named_after_town(best.place.name, c.place.name)))):
            return c
    return None


def named_after_town(division: str, town: str) -> bool:
    """Is a division's name made from a town's ('Khersonska oblast' from 'Kherson', 'Daraa Governorate' from
    'Daraa')? Its first word begins with the whole of the town's one-word name."""
    first, name = division.casefold().split(" ", 1)[0], town.casefold()
    return " " not in name and len(name) >= 4 and first.startswith(name)



def votes_for_focus(span: SpanCandidate) -> bool:
    """May this span's candidates vote for the article's countries and states?

    Not when it reads as a person or an organisation, and not when it is only a piece of a
    longer name ('Abu' of 'Abu Kamal', which would vote for India) unless a civic word
    makes that piece a place ('[Ohio] Department of Transportation')."""
    return evidence(span) >= 0 and (not span.in_org_entity or span.civic)


def _links(text: str, spans: Sequence[SpanCandidate]) -> tuple[dict[int, int], dict[int, list[int]]]:
    """(qualifier of span i, list neighbours of span i) from the characters between spans."""
    qualifier: dict[int, int] = {}
    neighbours: dict[int, list[int]] = defaultdict(list)
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end))
    for a_pos, i in enumerate(order):
        a = spans[i]
        for j in order[a_pos + 1:]:
            b = spans[j]
            if b.start < a.end:
                continue
            if b.start - a.end > W.link_gap_chars:
                break
            gap = text[a.end:b.start]
            if _QUALIFIER_GAP.match(gap) and i not in qualifier and not _continues_list(text, b.end):
                qualifier[i] = j
            if _LIST_GAP.match(gap):
                neighbours[i].append(j)
                neighbours[j].append(i)
    return qualifier, neighbours


def _continues_list(text: str, end: int) -> bool:
    """'Kuneytra, Deraa and Suaydah': a name followed by 'and'/'or'/', X and' is a list item, not a qualifier."""
    rest = text[end:end + W.list_lookahead_chars]
    return bool(re.match(r"^(?:,\s*[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s*,?\s*(?:and|or)\s|\s+(?:and|or)\s+[A-Z])", rest))


def _level_places(cands: Sequence[Candidate]) -> list[Place]:
    return [c.place for c in cands if c.how in ("exact", "alternate") and c.place.precision in ("admin1", "country")]


def resolve_document(
    text: str,
    spans: Sequence[SpanCandidate],
    candidates: Sequence[Sequence[Candidate]],
    country_focus: dict[str, float],
    hint: Sequence[str] = (),
    admin_hint: Mapping[tuple[str, str], float] | None = None,
    nation_sized: Iterable[tuple[str, str]] = (),
    theatre: Theatre | None = None,
    origin: Mapping[int, Sequence[str]] | None = None,
    named: Mapping[int, Sequence[Place]] | None = None,
) -> list[Resolution]:
    """Resolve every span of one article with the article as context (two passes).

    `hint`: countries the source is about, counted as one more mention of each.
    `admin_hint`: first-level divisions the source usually writes about (a local paper's
    state, see `outlet.py`), as shares 0..1; a floor under the article's own admin focus.
    `nation_sized`: the candidates' divisions of NATION_SIZED people or more.
    `theatre`: the countries the article's sure evidence puts it in (`geo/theatre.py`).
    `origin`: span index → the countries a demonym of an armed force votes for instead of its own (its war theatres,
    geo/doer.origin_votes: 'Russian troops' is one vote spread over Ukraine and Syria, not Russia's).
    `named`: span index → the country its own place noun's modifier names ('в российском селе X': `SpanCandidate.
    country_named`), read as a qualifier after a comma is when no comma qualifier is there."""
    admin_hint = dict(admin_hint or {})
    nation_sized = frozenset(nation_sized)
    outlet_home = frozenset(k for k, v in admin_hint.items() if v > 0)
    home_countries = frozenset(c.upper() for c in hint)
    qualifier, neighbours = _links(text, spans)
    qualified_by = {j: i for i, j in qualifier.items()}
    # Country focus without each surface's own vote: 'Paris' must not vote itself French.
    surface_votes: dict[str, dict[str, float]] = {}
    origin = origin or {}
    for i, (s, c) in enumerate(zip(spans, candidates)):
        key = s.text.lower()
        if key not in surface_votes and i in origin and origin[i]:
            surface_votes[key] = {code: 1.0 / len(origin[i]) for code in origin[i]}
        elif key not in surface_votes and c and votes_for_focus(s) and i not in origin:
            surface_votes[key] = country_vote(c)[0]
    all_votes: Counter[str] = Counter({c.upper(): 1.0 for c in hint})
    for v in surface_votes.values():
        all_votes.update(v)
    base: list[DocContext] = []
    for i in range(len(spans)):
        own = surface_votes.get(spans[i].text.lower(), {})
        rest = {k: v - own.get(k, 0.0) for k, v in all_votes.items()}
        total = sum(x for x in rest.values() if x > 0)
        focus = {k: v / total for k, v in rest.items() if v > 1e-9} if total > 1e-9 else dict(country_focus)
        ctx = DocContext(country_focus=focus, admin_focus=dict(admin_hint), outlet_home=outlet_home,
                         nation_sized=nation_sized, home_countries=home_countries, theatre=theatre,
                         own_country=theatre.own(spans[i].text) if theatre else None)
        if i in qualifier:
            q = _level_places(candidates[qualifier[i]])
            if any(fits_qualifier(c.place, q) for c in candidates[i]):
                ctx.qualifier = q
        if not ctx.qualifier and named and named.get(i) and any(fits_qualifier(c.place, named[i]) for c in candidates[i]):
            ctx.qualifier = list(named[i])
        if i in qualified_by:
            q = _level_places(candidates[i])
            if q and any(fits_qualifier(c.place, q) for c in candidates[qualified_by[i]]):
                ctx.is_qualifier = True
        base.append(ctx)
    first = [resolve_with(s, c, ctx) for s, c, ctx in zip(spans, candidates, base)]

    # Coverage: in which first-level divisions could the article's names lie? Local news
    # names local places, so the true state holds nearly all of them ('Paris', 'Henry
    # County', 'Puryear' are all in Tennessee; each also elsewhere, never all together).
    cover: Counter[tuple[str, str]] = Counter()
    own_keys: dict[str, set[tuple[str, str]]] = {}
    for s, c in zip(spans, candidates):
        key = s.text.lower()
        if key in own_keys or not votes_for_focus(s):
            continue
        keys = {(x.place.country, x.place.admin1_code) for x in c
                if x.how in ("exact", "alternate") and x.place.country and x.place.admin1_code}
        if keys:
            own_keys[key] = keys
            cover.update(keys)
    n_cover = len(own_keys)

    # Admin1 votes and anchor points from the previous pass's confident places, by surface;
    # a third pass lets names settled in the second (the county) settle the rest (its towns).
    out: list[Resolution] = first
    # What each span's context held when its current resolution was made: a span whose
    # context comes out the same in the next pass keeps its resolution (resolve_with is a
    # pure function of span, candidates and context), so settled spans are not re-ranked.
    made_with: list[tuple | None] = [None] * len(spans)
    first_ctx = (dict(admin_hint), [], False, frozenset())
    for _ in range(W.passes - 1):
        previous, out = out, []
        votes: dict[str, tuple[float, Place]] = {}
        for s, r in zip(spans, previous):
            if r.place is None:
                continue
            key = s.text.lower()
            if key not in votes or r.score > votes[key][0]:
                votes[key] = (r.score, r.place)
        # What each vote adds, worked out once per pass rather than once per span listening:
        # (surface, place id, its division or None, the division's weight, its point or None).
        cast = []
        for key, (score, place) in votes.items():
            w = confidence(score)
            # A state or county named outright says more than a town that may have homonyms.
            division = (place.country, place.admin1_code) if place.country and place.admin1_code else None
            point = ((place.lat, place.lon) if place.lat is not None and place.precision not in ("country", "admin1")
                     and w >= W.anchor_confidence else None)
            cast.append((key, place.geonameid, division,
                         w * (W.division_vote if place.precision in ("admin1", "admin2") else 1.0),
                         point))
        for i, (s, c, ctx) in enumerate(zip(spans, candidates, base)):
            own = s.text.lower()
            own_ids = {x.place.geonameid for x in c}
            admins: Counter[tuple[str, str]] = Counter()
            anchors: list[tuple[float, float]] = []
            for key, gid, division, weight, point in cast:
                # Not its own vote, nor a variant's ('Henry' resolved to one of the Henry Counties).
                if key == own or gid in own_ids:
                    continue
                if division is not None:
                    admins[division] += weight
                if point is not None:
                    anchors.append(point)
            total = max(sum(admins.values()), W.admin_vote_floor)  # one stray vote is not a focus
            focus = {k: v / total for k, v in admins.items()}
            mine = own_keys.get(own, set())
            others = n_cover - (1 if own in own_keys else 0)
            if others >= W.coverage_min_names:
                for k, v in cover.items():
                    share = (v - (1 if k in mine else 0)) / others
                    if share > W.coverage_share:  # the division holds a third of the article's other names
                        focus[k] = max(focus.get(k, 0.0), share * W.coverage_weight)
            for k, v in admin_hint.items():
                focus[k] = max(focus.get(k, 0.0), v)
            listed = any(previous[j].place is not None for j in neighbours.get(i, ()))
            list_levels = frozenset(
                p.precision for j in neighbours.get(i, ()) if (p := previous[j].place) is not None
                and p.precision in ("admin1", "country") and p.country)
            now = (focus, anchors, listed, list_levels)
            if now == (made_with[i] or first_ctx):
                out.append(previous[i])  # the same context as last time: the same resolution
                continue
            ctx.admin_focus, ctx.anchors, ctx.listed, ctx.list_levels = now
            made_with[i] = now
            out.append(resolve_with(s, c, ctx))
    return _refuse_outside_named_division(text, spans, candidates, out)


def _refuse_outside_named_division(text: str, spans: Sequence[SpanCandidate], candidates: Sequence[Sequence[Candidate]],
                                   out: list[Resolution]) -> list[Resolution]:
    """A town whose sentence names the division it lies in, when none of its candidates lies there
    ('Greenwood, W. Va.' is not Greenwood, S.C.), is put at that division, as an unlisted name at its
    container, with an even confidence (`geo/named_division.py`). Only when the qualifier itself was
    resolved to that division: a qualifier read as a town is no division named."""
    for i, (j, divisions) in division_links(text, spans, candidates).items():
        r, division = out[i], out[j].place
        if division is None or division.precision != "admin1" or not inside(division, divisions):
            continue
        if outside_named_division(r.place, candidates[i], divisions):
            even = Candidate(place=division, score=confidence(W.confidence_centre), how="unlisted")
            out[i] = Resolution(division, W.confidence_centre, "unlisted", [(W.confidence_centre, even)])
    return out


def confidence(score: float) -> float:
    """Squash the additive score into 0..1 for display and thresholds downstream."""
    return round(1 / (1 + math.exp(-W.confidence_slope * (score - W.confidence_centre))), 3)


_ANCHOR_GAP = re.compile(r"^\s*(?:,|in|in the|of|at)?\s*$")


def _feature_anchor(span: SpanCandidate, local: Sequence[Toponym], text: str,
                    inner: frozenset[tuple[int, int]] = frozenset()) -> Toponym | None:
    """The town a street or river named in `span` lies in.

    In order: the town named right after it ('Hampton Avenue in [St. Louis]', 'Kamenné
    Square in [Bratislava]', 'Darby Street, [Dublin]'); the nearest town before it in the
    same sentence; the town the article names most (its subject: a restaurant's name that
    happens to be a Spanish town, named once, is not where the street is); else the nearest
    town before it, then after it. `inner`: spans that are pieces of an organisation's name
    ('[Market] District' in 'the Shadyside Giant Eagle Market District'), which do not count
    as the article naming a town: a shop's name repeated is not the article's subject."""
    after = [t for t in local if t.start >= span.end]
    if after and after[0].sentence == span.sentence and _ANCHOR_GAP.match(text[span.end:after[0].start]):
        return after[0]
    before = [t for t in local if t.end <= span.start]
    if before and before[-1].sentence == span.sentence:
        return before[-1]
    counts = Counter(t.place.geonameid for t in local if (t.start, t.end) not in inner)
    if counts:
        gid, n = counts.most_common(1)[0]
        if n >= W.feature_anchor_mentions:
            return next(t for t in local if t.place.geonameid == gid)
    return before[-1] if before else (after[0] if after else None)


def feature_toponyms(spans: Sequence[SpanCandidate], resolutions: Sequence[Resolution],
                     toponyms: list[Toponym], text: str) -> list[Toponym]:
    """Streets, roads, rivers and parks named in full, placed at their locality.

    'Darby Street', 'Highway 19', 'Kanawha River' are toponyms (and events happen on
    them), but a populated-places gazetteer does not list them. Each is given the place of
    the town or county it lies in (`_feature_anchor`, `text` being the article), with that
    place's precision, which is as precise as the gazetteer can honestly be. Sub-names inside it ('[Bradford] Walk
    Trail') give way to the whole. Returns the new toponyms; `toponyms` loses the parts.
    """
    local = sorted((t for t in toponyms if t.place is not None and t.place.precision in ("city", "admin2")),
                   key=lambda t: t.start)
    out: list[Toponym] = []
    inner = frozenset((s.start, s.end) for s in spans if s.in_org_entity)
    for span, res in zip(spans, resolutions):
        if not span.feature_name or span.listed_only or res.place is not None or evidence(span) < W.feature_min_evidence:
            continue
        if any(not (span.end <= t.start or span.start >= t.end) for t in out):
            continue
        anchor = _feature_anchor(span, local, text, inner)
        if anchor is None:
            continue
        inside = [t for t in toponyms if t.start >= span.start and t.end <= span.end]
        if any(not (span.end <= t.start or span.start >= t.end) for t in toponyms if t not in inside):
            continue
        for t in inside:
            toponyms.remove(t)
        out.append(Toponym(start=span.start, end=span.end, text=span.text, place=anchor.place,
                           score=round(min(anchor.score, W.feature_max_score), 3), precision=anchor.place.precision,
                           sentence=span.sentence))
    return out
