"""Roles an actor word plays in its sentence that the actor completion must respect.

Why: `events/actor_fill.py` completes an empty actor 2 with "the one other armed side the
sentence names". Two kinds of actor word mislead it:

* the speaker: "... was hacked to death by two assailants, the police said", "a source at
  Damascus Police Command said ...": the police report the event, they are not its target;
* the acted-on armed side among several: "ISIS launched another assault on the Free Syrian
  Army defenses", "killing several members of this Syrian jihadist group", "dozens of
  terrorists were killed in strikes by the army": the parse says which side was harmed even
  when the sentence names more than one.

Word lists (speech verbs, the dependency links of harm) are in data/actor_fill.json. Pure:
spaCy tokens in, booleans out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.events.actor_words import actor_fill_data
from frontwatch.events.actor_words import words as fill_words
from frontwatch.events.subtype_features import cue_data
from frontwatch.nlp.deps import NOUN_MODIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Token

# links from an actor word up to the noun phrase it belongs to ("a source at the Police Command",
# "members of the group", "JFS' positions")
_INSIDE_NOUN = frozenset({"compound", "amod", "poss", "pobj", "prep", "nmod", "appos"})
_OF_LINKS = frozenset({"pobj", "prep", "poss", "compound", "conj"})  # conj: "killing members of X and Y"


@dataclass(frozen=True)
class RoleWords:
    speech: frozenset[str]
    harm_deps: frozenset[str]
    harm_preps: frozenset[str]
    harm_nouns: frozenset[str]
    loss_verbs: frozenset[str]
    expel_verbs: frozenset[str]
    taken_from_verbs: frozenset[str]


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    """The role lists of data/actor_fill.json (actor_words reads the others)."""
    raw = actor_fill_data()
    return RoleWords(frozenset(raw["speech_verbs"]), frozenset(raw["harm_deps"]), frozenset(raw["harm_preps"]),
                     frozenset(raw["harm_nouns"]), frozenset(raw["loss_verbs"]),
                     frozenset(raw["expel_verbs"]), frozenset(raw["taken_from_verbs"]))


def is_speaker(tok: Token) -> bool:
    """The actor word is who reports: inside the subject of a speech verb, or after 'according to'."""
    w = role_words()
    node = tok
    for _ in range(5):
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.i > 0 \
                and node.doc[node.head.i - 1].lower_ == "according":
            return True
        if node.dep_ in ("nsubj", "nsubjpass") and node.head.lemma_.lower() in w.speech:
            return reported_verb(node) is None
        if node.dep_ not in _INSIDE_NOUN or node.head is node:
            return False
        node = node.head
    return False


def reported_verb(tok: Token) -> Token | None:
    """The verb of what is said of `tok` when `tok` is the passive subject of a speech verb with an open clause
    ('three terrorists [were said] to be [killed]', 'he was reported to have died'): the subject is what the
    report is about, not who speaks (act43); None otherwise."""
    if tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() not in role_words().speech:
        return None
    return next((c for c in tok.head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)


def is_harmed(tok: Token) -> bool:
    """The actor word names the side acted on by a verb of harm ('killing several members of this group',
    'an assault on the FSA defenses', 'dozens of terrorists were killed')."""
    w, verbs = role_words(), fill_words().victim_verbs
    node = tok
    for _ in range(6):  # "dozens of members of the group": two 'of' links, four steps
        if node.dep_ in w.harm_deps and node.head.lemma_.lower() in verbs:
            return True
        said = reported_verb(node)  # "three terrorists were said to be killed"
        if said is not None and said.lemma_.lower() in verbs and any(c.dep_ == "auxpass" for c in said.children):
            return True
        if node.dep_ == "nsubj" and node.head.lemma_.lower() in w.loss_verbs:  # "Daesh suffered a heavy toll"
            return True
        if (node.dep_ == "dobj" and node.head.lemma_.lower() in w.expel_verbs) or taken_from(node) is not None:
            return True  # "to clear Islamic State from its border", "seizing villages from the FSA's brigades"
        if node.dep_ == "pobj" and node.head.lower_ in w.harm_preps:
            gov = node.head.head  # "assault on X", "fired on X", "attacks against X"
            if gov.lemma_.lower() in verbs or gov.lemma_.lower() in w.harm_nouns:
                return True
        if node.dep_ not in _OF_LINKS or node.head is node:
            return False
        node = node.head
    return False


def taken_from(tok: Token) -> Token | None:
    """The taking verb (data/actor_fill.json `taken_from_verbs`) whose 'from' names `tok`, else None: 'seizing
    villages from the FSA', also when the parser hangs the 'from' on a particle of direction of the verb ('had been
    wrested [back] from the insurgents', 'took [back] the hill from the militants'; the particles are the sub-type
    layer's `driven_back`, one definition). Why: the side a place is taken from is the loser of the change of
    territory (the guideline's actor 2), never its doer, whatever else the sentence names (act45)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return None
    gov = tok.head.head
    if gov.dep_ in ("advmod", "prt") and gov.lower_ in _direction_particles() and gov.head is not gov:
        gov = gov.head  # 'wrested back from': the parse's 'from' under 'back'
    verbs = role_words().taken_from_verbs
    if gov.lemma_.lower() in verbs:
        return gov
    # 'captured a number of towns in the region from X': the parse hangs the 'from' on a noun inside the place taken
    # (the verb's object); it still says whom the place was taken from. Not a 'from' inside any other phrase of the
    # verb ('fighting to take it with support from the coalition': the backer)
    for _ in range(_OBJECT_REACH):
        if gov.dep_ in ("dobj", "nsubjpass"):
            return gov.head if gov.head.lemma_.lower() in verbs else None
        if gov.dep_ not in ("pobj", "prep") or gov.head is gov:
            return None
        gov = gov.head
    return None


_OBJECT_REACH = 4  # 'from' under 'region' -> 'in' -> 'number', the object of 'captured'


@lru_cache(maxsize=1)
def _direction_particles() -> frozenset[str]:
    """The sub-type layer's `driven_back` particles (data/subtype_cues.json "sides", as `subtype_sides.side_words`
    reads them; read from the data here, since subtype_sides imports coref, which imports this module)."""
    return frozenset(cue_data()["sides"]["driven_back"])


@dataclass(frozen=True)
class OpponentWords:
    fight_words: frozenset[str]  # lemmas of a two-sided fight: data/actor_fill.json reciprocal_verbs + opponent_nouns
    preps: frozenset[str]  # 'with', 'against'
    ally_with: frozenset[str]  # fight words whose 'with' may name an ally ('fighting with the army')


@lru_cache(maxsize=1)
def opponent_words() -> OpponentWords:
    """The opponent lists of data/actor_fill.json (the fight words are the reciprocal verbs' lemmas, one definition)."""
    raw = actor_fill_data()
    return OpponentWords(frozenset(raw["reciprocal_verbs"]) | frozenset(raw.get("opponent_nouns", ())),
                         frozenset(raw.get("opponent_preps", ())), frozenset(raw.get("ally_with_words", ())))


def is_opponent(tok: Token) -> bool:
    """The actor word names the side a fight is fought with or against ('capturing the village after a violent
    battle with the rebels of Ahrar al-Sham', 'clashes with IS', 'the battle against the Syrian Army').

    Why: a fight has two sides; the one after 'with'/'against' on the fight's word is the opponent of the side
    that fought, which a coder takes as actor 2 when the sentence names no other side acted on (and as the
    loser of a place taken after the fight). Not 'with' after a word whose 'with' may name an ally."""
    w = opponent_words()
    node = tok
    for _ in range(6):  # "with the exhausted fighters of Jund al-Aqsa and Faylaq al-Sham": of, conj
        if node.dep_ == "pobj" and node.head.lower_ in w.preps:
            gov = node.head.head
            forms = {gov.lemma_.lower(), gov.lower_}
            if forms & w.fight_words and not (node.head.lower_ == "with" and forms & w.ally_with):
                return True
        if node.dep_ == "pobj" and node.head.lower_ != "of":
            return False  # "battling Daesh with air strikes and backing for the SDF": the SDF is backed, not fought
        if node.dep_ not in _OF_LINKS or node.head is node:
            return False
        node = node.head
    return False


@dataclass(frozen=True)
class IdentityWords:
    verbs: frozenset[str]
    fillers: frozenset[str]
    places: frozenset[str]


@lru_cache(maxsize=1)
def identity_words() -> IdentityWords:
    raw = actor_fill_data()
    return IdentityWords(frozenset(raw["identity_verbs"]), frozenset(raw["identity_fillers"]),
                         frozenset(raw["place_nouns"]))


def same_side(first: tuple[int, int], second: tuple[int, int], doc) -> bool:
    """'gunmen suspected to be members of Boko Haram': the mention at `second` (token span) says who the
    one at `first` is. Read off the words between them, which the parse often gets wrong."""
    w = identity_words()
    between = [t.lower_ for t in doc[first[1]:second[0]] if t.pos_ != "ADV"]  # "also believed to be", "widely"
    if not between or between[0] not in w.verbs or len(between) > 8:
        return False
    return all(t in w.fillers for t in between[1:])


def described_by_apposition(inner: tuple[int, int], outer: tuple[int, int], doc) -> bool:
    """'X, leader of the Army of Islam - a merged collection of rebel groups -', 'Jaish al-Islam, a coalition of
    rebel factions': the mention at `inner` (token span) lies inside an apposition set off by a comma, dash or
    bracket (up through a few noun-phrase
    links: 'of', modifiers) whose anchor's phrase holds the mention at `outer`. An apposition describes its anchor:
    the two name one side, not two."""
    span = doc[inner[0]:inner[1]]
    tok = span.root
    for _ in range(6):
        if tok.dep_ == "appos":
            if tok.left_edge.i == 0 or doc[tok.left_edge.i - 1].text not in _APPOSITION_MARKS:
                return False  # a loose headline parse ('ISIL Beheads 8 Syria Militants'), not a set-off apposition
            anchor = tok.head
            outside = [t.i for t in anchor.subtree if not (tok.left_edge.i <= t.i <= tok.right_edge.i)]
            return any(outer[0] <= i < outer[1] for i in outside)
        if tok.dep_ not in _DESCRIPTION_DEPS or tok.head == tok:
            return False
        tok = tok.head
    return False


_DESCRIPTION_DEPS = frozenset({"pobj", "prep", "compound", "amod", "nmod", "conj"})
_APPOSITION_MARKS = frozenset({",", "-", "‐", "–", "—", "("})  # a non-restrictive apposition is set off


def names_a_place(tok: Token) -> bool:
    """'the north Cameroon town of Fotokol': a country or people word that only modifies a place noun."""
    return tok.dep_ in NOUN_MODIFIERS and tok.head.lower_ in identity_words().places


@lru_cache(maxsize=1)
def _opposing_verbs() -> frozenset[str]:
    """'pit' of data/actor_fill.json `opposing_verbs`: 'the clashes pitted X against Y'."""
    return frozenset(actor_fill_data().get("opposing_verbs", ()))


_KIND_MODIFIERS = NOUN_MODIFIERS  # a name or kind written before a side's head


def between_sides(head: Token) -> tuple[Token, Token] | None:
    """'clashes between X and Y', 'fighting broke out between X and Y', 'the clashes pitted X against Y': the two
    tokens heading the sides (ACLED: a battle whose initiator the text does not say; either order). The 'between'
    phrase hangs from the act's word, or from the verb the act is the subject of; so does the opposing verb. Two
    coordinated names before one head, 'between Dinka and Nuer tribesmen', are the two sides (their two names)."""
    hosts = [head]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head != head:
        hosts.append(head.head)
    opposing = _opposing_verbs()
    for verb in [h for h in hosts[1:] if h.lemma_.lower() in opposing] + \
            [c for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in opposing]:
        # "the clashes pitted X against Y (and Z)", "fighting pitting X against Y": X and the first of the others
        objects = [c for c in verb.children if c.dep_ == "dobj"]  # "the rebel faction Jaish al-Islam": the name
        first = objects[-1] if objects else None
        first = next((c for c in first.children if c.dep_ == "appos"), first) if first is not None else None
        against = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"), None) or \
            next((c for c in (first.children if first is not None else ()) if c.dep_ == "prep"
                  and c.lower_ == "against"), None)
        second = next((c for c in against.children if c.dep_ == "pobj"), None) if against is not None else None
        if first is not None and second is not None:
            return first, second
    for host in hosts:
        for prep in (t for t in host.subtree if t.dep_ == "prep" and t.lower_ == "between" and _in_clause(t, host)):
            first = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if first is None:
                continue
            second = next(iter(first.conjuncts), None)
            if second is not None:
                return first, second
            # "between Dinka and Nuer tribesmen": two names sharing one head are the two sides (act42)
            shared = next((m for m in first.children if m.dep_ in _KIND_MODIFIERS and m.conjuncts), None)
            if shared is not None:
                return shared, shared.conjuncts[0]
    return None


def one_kind_fight(head: Token, start: int, end: int, *, communal: bool) -> bool:
    """Does the unnamed side written at tokens [start, end) stand for BOTH sides of the fight `head` names?

    Why: 'clan fighting', 'tribal clashes' (the kind written with the fight word, or modifying it) and 'clashes
    between Fellata and Salamat tribesmen' (one head shared by two coordinated names) say the fight is between
    two groups of one kind; the dead of such a fight are its fighters, not civilian bystanders, and ACLED codes
    both sides with the kind (Communal Militia / Communal Militia, inter 4 / 4). The act's word must be a fight
    word, or the side's own words one (`opponent_words().fight_words`: a one-sided 'attack' by 'tribesmen' names
    one side only). The kind written on the fight word says both sides only of a `communal` kind (clans, tribes,
    ethnic groups are many); 'rebel clashes' may be the rebels against anyone."""
    fights = opponent_words().fight_words
    if communal and any({t.lemma_.lower(), t.lower_} & fights for t in head.doc[start:end]):
        return True  # 'clan fighting', 'tribal clashes killed five': the side's own words name a fight of its kind
    if not {head.lemma_.lower(), head.lower_} & fights:
        return False
    side = head.doc[start:end].root
    if communal and side.head == head and side.dep_ in _KIND_MODIFIERS and side.i < head.i:
        return True  # 'tribal militia clashes'
    hosts = [head] + ([head.head] if head.dep_ in ("nsubj", "nsubjpass") and head.head != head else [])
    for host in hosts:
        for prep in (t for t in host.subtree if t.dep_ == "prep" and t.lower_ == "between" and _in_clause(t, host)):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c == side and not c.conjuncts):
                # 'between Fellata and Salamat tribesmen': the shared head's modifier is itself coordinated
                if any(m.dep_ in _KIND_MODIFIERS and m.conjuncts for m in pobj.children):
                    return True
    return False


def _in_clause(tok: Token, host: Token) -> bool:
    """Is `tok` in `host`'s own clause ('battles are ongoing in that area between X and Y'), not in a
    clause below it (a relative or complement clause about something else)?"""
    node = tok.head
    for _ in range(4):
        if node == host:
            return True
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return False
        node = node.head
    return False


@dataclass(frozen=True)
class HoldingWords:
    nouns: frozenset[str]  # a side's military holdings: 'positions', 'checkpoint', 'base', 'convoy', ...
    preps: frozenset[str]  # prepositions that make a holding an act's target: 'on', 'at', 'against', ...


@lru_cache(maxsize=1)
def holding_words() -> HoldingWords:
    """The holding lists of data/actor_fill.json (act36)."""
    raw = actor_fill_data()
    return HoldingWords(frozenset(raw.get("holding_nouns", ())), frozenset(raw.get("holding_target_preps", ())))


_OWNER_LINKS = frozenset({"poss", "compound", "amod", "nmod", "conj"})  # "the army's checkpoint", "regime positions"


def holds_target(tok: Token) -> bool:
    """The actor word names the owner of a military holding that an act targets ('ISIS stormed the Syrian Arab
    Army's defenses', 'a VBIED at the army's checkpoint', 'an attack on a regime checkpoint', 'targeted a convoy
    of the Turkish army').

    Why: ACLED codes the holder of a position, checkpoint, base or convoy that is attacked as actor 2; the
    sentence names the side only through what it holds. A holding after 'from' is where the act came from, not
    its target, and is not followed (nor any other preposition but those of data/actor_fill.json)."""
    return targeted_holding(tok) is not None


def targeted_holding(tok: Token) -> Token | None:
    """The holding noun `holds_target` finds for the actor word (None when there is none)."""
    w = holding_words()
    node = tok
    for _ in range(5):  # "the defences of the Syrian Arab Army's 137th Brigade": of, poss
        head = node.head
        if head is node:
            return None
        if node.dep_ == "pobj" and head.lower_ == "of":
            node = head.head  # the noun the 'of' phrase qualifies
        elif node.dep_ in _OWNER_LINKS:
            node = head
        else:
            return None
        if node.lower_ in w.nouns and node.pos_ in ("NOUN", "PROPN"):
            # its verb's object, active or passive ('a Syrian helicopter was shot down', act47)
            if node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ == "VERB":
                return node
            return node if node.dep_ == "pobj" and node.head.lower_ in w.preps else None
    return None


def act_targets_holding(tok: Token, act: Token) -> bool:
    """The actor word owns a military holding that this act (its trigger's head `act`) targets: the holding is
    the act's own object or after its own preposition ('bombed army positions', 'a bomb blast on a convoy'), or
    that of the verb the act noun is the subject of ('both bomb attacks had been aimed at police vehicles').

    Why: with no doer known (or a country as the owner) nothing else ties the holding to this act; a holding
    another clause acts on ('moving its warships closer to bomb army bases' beside 'an alleged chemical
    attack') is not this act's target."""
    holding = targeted_holding(tok)
    if holding is None:
        return False
    gov = holding.head
    for _ in range(4):  # up through the preposition and a participle under it ('aimed at passing police vehicles')
        if gov.dep_ not in ("prep", "pcomp", "pobj") or gov.head is gov:
            break
        gov = gov.head
    # the act word itself, or the verb whose subject or object it is ('fired rockets at a Turkish convoy')
    return gov == act or (act.dep_ in ("nsubj", "nsubjpass", "dobj") and act.head == gov)


def plainly_owned(tok: Token) -> bool:
    """The owner word is the holding's only noun modifier: 'a Turkish convoy', 'a Russian military jet', not 'a
    Syrian bus convoy' or 'a Red Crescent aid convoy' (a noun before the holding says what it is: a civilian
    one may be a country's without being its forces')."""
    holding = targeted_holding(tok)
    if holding is None or tok.head != holding:
        return False
    return not any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c != tok for c in holding.children)
