"""Who gains and who loses ground: features for the territory sub-types.

Why: ACLED's rule for a territory change is WHO gains it. State forces (and forces acting
for the state) regain territory; a non-state group overtakes it. The words of the sentence
cannot say that on their own: "Kurdish-led forces retook Manbij" is a non-state gain with a
'regain' verb and a 'forces' subject, "troops overran Daesh defences" a state gain with a
'take' verb, and a sentence about a territory change usually names both sides. So the side
is read from the capture verb's own arguments only:

- the gainer: the verb's subject, the agent of a passive ("seized by rebels"), the subject
  the verb shares with the clause it hangs from ("advanced and captured", "managed to
  retake", "..., seizing"), the noun a relative or participle clause modifies ("forces who
  captured"), the possessor of a nominal ("the army's recapture");
- the loser: "from X", an armed object ("expelled IS"), the holder of the place taken
  ("the rebel-held town", "held by the jihadists");
- the side of a noun phrase: the kind of the actor mention there (data/actors.csv,
  data/ucdp_actors.csv), else the word's own side (data/subtype_cues.json, "sides"), turned
  non-state by a non-state qualifier ("Kurdish-led forces", "opposition fighters", a group
  adjective that names no country) or state by a state one ("pro-government gunmen"); a unit
  the actor list does not name by its form (`unit_side`: "the 4th Division", "Forces from
  Brigade 67 of the 11th Tank Division", "the Republican Guard"), and a militia that fights
  for a state as its auxiliary ("the NDF") on the state's side (data/state_units.json).

Also whether the capture is only attempted ("launched an offensive to retake X", "trying to
recapture"): the rules make that an Armed clash.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.symbols import VERB

from frontwatch.data_files import data_json, word_lists
from frontwatch.events import ontology
from frontwatch.events.actor_units import is_numbered_unit
from frontwatch.events.coref import NEUTER_PRONOUNS, PLURAL_PRONOUNS
from frontwatch.events.subtype_features import Mention, cue_data, cues, denied_indexes
from frontwatch.events.telegraphic import infinitive_marker, infinitive_misread
from frontwatch.events.triggers import fall_prepositions
from frontwatch.nlp.doc_memo import (
    doc_column,
    doc_lemmas,
    doc_lowers,
    doc_table,
    sentence_memo,
    subtree_indexes,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

STATE_KINDS = frozenset({"state forces", "government", "country"})
NONSTATE_KINDS = frozenset({"rebel group", "political militia", "identity militia", "armed group"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
CLAUSE_UP_DEPS = frozenset({"conj", "xcomp", "advcl"})  # a clause that shares its head's subject


@lru_cache(maxsize=1)
def side_words() -> dict[str, frozenset[str]]:
    """{'state' | 'nonstate' | 'state_qualifier' | 'nonstate_qualifier' | 'attempt' | 'held': lemmas}."""
    return {k: frozenset(v) for k, v in cue_data()["sides"].items()}


@lru_cache(maxsize=1)
def _qualifier_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """(side, pattern of its qualifier phrases), the non-state ones first: "anti-government"
    must not read as "government"."""
    words = side_words()
    return tuple((side, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words[key], key=len, reverse=True))
                                   + r")(?![\w])"))
                 for side, key in (("nonstate", "nonstate_qualifier"), ("state", "state_qualifier")))


def national(word: str) -> bool:
    """Whether a group word names a country's people ('Syrian', 'Turks'), not a community's ('Kurdish')."""
    from frontwatch.geo.demonyms import demonym_codes

    return bool(demonym_codes(word))


def qualifier_side(tok: Token) -> str | None:
    """The side the words before a noun give it: "opposition fighters", "anti-government
    forces", "pro-government militia", "Kurdish-led forces", "Druze fighters" (a group
    adjective that names no country). Read once per token and document (`doc_table`
    "qualifier_side"): it reads the parse only, and `side_of` asks it for the same noun
    from each event of a sentence (issue 17)."""
    table = doc_table(tok.doc, "qualifier_side")
    got = table.get(tok.i, _UNREAD)
    if got is _UNREAD:
        got = table[tok.i] = _qualifier_side(tok)
    return got


_UNREAD = object()


def _qualifier_side(tok: Token) -> str | None:
    doc = tok.doc
    word = word_qualifier_side(tok)
    if word:
        return word
    left = [i for i in subtree_indexes(tok) if i < tok.i]
    if any(m.ent_type_ == "NORP" and m.pos_ in ("ADJ", "PROPN") and not national(m.text)
           for m in map(doc.__getitem__, left)):
        return "nonstate"
    return None


def word_qualifier_side(tok: Token) -> str | None:
    """The side a qualifier WORD before a noun gives it ("opposition fighters", "pro-government militia",
    "Turkish-backed forces"), without `qualifier_side`'s last guess, a group adjective that names no country
    ("Kurdish", "Druze"). Why apart (sub69, docs/annotation/subtypes.md section 80): when the actor layer has
    named the phrase a state's forces ("Syrian Arab forces" -> Military Forces of Syria), that guess ('Arab' names
    no country) must not make the gainer non-state while actor 1 is the army - one reading of the gaining side;
    a qualifier word still overrides the actor list ('opposition', '-backed')."""
    doc = tok.doc
    left = [i for i in subtree_indexes(tok) if i < tok.i]  # the walk shared with `side_of` (doc_memo)
    if not left:
        return None
    text = doc[left[0]:tok.i].text.lower()
    for side, pattern in _qualifier_patterns():
        if pattern.search(text):
            return side
    if re.search(r"\w-backed\b", text):
        return "nonstate"  # "Turkish-backed forces": another state's proxies, not its own forces
    return None


@lru_cache(maxsize=1)
def _unit_data() -> tuple[frozenset[str], re.Pattern, frozenset[str]]:
    """(owner_heads, a pattern of the state_formations, state_acting_actors) of data/state_units.json."""
    raw = data_json("state_units.json")
    names = sorted(raw["state_formations"], key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return frozenset(raw["owner_heads"]), pattern, frozenset(raw["state_acting_actors"])


def acting_for_state(mention: Mention) -> bool:
    """Whether an actor mention names a militia that fights for a state as its auxiliary (data/state_units.json
    "state_acting_actors": the National Defence Forces). Why: section 4 codes ground taken by 'forces acting for the
    state, e.g. allied militias' as Government regains territory; the actor list keeps their kind a militia (the
    ACLED actor is one), so only the side read here moves."""
    acting = _unit_data()[2]
    return any(a.name in acting for a in (getattr(mention, "actors", None) or ()))


def owners(tok: Token, preps: Iterable[str] = ("of", "by")) -> list[Token]:
    """Whose men or act a phrase names: its possessor ("the Syrian Arab Army's 5th Legion"), the object of its 'of'
    ("units of the army"), 'by' ("a counter-offensive by the jihadist rebels") or of another preposition given."""
    out = [c for c in tok.children if c.dep_ == "poss"]
    return out + [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                  for g in c.children if g.dep_ == "pobj"]


def unit_side(tok: Token, mentions: list[Mention], lemmas: list[str]) -> str | None:
    """The side of a unit the actor list does not name, by its form (data/state_units.json): a state formation's name
    in the phrase ("the Republican Guard", "special forces", "the Tiger Forces"); a formation numbered by an ordinal
    ("the 4th Division", `actor_units.is_numbered_unit`, which the NER misses when it tags the ordinal apart); a part
    of a force (`owner_heads`) with the side of the force it belongs to, named by a possessive, an 'of' or a 'from'
    ("Forces from Brigade 67 of the 11th Tank Division", "elements of the army"). Why: news names the unit that won
    the ground, not the army, and a gain with no side leaves the fight words to decide (section 68)."""
    heads, formations, _ = _unit_data()
    part = lemmas[tok.i] in heads
    # the owner first ("the rebels' 13th Division"); a number after the noun may carry its 'of' ("Brigade 67 of ...")
    holders = [tok, *(c for c in tok.children if c.dep_ == "nummod" and c.i > tok.i)] if part else []
    for owner in (o for h in holders for o in owners(h, ("of", "from"))):
        side = side_of(owner, mentions, lemmas, units=True)
        if side:
            return side
    phrase = tok.doc[tok.left_edge.i:tok.i + 1]
    if formations.search(phrase.text.lower()) or (part and is_numbered_unit([t.text for t in phrase])):
        return "state"
    return None


def side_of(tok: Token, mentions: list[Mention], lemmas: list[str], units: bool = False) -> str | None:
    """'state', 'nonstate' or None for the noun phrase headed by `tok` (see module docstring). `units`: also read a
    unit by its form and a militia acting for a state (`unit_side`, `acting_for_state`; section 68). Off for the
    features the shipped sub-type model was trained on (`territory_features`' own `gain_*=` and the parties'), which
    a refit around moved features scatters (section 68's first measurement); on for the rules-only readings
    (`UNIT_GAIN`, `main_gain_features`) the post-model rules take the gaining side from."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        return None  # "their forces", "its fighters": whose, the phrase does not say
    left = [i for i in subtree_indexes(tok) if i < tok.i]  # indexes only: no Token per word of the phrase
    named = [m for m in mentions if m.kind in NONSTATE_KINDS and any(m.start <= x < m.end for x in left)
             and not m.start <= tok.i < m.end]
    if named:  # "Islamic Front forces", "Hezbollah fighters": a named group's own men; "NDF fighters": a state's
        return "state" if units and all(acting_for_state(m) for m in named) else "nonstate"
    q = qualifier_side(tok)
    own = next((m for m in mentions if m.start <= tok.i < m.end and m.kind), None)
    kind = own.kind if own is not None else None
    if kind in NONSTATE_KINDS:  # "pro-government militiamen": a militia fighting for the state (section 62)
        return "state" if q == "state" or (units and acting_for_state(own)) else "nonstate"
    if kind in STATE_KINDS:  # the actor list named a state's forces: only a qualifier word says otherwise
        return (word_qualifier_side(tok) if q else None) or "state"
    words = side_words()
    lem = lemmas[tok.i]
    if tok.ent_type_ == "NORP" and tok.pos_ in ("PROPN", "NOUN") and not national(tok.text):
        return "nonstate"  # "Kurds", "Houthis", "Druze": a people that is no country's name
    if lem in words["nonstate"]:
        return "nonstate" if q != "state" else "state"
    if lem in words["state"]:
        return q or "state"
    if q and cues().get(lem) == "armed":  # "Kurdish-led forces", "opposition units"
        return q
    unit = unit_side(tok, mentions, lemmas) if units else None
    if unit:
        return unit
    for c in tok.children:  # "the army and Hezbollah": the first conjunct decided nothing, try the next
        if c.dep_ == "conj":
            return side_of(c, mentions, lemmas, units)
    return None


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return apposed_subject(verb) or fronted_subject(verb)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
BETWEEN_SUBJECT_AND_VERB = frozenset({"ADV", "AUX", "PART"})


def apposed_subject(verb: Token) -> Token | None:
    """The subject the parser hung as an apposition on the noun of a fronted phrase: "On Monday morning in the
    Qalamoun Mountains, [the Syrian Arab Army's 63rd Brigade] and Hezbollah captured another point", "In addition to
    capturing the Hayat Tower, [the Syrian Armed Forces] also took control of ...". Why: a finite main verb has a
    subject in English; when the small model finds none and a noun phrase set off by a comma ends right before the
    verb (adverbs and auxiliaries between: 'also', 'have'), that phrase is the subject, not an apposition of the
    adjunct's place or object (an apposition follows its noun and re-names it; a place is not re-named by an army).
    Only for a finite verb of a main or reported clause with no subject of its own."""
    if verb.dep_ not in ("ROOT", "ccomp") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children):
        return None
    for c in verb.children:
        if c.i > verb.i or c.dep_ not in ("prep", "advcl", "npadvmod"):
            continue
        for a in c.subtree:
            if a.dep_ != "appos" or a.pos_ not in ("NOUN", "PROPN") or a.left_edge.i == 0:
                continue
            gap = verb.doc[a.right_edge.i + 1:verb.i]
            if verb.doc[a.left_edge.i - 1].text == "," and all(t.pos_ in BETWEEN_SUBJECT_AND_VERB for t in gap):
                return a
    return None


def _finite_without_subject(verb: Token) -> bool:
    """A finite verb of a main or reported clause that the parser gave no subject (`apposed_subject`'s condition)."""
    if verb.dep_ not in ("ROOT", "ccomp") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    return verb.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children)


def fronted_subject(verb: Token) -> Token | None:
    """The subject the parser swallowed into a fronted phrase with no comma after it: "In northeastern Syria [Kurdish
    forces] backed by government shelling took an area ... from Daesh", "On Thursday [Syrian troops] recaptured ...":
    the parser reads 'Syria Kurdish forces' as the object of 'In' and leaves 'took' without a subject. Why: a finite
    verb of a main clause has a subject in English, and when the noun phrase that ends right before it (adverbs and
    auxiliaries between, a participle phrase of its own included: 'backed by ...') is the object of the preposition
    that opens the sentence, that phrase is no place or time the verb needs twice; its head names the doer. Only an
    armed noun (data/subtype_cues.json "cues" 'armed', or a side word of "sides": 'forces', 'troops', 'rebels'), so
    "In Aleppo fighting erupted" reads nothing. News text with its commas stripped (FA-KES) tells most fronted
    phrases this way (section 91)."""
    if not _finite_without_subject(verb):
        return None
    b = verb.i - 1
    while b > verb.sent.start and verb.doc[b].pos_ in BETWEEN_SUBJECT_AND_VERB:
        b -= 1
    t, start = verb.doc[b], verb.sent.start
    for _ in range(6):  # from the last word of the phrase up to the object of the opening preposition
        if t.dep_ == "pobj" and t.head.i == start or t.head.i == t.i or t.head.i > verb.i:
            break
        t = t.head
    if t.dep_ != "pobj" or t.head.i != start or t.head.pos_ != "ADP" or t.right_edge.i != b \
            or t.pos_ not in ("NOUN", "PROPN"):
        return None
    lem = t.lemma_.lower()
    words = side_words()
    return t if cues().get(lem) == "armed" or lem in words["state"] or lem in words["nonstate"] else None


@lru_cache(maxsize=1)
def _sub33_words() -> tuple[frozenset[str], frozenset[str]]:
    """(complex_preposition_nouns, success_predicates) of data/subtype_cues.json (section 36)."""
    data = cue_data()
    return frozenset(data["complex_preposition_nouns"]), frozenset(data["success_predicates"])


def _bare_pronoun(tok: Token) -> bool:
    """Whether a subject names its side only by a pronoun: "it", "they", or the men of "their forces", "its
    fighters" (an armed word of the cue lexicon: "their former allies" are somebody else)."""
    pronouns = NEUTER_PRONOUNS | PLURAL_PRONOUNS
    if tok.lower_ in pronouns:
        return True
    return cues().get(tok.lemma_.lower()) == "armed" and any(c.dep_ == "poss" and c.lower_ in pronouns
                                                            for c in tok.children)


def governing_subject(clause: Token) -> Token | None:
    """The subject of the clause a subordinate, complement or relative clause hangs from ("The government has been
    eroding ... since [it] seized Qusayr", "the forces stormed the college, where [they] were able to capture"), when
    it names its side by more than a pronoun. Why: a pronoun subject of such a clause refers to the subject of the
    clause above far more often than to anything else (the subject preference of pronoun resolution, the heuristic
    `events/coref.resolve_pronoun` uses too), and the gainer's side is read from a noun, never from 'it'."""
    if clause.dep_ not in ("advcl", "ccomp", "relcl", "conj") or clause.head.i == clause.i:
        return None
    h = clause.head
    for _ in range(3):  # a relative clause hangs from a noun: its clause is the noun's head
        if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
            break
        h = h.head
    s = _subject(h)
    return None if s is None or _bare_pronoun(s) else s


@lru_cache(maxsize=1)
def _control_nouns() -> frozenset[str]:
    """data/subtype_gains.json `control_nouns`, read from the data file (subtype_gains imports this module)."""
    return word_lists("subtype_gains.json")["control_nouns"]


def control_holder(verb: Token) -> Token | None:
    """The side a capture word puts the place under the control or into the hands of, named as that control's
    holder: 'most of the city has returned to [regime] control', 'the village fell under [rebel] control', 'brought it
    back under [government] control', 'passed into the hands of [the army]' (the modifier or possessor of a
    `control_nouns` word, or its 'of' object, in a `fall_prepositions` phrase of the verb or of its particle). None when
    no such phrase, or when its holder is only a pronoun ('under their control': the clause's subject says who). Why
    (docs/annotation/subtypes.md section 95, sub77): the subject of these verbs is the place, not the side, so the
    subject reading found no gainer (or the place's own modifier) and the gain kept the rules' default side. Read by
    `gain_taker` for the territory features only, not inside `gainer`, which is also `subtype_parties`' reader of a
    verb's subject (section 85: a change there moved the parties of 'fighting broke out ...')."""
    nouns, preps = _control_nouns(), fall_prepositions()
    phrases = [c for c in (*verb.children, *(g for p in verb.children if p.dep_ in ("prt", "advmod") for g in p.children))
               if c.dep_ == "prep" and c.lower_ in preps]
    for prep in phrases:
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lemma_.lower() not in nouns and obj.lower_ not in nouns:
                continue
            # the possessor or a noun modifier first ('the army's full control', 'full army control'), then 'of' ('the
            # hands of the rebels'), then the adjective nearest the noun ('full Kurdish control'; 'full' says no side)
            mods = [c for c in obj.children if c.dep_ in ("poss", "compound", "nmod") and c.pos_ != "PRON"]
            mods += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
            mods += sorted((c for c in obj.children if c.dep_ == "amod"), key=lambda c: -c.i)
            if mods:
                return mods[0]
    return None


def gain_taker(verb: Token) -> Token | None:
    """The side a capture word tells as taking the place: the holder of the control it puts the place under
    (`control_holder`), else `gainer`."""
    held_by = control_holder(verb)
    return held_by if held_by is not None else gainer(verb)


def gainer(verb: Token) -> Token | None:
    """The one who takes the place (see module docstring), or None."""
    t, came_by = verb, ""
    for _ in range(5):
        prev_dep, came_by = came_by, t.dep_  # the relation of the word the loop came up from
        s = _subject(t)
        if s is not None:
            if s.lower_ in RELATIVE_PRONOUNS and t.dep_ == "relcl":
                return t.head
            if _bare_pronoun(s):
                return governing_subject(t) or s
            return s
        misread = t if infinitive_misread(t) else next((c for c in t.children if infinitive_misread(c)), None)
        if misread is not None:  # "managed to [wrest] control": the verb the tagger read as an adjective (or its
            t = infinitive_marker(misread).head  # noun, the lexicon's head) -> the verb 'to' hangs from
            continue
        if t.pos_ in ("NOUN", "PROPN") and prev_dep == "pcomp" and t.dep_ == "nsubj" and not any(
                c.dep_ == "auxpass" for c in verb.children):
            # "troops [after overrunning rebel positions] discovered": the parser hung the clause's adjunct on the
            # clause's subject, which does the adjunct's deed as it does the clause's ('after being shelled': no)
            return t
        if t.pos_ == "NOUN":  # "the army's recapture of X", "the capture of X by rebels"
            for c in t.children:
                if c.dep_ == "poss":
                    return c
                if c.dep_ == "prep" and c.lower_ == "by":
                    return next((g for g in c.children if g.dep_ == "pobj"), None)
            if t.dep_ == "dobj" and t.head.pos_ == "VERB":  # "rebels took control of the town"
                t = t.head
                continue
            return None
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.i != t.head.i:
            t = t.head.head  # "began the offensive by targeting Hill 30, capturing ...": the subject of 'began'
            if t.dep_ == "pobj" and t.lemma_.lower() in _sub33_words()[0] and t.head.dep_ == "prep":
                t = t.head.head  # "in addition to capturing X, the army ...": one preposition, the clause's subject
            continue
        if t.dep_ == "acomp" and t.pos_ == "ADJ" and t.head.i != t.i and prev_dep == "xcomp":
            t = t.head  # "were able to capture": the copula's subject controls the adjective's infinitive
            continue
        if t.dep_ == "acl" and not any(c.dep_ == "auxpass" for c in t.children):
            return t.head  # "forces capturing the town"
        if (t.dep_ in CLAUSE_UP_DEPS or (t.dep_ == "dobj" and t.pos_ == "VERB")) and t.head.i != t.i:
            # ("have overrun" parsed as a verb object of 'have': the small model's slip)
            t = t.head
            continue
        return None
    return None


def losers(verb: Token) -> list[Token]:
    """Who loses the place: "from X", an armed object ("expelled IS"), the holder of the object
    ("the rebel-held town", "the town held by IS")."""
    cue = cues()
    held = side_words()["held"]
    out: list[Token] = []
    # the 'from' also hangs from a particle of the verb ("had been wrested [back] from the insurgents": sub67), as in
    # `driven_off_ground`; the particles are the data's `driven_back`
    for c in (*verb.children, *(g for p in _back_particles(verb) for g in p.children)):
        if c.dep_ == "prep" and c.lower_ == "from":
            out.extend(g for g in c.children if g.dep_ == "pobj")
            continue
        if c.head.i == verb.i and c.dep_ in ("dobj", "nsubjpass"):
            if cue.get(c.lemma_.lower()) == "armed" and c.lemma_.lower() not in ("base", "position", "post", "checkpoint",
                                                                                 "outpost", "barracks", "garrison"):
                out.append(c)
            # each object taken, the coordinated ones too: "seized the provincial capital and most remaining
            # government strongholds" (sub69)
            for o in (c, *c.conjuncts):
                out.extend(g for g in o.children if g.dep_ in ("compound", "poss"))  # "Daesh defences", "their positions"
            for m in c.subtree:  # "rebel-held town", "the town held by IS", "IS-controlled areas"
                if m.lemma_.lower() in held and m.i != c.i:
                    out.extend(g for g in m.children if g.dep_ in ("npadvmod", "compound", "amod", "nmod", "advmod")
                               and g.i < m.i)
                    for a in m.children:
                        if a.dep_ == "agent":
                            out.extend(g for g in a.children if g.dep_ == "pobj")
    return out


def attempted(verb: Token, lemmas: list[str]) -> bool:
    """Whether the capture is only aimed at: an infinitive ("to retake", but not a perfect one: "said
    to have retaken", nor one of a verb of going on: "continued to push the ISIS back from more lands"), or under
    a word of trying ("trying to recapture", "a bid to seize", "the offensive to capture"), also through a
    preposition of aim ("aimed at the recapture of", "with the aim of recapturing"), but not through a finite
    relative clause, which tells what was done ("an offensive which had them seize control of Morek"), nor a later
    deed (`later_deed`: "launched an assault ..., before seizing X"); docs/annotation/subtypes.md section 62. A verb
    of going on lets its infinitive through as done only with no object of its own: "continued their offensive to
    capture X" tells the offensive going on and the capture its aim (section 72)."""
    words = side_words()
    attempt = words["attempt"]
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        if any(c.dep_ == "aux" and lemmas[c.i] == "have" for c in verb.children):
            return False  # a perfect infinitive tells a done deed: "are said to have seized", "claim to have taken"
        # "managed to retake", "were able to capture"; "continued to push them back": the act goes on, done
        done = words["success"] | _sub33_words()[1] | words["continuing"]
        if lemmas[verb.head.i] in words["continuing"] and any(c.dep_ == "dobj" for c in verb.head.children):
            return True  # "continued their offensive to capture X": what goes on is the offensive, the capture its aim
        return not (verb.dep_ == "xcomp" and lemmas[verb.head.i] in done)
    if result_participle(verb):
        return False
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB" and verb.tag_ not in FINITE_TAGS \
            and cues().get(lemmas[verb.head.i]) == "territory_gain":
        return attempted(verb.head, lemmas)  # "hoping to seize the town and secure its grip": the aim is shared
    t = verb
    for _ in range(3):
        if t.head.i == t.i or later_deed(t):
            return False  # (a later deed: "launched an assault ... before seizing X" tells the seizure done)
        if t.dep_ == "relcl" and t.tag_ in FINITE_TAGS:
            return False  # "an offensive which had them seize control of Morek": a relative clause tells what was done
        if lemmas[t.head.i] in attempt and (t.dep_ in ("xcomp", "acl", "advcl", "pcomp", "pobj", "relcl")
                                            or (t.dep_ == "prep" and t.lower_ in words["aim_prepositions"])):
            return True
        t = t.head
    return False


def result_participle(verb: Token) -> bool:
    """Whether the capture word is a present participle clause of result hanging from its clause with no
    subordinator ("launched a surprise attack against ISIS positions, recapturing two strategic hills", "launched
    a large-scale offensive ..., seizing several villages from the FSA", "launched its attack ..., thus
    recapturing the Quarries after short battles"): English tells the outcome of the main verb's action so, as
    done, while an aim takes an infinitive or a preposition ("launched an offensive to retake", "aimed at
    capturing"). Why: `attempted` read any clause under a word of offensive as only tried, which made the
    reported gain an Armed clash (guideline section 22: the codebook codes the ground won)."""
    if verb.tag_ == "VBG" and verb.dep_ == "conj" and verb.head.i != verb.i:
        return result_participle(verb.head)  # "..., killing 40 soldiers and expelling many others": one result
    # set off by a comma, a participle the parser hung on the noun before it is the clause's result too ("launched a
    # surprise attack against ISIS positions, recapturing two strategic hills": `acl` of 'attack'; section 62)
    set_off = verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return verb.tag_ == "VBG" and (verb.dep_ == "advcl" or set_off) and not any(
        c.dep_ in ("mark", "aux") or (c.dep_ == "prep" and c.i < verb.i) for c in verb.children)


def territory_verbs(span: Span, trigger_tokens: list[int], trigger: str = "", rule_type: str = "") -> list[Token]:
    """The capture words of the sentence, the trigger's first when it is one (by its lexicon
    lemma too: the tagger lemmatises "retook" as itself; or by the rules' own type for it, `gain_typed`). A word
    that names holding ground rather than taking it (`holds_only`) and a capture of things that are not ground
    (`takes_no_ground`) are none."""
    trig = set(trigger_tokens)
    trig_gain = (cues().get(trigger) == "territory_gain" or gain_typed(rule_type)) \
        and trigger not in side_words()["no_gain"]
    found = set(sentence_memo(span, "territory_verbs", _sentence_territory_verbs))
    if trig_gain:  # the trigger by its lexicon lemma, where the tagger's lemma is none
        lemmas = doc_lemmas(span.doc)
        denied = denied_indexes(span)
        found.update(i for i in trig if span.start <= i < span.end and _takes_ground(span.doc[i], lemmas, denied))
    return sorted((span.doc[i] for i in found), key=lambda t: (t.i not in trig, t.i))


def gain_typed(rule_type: str) -> bool:
    """Whether the rules typed the trigger a gain of ground (its internal type's ACLED sub-type is Government regains
    territory or Non-state actor overtakes territory: the trigger lexicon's 'free', 'dislodge', 'push out', 'take
    control', whose requirements the sentence met). Such a trigger is a capture word like one of the 'territory_gain'
    cue class: the two lists of capture words disagreed on 22 of the lexicon's gain phrases, so "The army freed the
    town of Dabiq from the militants" had no gaining side, `gain_after_clash` could not restore the gain, and a
    retrained model's Armed clash stood (docs/annotation/subtypes.md section 79, diag52)."""
    acled = ontology.get(rule_type).acled if rule_type else None
    return bool(acled) and acled[1] in (GOVERNMENT_GAIN, NONSTATE_GAIN)


def _sentence_territory_verbs(span: Span) -> tuple[int, ...]:
    """The indexes of the sentence's capture words by their own lemma (`territory_verbs` without the trigger's
    lexicon lemma), read once per sentence (`sentence_memo`): each event of the sentence asks, twice."""
    cue = cues()
    lemmas = doc_lemmas(span.doc)
    denied = denied_indexes(span)
    no_gain, expelling = side_words()["no_gain"], side_words()["expelling"]
    return tuple(i for i in range(span.start, span.end)  # (by the lemma first: a Token only for a candidate)
                 if ((cue.get(lemmas[i]) == "territory_gain" and lemmas[i] not in no_gain)
                     or (lemmas[i] in expelling and driven_off_ground(span.doc[i], lemmas)))
                 and _takes_ground(span.doc[i], lemmas, denied))


def _takes_ground(tok: Token, lemmas: list[str], denied: frozenset[int]) -> bool:
    """Whether a capture word candidate is not denied, is a verb or noun, and names taking ground."""
    return (tok.i not in denied and (tok.pos_ in ("VERB", "NOUN") or infinitive_misread(tok))
            and not holds_only(tok, lemmas) and not takes_no_ground(tok, lemmas))


def regaining(verb: Token, lemmas: list[str]) -> bool:
    """Whether a capture word tells ground taken back: a re-taking lemma (data sides `regaining`: 'recapture',
    'retake', 'regain', 'reclaim') or a particle of return on the verb (`regaining_particles`: 'wrested back', 'won
    back'). Why: ground taken back from a non-state side with no taker named goes back to the side that held it
    before it was lost, the state (the codebook's Government regains territory); a plain capture from a non-state
    side says nothing (non-state groups take ground from each other)."""
    words = side_words()
    return lemmas[verb.i] in words["regaining"] or any(
        c.dep_ in ("prt", "advmod") and c.lower_ in words["regaining_particles"] for c in verb.children)


def _other_nonstate(verb: Token, lost_by: list[Token], mentions: list[Mention], lemmas: list[str]) -> bool:
    """Whether the sentence names a non-state side besides the one the ground was taken from: then that side may be
    the taker ("Syrian Kurds ... made fresh advances ... after the town was recaptured from the IS jihadists"), and
    ground taken back says nothing of who took it."""
    lost = {t.i for t in lost_by}
    return any(t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and t.i not in lost
               and side_of(t, mentions, lemmas) == "nonstate" for t in verb.sent)


def _back_particles(tok: Token) -> list[Token]:
    """The particles of direction a verb carries ('pushed them [back]', 'drove IS [out]'; data `driven_back`): the
    parser hangs the 'from' of the ground or the side on them. One definition for `losers` and
    `driven_off_ground`."""
    return [c for c in tok.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in side_words()["driven_back"]]


def driven_off_ground(tok: Token, lemmas: list[str]) -> bool:
    """Whether an expelling verb that is no capture word by itself tells a side driven off named ground: a particle
    of `driven_back` and a 'from' with its object ("pushed the terrorist groups back from nearly 90 percent of the
    farms", "pushed IS out of the villages"). Why: the guideline codes ground won, and "push back" alone is a
    repelled assault (an Armed clash); the ground named after 'from' is what was won."""
    words = side_words()
    if lemmas[tok.i] not in words["expelling"] or tok.pos_ != "VERB":
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return False  # "the army pushed out of the town": the subject itself moved
    particles = _back_particles(tok)
    # the 'from' hangs from the verb or from its particle ("push ... back [from] the farms", "out [of] the villages")
    return any(c.dep_ == "prep" and c.lower_ in ("from", "of") and (c.lower_ == "from" or h is not tok)
               and any(g.dep_ == "pobj" for g in c.children)
               for h in (tok, *particles) for c in h.children) and bool(particles)


PRESENT_TAGS = frozenset({"VBZ", "VBP", "VBG"})
MODIFIER_DEPS = frozenset({"acl", "amod", "relcl", "compound"})


def holds_only(tok: Token, lemmas: list[str]) -> bool:
    """Whether a capture word of the `holding` list tells who holds ground, not that it was taken: "the farms under
    the army's control", "flanks controlled by the army", "rebels controlling Misrata", "areas they control". It is a
    gain only as the object of a verb ("took control", "seized control of") or as a past verb of the clause ("troops
    occupied the town"), not as the object of a verb of losing ground ("after losing control of the town"). Why: the codebook's territory types need ground to change hands; a sentence about an
    offensive on a held position names the holder with these words, and the side rules read them as a done gain."""
    if lemmas[tok.i] not in side_words()["holding"]:
        return False
    if tok.pos_ == "NOUN":  # "after losing control of them": control lost is no gain
        return tok.dep_ != "dobj" or cues().get(lemmas[tok.head.i]) == "territory_loss"
    return tok.dep_ in MODIFIER_DEPS or tok.tag_ in PRESENT_TAGS or (tok.tag_ == "VBN" and tok.dep_ == "acl")


@lru_cache(maxsize=2)
def _not_ground(expelling: bool) -> frozenset[str]:
    """The lemmas of what a capture word may take that is not ground (`takes_no_ground`): weapons and goods, and
    unless the word is an expelling one, the sides and the civilian cue words (without the civilian places). Built
    once, not per capture word (the civilian words are a pass over the whole cue lexicon)."""
    words = side_words()
    things = words["not_ground"] | frozenset(cue_data()["goods_words"])
    if not expelling:
        people = frozenset(w for w, c in cues().items() if c == "civilian") - words["civilian_places"]
        things = things | words["state"] | words["nonstate"] | people
    return things


def takes_no_ground(tok: Token, lemmas: list[str]) -> bool:
    """Whether what the capture word takes is not ground: weapons (`not_ground`) or goods (the `goods_words` of
    data/subtype_cues.json), as its object or the object of its 'of' ("seized weapons and ammunition", "the capture
    of good stocks of weapons", "seized computer servers"), or, for a word that does not take the side driven out
    (`expelling`: "expelled IS"), people ("captured 10", "seized two soldiers", "took five villagers"). The codebook
    types such a seizure by what was seized (Disrupted weapons use, Looting, an arrest or abduction), never as a
    change of territory."""
    expelling = lemmas[tok.i] in side_words()["expelling"]
    things = _not_ground(expelling)
    if not expelling:
        bare_count = next((c for c in tok.children if c.dep_ == "dobj" and (c.like_num or c.pos_ == "NUM")
                           and not any(g.dep_ == "prep" for g in c.children)), None)
        if bare_count is not None:  # "captured 10" (not "captured 2 of the hills")
            return True
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for o in objs:
        heads = [o, *(x for x in o.conjuncts)]
        heads += [g for h in list(heads) for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]  # "stocks of weapons"
        if any(lemmas[h.i] in things for h in heads):
            return True
    return False


def _active_participle(tok: Token) -> bool:
    """"the forces capturing the hill", "forces having retaken the city": a participle of its actor, which tells
    the capture (unlike "the town captured last week", a description of the place)."""
    return tok.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "having" for c in tok.children)


@lru_cache(maxsize=1)
def _later_markers() -> frozenset[str]:
    """data/subtype_gains.json `later_markers` ('before', 'then'): read from the data file, not through
    `subtype_gains.gain_words`, because subtype_gains imports this module."""
    return frozenset(word_lists("subtype_gains.json")["later_markers"])


def later_deed(clause: Token) -> bool:
    """Whether a clause is a gerund under a marker of what came later (`subtype_gains` data `later_markers`:
    'before') with no subject or passive of its own: "launched a powerful assault on X, killing dozens, before
    seizing the mountaintop later in the day". English tells the same subject's next act so, as done, the outcome
    of the fight before it, while "before troops could retake it" or "before being retaken by the army" has a
    subject of its own (section 53's `later_capture` reads that one). Why (docs/annotation/subtypes.md section 72):
    'before' is also a marker of background time (`subordinate_markers`), which made the seizure the fight's
    background and its aim (`attempted` through 'launched'), so the reported gain was typed an Armed clash."""
    later = _later_markers()
    if clause.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "mark") and c.lower_ not in
                                   later for c in clause.children):
        return False
    if clause.dep_ == "pcomp" and clause.head.dep_ == "prep":  # "before seizing": the parse's usual shape
        # on a clause's verb only: "the last site before entering Palmyra" tells a place, no deed
        return clause.head.lower_ in later and clause.head.head.pos_ == "VERB"
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in later
                                          for c in clause.children)


def in_main_clause(tok: Token) -> bool:
    """Whether a capture word belongs to the sentence's main clause: reached from the root through coordination,
    complements and participle clauses ("stormed X and expelled IS", "began the offensive by targeting Hill 30,
    capturing the area", "managed to retake"), not through a clause of background (a relative clause: "from which the
    jihadists were expelled last month"; a clause with a marker of time or cause: "after regime troops seized the
    road", "after the capture of five villages"; a noun's modifier: "the town captured last week"). Why: the codebook
    codes a territory change when the sentence reports the ground taken, after fighting or not; a capture told as
    the background of a fight leaves the fight the event. A gerund after 'before' with no subject of its own is the
    subject's later deed (`later_deed`), not background: "launched an assault ..., before seizing X" (section 72)."""
    markers = side_words()["subordinate_markers"]
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            return True
        if later_deed(t):  # "..., before seizing X": the subject's later act, told as done (section 72)
            t = t.head.head if t.dep_ == "pcomp" else t.head
            continue
        if t.dep_ in ("relcl", "amod", "compound", "nmod", "appos") or (t.dep_ == "acl" and not _active_participle(t)):
            return False
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in markers for c in t.children):
            return False
        if t is not tok and t.lower_ in markers:
            return False  # "after the capture of", "following the army's capture of": whatever the parse made the word
        t = t.head
    return False


def territory_context(span: Span, trigger_tokens: list[int], mentions: Iterable[Mention] = (),
                      trigger: str = "", rule_type: str = "") -> tuple[list[Token], list[Mention], list[str]] | None:
    """The sentence's capture words (`territory_verbs`, first the one read) with the mentions that have a position
    and the Doc's lemmas: what every reader of the gaining side starts from (`territory_features`,
    events/subtype_gains.gain_features); None when the sentence has no capture word."""
    verbs = territory_verbs(span, trigger_tokens, trigger, rule_type)
    if not verbs:
        return None
    return verbs, [m for m in mentions if hasattr(m, "start")], doc_lemmas(span.doc)


def territory_features(span: Span, trigger_tokens: list[int], mentions: Iterable[Mention] = (),
                       trigger: str = "", rule_type: str = "") -> list[str]:
    """The side that gains ground in the sentence's capture words, and whether it is only tried."""
    found = territory_context(span, trigger_tokens, mentions, trigger, rule_type)
    if found is None:
        return []
    verbs, mentions, lemmas = found
    v = verbs[0]
    where = "t" if v.i in set(trigger_tokens) else "s"
    feats = []
    g = gain_taker(v)
    g_side = side_of(g, mentions, lemmas) if g is not None else None
    lost_by = losers(v)
    l_sides = {s for s in (side_of(t, mentions, lemmas) for t in lost_by) if s}
    l_side = next(iter(l_sides)) if len(l_sides) == 1 else None
    feats.append(f"gain_agent={g_side or '-'}")
    feats.append(f"gain_loser={l_side or '-'}")
    u_side = side_of(g, mentions, lemmas, units=True) if g is not None else None
    if u_side and u_side != g_side and not attempted(v, lemmas):
        feats.append(f"{UNIT_GAIN}{u_side}")  # rules-only: the gainer's side read from its unit (section 68)
    # a state loser means a non-state gainer; a non-state loser says nothing (non-state groups
    # take ground from each other: IS from the rebels, the Kurdish-led forces from IS)
    side = g_side or ("nonstate" if l_side == "state" else None)
    if side is None and g is None and l_side == "nonstate" and regaining(v, lemmas) and not _other_nonstate(
            v, lost_by, mentions, lemmas):
        side = "state"  # "villages had been wrested back from the insurgents": ground returned to the state (sub67)
    if side:
        feats.append(f"gain_side={side}")
        feats.append(f"gain_side@{where}={side}")
    if attempted(v, lemmas):
        feats.append("gain_attempt")
        # the trigger is the capture only tried, whoever tries it, and no capture word of the sentence is told done
        # (`subtype_rules.attempted_capture`; not "unable to recapture X but they have driven the rebels back from Y")
        if where == "t" and all(attempted(w, lemmas) for w in verbs[1:]):
            feats.append(TRIGGER_ATTEMPT)
    else:  # a gain reported as done: the rules make it the territory type even beside the fighting
        feats.append("gain_done")
        if side:
            feats.append(f"gain_done_side={side}")
            if in_main_clause(v):
                feats.append(f"{MAIN_GAIN}{side}")
    return feats


def main_gain_features(span: Span, trigger_tokens: list[int], mentions: Iterable[Mention] = (),
                       trigger: str = "", rule_type: str = "") -> list[str]:
    """`gain_any_main_side=<side>` ('-' when no side is known) for each side that gains ground in ANY capture word of the sentence told as done
    in its main clause (`in_main_clause`), not only the first one `territory_features` reads: "unable to recapture X
    but they have driven the rebels back from Y"; "Syrian Kurds made fresh advances, seizing a string of villages a
    week after the town was recaptured" (the trigger the background capture). The capture words are `territory_verbs`
    and the verbs whose base form by the trigger lexicon's inflections is one (`_lexicon_capture_words`: the tagger
    leaves "retook", "overran" unlemmatised, so no cue word finds them unless they are the trigger). The gainer is the word's own (`gainer`), else a
    state side driven off means a non-state gainer (as in `territory_features`). Rules-only (`FEATURE_PREFIXES`): the
    shipped model's features are unchanged. Why (docs/annotation/subtypes.md section 67): the guideline codes the
    main clause's event, and a gain there decides over the fight that won it and over a strike that supported it."""
    verbs = territory_verbs(span, trigger_tokens, trigger, rule_type)
    lemmas = doc_lemmas(span.doc)
    seen = {v.i for v in verbs}
    verbs += [t for t in _lexicon_capture_words(span) if t.i not in seen]
    if not verbs:
        return []
    mentions = [m for m in mentions if hasattr(m, "start")]
    out: list[str] = []
    for v in verbs:
        if v.pos_ != "VERB" or attempted(v, lemmas) or not in_main_clause(v):
            continue  # a capture noun names an operation whose end its own verb tells ("undertaking the liberation")
        g = gain_taker(v)
        side = side_of(g, mentions, lemmas, units=True) if g is not None else None
        if side is None:
            l_sides = {s for s in (side_of(t, mentions, lemmas) for t in losers(v)) if s}
            side = "nonstate" if l_sides == {"state"} else None
        if f"{ANY_MAIN_GAIN}{side or '-'}" not in out:  # '-': a gain told, its side unknown
            out.append(f"{ANY_MAIN_GAIN}{side or '-'}")
    return out


def _lexicon_capture_words(span: Span) -> tuple[Token, ...]:
    """The sentence's verbs the tagger left unlemmatised whose base form, by the trigger lexicon's inflected forms,
    is a capture word (`cues` 'territory_gain', the one list `territory_verbs` reads): "retook" -> 'retake',
    "overran" -> 'overrun'; and that take ground (`_takes_ground`). Only the base forms the lexicon knows, so a
    generic verb ('take') is no more a capture word here than in `territory_verbs`. A sentence-level reading, read
    once per sentence (`sentence_memo`: each event of the sentence asks), a Token only for a verb whose lower-case
    form the lexicon knows (the POS and lower-case columns first)."""
    return sentence_memo(span, "lexicon_capture_words", _read_lexicon_capture_words)


def _read_lexicon_capture_words(span: Span) -> tuple[Token, ...]:
    from frontwatch.events.triggers import default_lexicon

    by_first, cue, no_gain = default_lexicon().by_first, cues(), side_words()["no_gain"]
    doc = span.doc
    lemmas, lowers, pos = doc_lemmas(doc), doc_lowers(doc), doc_column(doc, "POS")
    denied = denied_indexes(span)
    out = []
    for i in range(span.start, span.end):
        if pos[i] != VERB or cue.get(lemmas[i]) == "territory_gain":
            continue  # (a capture word by its own lemma is `territory_verbs`')
        bases = {e.words[0] for e in by_first.get(lowers[i], ()) if len(e.words) == 1}
        if any(cue.get(w) == "territory_gain" and w not in no_gain for w in bases) \
                and _takes_ground(doc[i], lemmas, denied):
            out.append(doc[i])
    return tuple(out)


MAIN_GAIN = "gain_main_side="  # a done gain of the main clause with a known gainer (`in_main_clause`)
TRIGGER_ATTEMPT = "gain_attempt@t"  # the trigger's own capture only tried, its gainer named or not (section 62)
ANY_MAIN_GAIN = "gain_any_main_side="  # a done main-clause gain in any of the sentence's capture words (section 67)
UNIT_GAIN = "gain_unit_side="  # the trigger's done gain whose gainer's side only its unit tells (section 68)
FEATURE_PREFIXES = (TRIGGER_ATTEMPT, ANY_MAIN_GAIN, UNIT_GAIN)  # rules-only (`subtype_model.RULES_ONLY`): the shipped model never saw it


GOVERNMENT_GAIN, NONSTATE_GAIN = "Government regains territory", "Non-state actor overtakes territory"


def side_subtype(subtype: str, feats: Iterable[str]) -> str:
    """A territory sub-type set by the side that gains (`gain_side=` of `territory_features`, or first the side its
    unit tells, `UNIT_GAIN`, section 68): the ACLED rule itself, applied after the model and the rules have said that
    ground changed hands (5-fold CV on the tune part, 2026-12-05: +.002 weighted F1 over the features alone)."""
    feats = list(feats)
    if subtype in ontology.TAKEOVER_SUBTYPES and not leaving_hands_over(subtype, feats):
        return next((f[5:] for f in feats if f.startswith("rule=")), subtype)
    if subtype not in (GOVERNMENT_GAIN, NONSTATE_GAIN):
        return subtype
    side = next((f[len(UNIT_GAIN):] for f in feats if f.startswith(UNIT_GAIN)), None)  # the unit's side first
    side = side or next((f[10:] for f in feats if f.startswith("gain_side=")), None)
    return {"state": GOVERNMENT_GAIN, "nonstate": NONSTATE_GAIN}.get(side, subtype)


def leaving_hands_over(subtype: str, feats: Iterable[str]) -> bool:
    """Whether a change of territory may be read from its event: always, unless the rules found
    forces *leaving* (ontology.LEAVING: 'the army is redeploying', 'forced to retreat'). Then ground
    changes hands only when the sentence also tells someone taking it (a territory-gain cue word not
    under a denial: 'withdrew and clan militia took over', ACLED's non-violent transfer), and never
    to the side that left (a state that retreats does not regain ground). Else the rules' answer
    stands. Why: the model read the seed article's 'the Syrian army says it is redeploying, without
    admitting it has lost territory' as a non-violent transfer and '... forced to retreat' as the
    army's gain (2026-12-05)."""
    feats = set(feats)
    if not any(f"int={t}" in feats for t in ontology.LEAVING):
        return True
    if subtype == GOVERNMENT_GAIN and any(f"agent={k}" in feats for k in STATE_KINDS):
        return False
    return "cue=territory_gain" in feats

