"""Event triggers: a lexicon matched on lemmas, and the dependency frame of each match.

Why lemmas plus a parse rather than a trained classifier: there is no labelled event
corpus we may ship, and a lexicon keeps every coded event explainable (the trigger
word is stored with the event). The parse supplies what a word list cannot: who did
it (the subject, inherited through "are said to have seized", "after taking control",
coordinated verbs), what it was done to (objects, expanded over coordination and
apposition: "seized X, Y and Z" is three places), and where (locative prepositions).

The lexicon is data (data/triggers.csv, plus FRONTWATCH_TRIGGERS); the closed word
classes below (light verbs, locative prepositions) are grammar; the territory nouns are data too
(data/territory_nouns.json).
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from frontwatch.data_files import data_path, word_lists
from frontwatch.events import ontology
from frontwatch.events.munition_means import means_of_act
from frontwatch.events.participle_events import reported_participle
from frontwatch.events.reciprocal import reciprocal_partner
from frontwatch.events.telegraphic import (
    infinitive_misread,
    misread_noun,
    misread_verb,
    passive_misread,
    swallowed_object,
    swallowed_subject,
    swallowed_verb,
)
from frontwatch.nlp.deps import NOUN_MODIFIERS
from frontwatch.nlp.doc_memo import doc_column, doc_lemmas, doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

TRIGGERS_ENV = "FRONTWATCH_TRIGGERS"
FIELDS = ("phrase", "pos", "type", "strength", "requires", "negated_type", "frame")

# Verbs that carry no event of their own but take an event noun as object: the
# subject of "launched air strikes" / "held talks" is the agent of the strikes / talks.
LIGHT_VERBS = frozenset({
    "launch", "carry", "conduct", "stage", "mount", "begin", "hold", "start", "unleash", "step",
    "intensify", "resume", "continue", "make", "order", "use", "fire", "drop", "wage", "lead",
    "perform", "undertake", "organize", "organise", "join", "escalate", "announce", "claim", "execute",
    "initiate", "open", "renew", "sign", "reach", "hold", "call", "impose", "declare", "have",
})
# Prepositions whose object is where something happens (or where forces go / come from).
LOC_PREPS = frozenset({
    "in", "at", "near", "on", "to", "towards", "toward", "into", "outside", "around", "across", "inside",
    "from", "over", "throughout", "within", "along", "off", "onto", "upon", "beyond", "through", "against",
    "north", "south", "east", "west", "between", "nearby", "close",
})
# Nouns that stand for a place when no toponym is named ("seized the town"): data/territory_nouns.json, with the nouns
# that name ground only as what is taken ("captured several points"), not as what a strike hits.
_NOUN_LISTS = word_lists("territory_nouns.json")
TERRITORY_NOUNS = _NOUN_LISTS["territory_nouns"] | _NOUN_LISTS["ground_only_nouns"]
# Nouns a weapon word modifies when it names equipment, not its use ("mortar positions").
WEAPON_OBJECT_NOUNS = frozenset({
    "position", "system", "launcher", "site", "team", "crew", "factory", "depot", "cache", "storage", "facility",
    "battery", "emplacement", "platform", "workshop", "stockpile", "warehouse", "tube", "nest", "unit",
})
# What a strike can hit besides a named place or actor ("struck targets", not "struck a tone").
TARGET_NOUNS = _NOUN_LISTS["territory_nouns"] | frozenset({
    "target", "convoy", "vehicle", "truck", "car", "tank", "building", "house", "home", "hospital", "school",
    "market", "mosque", "church", "depot", "warehouse", "site", "infrastructure", "installation", "bunker",
    "tunnel", "launcher", "stronghold", "hideout", "positions", "military", "troop", "soldier", "fighter",
    "militant", "unit", "boat", "ship", "vessel", "aircraft", "plane", "helicopter", "radar", "weapon",
    "gathering", "hideout", "leader", "commander", "civilian", "people", "residential", "neighbourhood",
    "power", "grid", "substation", "pipeline", "well", "wellhead", "apartment", "hotel", "office",
    "defense", "defence", "fortification", "trench", "courthouse", "court", "barracks",
})
_GAP_POS = frozenset({"DET", "ADJ", "ADV", "NUM", "PRON", "PART", "NOUN", "PROPN"})
_GAP_TEXT = frozenset({"-", "‐", '"', "“", "”", "'", "’", "‘"})
MAX_GAP = 3
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# A `requires` of "subj:a|b": one of the lemmas must head the verb's subject ("troops arrived", "marines landed").
SUBJECT_REQ = "subj:"
# A `requires` of "carried:a|b": the noun is carried on by a verb, as its direct object or passive subject ("continued
# its operations against terrorists"), and one of the lemmas is an argument of the entry's other words (the 'against'
# phrase), not of the noun itself: a noun naming the war in a description ("an ally in the campaign against IS", "air
# support for army operations against IS") reports no act (diag56, docs/annotation/subtypes.md section 96).
CARRIED_REQ = "carried:"
# A `requires` of "means": the noun is the means of an act ("wounded in shells", "shells fell on X"): events/munition_means.py.
MEANS_REQ = "means"


class TriggerDataError(ValueError):
    pass


@dataclass(frozen=True)
class LexEntry:
    words: tuple[str, ...]
    pos: str  # V | N | A | ""
    type: str
    strength: float
    requires: str = ""
    negated_type: str | None = None
    frame: str = ""

    @property
    def phrase(self) -> str:
        return " ".join(self.words)

    @property
    def requires_lemmas(self) -> frozenset[str]:
        if self.requires in ("", "place", "agent", "target", "object", MEANS_REQ):
            return frozenset()
        lemmas = self.requires.removeprefix(SUBJECT_REQ).removeprefix(CARRIED_REQ)
        return frozenset(w.strip().lower() for w in lemmas.split("|") if w.strip())


# Irregular forms of lexicon verbs, for when the small model's lemmatiser leaves them as they are
# ("retook" → "retook"). Grammar, not lexicon: the lexicon names lemmas only.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "take": ("took", "taken"), "retake": ("retook", "retaken"), "overtake": ("overtook", "overtaken"),
    "overrun": ("overran",), "fall": ("fell", "fallen"), "shoot": ("shot",), "strike": ("struck",),
    "fight": ("fought",), "withdraw": ("withdrew", "withdrawn"), "beat": ("beaten",), "blow": ("blew", "blown"),
    "throw": ("threw", "thrown"), "lay": ("laid",), "send": ("sent",), "build": ("built",), "hold": ("held",),
    "break": ("broke", "broken"), "go": ("went", "gone"), "flee": ("fled",), "seek": ("sought",), "lead": ("led",),
    "meet": ("met",), "steal": ("stole", "stolen"), "tear": ("tore", "torn"), "hit": ("hit",),
}


@lru_cache(maxsize=8192)
def inflections(word: str) -> frozenset[str]:
    """Regular inflections of a lexicon word.

    Matching on the lemma alone fails when the small model's lemmatiser errs ("raped" →
    "rap"), so the surface forms of regular verbs and nouns are accepted too.
    """
    out = {word, word + "s", word + "ed", word + "d", word + "ing", *IRREGULAR.get(word, ())}
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):  # "clashes", "marches"; never "sit" -> "sites"
        out.add(word + "es")
    if word.endswith("e"):
        out |= {word[:-1] + "ing", word[:-1] + "ed"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        out |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return frozenset(out)


@dataclass
class Lexicon:
    entries: list[LexEntry]
    by_first: dict[str, list[LexEntry]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for e in self.entries:
            for form in inflections(e.words[0]):
                lst = self.by_first.setdefault(form, [])
                if e not in lst:
                    lst.append(e)
        for lst in self.by_first.values():
            lst.sort(key=lambda e: (-len(e.words), -e.strength))


def read_trigger_rows(path: Path) -> list[LexEntry]:
    """Rows of one trigger CSV (comment lines start with #); a bad row names file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TriggerDataError(f"{path}: cannot read trigger file ({exc.strerror or exc})") from None
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines:
        return []
    reader = csv.reader([line for _, line in lines])
    header = tuple(h.strip() for h in next(reader))
    if header[:3] != FIELDS[:3]:
        raise TriggerDataError(f"{path}:{lines[0][0]}: header must start with {','.join(FIELDS)}")
    out: list[LexEntry] = []
    for (lineno, _), row in zip(lines[1:], reader):
        row = [c.strip() for c in row] + [""] * (len(FIELDS) - len(row))
        phrase, pos, typ, strength, requires, negated, frame = row[: len(FIELDS)]
        where = f"{path}:{lineno}"
        if not phrase:
            raise TriggerDataError(f"{where}: empty phrase")
        if pos not in ("V", "N", "A", ""):
            raise TriggerDataError(f"{where}: pos must be V, N, A or blank, got {pos!r}")
        if not ontology.known(typ):
            raise TriggerDataError(f"{where}: unknown event type {typ!r}")
        if negated and not ontology.known(negated):
            raise TriggerDataError(f"{where}: unknown negated_type {negated!r}")
        try:
            s = float(strength or 0.5)
        except ValueError:
            raise TriggerDataError(f"{where}: strength must be a number, got {strength!r}") from None
        if not 0.0 <= s <= 1.0:
            raise TriggerDataError(f"{where}: strength must be within 0..1, got {s}")
        if frame not in ("", "fall"):
            raise TriggerDataError(f"{where}: frame must be blank or 'fall', got {frame!r}")
        out.append(LexEntry(tuple(phrase.lower().split()), pos, typ, s, requires, negated or None, frame))
    return out


def packaged_triggers_path() -> Path:
    return data_path("triggers.csv")


def load_lexicon(paths: Iterable[Path]) -> Lexicon:
    entries: list[LexEntry] = []
    for p in paths:
        entries.extend(read_trigger_rows(Path(p)))
    return Lexicon(entries)


@lru_cache(maxsize=4)
def _cached(env: str) -> Lexicon:
    extra = [Path(p) for p in env.split(os.pathsep) if p.strip()]
    return load_lexicon([packaged_triggers_path(), *extra])


def default_lexicon() -> Lexicon:
    """Packaged lexicon plus the user's files (FRONTWATCH_TRIGGERS), loaded once per setting."""
    return _cached(os.environ.get(TRIGGERS_ENV, ""))


# --------------------------------------------------------------------------- matching


@dataclass
class Trigger:
    entry: LexEntry
    tokens: list[int]  # doc token indices of the matched words
    head: "Token"  # syntactic head the frame is read from
    type: str  # internal type (may be generic until actors refine it)

    @property
    def text(self) -> str:
        doc = self.head.doc
        return doc[min(self.tokens):max(self.tokens) + 1].text


def _word_ok(tok: "Token", word: str) -> bool:
    return tok.lemma_.lower() == word or tok.lower_ == word or tok.lower_ in inflections(word)


def _pos_ok(tok: "Token", pos: str) -> bool:
    if pos == "V":  # an 'amod' with its own auxiliary is a verb the parser hung on its object ("has seized control")
        return ((tok.pos_ == "VERB" or tok.tag_.startswith("VB")) and (
            tok.dep_ != "amod" or any(c.dep_ == "aux" for c in tok.children))) or misread_verb(tok) \
            or passive_misread(tok) or infinitive_misread(tok)
    if pos == "N":
        return tok.pos_ in _NOUN_POS or tok.tag_.startswith("NN")
    if pos == "A":
        return tok.pos_ in ("ADJ", "ADV") or tok.tag_.startswith("JJ")
    return True


def _match(span: "Span", i: int, entry: LexEntry) -> list[int] | None:
    doc = span.doc
    # A nominal phrase is checked on its head noun ("explosive device": the adjective comes first).
    nominal = entry.pos == "N" and len(entry.words) > 1
    if not (_word_ok(doc[i], entry.words[0]) and (nominal or _pos_ok(doc[i], entry.pos)
                                                   or (entry.pos == "V" and verbless_cue(span, doc[i]))
                                                   or (entry.pos == "N" and verbless_noun(span, doc[i]))
                                                   or (entry.pos == "N" and misread_noun(doc[i])))):
        return None
    if nominal and doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ not in ("amod", "compound"):
        return None
    idx = [i]
    j = i + 1
    for w in entry.words[1:]:
        gap, found = 0, None
        while j < span.end and gap <= MAX_GAP:
            t = doc[j]
            if _word_ok(t, w):
                found = j
                break
            if t.pos_ in _GAP_POS or t.text in _GAP_TEXT:
                gap += 1
                j += 1
                continue
            break
        if found is None:
            return None
        idx.append(found)
        j = found + 1
    if nominal and not any(_pos_ok(doc[j], "N") for j in idx):
        return None  # "fall of", "explosive device": one of the words is the noun
    return idx


def has_finite_verb(span: "Span") -> bool:
    return any(t.tag_ in ("VBD", "VBP", "VBZ", "MD") for t in span)


def verbless_cue(span: "Span", tok: "Token") -> bool:
    """A verb cue tagged as a noun in a line with no finite verb: the small model reads
    telegraphic headlines ("SDF shell Manbij", "Jets bomb Ariha") as one noun phrase, so the
    line's only verb is the mis-tagged cue. Not the first word ("Shelling on X" is nominal)."""
    if tok.i == span.start or tok.pos_ not in _NOUN_POS or tok.i + 1 >= span.end:
        return False
    return not has_finite_verb(span)


def verbless_noun(span: "Span", tok: "Token") -> bool:
    """A nominal cue tagged as a participle in a line with no finite verb ("Azerbaijani shelling
    of Stepanakert": 'shelling' read as a verb modifying 'Azerbaijani')."""
    return tok.tag_ in ("VBG", "VBN") and not has_finite_verb(span)


def verbless_args(head: "Token", span: "Span | None") -> list["Token"]:
    """What a mis-tagged headline verb acts on: the words after it up to the next break, and
    the phrase it was parsed as modifying ("shell Manbij": Manbij)."""
    if span is None:
        return []
    out = []
    for t in head.doc[head.i + 1:span.end]:
        if t.is_punct or t.pos_ in ("ADP", "CCONJ", "SCONJ", "VERB", "AUX"):
            break
        out.append(t)
    return out + ([head.head] if head.head.i > head.i and head.head not in out else [])


def _head_of(span: "Span", idx: list[int]) -> "Token":
    doc = span.doc
    roots = [doc[i] for i in idx if doc[i].head.i not in idx or doc[i].head.i == i]
    head = roots[0] if roots else doc[idx[0]]
    # Adverbial triggers ("without a fight", "km from") describe the clause they attach to.
    steps = 0
    while head.pos_ in ("ADP", "ADV", "PART", "SCONJ") and head.head.i != head.i and steps < 3:
        head = head.head
        steps += 1
    return head


def argument_tokens(head: "Token", extra: Iterable["Token"] = ()) -> list["Token"]:
    """Tokens filling the trigger's argument slots (objects, passive subject, complements)."""
    out: list[Token] = []
    for t in (head, *extra):
        for c in t.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "xcomp", "compound", "amod", "dative", "pobj"):
                out.append(c)
            elif c.dep_ in ("prep", "agent"):
                out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    expanded: list[Token] = []
    for t in out:
        expanded.append(t)
        expanded.extend(t.conjuncts)
        for c in t.children:  # "one by one many major cities", "cache of weapons"
            if c.dep_ == "prep":
                expanded.extend(g for g in c.children if g.dep_ == "pobj")
    return expanded


def forms(tok: "Token") -> set[str]:
    """Lemma and surface forms, with a naive singular (the lemmatiser turns "bases" into "basis")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    if low.endswith("es"):
        out.add(low[:-2])
    if low.endswith("s"):
        out.add(low[:-1])
    return out


def _struck(head: "Token") -> list["Token"]:
    """What a verb of striking acts on: its object (or passive subject) and 'at/on/against' phrases."""
    out = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into", "upon"):
            out.extend(p for p in c.children if p.dep_ == "pobj")
    out = [_through_quantifier(t) for t in out]
    # a list of targets the parser chained through appositions ("the courthouse, the X building, ... and targets")
    listed = [a for t in out for a in t.children if a.dep_ == "appos"]
    return out + listed + [c for t in out + listed for c in t.conjuncts]


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _place_like(tok: "Token", place_tokens: set[int]) -> bool:
    """An argument that names a place: a toponym, a territory noun, a place or facility the
    parser recognised though the gazetteer did not, as the object taken ("seized the Kindi
    Hospital"), the place a quantifier counts ("most of the countryside"), or the antecedent
    of a relative pronoun ("the town, which was seized")."""
    for t in {tok, _through_quantifier(tok), _antecedent(tok)}:
        if t.i in place_tokens or forms(t) & TERRITORY_NOUNS or (
                t.ent_type_ in PLACE_ENTS and t.pos_ == "PROPN" and t.dep_ in ("dobj", "nsubjpass")):
            return True
    return False


def _antecedent(tok: "Token") -> "Token":
    """The noun a relative pronoun stands for ('which' in 'the town, which was seized'), else the token."""
    if tok.tag_ == "WDT" or tok.lower_ in ("which", "that"):
        verb = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if verb is not None:
            return verb.head
    return tok


def requirement_met(entry: LexEntry, head: "Token", matched: list["Token"], place_tokens: set[int],
                    actor_tokens: set[int], span: "Span | None" = None) -> bool:
    if not entry.requires:
        return True
    args = argument_tokens(head, [t for t in matched if t.i != head.i])
    if swallowed_verb(head):  # 'Al-Shabaab seizes town in X' parsed as one noun phrase
        args += argument_tokens(swallowed_object(head)) + [swallowed_object(head)]
    if head.dep_ == "acl" and head.tag_ == "VBN":  # a reduced relative: "the town captured by rebels",
        args.append(head.head)  # "Kidnapped schoolgirls released in Zamfara": the noun is what was taken
    if entry.requires == "place":
        if any(_place_like(t, place_tokens) for t in args):
            return True
        if entry.frame == "fall" and any(_place_like(c, place_tokens) for c in head.children
                                         if c.dep_ in ("nsubj", "nsubjpass")):
            return True  # the place is what falls: "most of the district has returned to regime control" (sub77)
        if entry.frame == "fall" or entry.pos == "N":
            return any(t.i in place_tokens for t in head.subtree)
        return False
    if entry.requires == "object":  # "took Afrin", "took the town"; not "took refuge in Aleppo"
        objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [c for o in objs for c in o.conjuncts]
        return any(_place_like(t, place_tokens) for t in objs)
    if entry.requires == "target":  # "struck targets/Gaza/an army convoy", not "struck a deal"
        struck = _struck(head) + (verbless_args(head, span) if entry.pos == "V" and head.pos_ in _NOUN_POS else [])
        return any(t.i in place_tokens or t.i in actor_tokens or forms(t) & TARGET_NOUNS for t in struck)
    if entry.requires == MEANS_REQ:  # "wounded in terrorist shells", not "the burned-out shells of the buildings"
        return means_of_act(head)
    if entry.requires == "agent":
        subj = subject_of(head, span)
        return subj is not None and (subj.i in actor_tokens or subj.pos_ == "PRON")
    if entry.requires.startswith(CARRIED_REQ):
        return carried_on(head) and any(forms(a) & entry.requires_lemmas for t in matched if t.i != head.i
                                        for a in argument_tokens(t))
    if entry.requires.startswith(SUBJECT_REQ):  # "a platoon of peacekeepers arrived", not "the letter arrived"
        subj = subject_of(head, span)
        return subj is not None and bool(forms(subj) & entry.requires_lemmas)
    lemmas = entry.requires_lemmas
    return any(forms(t) & lemmas for t in args)


def carried_on(noun: "Token") -> bool:
    """Whether a noun is what a verb carries on: its direct object or passive subject ("continued its operations",
    "operations were conducted"), the first of a coordination standing for the rest."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB"


def find_triggers(span: "Span", lexicon: Lexicon, *, place_tokens: set[int] = frozenset(),
                  actor_tokens: set[int] = frozenset(), excluded: set[int] = frozenset()) -> list[Trigger]:
    """Lexicon matches in a sentence, longest and strongest first, one per token and head."""
    doc = span.doc
    cands: list[tuple[LexEntry, list[int], Token]] = []
    # The document's columns, read once per document: a word opening no lexicon entry makes no Token
    lowers, lemmas, has_lemma = doc_lowers(doc), doc_lemmas(doc), doc_column(doc, "LEMMA")
    space, punct = doc_column(doc, "IS_SPACE"), doc_column(doc, "IS_PUNCT")
    for i in range(span.start, span.end):
        if space[i] or punct[i] or i in excluded:
            continue
        # (`doc_lemmas` falls back on the lower-case form for a word without lemma; the key was '' then)
        for key in {lemmas[i] if has_lemma[i] else "", lowers[i]}:
            for entry in lexicon.by_first.get(key, ()):
                idx = _match(span, i, entry)
                if idx is None or any(j in excluded for j in idx):
                    continue
                head = _head_of(span, idx)
                if head.dep_ == "acl" and not verbless_noun(span, head) and not (
                        entry.pos == "N" and misread_noun(head)) and (head.tag_ == "VBG" or (
                        head.tag_ == "VBN" and not ontology.get(entry.type).violent
                        and entry.type not in GENERIC_VIOLENCE)) and not reported_participle(head):
                    continue  # "a man accused of theft", "rebels fighting Assad": descriptions, not events
                if not requirement_met(entry, head, [doc[j] for j in idx], place_tokens, actor_tokens, span):
                    continue
                if len(idx) == 1 and entry.pos == "N" and head.dep_ in NOUN_MODIFIERS and \
                        forms(head.head) & WEAPON_OBJECT_NOUNS:
                    continue  # "struck two mortar positions", "a rocket launcher": a target, not a firing
                cands.append((entry, idx, head))
    cands.sort(key=lambda c: (-len(c[1]), -c[0].strength, c[1][0]))
    used: set[int] = set()
    heads: set[int] = set()
    out: list[Trigger] = []
    for entry, idx, head in cands:
        if used.intersection(idx) or head.i in heads:
            continue
        used.update(idx)
        heads.add(head.i)
        out.append(Trigger(entry, idx, head, entry.type))
    # "took control of X without a fight", "entered X unopposed": a takeover without fighting is
    # ACLED's non-violent transfer of territory, whichever cue won the head.
    for entry, idx, head in cands:
        if entry.type == "territory_transfer" and entry.pos != "V":
            for t in out:
                if t.head.i == head.i and t.type in ("territory_taken", "territory_regained"):
                    t.type = "territory_transfer"
    out.sort(key=lambda t: t.tokens[0])
    return _merge_nested(out)


GENERIC_VIOLENCE = frozenset({"attack", "armed_clash", "bombing", "destruction", "strike"})
# Verbs saying a complement did not happen: they set its modality, they are not events of their own.
NOT_DONE_VERBS = frozenset({"refuse", "decline", "fail"})


def _specific(a: str, b: str) -> str:
    """Of two types for one event, the more specific ("rocket" beats "attack")."""
    generic = GENERIC_VIOLENCE | {"explosive"}
    if a in generic and b not in generic:
        return b
    return a


def _violent(t: Trigger) -> bool:
    return t.type in GENERIC_VIOLENCE or ontology.get(t.type).violent


def _merge_nested(triggers: list[Trigger]) -> list[Trigger]:
    """One event per description.

    'rocket attack' is one shelling, 'talks to discuss' one consult, 'a suicide bomber
    blew himself up, killing six' one suicide bombing, 'intercepted two missiles' one
    disrupted weapons use, not a missile attack.
    """
    by_head = {t.head.i: t for t in triggers}
    drop: set[int] = set()
    for t in triggers:
        parent = by_head.get(t.head.head.i)
        if parent is not None and parent is not t and t.head.dep_ == "xcomp" and \
                parent.head.lemma_.lower() in NOT_DONE_VERBS:
            drop.add(parent.head.i)  # "refused to withdraw": one retreat, denied (see modality)
            continue
        if parent is not None and parent is not t:
            if t.head.dep_ in NOUN_MODIFIERS:
                parent.type = _specific(parent.type, t.type)
                parent.tokens = sorted(set(parent.tokens) | set(t.tokens))
                drop.add(t.head.i)
                continue
            if t.head.dep_ == "nsubj" and parent.type in GENERIC_VIOLENCE and t.type not in GENERIC_VIOLENCE \
                    and ontology.get(t.type).violent:
                # "airstrikes struck X", "rockets hit Kyiv": the means names the verb's event
                parent.type = t.type
                parent.tokens = sorted(set(parent.tokens) | set(t.tokens))
                drop.add(t.head.i)
                continue
            same = ontology.get(t.type).name == ontology.get(parent.type).name
            if t.head.dep_ in ("xcomp", "acl", "ccomp", "advcl", "relcl", "dobj", "pobj", "nsubj") and same:
                drop.add(t.head.i)
                continue
            if parent.type == "weapons_disrupted" and t.head.dep_ in ("dobj", "nsubjpass", "pobj"):
                drop.add(t.head.i)
                continue
    for t in triggers:  # after the nesting pass: a means folded into its verb is no rival any more
        if t.type in GENERIC_VIOLENCE and t.head.i not in drop:
            # a generic "attack"/"killing" told alongside a specific means is that same event
            own = clause_verb(t.head)
            for o in triggers:
                if o is t or o.head.i in drop or o.type in GENERIC_VIOLENCE or not _violent(o):
                    continue
                ov = clause_verb(o.head)
                if ov.i == own.i or (t.head.dep_ in ("advcl", "conj", "xcomp", "relcl", "acl")
                                     and t.head.head.i in (ov.i, o.head.i)):
                    drop.add(t.head.i)
                    break
    return [t for t in triggers if t.head.i not in drop]


# --------------------------------------------------------------------------- frames


@dataclass
class Frame:
    """The syntax around one trigger: agent, patient, objects, locatives and governing verbs."""

    head: "Token"
    agent: "Token | None" = None
    patient: "Token | None" = None
    objects: list["Token"] = field(default_factory=list)
    locatives: list["Token"] = field(default_factory=list)
    clause_verb: "Token | None" = None
    light_verb: "Token | None" = None


def _in(span: "Span", tok: "Token | None") -> bool:
    return tok is not None and span.start <= tok.i < span.end


def _closest(toks: list["Token"], anchor: "Token") -> "Token | None":
    if not toks:
        return None
    return min(toks, key=lambda t: (abs(t.i - anchor.i), t.i > anchor.i))


_QUANTIFIERS = frozenset({"one", "two", "three", "some", "many", "most", "all", "thousands", "hundreds",
                          "dozens", "several", "scores", "tens", "none", "few", "part", "members", "units"})


def _through_quantifier(tok: "Token") -> "Token":
    """'thousands of them', 'one of their commanders' act through the of-phrase."""
    if tok.lower_ in _QUANTIFIERS or tok.lemma_.lower() in _QUANTIFIERS or tok.pos_ == "NUM":
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return tok


through_quantifier = _through_quantifier


def subject_of(verb: "Token", span: "Span | None" = None, depth: int = 0) -> "Token | None":
    """The grammatical subject acting in a verb's clause, inherited where English omits it.

    Inherited through coordination ("seized X and are advancing"), control and raising
    ("are said to have seized", "ready to deploy"), participial and prepositional
    clauses ("after taking control"), and relative clauses ("forces who seized").
    """
    if depth > 8:
        return None
    span = span if span is not None else verb.sent
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and _in(span, c)]
    if subs:
        s = _closest(subs, verb)
        if s is not None and s.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            return verb.head
        return _through_quantifier(s) if s is not None else None
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return _through_quantifier(p)
    head = verb.head
    if head.i == verb.i or not _in(span, head):
        return None
    if verb.dep_ == "xcomp":
        objs = [c for c in head.children if c.dep_ == "dobj" and _in(span, c)]
        if objs and head.lemma_ in ("force", "order", "urge", "ask", "allow", "compel", "tell", "push"):
            return _through_quantifier(objs[0])
        subs = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and _in(span, c)]
        if subs:
            return _through_quantifier(_closest(subs, head))  # type: ignore[arg-type]
        return subject_of(head, span, depth + 1)
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX", "ADJ"):
        return subject_of(head, span, depth + 1)
    if verb.dep_ in ("pcomp",) and head.pos_ in ("ADP", "SCONJ"):
        return subject_of(head.head, span, depth + 1)
    if verb.dep_ in ("acomp",) :
        return subject_of(head, span, depth + 1)
    if verb.dep_ in ("acl", "relcl") and head.pos_ in _NOUN_POS:
        return head
    return None


def clause_verb(tok: "Token") -> "Token":
    """The nearest verb governing a token (itself if it is one)."""
    t = tok
    for _ in range(10):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def _noun_agent(noun: "Token", actor_tokens: set[int], modifiers: bool = True) -> "Token | None":
    """The doer named inside a noun phrase: its possessor or actor modifier ('Israeli strikes';
    not when `modifiers` is False), 'by'/'between'/'from' X, or a participle's agent."""
    for c in noun.children if modifiers else ():
        if c.dep_ == "poss":
            return c
    # (a noun read as a verb has its modifier as a 'subject': 'regime [airstrikes] on Idlib killed nine')
    mod_deps = NOUN_MODIFIERS | {"nsubj"} if misread_noun(noun) else NOUN_MODIFIERS
    for c in noun.children if modifiers else ():
        if c.dep_ in mod_deps and c.i in actor_tokens and (c.dep_ != "nsubj" or c.i < noun.i):
            return c
    for c in noun.children if modifiers else ():  # "[regime] air strikes", "[US]-led strikes": a modifier's modifier
        if c.dep_ in ("compound", "amod"):
            for cc in c.children:
                if cc.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod") and cc.i in actor_tokens:
                    return cc
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "between", "from"):
            for p in c.children:
                if p.dep_ == "pobj" and (p.i in actor_tokens or c.lower_ != "from"):
                    return _through_quantifier(p)
    if modifiers and noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.i < noun.i:
        for c in noun.head.children:  # "[regime] shelling and air strikes": the modifier is shared
            if c.dep_ in NOUN_MODIFIERS and c.i in actor_tokens and c.i < noun.head.i:
                return c
    for c in noun.children:  # "bombings [claimed by] IS", "barrel bombs [dropped from] army helicopters"
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for a in c.children:
                if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ in ("by", "from")):
                    p = next((x for x in a.children if x.dep_ == "pobj"), None)
                    if p is not None and p.i in actor_tokens:
                        return p
    return None


def _phrase_head(tok: "Token") -> "Token":
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _behind_means(tok: "Token | None", actor_tokens: set[int], modifiers: bool = True) -> "Token | None":
    """The actor behind a means or an act named where the actor should be: 'killed by
    [regime] air strikes', 'killed by shelling [from government forces]', 'the attack [by
    rebels] killed'. The token itself when it is an actor, a pronoun, or holds none."""
    if tok is None or tok.i in actor_tokens or tok.pos_ == "PRON" or not (
            tok.pos_ in _NOUN_POS or tok.tag_.startswith("NN") or tok.tag_ == "VBG"):
        return tok
    return _noun_agent(tok, actor_tokens, modifiers) or tok


@lru_cache(maxsize=1)
def fall_prepositions() -> frozenset[str]:
    """The prepositions whose phrase names the side a place falls or passes to in the 'fall' frame ('fell to rebels',
    'fell into the hands of IS', 'fell under rebel control', 'returned to regime control'): data/subtype_gains.json
    "fall_prepositions" (sub77, docs/annotation/subtypes.md section 95)."""
    return word_lists("subtype_gains.json")["fall_prepositions"]


def frame_of(trigger: Trigger, span: "Span", actor_tokens: set[int] = frozenset()) -> Frame:
    """Read agent, patient, objects and locatives of a trigger from the dependency parse."""
    head = trigger.head
    doc = head.doc
    matched = [doc[i] for i in trigger.tokens]
    fr = Frame(head=head)
    is_noun = head.pos_ in _NOUN_POS or head.tag_.startswith("NN")
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)

    if trigger.entry.frame == "fall":
        subs = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        fr.objects = subs[:1]
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in fall_prepositions():
                for p in c.subtree:
                    if p.i in actor_tokens:
                        fr.agent = p
                        break
    elif is_noun:
        fr.agent = _noun_agent(head, actor_tokens)
        if head.dep_ == "compound" and fr.agent is None:  # "fired [mortar] rounds": the phrase's head governs
            head = _phrase_head(head)
            fr.agent = _noun_agent(head, actor_tokens)
        gov = head.head
        if fr.agent is None and gov.pos_ in ("VERB", "AUX"):  # "clashes continued between X and Y"
            for c in gov.children:
                if c.dep_ == "prep" and c.lower_ == "between":
                    pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        fr.agent = pobj
                        fr.patient = pobj.conjuncts[0] if pobj.conjuncts else None
        if head.dep_ in ("dobj", "attr", "oprd") and gov.pos_ in ("VERB", "AUX"):
            if gov.lemma_.lower() in LIGHT_VERBS or head.dep_ == "attr" or gov.pos_ == "AUX":
                fr.light_verb = gov
                if fr.agent is None:
                    fr.agent = subject_of(gov, span)
        elif (head.dep_ == "pobj" and gov.lower_ in ("with", "using") and gov.head.pos_ == "VERB"
              and fr.agent is None):  # "rebels attacked government forces [with] car bombs"
            fr.agent = subject_of(gov.head, span)
        elif head.dep_ in ("nsubj", "nsubjpass") and gov.pos_ in ("VERB", "AUX"):
            fr.light_verb = gov  # "clashes erupted in X", "reinforcements are arriving"
            if fr.agent is None and head.dep_ == "nsubjpass":  # "the raids were carried out by [aircraft]"
                for c in gov.children:
                    if c.dep_ == "agent":
                        fr.agent = _behind_means(next((p for p in c.children if p.dep_ == "pobj"), None),
                                                 actor_tokens)
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("against", "on", "targeting", "at") and fr.patient is None:
                fr.patient = next((p for p in c.children if p.dep_ == "pobj"), None)
            if c.dep_ == "prep" and c.lower_ == "between":
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    fr.agent = fr.agent or pobj
                    conj = pobj.conjuncts
                    if conj:
                        fr.patient = conj[0]
            if c.dep_ == "prep" and c.lower_ == "with" and fr.patient is None:
                fr.patient = next((p for p in c.children if p.dep_ == "pobj"), None)
    else:
        if passive:
            fr.patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if fr.patient is None and head.dep_ == "xcomp":
                # "two soldiers were said to be killed", "are believed to have been captured": the subject the
                # passive inherits by raising is what it was done to, never its doer (act43)
                fr.patient = subject_of(head, span)
            for c in head.children:
                if c.dep_ == "agent":  # "by [strikes]", "by [shelling] from ..."
                    fr.agent = _behind_means(next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None),
                                             actor_tokens)
            if fr.agent is None:  # "were killed in [government] shelling", "in strikes [by the coalition]"
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ == "in":
                        p = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")
                                  and (x.pos_ == "NOUN" or x.tag_ == "VBG")), None)
                        if p is not None and p.i not in actor_tokens:
                            fr.agent = _noun_agent(p, actor_tokens)
                            if fr.agent is not None:
                                break
            if fr.agent is None:  # "were killed when [Russian jets] struck ..."
                for c in head.children:
                    if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as")
                                                 for m in c.children):
                        subj = subject_of(c, span)
                        if subj is not None and subj.i in actor_tokens:
                            fr.agent = subj
                            break
            if fr.agent is None and fr.patient is None:
                fr.agent = subject_of(head, span)
        elif swallowed_verb(head):  # 'Al-Shabaab seizes town in X': one noun phrase to the parser
            fr.agent = swallowed_subject(head, actor_tokens)
            fr.patient = swallowed_object(head)
            fr.objects.append(swallowed_object(head))
        else:
            fr.agent = subject_of(head, span)
            if fr.agent is not None and fr.agent.i in trigger.tokens:
                fr.agent = _noun_agent(fr.agent, actor_tokens)  # "Israeli strikes hit X": who struck
            else:  # a subject that is a means keeps its modifiers for the means ('a US drone killed')
                fr.agent = _behind_means(fr.agent, actor_tokens, modifiers=False)
            if fr.agent is None and head.tag_ == "VBG":  # "shelling [from government forces]"
                fr.agent = _noun_agent(head, actor_tokens)
            fr.patient = next((c for c in head.children if c.dep_ == "dobj" and c.i not in trigger.tokens), None)
            if fr.patient is not None:
                fr.patient = _through_quantifier(fr.patient)  # "arrested dozens of protesters"
        if fr.patient is None:
            for c in (x for t in matched for x in t.children):
                if c.dep_ == "prep" and c.lower_ in ("against", "on", "with", "at"):
                    pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if pobj is not None and pobj.i in actor_tokens:
                        fr.patient = pobj
                        break
        if fr.patient is None and not passive and fr.agent is not None and fr.agent.head == head \
                and fr.agent.dep_ == "nsubj" and fr.agent.i in actor_tokens:  # the clause's own subject only
            partner = reciprocal_partner(head, fr.agent)  # "X and Y clashed": Y is X's other side, no ally
            fr.patient = partner if partner is not None and partner.i in actor_tokens else None

    # Objects: what the event was done to (a place for takeovers), with coordination.
    if trigger.entry.frame != "fall":
        for t in matched + ([head] if head not in matched else []):
            if t.pos_ in ("VERB",) or t.tag_.startswith("VB"):
                for c in t.children:
                    if c.dep_ in ("dobj",) or (c.dep_ == "nsubjpass" and passive):
                        fr.objects.append(c)
                    if c.dep_ == "prt":  # "took over X" parses X as dobj of the verb
                        continue
            else:
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        fr.objects.extend(p for p in c.children if p.dep_ == "pobj")
                    if c.dep_ in ("compound",) and c.i not in trigger.tokens:
                        fr.objects.append(c)

    # Locatives: prepositional places on the trigger, its light verb and its objects.
    hosts = [head, *matched]
    if fr.light_verb is not None:
        hosts.append(fr.light_verb)
    if head.dep_ in ("advcl", "xcomp") and head.head.pos_ in ("VERB", "AUX"):
        hosts.append(head.head)  # "shot down over Syria, killing all five": the clause's place
    hosts.extend(fr.objects)
    seen: set[int] = set()
    for h in hosts:
        for c in h.children:
            if c.dep_ in ("prep", "advmod") and c.lower_ in LOC_PREPS and c.i not in seen:
                seen.add(c.i)
                for p in c.children:
                    if p.dep_ == "pobj":
                        fr.locatives.append(p)
                    elif p.dep_ == "prep":  # "close to X", "north of X"
                        fr.locatives.extend(g for g in p.children if g.dep_ == "pobj")
    fr.clause_verb = fr.light_verb or clause_verb(head)
    return fr


def expand(tokens: Iterable["Token"]) -> list["Token"]:
    """A noun phrase's place-bearing tokens: conjuncts, appositions, compounds, 'the town of X'."""
    out: list[Token] = []
    stack = list(tokens)
    seen: set[int] = set()
    while stack:
        t = stack.pop(0)
        if t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        for c in t.children:
            if c.dep_ in ("conj", "appos", "compound", "flat", "nmod"):
                stack.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                stack.extend(p for p in c.children if p.dep_ == "pobj")
    return out
