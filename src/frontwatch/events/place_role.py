"""Which place of a sentence is where its event happened: the ROLE of each place.

A sentence names places in many roles besides the event's location: the actor's origin
("Russian warplanes", "Turkish shelling", "a Lebanon man"), part of an organisation's name
("the Aleppo Media Centre"), a destination ("fled to Turkey"), a source ("rockets fired from
Gaza"), a speaker's place ("said in Damascus"), the container of the named place ("Hama
in central Syria"). Proximity alone picks the wrong one; syntax alone misses telegraphic
headlines whose parse is poor. So each (trigger, place) pair is described by a few
general features of the dependency path and the place itself (how the place phrase
attaches to the trigger, through which preposition, as what argument, whether it modifies
an actor noun, its precision, whether it contains another place named beside it, its
distance), and a linear scorer weighs them. The weights are data (data/place_role.json),
FITTED on the tune part of the event-location corpus by dev/fit_place_role.py, not set by
hand; the place with the highest score is chosen when its probability clears the fitted
threshold, else NO place is the event's (the caller may still fall back to the article's
country, flagged as such). Places coordinated with the chosen one ("in X and Y") that also
clear the threshold come along: one event each.

Pure: tokens and toponyms in, a decision out; no I/O besides the packaged weights.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from frontwatch.data_files import data_path, word_lists
from frontwatch.events.clause_relation import modifier_clause
from frontwatch.events.fatalities import words as fatality_words
from frontwatch.events.owner_modifier import owns_noun
from frontwatch.events.place_nesting import named_as_owner, named_within
from frontwatch.geo.locative import words
from frontwatch.geo.relative import PART_EXTENT_KM
from frontwatch.lang.finest_place import without_containers
from frontwatch.model import Toponym
from frontwatch.nlp.deps import NOUN_MODIFIERS, NOUN_MODIFIERS_OR_OWNER
from frontwatch.nlp.doc_memo import doc_lowers, doc_table, subtree_indexes

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

# Closed word classes (grammar): prepositions grouped by the role their object usually plays.
PREP_CLASS: dict[str, str] = {
    **{p: "in" for p in ("in", "at", "inside", "within", "throughout", "across", "around", "amid")},
    **{p: "near" for p in ("near", "nearby", "close", "by", "beside", "outside", "off", "along")},
    **{p: "on" for p in ("on", "over", "against", "upon", "onto", "targeting")},
    **{p: "to" for p in ("to", "towards", "toward", "into")},
    **{p: "from" for p in ("from",)},
    **{p: "between" for p in ("between",)},
    **{p: "of" for p in ("of",)},
    **{p: "for" for p in ("for",)},
    **{p: "with" for p in ("with",)},
}
# Nouns naming an area around or a part of a place: "Idlib countryside", "the town of X",
# "the centre of X", "east of X". A place under one of them is still the event's place.
AREA_NOUNS = frozenset({
    "countryside", "outskirts", "suburb", "suburbs", "outskirt", "vicinity", "area", "areas", "province",
    "governorate", "district", "region", "town", "city", "village", "center", "centre", "heart", "east", "west",
    "north", "south", "northeast", "northwest", "southeast", "southwest", "part", "edge", "border", "environs",
    "neighbourhood", "neighborhood", "quarter", "district", "sub-district", "subdistrict", "county", "capital",
    "desert", "plain", "mountains", "countryside", "camp", "streets", "street", "road", "highway", "entrance",
    "outskirts", "front", "frontline", "axis", "fronts", "axes", "areas", "villages", "towns", "neighborhoods",
    # shares of a place: "all of southwestern Syria", "large parts of X", "swathes of X"
    "all", "most", "much", "half", "rest", "parts", "swathe", "swathes", "swath", "majority", "bulk",
})
SPEECH_LEMMAS = frozenset({"say", "tell", "report", "announce", "state", "claim", "confirm", "deny", "declare",
                           "add", "warn", "accuse", "write", "quote"})
DISTANCE_BUCKETS = ((2, "0-2"), (5, "3-5"), (10, "6-10"), (20, "11-20"))


@dataclass
class Candidate:
    """One place of the sentence: its toponym, its tokens and the token its phrase hangs from."""

    toponym: Toponym
    start: int
    end: int
    root: int


@dataclass
class Context:
    """What the decision reads: the trigger, its frame's pieces, the sentence's places."""

    head: "Token"
    trigger_tokens: list[int]
    light_verb: "Token | None"
    clause_verb: "Token | None"
    objects: list[int]  # token ids of the frame's objects (expanded)
    locatives: list[int]  # token ids of the frame's locative objects (expanded)
    span_start: int
    span_end: int
    candidates: list[Candidate]
    actor_tokens: set[int] = field(default_factory=set)  # named actors (not bare countries)
    # tokens of a stated-distance phrase ('75 kilometers southeast of Tikrit'): its place is a
    # reference point the event is measured from, rarely where it happened
    distance_tokens: set[int] = field(default_factory=set)
    # ... of those, a phrase whose distance is beyond a place's own countryside ('260 kilometers south of Cairo',
    # more than geo/relative.PART_EXTENT_KM['countryside']): the event is not at its anchor (`past_far_anchor`)
    far_distance_tokens: set[int] = field(default_factory=set)
    main_country: str | None = None  # the article's main country: its forces act at home (`actor_origin`)


@dataclass
class Scored:
    candidate: Candidate
    features: dict[str, float]
    score: float
    probability: float
    host: str  # how the place phrase attaches to the trigger (for the event's 'how')


@dataclass(frozen=True)
class Weights:
    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, features: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())


def weights_path() -> Path:
    return data_path("place_role.json")


@lru_cache(maxsize=4)
def load_weights(path: str | None = None) -> Weights:
    """The fitted weights (packaged file unless a path is given)."""
    data = json.loads(Path(path or weights_path()).read_text(encoding="utf-8"))
    return Weights({k: float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data["threshold"]))


# --------------------------------------------------------------------------- features


def _precision(t: Toponym) -> str:
    if t.relative:
        return "relative"
    p = t.precision or (t.place.precision if t.place else None)
    return p or "unresolved"


def _country(t: Toponym) -> str | None:
    return t.place.country if t.place else None


def contains(big: Toponym, small: Toponym) -> bool:
    """Whether one resolved place holds another (its country, or its first-level division), or
    a name the gazetteer lacks was placed at it ('the Deir al-Asafir suburb of Damascus': the
    suburb is kept at Damascus's point, and Damascus only locates it)."""
    if big.place is None or small.place is None:
        return False
    if is_unlisted(big):
        return False  # a village kept at its country's or town's point is no bigger for it
    if big.place.geonameid == small.place.geonameid:
        return is_unlisted(small) and (big.start, big.end) != (small.start, small.end)
    # a relative place ("southern Syria") holds what its anchor holds
    bp, sp = big.place.precision or _precision(big), small.place.precision or _precision(small)
    if bp == "country":
        return sp != "country" and small.place.country == big.place.country
    if bp == "admin1":
        return sp not in ("country", "admin1") and bool(big.place.admin1_code) and \
            small.place.country == big.place.country and small.place.admin1_code == big.place.admin1_code
    return False


PRECISION_RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "point": 4}


def _coarser(a: Toponym, b: Toponym) -> bool:
    """Is place a the bigger of two: a higher level, or at one level more people; a name kept
    without an entry of its own (a village, a district) is the finer one. Between a division and a
    town of one country whose recorded populations disagree with their levels, the people decide."""
    if a.place is None or b.place is None or is_unlisted(a):
        return False
    if is_unlisted(b):
        return True
    ra, rb = PRECISION_RANK.get(_precision(a), 3), PRECISION_RANK.get(_precision(b), 3)
    pa, pb = a.place.population, b.place.population
    if ra != rb and min(ra, rb) > 0 and a.place.country == b.place.country and pa > 0 and pb > 0 and \
            (pa > pb) != (ra < rb):
        # a division of fewer recorded people than a town of its own country does not hold it: the
        # town holds the division ('the Baghdad neighborhood of al-Adamiyah', an admin2 of 10,000)
        return pa > pb
    return ra < rb or (ra == rb and pa > pb)


def is_unlisted(t: Toponym) -> bool:
    """A name kept without a gazetteer entry of its own (geo/unlisted.py: a village, a site),
    placed at the place named with it or at the theatre's country."""
    return bool(t.candidates) and t.candidates[0].how in ("unlisted", "argument")


def is_unplaced(t: Toponym) -> bool:
    """A name of the event's own arguments kept without a point, having nowhere to go and no
    country known (events/argument_places._unplaced)."""
    return t.place is None and not t.candidates and not t.relative


def is_demonym(t: Toponym) -> bool:
    return bool(t.candidates) and t.candidates[0].how == "demonym"


# Participles that make a country the leader of an operation: 'US-led raids', 'Saudi-backed forces'.
ORIGIN_PARTICIPLES = frozenset({"led", "backed", "sponsored", "supported", "allied"})


def _origin_by_grammar(tok: "Token", demonym: bool) -> bool:
    """The grammar's signal (`tok`: the place phrase's root): a country leading the operation
    ('[US]-led raids') or a demonym premodifying an attack noun ('killed in [Israeli] raids',
    '[Turkish] shelling'). A country's name before an attack noun stays a candidate ('a Syria gas
    attack' is in Syria), as does a demonym before any other noun ('in Syrian territory')."""
    if tok.dep_ in ("npadvmod", "compound", "amod") and tok.head.i > tok.i and tok.head.lower_ in ORIGIN_PARTICIPLES:
        return True
    return demonym and tok.dep_ in NOUN_MODIFIERS and tok.head.i > tok.i and _event_noun(tok.head)


def _names_a_country(t: Toponym) -> bool:
    """A toponym naming a whole country or union of them ('the US', 'the EU'); a border is none."""
    if t.relative and t.relative.get("kind") == "border":
        return False
    return (t.precision or (t.place.precision if t.place else None)) == "country"


def actor_origin(t: Toponym, root: "Token", start: int, end: int, actor_tokens: "Collection[int]" = frozenset(),
                 main: str | None = None) -> bool:
    """Is this mention of a place (tokens start..end, phrase root `root`) the attacking side's
    origin, never the event's place nor the country to fall back on? The issue's 'the actor's
    country is not the place', one decision read by the candidates, the scorer and the country
    fallback alike, from two signals:

    - the grammar (`_origin_by_grammar`): '[US]-led raids', '[Turkish] shelling';
    - the actor layer (`actor_tokens`: the tokens of the sentence's actor phrases and of the
      acting side): a country named only inside them ('the US-led coalition', the subject
      'Israel') says whose forces act, not where. A state's forces abroad are ACLED's external
      forces (inter 8) only when the event's country is not taken from their own name. Not when
      it is the article's main country (`main`): a state's forces act at home unless the article
      is about somewhere else ('Syria air strikes kill 32' is in Syria).

    The grammar reads attack nouns and participles the actor dictionary does not list; the actor
    spans cover subjects and names ('Iran's ministers') the grammar has no pattern for: either
    suffices."""
    if _origin_by_grammar(root, is_demonym(t)):
        return True
    if not _names_a_country(t):
        return False
    country = t.place.country if t.place else (t.relative or {}).get("country")
    return (main is None or country != main) and all(i in actor_tokens for i in range(start, end))


def _phrase_top(tok: "Token", inside: set[int]) -> tuple["Token", list[str]]:
    """Climb from a place's root through the phrase that still names the place or an area
    around it ("the town of X", "X countryside", "east of X", "X and Y"); returns the top
    token of that phrase and the marks of the climb."""
    marks: list[str] = []
    t = tok
    for _ in range(6):
        h = t.head
        if h.i == t.i:
            break
        if h.i in inside:
            t = h
            continue
        low = h.lower_
        if t.dep_ in ("conj", "appos") and h.pos_ in ("PROPN", "NOUN"):
            marks.append("conj")
            t = h
            continue
        if t.dep_ in ("compound", "amod", "nmod", "npadvmod") and low in AREA_NOUNS:
            marks.append("area")  # "Idlib countryside", "Hama province"
            t = h
            continue
        if t.dep_ == "pobj" and low == "of" and h.head.i != h.i and h.head.lower_ in AREA_NOUNS:
            marks.append("area")  # "the town of X", "the centre of X", "east of X"
            t = h.head
            continue
        if t.dep_ == "pobj" and low == "of" and h.head.i != h.i and h.head.pos_ in ("ADV", "ADJ"):
            marks.append("area")  # "north of X" parsed as an adverb
            t = h.head
            continue
        break
    return t, marks


PHRASE_TOP_TABLE = "place_role.phrase_tops"


def candidate_top(c: Candidate, doc: "Doc") -> tuple["Token", list[str]]:
    """`_phrase_top` of a candidate (from its root, over its own tokens), read once per document and candidate
    bounds (`doc_table`, keyed (root, start, end)): it reads the candidate and the parse alone, and every trigger of
    a sentence asks it of every place of the sentence (`around`, `named_host`; issue 17). The marks are read,
    never changed, by the callers."""
    table = doc_table(doc, PHRASE_TOP_TABLE)
    key = (c.root, c.start, c.end)
    got = table.get(key)
    if got is None:
        got = table[key] = _phrase_top(doc[c.root], set(range(c.start, c.end)))
    return got


def _prep_above(top: "Token") -> tuple[str, "Token | None", "Token"]:
    """(class of the preposition the phrase hangs from, its host, the token that attaches)."""
    if top.dep_ in ("pobj", "pcomp") and top.head.pos_ in ("ADP", "SCONJ", "ADV", "VERB", "ADJ", "NOUN"):
        prep = top.head
        cls = PREP_CLASS.get(prep.lower_, "other")
        # "close to X", "north of X": a locative adverb carrying its own preposition
        if prep.head.i != prep.i and prep.head.dep_ in ("advmod", "prep") and prep.head.lower_ in PREP_CLASS:
            cls = PREP_CLASS.get(prep.head.lower_, cls)
            return cls, prep.head.head, prep.head
        return cls, prep.head, prep
    return "none", top.head if top.head.i != top.i else None, top


def _host_kind(host: "Token | None", ctx: Context, subtree: set[int], above: set[int]) -> str:
    if host is None:
        return "root"
    if host.i == ctx.head.i or host.i in ctx.trigger_tokens:
        return "direct"
    if ctx.light_verb is not None and host.i == ctx.light_verb.i:
        return "light"
    if ctx.clause_verb is not None and host.i == ctx.clause_verb.i:
        return "clause"
    if host.i in ctx.objects:
        return "object"
    if host.i in subtree:
        return "inside"
    if host.i in above:
        return "above"
    return "apart"


def _event_noun(tok: "Token") -> bool:
    """An attack noun of the locative lexicon ('raids', 'strikes', 'bombing'; data/locative.json)."""
    nouns = _event_nouns()
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in nouns or tok.lemma_.lower() in nouns)


@dataclass
class Around:
    """What `features` reads of the trigger and of the sentence's places alike for each candidate of one
    `Context`, read once per context (`around`) rather than once per candidate (issue 17): the trigger's subtree
    (with the light verb's) and ancestors, the event's and the places' tokens, and each candidate's phrase top
    (`_phrase_top`, which `features` also asks of every other candidate, and `with_comparisons` of all)."""

    subtree: set[int]
    above: set[int]
    event_tokens: set[int]
    place_tokens: set[int]
    tops: dict[int, tuple["Token", list[str]]]  # id(candidate) -> (its phrase top, the marks of the climb)
    facility: dict[int, bool]  # id(candidate) -> `is_facility` of it


def around(ctx: Context) -> Around:
    """The `Around` of a context: the same values `features` computed per candidate before."""
    doc = ctx.head.doc
    subtree = set(subtree_indexes(ctx.head))  # (walked once per trigger and document, not per place)
    if ctx.light_verb is not None:
        subtree |= set(subtree_indexes(ctx.light_verb))
    return Around(
        subtree=subtree,
        above={a.i for a in ctx.head.ancestors},
        event_tokens={ctx.head.i, *ctx.trigger_tokens, *([ctx.light_verb.i] if ctx.light_verb is not None else [])},
        place_tokens={i for o in ctx.candidates for i in range(o.start, o.end)},
        tops={id(o): candidate_top(o, doc) for o in ctx.candidates},
        facility={id(o): is_facility(o.toponym, doc, o.end) for o in ctx.candidates})


def features(ctx: Context, c: Candidate, near: Around | None = None) -> tuple[dict[str, float], str]:
    """Features of one (trigger, place) pair, and the host kind of its attachment. `near`: `around(ctx)`, when the
    caller reads every candidate of the context (`with_comparisons`); read here when not given."""
    if near is None:
        near = around(ctx)
    doc = ctx.head.doc
    t = c.toponym
    inside = set(range(c.start, c.end))
    root = doc[c.root]
    top, marks = near.tops[id(c)]
    cls, host, attach = _prep_above(top)
    # The word just before the place, whatever the parse made of it: headlines and report lines
    # ("Near Ar Raqqah, one strike ...") are parsed poorly, their prepositions are not. A place
    # right after a preposition the parse lost is read as that preposition's object, attached
    # to the event's clause when it opens the sentence.
    before = doc[c.start - 1] if c.start > ctx.span_start else None
    first = doc[c.start]
    left = first.lower_ if first.lower_ in PREP_CLASS and c.end - c.start > 1 else (before.lower_ if before else "")
    # ... unless the place premodifies an event noun that preposition governs ('from [Aleppo] bus
    # convoy bomb attack', 'killed in [Israeli] raids': the preposition's object is the attack, the
    # place is the attack's own or its actor's origin; not 'in [Mada] districts', where the place is
    # the noun's)
    premodifier = (top.dep_ in NOUN_MODIFIERS and top.head.i >= c.end and before is not None
                   and top.head.head.i == before.i
                   and (top.head.i == ctx.head.i or _event_noun(top.head)))
    reparsed = cls == "none" and left in PREP_CLASS and not premodifier
    if reparsed:
        cls = PREP_CLASS[left]
        if c.start - ctx.span_start <= 1 and ctx.clause_verb is not None:
            host = ctx.clause_verb
    subtree, above = near.subtree, near.above
    hk = _host_kind(host, ctx, subtree, above)
    role = top.dep_ if cls == "none" else "pobj"
    role = {"nsubjpass": "dobj", "attr": "dobj", "oprd": "dobj", "npadvmod": "adv", "advmod": "adv"}.get(role, role)
    if role not in ("dobj", "nsubj", "pobj", "compound", "amod", "poss", "adv", "ROOT", "appos", "conj"):
        role = "other"
    # How the phrase attaches, by preposition and as what argument: each alone. Their pairs
    # (host x preposition, host x role: 98 features) fitted the tune part and nothing more: with or
    # without them the 5-fold CV inside tune over 7 fold partitions is .835/.795 (evloc19).
    f: dict[str, float] = {
        f"host={hk}": 1.0,
        f"prep={cls}": 1.0,
        f"role={role}": 1.0,
        f"prec={_precision(t)}": 1.0,
    }
    f[f"left={PREP_CLASS.get(left, 'none')}"] = 1.0
    if reparsed:
        f["reparsed"] = 1.0
    if t.relative:
        f[f"relative={t.relative.get('kind')}"] = 1.0
    if c.root in ctx.objects or top.i in ctx.objects:
        f["frame_object"] = 1.0
    if c.root in ctx.locatives or top.i in ctx.locatives:
        f["frame_locative"] = 1.0
    if "area" in marks:
        f["area_phrase"] = 1.0
    if "conj" in marks:
        f["coordinated"] = 1.0
    if is_demonym(t):
        f["demonym"] = 1.0
    if is_unplaced(t):
        f["unplaced"] = 1.0  # an argument name with no point: named, but nowhere to put it
    if is_unlisted(t):
        f["unlisted"] = 1.0
        if t.candidates[0].how == "argument":
            f["argument_name"] = 1.0  # kept by the event's grammar alone (events/argument_places.py)
    # A modifier of a noun: the actor's or organisation's origin ("Russian warplanes", "Syrian army").
    if top.dep_ in NOUN_MODIFIERS_OR_OWNER and top.head.i not in inside:
        f["modifier"] = 1.0
        # ... but a place modifying the event noun itself ('Aleppo airstrikes', 'the Idlib bombing',
        # headline grammar) is the event's own place, not an origin: only actors count here
        if top.head.i in ctx.actor_tokens:
            f["modifier_of_actor"] = 1.0
        if top.head.ent_type_ in ("ORG", "NORP"):
            f["modifier_of_org"] = 1.0
    # A whole country before a noun that is no place and no attack ('the U.S. soldier', "China's
    # attempts", 'the 1967 Mideast war'): the thing's owner, not the event's place (owner_modifier.py)
    if _names_a_country(t) and not is_demonym(t) and not is_unlisted(t) and not t.relative \
            and "modifier_of_actor" not in f \
            and owns_noun(top, inside, {ctx.head.i, *ctx.trigger_tokens}, AREA_NOUNS):
        f["country_owner"] = 1.0
    # A place inside a clause that modifies another noun ('a trader who witnessed the incident in
    # Adjame', 'gunboats used by Iran'): where that noun's referent is or acted (clause_relation.py)
    if modifier_clause(top, near.event_tokens, near.place_tokens, AREA_NOUNS) is not None:
        f["modifier_clause"] = 1.0
    if any(i in ctx.actor_tokens for i in inside):
        f["in_actor"] = 1.0
        if cls == "from":
            # a side named after 'from' ('fighters from Jabhat Al-Nusra', 'captured the towns from the
            # RCD-ML'): whose men they were or whom a place was taken from, not where it happened
            f["actor_after_from"] = 1.0
    if root.ent_type_ in ("ORG", "NORP", "PERSON"):
        f[f"ent={root.ent_type_}"] = 1.0
        if "unlisted" in f:
            # a name kept with no gazetteer entry of its own that the NER calls a person or an
            # organisation ('shot Millan', 'the office of Yirenping'): weaker evidence of a place
            # than the label of a name the gazetteer knows
            f[f"unlisted_ent={root.ent_type_}"] = 1.0
    if any(i in ctx.distance_tokens for i in inside):
        f["distance_anchor"] = 1.0  # 'X, 75 kilometers southeast of Y': Y is where X is measured from
    # The place of another event noun of the sentence ('a day after a rally in Moscow', 'the
    # bombing of the embassy in Nairobi'): not hung from the trigger, but from an event of its own.
    if host is not None and hk not in ("direct", "light") and _event_noun(host):
        f[f"event_noun_host={hk}"] = 1.0
    if host is not None and host.lemma_.lower() in SPEECH_LEMMAS and hk != "direct":
        f["speech_host"] = 1.0
    # The trigger is a speech verb and the place is inside what it reports ('Activists said that ...
    # struck ... in Aleppo'): the reported event's place, not the saying's (the speaker's own place
    # hangs from the verb itself: 'said in Damascus').
    if hk == "inside" and ctx.head.lemma_.lower() in SPEECH_LEMMAS:
        f["reported_clause"] = 1.0
    # A country (or province) holding another place named beside it only locates that place.
    others = [o for o in ctx.candidates if o is not c]
    if any(contains(t, o.toponym) for o in others):
        f["contains_other"] = 1.0
    # "Hama in central Syria", "Doha, Qatar": the phrase hangs from another place, or (whatever
    # the parse says) follows one through "in" or a comma: "al-Mayadin city in the eastern countryside of Y".
    if host is not None and any(o.start <= host.i < o.end or near.tops[id(o)][0].i == host.i for o in others):
        f["locates_other"] = 1.0
    prev = c.start - 1 if first.lower_ not in PREP_CLASS else c.start
    # ('X in the northern Y', 'X and Z in eastern Y': the article and the compass word are no break)
    while prev > ctx.span_start and doc[prev].is_lower and doc[prev].pos_ in ("DET", "ADJ") and \
            doc[prev].lower_ not in PREP_CLASS:
        prev -= 1
    if prev > ctx.span_start and doc[prev].lower_ in ("in", ",", "of"):
        k = prev - 1
        while k > ctx.span_start and doc[k].lower_ in AREA_NOUNS:
            k -= 1
        held = [o for o in others if o.start <= k < o.end]
        # 'the Huriyah neighborhood of Baghdad' but not 'the Baghdad neighborhood of al-Adamiyah':
        # after 'of' only the coarser of the two holds the other
        if doc[prev].lower_ == "of":
            held = [o for o in held if k < prev - 1 and not _coarser(o.toponym, t)]
        if held:
            f["after_other_place"] = 1.0
    # ('X, a village in Y', 'X and Z sectors in Y': the sentence's own 'in' names the holder too)
    if any(text_holds(c, o, ctx) for o in others):
        f["after_other_place"] = 1.0
    # ... and the mirror: a place followed by the place that holds it ('Buwa village in Ibi',
    # 'the Huriyah neighborhood of Baghdad', 'Mubi, Adamawa State'): the finer of the two,
    # the one the sentence names the event's place by.
    k = c.end
    while k < ctx.span_end and doc[k].lower_ in AREA_NOUNS:
        k += 1
    if k < ctx.span_end - 1 and doc[k].lower_ in ("in", ",", "of"):
        k += 1
        while k < ctx.span_end and (doc[k].lower_ == "the" or doc[k].lower_ in AREA_NOUNS):
            k += 1
        if any(o.start == k for o in others):
            f["before_other_place"] = 1.0
            if "after_other_place" not in f:
                f["first_of_chain"] = 1.0
    # A building named with the town it stands in ('the al-Meshahda mosque in Huriyah', 'the Al-Quds
    # Hospital in Aleppo'): which of the two is coded varies (the weights decide; docs/event-location.md
    # evrole25 counts them), so the building and its host are each marked.
    if near.facility[id(c)] and any(named_host(c, o, ctx) for o in others):
        f["facility_with_host"] = 1.0
    if any(near.facility[id(o)] and named_host(o, c, ctx) for o in others):
        f["host_of_facility"] = 1.0
    if person_origin(top):
        f["person_origin"] = 1.0
    if in_grievance(c, ctx):
        f["in_grievance"] = 1.0
    # A region set at the head of the sentence with a finer place inside the clause after it ('In
    # Diyala province, five ... were killed ... near Mandali'): the region only frames the report.
    if fronted_setting(c, ctx) and any(o.start > c.end and _coarser(t, o.toponym) for o in others):
        f["fronted_region"] = 1.0
    # The speaker's side of a report: the place hangs (through a noun such as 'a spokesman in X')
    # from the reporting verb that governs the event.
    if hk in ("apart", "above") and host is not None:
        chain = [host, *host.ancestors]
        if any(a.lemma_.lower() in SPEECH_LEMMAS and a.i in above for a in chain):
            f["speaker_side"] = 1.0
    if not others:
        f["only_place"] = 1.0
    d = c.root - ctx.head.i
    bucket = next((name for lim, name in DISTANCE_BUCKETS if abs(d) <= lim), "far")
    f[f"dist={bucket}"] = 1.0
    f["before" if d < 0 else "after"] = 1.0
    # Dateline ("BAGHDAD (AP) —"): the place of filing, often not the event's.
    if c.start - ctx.span_start <= 1 and c.end < ctx.span_end and doc[c.end].text in ("(", "—", "-", "–", ",", ":") \
            and t.text.isupper():
        f["dateline"] = 1.0
    return f, hk


def text_holds(outer: Candidate, inner: Candidate, ctx: Context) -> bool:
    """Does the sentence name `outer` as the place `inner` lies in ('Buwa village in Ibi', 'Miringa,
    a village in Biu': events/place_nesting.py)? Not when the inner name is a country or a demonym:
    a country named before 'in' is an origin ('US troops in Iraq', 'outside the US consulate in Auckland'),
    never a part of the place after. The order first (`named_within` needs the outer name after the inner): of the
    sentence's pairs of places, half fail it, before the other places' tokens are gathered."""
    if outer.start <= inner.end:
        return False
    t = inner.toponym
    if is_demonym(t) or _precision(t) == "country" or (t.place is not None and t.place.precision == "country"):
        return False
    names = {i for o in ctx.candidates if o is not outer for i in range(o.start, o.end)}
    return named_within(ctx.head.doc, inner.end, outer.start, names)


def text_nests(outer: Candidate, inner: Candidate, ctx: Context) -> bool:
    """Does the sentence name `outer` as the place `inner` lies in: after it ('X village in Y', `text_holds`) or
    as its owner before it ("in Manhattan's Chelsea section", `named_as_owner`)? The owner is no demonym and the
    owned place no country, as in `text_holds`; the gazetteer must not contradict the text (the owner the
    bigger, in the same country): "Turkey's Afrin offensive" names an actor's operation, not a nesting."""
    if text_holds(outer, inner, ctx):
        return True
    t, o = inner.toponym, outer.toponym
    if is_demonym(t) or is_demonym(o) or _precision(t) == "country" or \
            (t.place is not None and t.place.precision == "country"):
        return False
    return (named_as_owner(ctx.head.doc, outer.end, inner.start) and _coarser(o, t)
            and o.place is not None and t.place is not None and o.place.country == t.place.country)


def _bigger(a: Candidate, b: Candidate, ctx: Context) -> bool:
    """Is place a the coarser of two: as the sentence nests them when it does ('X in Y'), else by
    the gazetteer (`_coarser`)."""
    if text_holds(a, b, ctx):
        return True
    if text_holds(b, a, ctx):
        return False
    return _coarser(a.toponym, b.toponym)


def named_host(site: Candidate, other: Candidate, ctx: Context) -> bool:
    """Is `other` named as the place `site` lies in, in the same phrase: right after it through
    'in', a comma or 'of' (an article, a compass word or an area noun between: 'the X mosque in the
    northern Y neighborhood'), or hanging by the parse from the site's phrase through 'in' or 'of'?"""
    doc = ctx.head.doc
    k = site.end
    if k < ctx.span_end and doc[k].lower_ in words().site_heads:
        k += 1  # the site's head word outside its name ('the [Mandovi] bridge in Goa')
    if k < ctx.span_end and doc[k].lower_ in ("in", ",", "of"):
        k += 1
        while k < ctx.span_end and doc[k].is_lower and (doc[k].pos_ in ("DET", "ADJ") or doc[k].lower_ in AREA_NOUNS):
            k += 1
        if other.start == k:
            return True
    top, _ = candidate_top(other, doc)
    cls, host, _ = _prep_above(top)
    return cls in ("in", "of") and host is not None and site.start <= host.i <= k


def person_origin(top: "Token") -> bool:
    """Is the place a person's home or origin ('Erland Almaas, 18, of Norway', 'a U.N. worker from
    Poland')? The place phrase is the object of 'of' or 'from' hanging from a person: a name the
    NER calls a person, or a person noun of data/fatalities.json (the victims the fatality counter
    reads). Where someone comes from is not where something happened to them."""
    if top.dep_ != "pobj" or top.head.lower_ not in ("of", "from"):
        return False
    person = top.head.head
    w = fatality_words()
    return person.i != top.head.i and (person.ent_type_ == "PERSON" or person.lower_ in w.singular_persons
                                       or person.lower_ in w.loss_nouns)


def grievance_tokens(ctx: Context) -> set[int]:
    """The tokens of what a protest protests ('protested against [the Israeli air offensive in
    Gaza]', 'rallied against [the bombing of the embassy in Belgrade]'): after a grievance phrase
    of data/fatalities.json (the same list the fatality counter reads), the subtree of its last
    word, unless the trigger itself is inside it. Why: ACLED codes a protest where the protesters
    are; a place inside the grievance is where the protested event happened."""
    out: set[int] = set()
    for inside in grievance_subtrees(ctx.head.doc, ctx.span_start, ctx.span_end):
        if ctx.head.i not in inside:
            out |= inside
    return out


GRIEVANCE_TABLE = "place_role.grievance_subtrees"


def grievance_subtrees(doc: "Doc", start: int, end: int) -> tuple[frozenset[int], ...]:
    """For each grievance phrase in tokens start..end (the first phrase listed for its first word
    that the words match), the subtree of its last word after the phrase, in order. A reading of
    the sentence alone, kept while the document is current (`doc_table`, keyed by the bounds):
    each place of each event of the sentence asks `grievance_tokens`, which only drops the
    subtrees that hold its trigger."""
    table = doc_table(doc, GRIEVANCE_TABLE)
    got = table.get((start, end))
    if got is None:
        got = table[(start, end)] = _read_grievance_subtrees(doc, start, end)
    return got


def _read_grievance_subtrees(doc: "Doc", start: int, end: int) -> tuple[frozenset[int], ...]:
    phrases = fatality_words().grievance_phrases
    lowers = doc_lowers(doc)  # the document's lower-case forms: no Token per word
    out: list[frozenset[int]] = []
    for i in range(start, end):
        for phrase in phrases.get(lowers[i], ()):
            j = i + len(phrase)
            if j <= end and tuple(lowers[i:j]) == phrase:
                out.append(frozenset(t.i for t in doc[j - 1].subtree if t.i >= j))
                break
    return tuple(out)


def in_grievance(c: Candidate, ctx: Context) -> bool:
    """Is the place named inside what a protest protests (`grievance_tokens`)?"""
    return c.root in grievance_tokens(ctx)


def fronted_setting(c: Candidate, ctx: Context) -> bool:
    """Does the place open the sentence as a scene-setting adverbial set off by a comma ('In Diyala
    province, five ... were killed ... near Mandali', 'South of Baghdad, ...')? Such a phrase
    names the region a report is about; a place named inside the clause after it is the event's
    finer place. The opening phrase: a preposition or a compass phrase, its place, its area words,
    then a comma, all before the trigger."""
    doc = ctx.head.doc
    if c.end >= ctx.head.i or c.start - ctx.span_start > 4:
        return False
    opening = [t for t in doc[ctx.span_start:c.start] if not t.is_punct]
    # after a linking adverb at most ('Meanwhile, in X', 'Separately in X'): a preposition or a compass word
    while opening and opening[0].pos_ == "ADV" and opening[0].lower_ not in words().compass_words:
        opening = opening[1:]
    if not opening or not (opening[0].lower_ in PREP_CLASS or opening[0].lower_ in words().compass_words):
        return False
    k = c.end
    while k < ctx.head.i and doc[k].lower_ != "," and (doc[k].lower_ in AREA_NOUNS or doc[k].is_lower and
                                                       doc[k].pos_ in ("ADJ", "DET", "ADP", "NOUN")):
        k += 1
    return k < ctx.head.i and doc[k].lower_ == ","


def is_facility(t: Toponym, doc: "Doc", end: int) -> bool:
    """A named building, road or installation ('the al-Meshahda mosque', 'the Mandovi bridge'), not
    a populated place or one of its parts: its head word (its own last word or the word after it,
    token `end`) is a site head of data/locative.json that is not a place's suffix noun ('district',
    'neighbourhood', 'suburb' name parts of a town, which ACLED codes as locations). The NER's FAC
    label is not used: it takes villages ('Busue Village') as often. Why: ACLED's location is a
    populated place or a part of one, a building is where in it; whether a coder then codes the
    building or its town is left to the fitted weights."""
    heads = _facility_heads()
    last = t.text.split()[-1].lower() if t.text.split() else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return last in heads or after in heads


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    """The site heads of data/locative.json that are no place's suffix noun (`is_facility`), built once: each
    candidate of each event asks for every other candidate of its sentence."""
    w = words()
    return frozenset(w.site_heads - w.suffix_nouns)


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """Nouns naming an attack or a battle (data/locative.json attack_nouns, one list for all readers)."""
    return words().attack_nouns


MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "must"})


def trigger_features(ctx: Context) -> dict[str, float]:
    """What the trigger itself says about having a place at all: a modal or infinitive event
    ("would cause", "to enter") or a negated one often has none; a noun event is placed by
    its own phrase more than a verb is by the sentence."""
    h = ctx.head
    f = {f"trig_pos={'noun' if h.pos_ in ('NOUN', 'PROPN') else 'verb' if h.pos_ in ('VERB', 'AUX') else 'other'}": 1.0,
         f"trig_dep={h.dep_ if h.dep_ in ('ROOT', 'conj', 'advcl', 'xcomp', 'ccomp', 'relcl', 'acl', 'pcomp', 'dobj', 'nsubj', 'pobj') else 'other'}": 1.0}
    kids = [c.lower_ for c in h.children]
    if any(k in MODALS for k in kids):
        f["trig_modal"] = 1.0
    if "to" in kids and h.tag_ == "VB":
        f["trig_infinitive"] = 1.0
    if any(c.dep_ == "neg" for c in h.children):
        f["trig_negated"] = 1.0
    if h.lemma_.lower() in SPEECH_LEMMAS:
        f["trig_speech"] = 1.0
    n = len(ctx.candidates)
    f[f"places={min(n, 3)}"] = 1.0
    return f


def _logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


HOST_RANK = {"direct": 0, "light": 1, "clause": 1, "object": 2, "inside": 3, "above": 4, "apart": 5, "root": 5}
# Attachments by which a frame locative comes from the governing clause rather than from the
# trigger (`with_comparisons`).
INHERITED_HOSTS = frozenset({"clause", "above", "apart", "root"})


def with_comparisons(ctx: Context) -> list[tuple[Candidate, dict[str, float], str]]:
    """Each candidate's features plus how it compares with the sentence's other places: the
    most closely attached to the trigger, the nearest to it (a ranking needs both)."""
    near = around(ctx)  # the trigger's and the places' values, read once for all candidates
    rows = [(c, *features(ctx, c, near)) for c in ctx.candidates]
    shared = trigger_features(ctx)
    for _, f, _ in rows:
        f.update(shared)
    if len(rows) > 1:
        bigger: dict[tuple[int, int], bool] = {}

        def is_bigger(a: Candidate, b: Candidate) -> bool:
            """`_bigger(a, b, ctx)`, read once per ordered pair of this context (each pair is asked from both
            of its places' rows below)."""
            key = (id(a), id(b))
            got = bigger.get(key)
            if got is None:
                got = bigger[key] = _bigger(a, b, ctx)
            return got

        # Two places in one phrase ('the Huriyah neighborhood of Baghdad', 'the Baghdad
        # neighborhood of al-Adamiyah'): the coarser of them only locates the other.
        tops = {id(c): near.tops[id(c)][0].i for c, _, _ in rows}
        for c, f, _ in rows:
            if any(o is not c and tops[id(o)] == tops[id(c)] and _coarser(c.toponym, o.toponym) for o, _, _ in rows):
                f["coarser_in_phrase"] = 1.0
            if not any(o is not c and is_bigger(c, o) for o, _, _ in rows) and \
                    any(o is not c and is_bigger(o, c) for o, _, _ in rows):
                # the most specific place the sentence gives ('In Latehar, forces marched towards
                # Tilaiya Damar village', 'the Latakia town of Kabbani'): an event is coded at it
                f["finest_place"] = 1.0
        # A participle or infinitive trigger inherits the locatives of the clause it hangs from
        # (triggers.frame_of: 'shot down over Syria, killing all five': the clause's place). Marked
        # apart, since the inherited place often only says where the larger operation was ('launched
        # an offensive in the Homs countryside, targeting the village of X'); the weights decide.
        for c, f, hk in rows:
            if "frame_locative" in f and hk in INHERITED_HOSTS:
                f["inherited_locative"] = 1.0
        best_rank = min(HOST_RANK.get(hk, 5) for _, _, hk in rows)
        best_dist = min(abs(c.root - ctx.head.i) for c, _, _ in rows)
        for c, f, hk in rows:
            if HOST_RANK.get(hk, 5) == best_rank:
                f["closest_attachment"] = 1.0
            if abs(c.root - ctx.head.i) == best_dist:
                f["nearest_place"] = 1.0
    return rows


def score_all(ctx: Context, weights: Weights) -> list[Scored]:
    out = []
    for c, f, hk in with_comparisons(ctx):
        s = weights.score(f)
        out.append(Scored(c, f, s, _logistic(s), hk))
    return out


def finest_held(best: Scored, scored: list[Scored], threshold: float, ctx: Context) -> Scored:
    """The finest place the sentence nests inside the chosen one ('Sawjian area in Poonch district', 'residents of
    Nyamilima in Nord Kivu province'), when it clears the threshold too: the text names the container only to say
    where the finer place is, and an event is coded at the most specific place the sentence gives it (the native
    coder's rule, `lang.finest_place.without_containers`, here over the text's own nesting, `text_nests`). Not a
    building or a road ('marched down Pennsylvania Avenue in Washington'): whether a coder codes it or its town is
    the fitted weights' to say (`is_facility`)."""
    doc = ctx.head.doc
    held = [s for s in scored if s is not best and s.probability >= threshold
            and text_nests(best.candidate, s.candidate, ctx)
            and not is_facility(s.candidate.toponym, doc, s.candidate.end)]
    if not held:
        return best
    finest = without_containers([best, *held], lambda big, small: text_nests(big.candidate, small.candidate, ctx))
    return max(finest, key=lambda s: s.score)


def clock_zone(c: Candidate, doc: "Doc") -> bool:
    """Does the place name a clock ('11 A.M. (Damascus Time)', 'at dawn Moscow time')? The hour is given by
    the place's time zone, which says nothing of where the event is: a report from a front line names its
    capital's clock. The next word is a clock noun (data/place_role_words.json) and no noun follows it
    ('a time bomb')."""
    k = c.end
    if k >= len(doc) or doc[k].lower_ not in word_lists("place_role_words.json")["clock_nouns"]:
        return False
    return k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN")


def people_noun(c: Candidate, doc: "Doc") -> bool:
    """Is the place a demonym standing as a noun of its own ('at least 75 Palestinians were wounded', 'gunmen
    captured two Germans', 'the bomber was an Afghan')? Such a word names people, who are no ground: the event is
    where they were, which the sentence gives elsewhere or not at all. As a modifier ('Lebanese villages', 'the
    Syrian army') the demonym keeps its country's reading and the fitted weights judge it (`modifier`,
    `demonym`). By the parse: the head of its own phrase in a nominal role (data/place_role_words.json
    people_noun_deps)."""
    if not is_demonym(c.toponym) or c.toponym.relative:
        return False
    root = doc[c.root]
    return root.dep_ in word_lists("place_role_words.json")["people_noun_deps"]


def victim_name(c: Candidate, doc: "Doc") -> bool:
    """Is the place a name in the victim's slot of a verb whose object is always a person: its direct object or
    passive subject ('brutally murdering their maid Sonu', 'Monika was allegedly murdered', 'assailants shot Oudeh
    seven times', data/place_role_words.json person_object_verbs)? The small model and the gazetteer take many
    given names for towns; in that slot the name is the one harmed, and the event's place, if any, is named
    elsewhere. Not a relative place (a fronted 'South of Baghdad, ten people were killed' that the parser reads as
    the subject) nor a name ending in its own place noun ('Khana LGA', 'Bama Town')."""
    t = c.toponym
    if t.relative or c.end <= c.start:
        return False
    root = doc[c.root]
    if root.dep_ not in ("dobj", "obj", "nsubjpass") or root.head.lemma_.lower() not in \
            word_lists("place_role_words.json")["person_object_verbs"]:
        return False
    return doc[c.end - 1].lower_ not in words().suffix_nouns


def acting_party(c: Candidate, doc: "Doc") -> bool:
    """Is the place a party that acts rather than the ground: the agent of a passive verb ('six gunboats used by
    Iran', 'ceded by Spain'), or a country as the subject of a verb of action ('Russia has warned', 'Norway brokered a
    truce', 'the statement of Russia killing ISIS leader Adnani')? A state named so is an actor, as its army would
    be; the event's place, if any, is named elsewhere. Not a 'by' phrase of a verb of lying beside ('bordered by
    Canada'), nor the subject of a verb the ground itself may have ('the Deir Ezzor Governorate has had its share of
    battles', 'Syria has witnessed', 'Miringa came under attack'), nor a town or a division as a subject, unless of a
    verb of attack or of harm ('Morgan would attack the state capital': the ground is not what attacks). Word lists:
    data/place_role_words.json spatial_agent_verbs, ground_subject_verbs, person_object_verbs; data/locative.json
    attack_verbs."""
    t = c.toponym
    if t.relative or is_demonym(t) or t.place is None or c.end <= c.start:
        return False
    root = doc[c.root]
    while root.dep_ == "conj" and root.head.pos_ in ("PROPN", "NOUN"):  # 'brokered by Moscow and [Washington]':
        root = root.head  # a later conjunct has the first one's role
    lists = word_lists("place_role_words.json")
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        return root.head.head.lemma_.lower() not in lists["spatial_agent_verbs"]
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = root.head.lemma_.lower()
    if verb in words().attack_verbs or verb in lists["person_object_verbs"]:
        return True  # 'Morgan would attack the state capital': who attacks or kills acts, whatever the place's size
    return t.place.precision == "country" and _precision(t) == "country" and verb not in lists["ground_subject_verbs"]


def side_after_from(s: Scored) -> bool:
    """Is the place a side named after 'from' that only the event's grammar made a place ('killed 40 fighters from
    Harakat Ahrar Al-Sham', 'captured buildings from Ajnad Al-Sham', 'took the towns from the RCD-ML'): a name with no
    gazetteer entry of its own (an argument or unlisted name, or one kept without a point) that the actor layer
    reads as a party (`actor_after_from`)? Whose men they were or whom a place was taken from, not where. The fitted
    weight of that feature is learnt on every place after 'from', where a town is an origin or a source as often;
    a name the gazetteer lacks and the actor layer knows is the side."""
    t = s.candidate.toponym
    return "actor_after_from" in s.features and (is_unlisted(t) or is_unplaced(t))


# A stated distance beyond a place's own countryside (the extent geo/relative gives 'the X countryside') puts the
# event away from its anchor: Context.far_distance_tokens.
FAR_DISTANCE_KM = PART_EXTENT_KM["countryside"]


def far_anchor(c: Candidate, ctx: Context) -> bool:
    """Is the place the anchor of a far stated distance ('X, 80 kilometers (50 miles) west of Baghdad')? Not the
    relative place itself, which is where the event is."""
    return not c.toponym.relative and c.end > c.start and all(i in ctx.far_distance_tokens
                                                              for i in range(c.start, c.end))


def past_far_anchor(best: Scored, scored: list[Scored], threshold: float, ctx: Context) -> Scored:
    """The best other place when the chosen one is the anchor of a far stated distance and another clears the
    threshold. The writer measures the event's place from a known one ('near Malawi, ... 260 kilometers (160 miles)
    south of Cairo', 'northeast of Karmah, 80 kilometers (50 miles) west of Baghdad'): the event is that far from
    the anchor, so not at it; beyond a place's own countryside (geo/relative.PART_EXTENT_KM) the fitted
    `distance_anchor` weight, learnt mostly from near anchors ('one km from the shrine'), is not enough. With no
    other place the anchor stays: the sentence gives nothing nearer."""
    if not far_anchor(best.candidate, ctx):
        return best
    others = [s for s in scored if s.probability >= threshold and not far_anchor(s.candidate, ctx)]
    return max(others, key=lambda s: s.score) if others else best


def choose(ctx: Context, weights: Weights | None = None) -> tuple[list[Scored], list[Scored]]:
    """(chosen places, all scored candidates): the best place when it clears the threshold,
    with the places coordinated with it that clear it too; none otherwise."""
    weights = weights or load_weights()
    doc = ctx.head.doc
    ctx = replace(ctx, candidates=[c for c in ctx.candidates if not actor_origin(
        c.toponym, doc[c.root], c.start, c.end, ctx.actor_tokens, ctx.main_country) and not clock_zone(c, doc)
        and not people_noun(c, doc) and not victim_name(c, doc) and not acting_party(c, doc)])
    scored = [s for s in score_all(ctx, weights) if not side_after_from(s)]
    if not scored:
        return [], scored
    best = max(scored, key=lambda s: (s.score, -abs(s.candidate.root - ctx.head.i)))
    if best.probability < weights.threshold:
        return [], scored
    best = finest_held(past_far_anchor(best, scored, weights.threshold, ctx), scored, weights.threshold, ctx)
    linked = {best.candidate.root} | {x.i for x in doc[best.candidate.root].conjuncts}
    chosen = [best]
    for s in sorted(scored, key=lambda s: -s.score):  # one per place: "northern Iraq" and its "Iraq" are one
        c = s.candidate
        if s.probability >= weights.threshold and c.root in linked and \
                not any(c.start < o.candidate.end and o.candidate.start < c.end for o in chosen):
            chosen.append(s)
    chosen.sort(key=lambda s: s.candidate.start)
    return chosen, scored
