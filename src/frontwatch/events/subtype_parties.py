"""A fight's two parties: who acts and who is acted upon, by kind, as sub-type features.

Why: the ACLED sub-types of political violence differ by who the parties are, not by the verb.
"Police and insurgents clashed" is an Armed clash (two organised armed sides), "youths clashed
with police" a Violent demonstration, "supporters of two clubs fought" Mob violence, "gunmen
killed villagers" an Attack and "gunmen killed two soldiers" an Armed clash; "gunmen kidnapped"
is an Abduction and "police detained" an Arrest. The bag of the sentence's words mixes the
parties of the trigger with everyone else the sentence names ("police said ... protesters"),
and `subtype_features.syntax_features` reads the trigger's subject and object words but not
the other side of a two-sided act ('with', 'between', 'against') nor what kind of party each
is when no actor mention covers it.

So, for the trigger (and the verb of its clause): the parties by dependency (the actor as
`subtype_sides.gainer` finds it: subject, passive 'by' agent, the noun a relative clause
modifies, a shared subject up a coordination; the object and the passive's subject; the
objects of the partner and target prepositions of data/subtype_cues.json, "about_parties";
conjuncts: "between the army and rebels"), each classified into a small set of kinds:

- state: a state force (`subtype_sides.side_of`: actor kind, side words, qualifiers);
- armed: a non-state armed side (the same reading's non-state answer, or an armed cue word);
- crowd: protesters, rioters, a mob (actor kinds), a crowd word (data "crowd_words"), a protest word;
- civilians: the actor lexicon's civilians and persons, the civilian cue class, a people's name no actor list arms
  ("Kurds", "seven Palestinians": `_people`);
- '-': a party the lists do not name.

Emitted as `party:<role>=<kind>` (role: subj, obj, with), `pair=<kind>+<kind>` (the two sides,
unordered) and `pdir=<kind>><kind>` (the actor and the one acted upon).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.events.actor_words import words as actor_fill_words
from frontwatch.events.subtype_features import (
    FIRING_CLAUSE_VERBS,
    Mention,
    cue_data,
    cues,
    fired_at,
    trigger_head,
)
from frontwatch.events.subtype_sides import gainer, national, side_of, side_words
from frontwatch.nlp.deps import NOUN_MODIFIERS
from frontwatch.nlp.doc_memo import doc_lemmas, doc_lowers, sentence_memo

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The party kinds (`party_kind`), as the features and the codebook rules (events/subtype_rules.py) name them.
STATE, ARMED, CROWD, CIVILIANS = "state", "armed", "crowd", "civilians"
FEATURE_PREFIXES = ("party:", "pair=", "pdir=", "fired_on=", "pnum=")
ONE_DOER = "pnum=one"  # the trigger's one doer is one person (`one_person`; section 61)
FIRED_ON_PROTEST = "fired_on=protest"
FIRED_ON_GATHERING = "fired_on=gathering"  # mourners fired on (guideline 24.10(a), section 70)
CROWD_KINDS = frozenset({"protesters", "rioters", "mob"})
CIVILIAN_KINDS = frozenset({"civilians", "person"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# 'with' also names an instrument ("attacked each other with iron rods"): an unnamed 'with' object is a party
# only when the tagger calls it a group or a person.
GROUP_ENTS = frozenset({"PERSON", "ORG", "NORP"})
CONTEXT_PREPS = frozenset({"in", "during", "amid", "amidst"})
NONE = "-"
# Entities that name where or when, not who: "clashed with police [on Monday]", "attacked [Aleppo]".
NOT_PARTY_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


@lru_cache(maxsize=1)
def party_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(partner prepositions, target prepositions, crowd words, collective words) of data/subtype_cues.json."""
    data = cue_data()
    return (frozenset(data["partner_prepositions"]), frozenset(data["target_prepositions"]),
            frozenset(data["crowd_words"]), frozenset(data["collective_words"]))


def _mention_kind(i: int, mentions: list[Mention]) -> str | None:
    return next((m.kind for m in mentions if m.start <= i < m.end and m.kind), None)


@lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    """The count nouns a party's head noun is read through (data/actor_fill.json "count_nouns" and 'crowd', 'member',
    'one'): built once, not per token (`protest_target` asks it for every word of a sentence)."""
    return actor_fill_words().count_nouns | {"crowd", "member", "one"}


def _head_noun(tok: Token) -> Token:
    """The noun a count word stands for: "dozens of civilians", "crowds of demonstrators", "one of the soldiers"."""
    lemmas = doc_lemmas(tok.doc)
    counts = _count_words()
    if lemmas[tok.i] in counts or tok.like_num or tok.pos_ == "NUM":
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            return of
    return tok


def bare_count(tok: Token) -> bool:
    """Whether `tok` is a count word that stands alone, with no noun it counts ("[dozens] were arrested", "police
    detained [40]"): the people it counts are named elsewhere in the sentence, an ellipsis. events/protest_acts.py
    reads such a target of an intervention as the protest's people when the sentence names a protest (section 61)."""
    lemmas = doc_lemmas(tok.doc)
    return (lemmas[tok.i] in _count_words() or tok.like_num or tok.pos_ == "NUM") and _head_noun(tok) is tok


def one_person(tok: Token) -> bool:
    """Whether the doer `tok` (an active verb's subject or a passive's agent) names one person: a singular common
    noun that is no crowd, collective or count word and has no conjunct ("a man attacked his mom's car"), or a
    person's name; `party_features` also asks that the actor layer call it civilians (no 'argument' or 'attack'). A crowd is many people;
    a person acting alone is no mob (guideline 24.7(e), section 61). spaCy's fine tag gives the number the lemma
    loses ('men' -> 'man')."""
    if tok.conjuncts or tok.like_num or not (tok.dep_ == "nsubj" or tok.head.dep_ == "agent"):
        return False  # the doer of an active verb or a passive's 'by' phrase, not a passive's patient
    if tok.tag_ == "NNP":
        return tok.ent_type_ == "PERSON"
    lemma = doc_lemmas(tok.doc)[tok.i]
    _, _, crowd, collective = party_words()
    return tok.tag_ == "NN" and lemma not in crowd | collective | _count_words()


def _community_name(tok: Token) -> bool:
    """Whether a modifier of a collective word is a community's own name ("the [Tibu] and [Zwai] ethnic groups", "the
    [Rizeigat] group"): a proper noun or a group name (spaCy's NORP), with its conjuncts. The codebook names identity
    militias by their community ("Tebu Ethnic Militia"): a group word that a community's name modifies is such an
    organised side, where "ethnic clashes" or "a youth group" name no one (guideline 24.4(c), section 59)."""
    return any(t.pos_ == "PROPN" or t.ent_type_ == "NORP" for t in _with_conjuncts(tok))


def _crowd_collective(tok: Token, lemmas: list[str], fighting: bool = False) -> bool:
    """"rival student factions", "a youth group", "two political groups": a collective word (data "collective_words")
    whose modifier is a crowd word or a civilian cue word names a crowd, not an armed side; unless a community's name
    modifies it too (`_community_name`: "the Tibu and Zwai ethnic groups" are identity militias). In a fight
    (`fighting`: a two-sided act, see `party_features`) a word of "crowd_group_modifiers" does too (guideline
    24.4(a), sub66: 'political groups' fighting each other are rioters, Mob violence), unless a word of
    "armed_group_modifiers" or of the armed cue class modifies the collective as well ("armed political groups" are
    a political militia); a one-sided killing by "members of a rival political group" stays theirs, an Attack
    (24.4(a)), so the party is read as before there."""
    if lemmas[tok.i] not in party_words()[3]:
        return False
    crowd = party_words()[2]
    cue = cues()
    mods = [c for c in tok.children if c.dep_ in NOUN_MODIFIERS]
    if any(_community_name(c) for c in mods):
        return False  # "the Tibu and Zwai ethnic groups": an identity militia, named by its community (24.4(c))
    if any(lemmas[c.i] in crowd or cue.get(lemmas[c.i]) == "civilian" for c in mods):
        return True
    data = cue_data()
    group_mods, armed_mods = frozenset(data["crowd_group_modifiers"]), frozenset(data["armed_group_modifiers"])
    return fighting and (any(lemmas[c.i] in group_mods for c in mods)
            and not any(lemmas[c.i] in armed_mods or cue.get(lemmas[c.i]) == "armed" for c in mods))


def _people(tok: Token, kind: str | None, lemmas: list[str]) -> bool:
    """Whether the plural group name `tok` heads names a people, not an armed side: a country's people ("seven
    Palestinians", "Ethnic Turks": not its state), or a community ("Kurds", "Druze", "Christians") that the actor
    dictionary (data/actors.csv, data/ucdp_actors.csv) does not name as an actor (`kind`: "Houthis" is a rebel
    group there) and that no word of the armed cue class modifies. An armed side is an organised
    group the codebook names as one; a people's name alone says who the people are, not that they fight
    (docs/annotation/subtypes.md section 34). `subtype_sides.side_of` still reads such a name as a non-state side
    for ground taken ("Kurds captured the town"): there the subject of a capture is a fighting force."""
    if tok.ent_type_ != "NORP" or tok.tag_ not in PLURAL_TAGS:
        return False
    if national(tok.text):
        return True
    cue = cues()
    return kind is None and not any(c.dep_ in ("amod", "compound") and cue.get(lemmas[c.i]) == "armed"
                                     for c in tok.children)


def party_kind(tok: Token, mentions: list[Mention], fighting: bool = False) -> str:
    """The kind of the party whose noun phrase `tok` heads (see module docstring), NONE when unnamed; `fighting`: the
    act is a two-sided fight (`_crowd_collective`)."""
    lemmas = doc_lemmas(tok.doc)
    head = _head_noun(tok)
    kind = _mention_kind(head.i, mentions)
    # the count word's own actor counts for a people it stands for: "[armed groups] of Yazidis" are the dictionary's
    if _people(head, kind or _mention_kind(tok.i, mentions), lemmas):
        return CIVILIANS  # "seven Palestinians", "Ethnic Turks", "Kurds": a people, not a state or an armed side
    tok = head
    if kind in CROWD_KINDS or _crowd_collective(tok, lemmas, fighting):
        return CROWD
    side = side_of(tok, mentions, lemmas)
    if side:
        return STATE if side == "state" else ARMED
    crowd_words = party_words()[2]
    lem = lemmas[tok.i]
    cue = cues().get(lem)
    if lem in crowd_words and kind not in CIVILIAN_KINDS:
        return CROWD
    if kind in CIVILIAN_KINDS or cue == "civilian":
        return CIVILIANS
    if cue == "protest":
        return CROWD
    if cue == "armed":
        return ARMED
    return NONE


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts]


def parties(span: Span, trigger_tokens: list[int]) -> list[tuple[str, Token]]:
    """(role, token) of each party of the trigger: 'subj' the actor, 'obj' the one acted upon, 'with' the
    other side of a two-sided act; conjuncts each count ("police and insurgents clashed")."""
    if not trigger_tokens:
        return []
    trig = set(trigger_tokens)
    head = trigger_head(span, trigger_tokens)
    verb = head
    for _ in range(6):  # the clause's verb: "the shelling of X killed" -> kill
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    lent = verb.i != head.i and lends_parties(head, verb)
    words = (head, verb) if lent else (head,)
    out = _direct_parties(words)
    if verb.i != head.i and not lent:
        out.extend(("subj", t) for t in _controlled_subject(head, verb))
    # the fight a casualty is told in: "killed [in a clash between X and Y]", "shot dead [when gunmen stormed ...]"
    events = _context_events(words)
    for event in events:
        out.extend(_direct_parties((event,)))
    seen: set[int] = {e.i for e in events}  # the fight is no party of itself ("as [a clash] broke out between ...")
    kept = []
    for role, t in out:
        if role != "subj" and t.ent_type_ in NOT_PARTY_ENTS:
            continue
        if t.i not in trig and t.i not in seen and span.start <= t.i < span.end:
            seen.add(t.i)
            kept.append((role, t))
    return kept


@lru_cache(maxsize=1)
def _clause_relations() -> tuple[frozenset[str], ...]:
    """(argument relations, phrase relations, complement prepositions, casualty words, participation words) of
    data/subtype_cues.json ("noun_clause_relations"; the casualty words are "casualty_words" and "harm_clause_verbs":
    'were hurt in', 'left dead in')."""
    data = cue_data()
    rel = data["noun_clause_relations"]
    return (frozenset(rel["argument_deps"]), frozenset(rel["phrase_deps"]), frozenset(rel["complement_prepositions"]),
            frozenset(data["casualty_words"]) | frozenset(data["harm_clause_verbs"]), frozenset(rel["participation_words"]))


def lends_parties(noun: Token, verb: Token) -> bool:
    """Whether the clause verb `verb` lends the noun trigger `noun` its parties: only when the noun is the verb's
    argument (docs/annotation/subtypes.md section 33). A noun in an adverbial phrase of the clause names another
    event than the verb's ("hundreds of families fled to Jordan [after clashes in Daraa]": the families are no side
    of the clashes), so its parties are its own modifiers ("clashes between X and Y", "X's attack", "an attack by X
    on Y") or unknown.

    The noun is the verb's argument when, read up through its own phrase (a compound, conjunct, apposition: "barrel
    bomb [attacks]"; a complement of data "complement_prepositions": "a series of [air strikes]"), it stands in one
    of the verb's argument relations (subject, object, passive subject, the passive's 'by' agent: data
    "noun_clause_relations"), as the object of the verb's partner or target preposition ("opened fire on [a march]",
    "attacked the base with [car bombs]"), or as the fight in which a casualty verb's casualties fell ("were killed
    in [an attack]": a context preposition, `CONTEXT_PREPS`, under a word of "casualty_words"), and as what a word of
    taking part names ("participated in [an airstrike]"); a phrase hung on the verb's object counts as the verb's
    (`_after_verb_object`)."""
    argument, phrase, complement, casualty, participation = _clause_relations()
    partner, target = party_words()[:2]
    tok = noun
    for _ in range(8):
        up = tok.head
        if up.i == tok.i:
            return False
        if up.i == verb.i:
            return tok.dep_ in argument
        if tok.dep_ in phrase:
            tok = up
            continue
        if tok.dep_ != "pobj" or up.dep_ not in ("prep", "agent"):
            return False
        holder, word = up.head, up.lower_
        if (holder.i == verb.i or _after_verb_object(holder, verb)) and (
                up.dep_ in argument or word in partner or word in target
                or (word in CONTEXT_PREPS and (_casualty_verb(verb, casualty) or _takes_part(holder, participation)))):
            return True
        if holder.i == verb.i or word not in complement or up.dep_ != "prep":
            return False
        tok = holder
    return False


def _controlled_subject(noun: Token, verb: Token) -> list[Token]:
    """The clause's subject as the unnamed actor of a two-sided act told in an adverbial phrase: a noun that names
    the other side ('with', 'against': data "partner_prepositions") but not its own actor leaves its actor to the
    clause's subject, as an event noun's unexpressed subject is read in an adjunct ("rebel fighters surrounded the
    village [after fierce clashes with loyalist militia]": the fighters clashed). A noun with no partner ("families
    fled [after clashes in Daraa]") leaves its actor unknown."""
    partner = party_words()[0]
    if gainer(noun) is not None or not any(c.dep_ == "prep" and c.lower_ in partner and
                                           any(g.dep_ == "pobj" for g in c.children) for c in noun.children):
        return []
    subject = gainer(verb)
    return _with_conjuncts(subject) if subject is not None else []


def _after_verb_object(word: Token, verb: Token) -> bool:
    """Whether `word` is the verb's object or the noun of its passive 'by' agent: a phrase the parser hangs on it may
    be the verb's own, the attachment English leaves open after a verb and its object ("pounded rebel positions [with
    missiles]", "killed 50 fighters [in a suicide bombing]", "were killed by the army [in clashes]", "took part [in an
    offensive]")."""
    if word.dep_ == "dobj":
        return word.head.i == verb.i
    return word.dep_ == "pobj" and word.head.dep_ == "agent" and word.head.head.i == verb.i


def _casualty_verb(verb: Token, casualty: frozenset[str]) -> bool:
    """Whether the verb tells casualties (data "casualty_words" and "harm_clause_verbs", with its particle or
    complement: 'shot dead')."""
    lemma = doc_lemmas(verb.doc)[verb.i]
    return lemma in casualty or any(f"{lemma} {c.lower_}" in casualty for c in verb.children)


def _takes_part(word: Token, participation: frozenset[str]) -> bool:
    """Whether the word is one whose 'in' names what its subject takes part in (data "participation_words":
    'participated in', 'took part in', 'were involved in')."""
    return doc_lemmas(word.doc)[word.i] in participation


def _direct_parties(words: Iterable[Token]) -> list[tuple[str, Token]]:
    """(role, token) of the parties of the first word (and of the verb of its clause, the second)."""
    words = list(words)
    partner, target = party_words()[:2]
    out: list[tuple[str, Token]] = []
    actor = next((a for a in map(gainer, words) if a is not None), None)
    if actor is not None:
        out.extend(("subj", t) for t in _with_conjuncts(actor))
    for word in words:
        for c in word.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                out.extend(("obj", t) for t in _with_conjuncts(c))
            elif c.dep_ == "prep" and c.lower_ in partner:
                out.extend(("with", t) for g in c.children if g.dep_ == "pobj" for t in _with_conjuncts(g))
            elif c.dep_ == "prep" and c.lower_ in target and (c.lower_ != "of" or word.pos_ == "NOUN"):
                out.extend(("obj", t) for g in c.children if g.dep_ == "pobj" for t in _with_conjuncts(g))
    return out


@lru_cache(maxsize=1)
def _fight_words() -> frozenset[str]:
    data = cue_data()
    return frozenset(data["two_sided_fight_words"]) | frozenset(data["riot_clash_words"]) | frozenset(data["fight_words"])


def _with_shared_phrase(words: Iterable[Token], casualty: frozenset[str]) -> list[Token]:
    """The words and, for a casualty verb, the later casualty verbs coordinated with it: "five people were killed and
    three others were wounded [in clashes between ...]" - the phrase after the last conjunct tells where all of them
    fell (the parser hangs it on the last)."""
    out = []
    for word in words:
        out.append(word)
        if _casualty_verb(word, casualty):
            out.extend(c for c in word.conjuncts if c.i > word.i and _casualty_verb(c, casualty))
    return out


def _context_events(words: Iterable[Token]) -> list[Token]:
    """The fight a casualty is told in: a fight noun under 'in/during/amid' ("killed in a clash between ...") or a
    clause of time under the trigger ("were shot dead when gunmen stormed the village"), also under a casualty verb
    coordinated after it (`_with_shared_phrase`), and that clause's subject when it is a fight noun ("when a clash
    between soldiers and rebels erupted": a verb of onset has no parties of its own, the fight that breaks out has
    them; `parties` never counts the fight as a party of itself)."""
    markers = side_words()["subordinate_markers"]
    fights = _fight_words()
    casualty = _clause_relations()[3]
    out = []
    for word in _with_shared_phrase(words, casualty):
        lemmas = doc_lemmas(word.doc)
        for c in word.children:
            if c.dep_ == "prep" and c.lower_ in CONTEXT_PREPS:
                out.extend(g for g in c.children if g.dep_ == "pobj" and lemmas[g.i] in fights)
            elif c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in markers for m in c.children):
                out.append(c)
                # "killed ... when [a clash] between soldiers and rebels erupted": the clause's subject is the fight
                out.extend(g for g in c.children if g.dep_ == "nsubj" and lemmas[g.i] in fights)
    return out


@lru_cache(maxsize=1)
def _protest_words() -> frozenset[str]:
    """The protest cue class without the words that name any crowd (data "crowd_words": 'crowd'): "opened fire on
    a crowd" at a market is no protest fired on."""
    return frozenset(w for w, c in cues().items() if c == "protest") - party_words()[2]


def _is_protest(tok: Token) -> bool:
    """Whether a target names a protest: a protest word (not a date's 'March'), a protest word compounded to it ("a
    sit-in", "a protest camp"), or a clause of protesting on it ("students who were protesting"; "mourners
    marching", "farmers marching": the gerund is the target itself, the preposition's object or complement)."""
    lemmas = doc_lemmas(tok.doc)
    words = _protest_words()
    if lemmas[tok.i] in words and tok.ent_type_ not in NOT_PARTY_ENTS:
        return True
    return any((c.dep_ == "compound" and lemmas[c.i] in words)
               or (c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and lemmas[c.i] in words) for c in tok.children)


def protest_target(tok: Token) -> bool:
    """Whether the noun phrase `tok` heads names a protest (`_is_protest`), read through a count word ("hundreds of
    protesters", "crowds of demonstrators": `_head_noun`). events/protest_acts.py reads the targets of an
    intervention with it."""
    return _is_protest(_head_noun(tok))


def fired_on_features(span: Span) -> list[str]:
    """`fired_on=protest` when a firing verb of the sentence (data "firing_clause_verbs": 'fired on', 'opened fire
    at', 'shot into') has a protest as its target (`_is_protest`), wherever the trigger is: the codebook types force
    on protesters by its target, and the model's trigger is often another word of the sentence (the victims'
    'shot dead', the protest's 'march'). A sentence-level reading: the rules pair it with a killing word
    (events/subtype_rules.py `fired_on_protest`). Read once per sentence (`sentence_memo`): each of its events asks.

    Also `fired_on=gathering` when the target is mourners (data "gathering_words", guideline 24.10(a): the state's
    force on a funeral's mourners is force on a gathering of unarmed people, as on a protest; the rules ask that the
    force be the state's, `force_on_mourners`)."""
    return list(sentence_memo(span, "fired_on", _fired_on))


def _fired_on(span: Span) -> list[str]:
    out = [FIRED_ON_PROTEST] if _fires_on(span, protest_target) else []
    return out + ([FIRED_ON_GATHERING] if _fires_on(span, _gathering) else [])


def _gathering(tok: Token) -> bool:
    """Whether the noun phrase `tok` heads names mourners ("fired on [mourners]", "crowds of mourners")."""
    return doc_lemmas(tok.doc)[_head_noun(tok).i] in cue_data()["gathering_words"]


def _fires_on(span: Span, target) -> bool:
    """Whether a firing verb of the sentence has a target that `target` accepts (its conjuncts each count)."""
    verbs = FIRING_CLAUSE_VERBS
    lemmas, lowers = doc_lemmas(span.doc), doc_lowers(span.doc)
    doc = span.doc  # a Token only for a firing verb's lemma or a word `_gerund_verb` could read as one
    return any((lemmas[i] in verbs or (_may_be_gerund_of(lowers[i], verbs) and _gerund_verb(doc[i]) in verbs))
               and any(target(t) for g in fired_at(doc[i], ("pobj", "pcomp")) for t in _with_conjuncts(g))
               for i in range(span.start, span.end))


def _may_be_gerund_of(low: str, verbs: frozenset[str]) -> bool:
    """The lower-case tests of `_gerund_verb` alone (no Token): whether a word of this form could be read as the
    gerund of one of `verbs`; `_gerund_verb` then reads its tag and object."""
    return low.endswith("ing") and len(low) >= 6 and low[:-3] in verbs


def _gerund_verb(tok: Token) -> str | None:
    """The verb of a gerund the small parser tags as a noun and leaves unlemmatised ("responded with [opening] fire at
    the protestors": lemma 'opening'), so a firing clause is read in it too (section 61); None for another word. Only
    a gerund with a direct object is used as a verb: "the opening of the border at the camp" is none."""
    low = tok.lower_
    if tok.pos_ != "NOUN" or not low.endswith("ing") or len(low) < 6 or not any(c.dep_ == "dobj" for c in tok.children):
        return None
    return low[:-3]


def party_features(span: Span, trigger_tokens: list[int], mentions: Iterable[Mention] = ()) -> list[str]:
    """`party:`, `pair=` and `pdir=` features of the trigger's parties (see module docstring), and whether the
    sentence fires on a protest (`fired_on_features`). The codebook rules read them (events/subtype_rules.py); the
    learner leaves them out (`subtype_model.RULES_ONLY`)."""
    mentions = [m for m in mentions if hasattr(m, "start")]
    fired = fired_on_features(span)
    parts = parties(span, trigger_tokens)
    # a two-sided act: a partner named ("clashed with"), or a fight word as the trigger ("rival groups fought")
    lemmas = doc_lemmas(span.doc)
    fighting = any(role == "with" for role, _ in parts) or any(lemmas[i] in _fight_words() for i in trigger_tokens)
    found = [(role, kind) for role, t in parts
             if (kind := party_kind(t, mentions, fighting)) != NONE or role != "with" or t.ent_type_ in GROUP_ENTS]
    if not found:
        return fired
    feats = fired + sorted({f"party:{role}={kind}" for role, kind in found})
    doers = [t for role, t in parts if role == "subj"]
    if len(doers) == 1 and one_person(doers[0]) and party_kind(doers[0], mentions) == CIVILIANS:
        feats.append(ONE_DOER)
    by_role = {role: [k for r, k in found if r == role] for role in ("subj", "obj", "with")}
    subj, obj, partner = by_role["subj"], by_role["obj"], by_role["with"]
    if partner:  # a two-sided act: "X clashed with Y", "fighting between X and Y"
        a, b = (subj[0], partner[0]) if subj else (partner[0], partner[1] if len(partner) > 1 else None)
    elif len(subj) > 1:  # "police and insurgents clashed"
        a, b = subj[0], subj[1]
    else:
        a, b = (subj[0] if subj else None), (obj[0] if obj else None)
    if a is not None and b is not None:
        feats.append("pair=" + "+".join(sorted((a, b))))
    if subj and obj:
        feats.append(f"pdir={subj[0]}>{obj[0]}")
    return feats
