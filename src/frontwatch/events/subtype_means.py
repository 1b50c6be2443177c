"""Two means of remote violence coordinated as one event's means: the first mentioned decides (sub48).

Why: news copy names an event by several means at once ("51 civilians were killed in air raids and shelling
attacks", "injured in the aerial strikes as well as shelling from army posts", "shells and barrel bombs have
fallen"). The pipeline's main event is then one of the conjuncts, often the later one, and the
rules type it by its own word. The guideline (docs/annotation/subtypes.md section 2 rule 2) takes, of coordinated
events, the most specific violent one, and between two equally specific ones the **first mentioned**: the sub-type of
the first conjunct, when both name their weapon (data/subtype_means.json "equally_specific"); a fight word
('fighting and shelling') names none and is left to the other rules. Read from the surface, not the parse: spaCy often hangs a gerund conjunct ('shelling') as a verb
or an 'as well as' conjunct as an attribute, but the order of the words is certain.

Emitted as `first_means=<ACLED sub-type>` (rules-only: `subtype_model.RULES_ONLY`) when the trigger opens the
conjunct right after a conjunction (data/subtype_means.json "conjunctions") and the conjunct before it names exactly
one equally specific means (`equally_specific`) by the trigger lexicon's types; `first_means_subtype` answers it.
The same guideline line, the means decides, holds for one generic event word whose own phrase names the means (sub52,
`own_means`): 'a grenade attack on a bus stop', 'the shelling attacks caused damage', 'both bomb attacks had been
aimed at police vehicles' (a means word modifies the trigger), 'a bomb attack killed five', 'a series of airstrikes
killed 20', 'killed by a roadside bomb', 'the Turkish Air Force killed 200', 'Russian jets intensified attacks' (the
means or an aircraft is the trigger's doer, by subject, passive agent or 'with'; sub58: or a headline's means noun the
parse took for a verb, 'regime airstrikes kill 22 civilians', `_misparsed_subject`). The trigger lexicon reads the
generic word (an attack, a killing, a destruction) and the rules answer a clash, an Attack or property destruction.
Emitted as `own_means=<ACLED sub-type>` (rules-only) when the trigger names no means itself, is no fight word (a
'fight with rockets' is still a fight) and its phrase names exactly one means (a suicide attacker over the bomb he
carries); `own_means_subtype` answers it for the generic answers (data/subtype_means.json "own_means_retyped").
Pure: spaCy tokens in, strings out.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json, word_lists
from frontwatch.events import ontology
from frontwatch.events.subtype_agents import agent_data
from frontwatch.events.subtype_features import (
    aircraft_words,
    cue_data,
    first_feature_value,
    sentence_lexicon_types,
)
from frontwatch.events.toll_act import CAUSE_PREPS, is_death
from frontwatch.nlp.doc_memo import doc_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FIRST_MEANS = "first_means="
OWN_MEANS = "own_means="
AIR_LAUNCHED = "air_launched=1"
DESCRIBED_MEANS = "described_means="  # the means a description names (`described_means`, guideline 24.17)
KILLING_MEANS = "killing_means="  # the means that did a killing (`killing_means`, diag54, section 88)
FEATURE_PREFIXES = (FIRST_MEANS, OWN_MEANS, "air_launched=", DESCRIBED_MEANS, KILLING_MEANS)
# Words that end the first conjunct going left: a clause's verb, punctuation (the conjunct is one phrase).
_STOP_POS = frozenset({"VERB", "AUX", "PUNCT", "SCONJ", "PRON"})
# The dependencies of a word that modifies the noun after it inside one conjunct.
MODIFIER_DEPS = frozenset({"amod", "compound", "det", "nummod", "nmod", "poss", "advmod", "quantmod", "npadvmod",
                           "punct"})
# A trigger that opens a conjunct is a noun or a gerund ('shelling'), not a clause's finite verb ('jets bombed').
CONJUNCT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "VBG"})
LEFT_WINDOW = 6  # tokens read back from the conjunction: a noun with its modifiers and one prepositional phrase


@lru_cache(maxsize=1)
def means_data() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """(equally specific sub-types, conjunctions as token tuples, longest first, the trigger lexicon's types that name
    one means) of data/subtype_means.json."""
    raw = data_json("subtype_means.json")
    conj = sorted((tuple(c.split()) for c in raw["conjunctions"]), key=len, reverse=True)
    return frozenset(raw["equally_specific"]), tuple(conj), frozenset(raw["means_types"])


def _subtypes(types: Iterable[str]) -> set[str]:
    """The ACLED sub-types of the lexicon's internal types that name one means (`means_types`): the generic 'attack'
    (whose ACLED default is a battle) names no means and is left out."""
    out = set()
    for typ in set(types) & means_data()[2]:
        acled = ontology.get(typ).acled
        if acled:
            out.add(acled[1])
    return out


def _conjunction_before(span: Span, start: int) -> int | None:
    """The index of the first token of a conjunction that ends right before token `start`, else None."""
    conjunctions = means_data()[1]
    for words in conjunctions:
        first = start - len(words)
        if first < span.start:
            continue
        if tuple(span.doc[i].lower_ for i in range(first, start)) == words:
            return first
    return None


def _opening(span: Span, trigger_tokens: list[int]) -> int:
    """Where the trigger's conjunct opens: the trigger's first token, less the modifiers before it that hang on it or
    on each other ('coalition air strikes', 'U.S.-led strikes', 'the heavy shelling'); never its subject."""
    inside = set(trigger_tokens)
    k = min(trigger_tokens) - 1
    while k >= span.start:
        tok: Token = span.doc[k]
        if tok.dep_ not in MODIFIER_DEPS or tok.head.i not in inside:
            break
        inside.add(k)
        k -= 1
    return k + 1


def _nominal(tok: Token, typed: set[int]) -> bool:
    """A noun, or a gerund used as one ('shelling from army posts'; 'shelling attacks', which spaCy parses as a gerund
    and its object: the object is itself an event word, `typed`), not a gerund heading its own clause with an object
    ('artillery shelling our neighbourhood'), nor a finite verb ('jets bombed')."""
    if tok.tag_ not in CONJUNCT_TAGS:
        return False
    return tok.tag_ != "VBG" or all(c.i in typed for c in tok.children if c.dep_ == "dobj")


def _doers_of_means_verb(span: Span, trigger_tokens: list[int], types: dict[int, frozenset[str]]) -> bool:
    """Whether the conjuncts are the doers of a verb right after them that itself names a means ('warplanes, cannon
    and artillery shelling our neighbourhood', 'jets and artillery shelled the town'): the verb tells the act."""
    after = max(trigger_tokens) + 1
    return (after < span.end and span.doc[after].pos_ in ("VERB", "AUX")
            and bool(_subtypes(types.get(after, ()))))


def first_means(span: Span, trigger_tokens: list[int]) -> str | None:
    """The sub-type of the conjunct before the trigger's, when the trigger opens a conjunct after a conjunction and
    the words before it, back to the clause's verb or punctuation, name one equally specific means; else None."""
    if not trigger_tokens:
        return None
    types = dict(sentence_lexicon_types(span))
    if not _nominal(span.doc[max(trigger_tokens)], set(types)) or _doers_of_means_verb(span, trigger_tokens, types):
        return None
    same = means_data()[0]
    conj = _conjunction_before(span, _opening(span, trigger_tokens))
    if conj is None:
        return None
    found: set[str] = set()
    for k in range(conj - 1, max(span.start, conj - LEFT_WINDOW) - 1, -1):
        tok = span.doc[k]
        here = _subtypes(types.get(k, ())) & same
        if tok.pos_ in ("VERB", "AUX") and not (k == conj - 1 and tok.tag_ == "VBG"):
            break  # a clause's verb ends the phrase; a gerund right before the conjunction is its conjunct
        if here:
            found |= here
            continue
        if tok.pos_ in _STOP_POS:
            break
    return next(iter(found)) if len(found) == 1 else None


def means_features(span: Span, trigger_tokens: list[int]) -> list[str]:
    """`first_means=<sub-type>` (see module docstring), or nothing."""
    sub = first_means(span, trigger_tokens)
    return [f"{FIRST_MEANS}{sub}"] if sub else []


def first_means_subtype(subtype: str, feats: Iterable[str]) -> str:
    """An answer that is one of the equally specific means, given to the later of two coordinated means, is the
    first one's (guideline section 2 rule 2: between two equally specific events, the first mentioned)."""
    same = means_data()[0]
    if subtype not in same:
        return subtype
    first = first_feature_value(feats, FIRST_MEANS)
    return first if first and first in same else subtype


SUICIDE = "Suicide bomb"
# The dependencies of a word that names a noun's kind inside its phrase ('grenade attack', 'car bomb attack').
KIND_DEPS = frozenset({"compound", "amod", "nmod"})
# The dependencies of the trigger's doers: its subject, a passive's agent phrase, a clause's subject.
DOER_DEPS = frozenset({"nsubj", "csubj"})
# A verb with no subject of its own whose doer is its head verb's subject: 'destroyed the depot, [killing] 25'.
CONTROLLED_DEPS = frozenset({"advcl", "xcomp", "conj"})
LAUNCHER_WINDOW = 3  # tokens read back from a grenade for its launcher ('rocket - propelled grenade')


@lru_cache(maxsize=1)
def own_means_data() -> dict[str, frozenset[str]]:
    """data/subtype_means.json's lists for `own_means`, and the fight words (data/subtype_cues.json
    "two_sided_fight_words", "riot_clash_words") and counters (data/munition_means.json "counters") it reuses."""
    lists = dict(word_lists("subtype_means.json"))
    lists["fight_words"] = frozenset(cue_data()["two_sided_fight_words"]) | frozenset(cue_data()["riot_clash_words"])
    lists["counters"] = word_lists("munition_means.json")["counters"]
    return lists


def _own_subtypes(types: Iterable[str]) -> set[str]:
    """The ACLED sub-types of the lexicon types that name a means for `own_means` ("own_means_types")."""
    out = set()
    for typ in set(types) & own_means_data()["own_means_types"]:
        acled = ontology.get(typ).acled
        if acled:
            out.add(acled[1])
    return out


def _kind_words(tok: Token) -> list[Token]:
    """A noun's own kind words: its compound and adjective modifiers, and theirs ('car bomb attack'), not a grenade
    launched by a rocket ('rocket-propelled grenade fire')."""
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ in KIND_DEPS]
    while todo:
        c = todo.pop()
        out.append(c)
        todo.extend(g for g in c.children if g.dep_ in KIND_DEPS)
    return out


def own_pos_types(tok: Token, act: bool = False) -> frozenset[str]:
    """The lexicon types of the entries the word itself is: a noun entry only by the noun's own lemma or form (a
    phrase of several words is checked on its head elsewhere, as `triggers` does, so it counts). Why: `sentence_lexicon_types` reads a word by every entry
    its form reaches, and the noun 'bombing' ('Syria regime bombing kills 16') reaches the noun 'bomb', a planted
    explosive, as an inflection of the verb 'bomb'; the act of bombing is typed by its doer (`ontology.refine`: a
    state's bombing is from the air), not by that noun."""
    from frontwatch.events.triggers import default_lexicon

    by_first = default_lexicon().by_first
    lemma = doc_lemmas(tok.doc)[tok.i]
    entries = {e for k in (lemma, tok.lower_) for e in by_first.get(k, ())}
    # a noun entry is the noun's lemma or form: the index also keys a verb's forms, so 'bombing' reaches 'bomb' (N);
    # a verb's entry stays, its gerund being the act ('the shelling attacks'); with `act`, only for the gerund
    # (data/subtype_means.json "act_noun_endings"): a title-case plural left unlemmatised ('Bombs Kill 22') reaches
    # the verb 'bomb' by its form but names the thing (diag54)
    gerund = not act or tok.lower_.endswith(tuple(own_means_data()["act_noun_endings"]))
    return frozenset(e.type for e in entries if len(e.words) > 1 or (e.pos != "N" and gerund)
                     or (e.pos == "N" and e.words[0] in (lemma, tok.lower_)))


def _named_means(tok: Token, types: dict[int, frozenset[str]], doer: bool = False) -> set[str]:
    """The means one word of the trigger's phrase names: its own lexicon type, its kind words' ('a bomb attack'), the
    rounds a counter counts ('a series of airstrikes'), or a strike from the air when it is an aircraft or an air
    force ('jets', 'the Air Force'). A doer's kind words count only when the doer is itself an event word ('a bomb
    attack killed five'): 'the 137th Artillery Brigade launched an offensive' names a unit, not the offensive's
    means."""
    d = own_means_data()
    lemmas = doc_lemmas(tok.doc)
    if lemmas[tok.i] in aircraft_words():
        return {ontology.get("air_strike").acled[1]}
    kinds = _kind_words(tok)
    if lemmas[tok.i] in d["air_force_heads"] and any(lemmas[k.i] in d["air_force_modifiers"] for k in kinds):
        return {ontology.get("air_strike").acled[1]}
    words = [tok, *kinds] if not doer or types.get(tok.i) else [tok]
    if lemmas[tok.i] in d["counters"]:
        words += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    found = set()
    for w in words:
        found |= _word_means(w, types)
    if found and any(lemmas[k.i] in agent_data()["suicide_modifiers"] for w in words for k in _kind_words(w)):
        found.add(SUICIDE)  # 'a suicide bomb killed 16': the suicide attacker (events/subtype_agents.py's modifiers)
    if any(lemmas[k] in d["launched_grenade_modifiers"] for w in words
           for k in range(max(w.sent.start, w.i - LAUNCHER_WINDOW), w.i)):
        found.discard(ontology.get("grenade").acled[1])  # read by word order: the parse hangs 'propelled' anywhere
    return found


def _word_means(tok: Token, types: dict[int, frozenset[str]]) -> set[str]:
    """The means sub-types a word names by the trigger entries it is itself (`own_pos_types`: the noun 'bombing' is no
    inflection of the verb 'bomb'): one reading for a means word in a phrase and a means noun the parse misread."""
    return _own_subtypes(frozenset(types.get(tok.i, ())) & own_pos_types(tok))


def _misparsed_subject(verb: Token, types: dict[int, frozenset[str]]) -> Token | None:
    """The means noun a headline's parse took for a verb: 'Syrian regime airstrikes kill 22 civilians' parses
    'airstrikes' as the root and 'kill' as its complement, 'regime' as the subject ('Shelling kills 5 in Aleppo':
    'kills' the object of 'Shelling'). Why: headline style drops the
    articles that tell a plural noun from a verb, and the doer of the killing is then nobody's subject. The trigger
    verb has no subject of its own, hangs on the word before it (only data/subtype_means.json "subject_gap_pos"
    words between: 'airstrikes have killed') by one of "subject_misparse_deps", and that word is an event word whose
    own entries name one means; else None."""
    d = own_means_data()
    ctrl = verb.head
    if verb.pos_ != "VERB" or verb.dep_ not in d["subject_misparse_deps"] or ctrl.i >= verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ in (*DOER_DEPS, "nsubjpass")]
    between = verb.doc[ctrl.i + 1:verb.i]
    if subjects:
        # 'Coalition air strikes Turkish army kill 8' (diag54): a second doer juxtaposed with no comma; the verb's
        # own subject phrase fills the whole gap, so the means noun before it is a doer the parse hung elsewhere
        phrase = {t.i for s in subjects for t in s.subtree}
        if len(subjects) > 1 or not between or any(t.i not in phrase or t.pos_ == "PUNCT" for t in between):
            return None
    elif any(t.pos_ not in d["subject_gap_pos"] for t in between):
        return None
    return ctrl if len(_word_means(ctrl, types)) == 1 else None


def _misparsed_means_object(verb: Token, types: dict[int, frozenset[str]]) -> Token | None:
    """The means noun after the killing verb, in a preposition's phrase the parse lost: 'Syria Regime kills 25
    civilians in Hama airstrikes' parses 'airstrikes' as the root verb and 'kills' as its complement. Why: the same
    headline style as `_misparsed_subject`; 'killed in airstrikes', 'killed by shelling' name the killing's means.
    The trigger verb hangs on a later root word whose own entries name one means, and one of data/subtype_means.json
    "means_object_preps" stands between with no punctuation or verb after it; else None."""
    d = own_means_data()
    ctrl = verb.head
    if verb.pos_ != "VERB" or ctrl.i <= verb.i or ctrl.dep_ != "ROOT":
        return None
    between = list(verb.doc[verb.i + 1:ctrl.i])
    preps = [k for k, t in enumerate(between) if t.lower_ in d["means_object_preps"] and t.pos_ == "ADP"]
    if not preps or any(t.pos_ in ("PUNCT", "VERB", "AUX") for t in between[preps[-1]:]):
        return None
    return ctrl if len(_word_means(ctrl, types)) == 1 else None


def _doers(head: Token) -> list[Token]:
    """The trigger's doers and means: its subject (or, for a noun, its clause verb's when it is that verb's object or
    subject is itself the trigger), the object of 'by'/'with' on it or on a participle describing it ('the massacre
    committed by aircraft'), each with its conjuncts ('the regime and Russian jets')."""
    d = own_means_data()
    out = [c for c in head.children if c.dep_ in DOER_DEPS]
    if (head.pos_ == "VERB" and head.dep_ in CONTROLLED_DEPS
            and not any(c.dep_ in (*DOER_DEPS, "nsubjpass") for c in head.children)):
        out.extend(c for c in head.head.children if c.dep_ in DOER_DEPS)  # 'the Air Force destroyed X, killing 25'
    holders = [head] + [c for c in head.children if c.dep_ == "acl"]
    for h in holders:
        for c in h.children:
            if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in d["own_means_preps"])):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        out.extend(c for c in head.head.children if c.dep_ in DOER_DEPS)
    return out + [c for t in out for c in t.conjuncts]


def _means_doers(head: Token, types: dict[int, frozenset[str]]) -> list[Token]:
    """The trigger's doers (`_doers`) with a headline's misparsed means noun (sub58): the subject the parse lost
    (`_misparsed_subject`) stands for the parse's subject, which was its own modifier ('regime airstrikes'), and a
    means noun after the verb the parse lost its preposition for (`_misparsed_means_object`) is added."""
    doers = _doers(head)
    misparsed = _misparsed_subject(head, types)
    if misparsed is not None:
        doers = [misparsed]  # the parse's subject was the means noun's own modifier ('regime airstrikes') (sub58)
    means_object = _misparsed_means_object(head, types)
    if means_object is not None:
        doers.append(means_object)  # 'kills 25 civilians in Hama airstrikes': the means the parse lost (sub58)
    return doers


def _whole_state(tok: Token, name_ok: bool = False) -> bool:
    """Whether a modifier names a state as a whole: a country's demonym ('Israeli', `subtype_sides.national`), a
    coalition of states (data/subtype_means.json "state_coalition_words"), a state leading the act
    ("state_led_words": 'US-led', 'Saudi-led'), or, where `name_ok` (an owner, a 'by' object, the state that leads),
    a country's name (the actor list's country rows: "Russia's raids", 'raids by Russia'). A name as a compound is
    left out: 'killed in Syria raid' names where the raid was, not who raided."""
    from frontwatch.events.actors import default_dictionary
    from frontwatch.events.subtype_sides import national

    d = own_means_data()
    lemma = doc_lemmas(tok.doc)[tok.i]
    if lemma in d["state_coalition_words"] or national(tok.text):
        return True  # a demonym, whatever tag a title-case headline gives it ('Killed in Israeli Raids')
    if name_ok and tok.pos_ == "PROPN" and default_dictionary().country_code(tok.text):
        return True
    return lemma in d["state_led_words"] and any(_whole_state(c, True) for c in tok.children if c.dep_ != "punct")


def state_raid(tok: Token) -> bool:
    """Whether a raid noun is a state's air raid (guideline sections 4 and 66): its own modifiers or its 'by' object
    name a state as a whole ('Israeli raids', 'US-led raids kill 35', 'coalition raids') and no other noun (a force
    on the ground or a time: 'Israeli army raids', 'police raids', 'dawn raids'). Why: the trigger lexicon types
    'raid' as a generic attack, the ground raid of other theatres; a state acting as a whole raids from the air."""
    d = own_means_data()
    if tok.pos_ != "NOUN" or doc_lemmas(tok.doc)[tok.i] not in d["state_raid_nouns"]:
        return False
    kinds = [c for c in tok.children if c.dep_ in KIND_DEPS]
    doers = [c for c in tok.children if c.dep_ == "poss"]
    doers += [g for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
              for g in c.children if g.dep_ == "pobj"]
    if any(m.pos_ == "NOUN" and doc_lemmas(tok.doc)[m.i] not in d["state_coalition_words"] for m in kinds + doers):
        return False
    return any(_whole_state(m) for m in kinds) or any(_whole_state(m, True) for m in doers)


def described_means(head: Token) -> list[Token]:
    """The names a verb of description gives the trigger's head (guideline 24.17; data/subtype_means.json
    "describing_verbs"): the 'as' object or the bare complement ('oprd') of such a verb that (a) hangs on the trigger
    ('the attack, described as an air strike'; 'the attack ... describing it as a truck bombing', where the parser
    hangs the participle on the noun), (b) takes the trigger as its object or passive subject ('called the attack a
    suicide bombing', 'the attack was described as a bombing'), or (c) stands beside it under the trigger's verb with a
    pronoun for it as its object ('carried out the attack, describing it as a truck bombing'). Why: a claim names the
    act's means by describing it; nothing else in the sentence does, and the rules typed the generic 'attack' of a
    non-state doer a ground fight."""
    d = own_means_data()
    lemmas = doc_lemmas(head.doc)
    verbs = [c for c in head.children if c.dep_ in ("acl", "relcl")]
    if head.dep_ in ("dobj", "nsubjpass") and head.head.i != head.i:
        verbs.append(head.head)
        verbs.extend(c for c in head.head.children if c.dep_ in ("advcl", "conj")
                     and any(g.dep_ == "dobj" and g.pos_ == "PRON" for g in c.children))
    names: list[Token] = []
    for verb in verbs:
        if lemmas[verb.i] not in d["describing_verbs"]:
            continue
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in d["describing_preps"]:
                names.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ in d["describing_deps"]:
                names.append(c)
    return names


def described_triggers(heads: "list[Token]") -> set[int]:
    """Indexes (into `heads`, the heads of one sentence's triggers) of the triggers that only describe another
    trigger's act (`described_means` of its head: 'carried out the attack, describing it as a truck bombing', 'called
    the attack an ambush'). Why (docs/annotation/subtypes.md section 84): the description names the act's means, which
    `described_subtype` reads for the act; left as a trigger of its own, the described noun became a second event of
    another type (an Air/drone strike with no doer beside the claimed IED), which then drew the headline's report of
    the act into it and lost the headline's toll."""
    at = {h.i: k for k, h in enumerate(heads)}
    return {at[name.i] for k, head in enumerate(heads) for name in described_means(head)
            if name.i in at and at[name.i] != k}


def _described_subtypes(name: Token, types: dict[int, frozenset[str]], agent_kind: str | None) -> set[str]:
    """The means a described name gives (`described_means`): what its own phrase names (`_named_means`), and the word
    itself typed by the attack's doer as the trigger layer types it (`ontology.refine`: the noun 'bombing' is a
    planted explosive when an armed group does it, a strike from the air otherwise)."""
    entries = frozenset(types.get(name.i, ())) & own_pos_types(name)
    return _named_means(name, types) | _own_subtypes(ontology.refine(t, agent_kind) for t in entries)


def _generic_trigger(span: Span, trigger_tokens: list[int]) -> tuple[dict[int, frozenset[str]], Token] | None:
    """(the sentence's lexicon types, the trigger's head) when the trigger is a generic event word — its head names
    no means the lexicon types and none of its words is a fight word — else None: the one precondition of
    `own_means` and `described_subtype`, which both look for a means the trigger itself does not name."""
    if not trigger_tokens:
        return None
    types = dict(sentence_lexicon_types(span))
    trig = set(trigger_tokens)
    head = next((span.doc[i] for i in trigger_tokens if span.doc[i].head.i not in trig or span.doc[i].head.i == i),
                span.doc[trigger_tokens[0]])
    if _own_subtypes(types.get(head.i, ())):
        return None  # the trigger's head names its means: the lexicon typed it so
    lemmas = doc_lemmas(span.doc)
    if {lemmas[i] for i in trig} & own_means_data()["fight_words"]:
        return None
    return types, head


def own_means(span: Span, trigger_tokens: list[int]) -> str | None:
    """The sub-type of the one means the trigger's own phrase names (see module docstring), when the trigger is a
    generic event word (it names no means, it is no fight word); else None."""
    generic = _generic_trigger(span, trigger_tokens)
    if generic is None:
        return None
    types, head = generic
    trig = set(trigger_tokens)
    found: set[str] = set()
    doers = _means_doers(head, types)
    for tok, doer in [*((k, False) for k in _kind_words(head)), *((k, True) for k in doers)]:
        if span.start <= tok.i < span.end and (tok.i not in trig or not doer):
            found |= _named_means(tok, types, doer)  # a kind word inside the trigger counts: "bomb attacks"
    if any(state_raid(t) for t in (head, *doers) if span.start <= t.i < span.end):
        found.add(ontology.get("air_strike").acled[1])  # 'Israeli raids', 'US-led raids kill 35' (sub59)
    if SUICIDE in found:
        return SUICIDE  # a suicide attacker is more specific than the bomb he carries
    return next(iter(found)) if len(found) == 1 else None


def _is_air(tok: Token, types: dict[int, frozenset[str]]) -> bool:
    """Whether a doer strikes from the air: an aircraft, an air force, a strike from the air (`_named_means`)."""
    return _named_means(tok, types, doer=True) == {ontology.get("air_strike").acled[1]}


def _verb_doers(verb: Token) -> list[Token]:
    """A firing verb's doers and launch point: its subject, passive agent and 'from' object ('fired from jets'), or,
    with no subject of its own, its controller's subject ('jets were reported to have fired missiles')."""
    d = own_means_data()
    out = [c for c in verb.children if c.dep_ in DOER_DEPS]
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in d["launch_preps"]):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    if not any(c.dep_ in (*DOER_DEPS, "nsubjpass") for c in verb.children) and verb.dep_ in CONTROLLED_DEPS:
        out.extend(c for c in verb.head.children if c.dep_ in (*DOER_DEPS, "nsubjpass"))
    return out + [c for t in out for c in t.conjuncts]


def air_launched(span: Span, trigger_tokens: list[int]) -> bool:
    """Whether the round or bomb the trigger names (the lexicon's shelling or planted explosive) came from the air: a
    firing verb sends it ('fired', 'launched', `munition_means` "firing_verbs") from an aircraft or an air force, or a
    release verb drops it ("air_release_verbs": 'the bomb was dropped'), or it is what a strike from the air hit ('two
    strikes damaged an artillery piece')."""
    if not trigger_tokens:
        return False
    types = dict(sentence_lexicon_types(span))
    trig = set(trigger_tokens)
    named = set().union(*(_own_subtypes(types.get(i, ())) for i in trig))
    if not named & own_means_data()["air_launch_retyped"]:
        return False
    head = next((span.doc[i] for i in trigger_tokens if span.doc[i].head.i not in trig or span.doc[i].head.i == i),
                span.doc[trigger_tokens[0]])
    d = own_means_data()
    lemmas = doc_lemmas(span.doc)
    firing = word_lists("munition_means.json")["firing_verbs"]
    noun = head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # 'an ISIL artillery piece': the phrase's head stands in the clause
    verbs = [c for c in head.children if c.dep_ == "acl"]  # 'rockets fired from jets'
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.i != noun.i:
        verbs.append(noun.head)
    for verb in verbs:
        lemma = lemmas[verb.i]
        if lemma in d["air_release_verbs"]:
            return True
        doers = _verb_doers(verb)
        if lemma in firing and any(_is_air(t, types) for t in doers):
            return True
        if verb in verbs[-1:] and noun.dep_ == "dobj" and noun is not head and any(
                _is_air(t, types) for t in verb.children if t.dep_ in DOER_DEPS):
            return True  # the round is the target of a strike from the air
    return False


def described_subtype(span: Span, trigger_tokens: list[int], agent_kind: str | None = None) -> str | None:
    """The sub-type of the one means a description names for the trigger (`described_means`: 'describing it as a
    truck bombing'), when the trigger is a generic event word (no means of its own, no fight word); else None."""
    generic = _generic_trigger(span, trigger_tokens)
    if generic is None:
        return None
    types, head = generic
    found: set[str] = set()
    for name in described_means(head):
        if span.start <= name.i < span.end:
            found |= _described_subtypes(name, types, agent_kind)
    if SUICIDE in found:
        return SUICIDE
    return next(iter(found)) if len(found) == 1 else None


def harm_word(tok: Token) -> bool:
    """A word of dying, killing or bodily harm: data/fatalities.json's death and kill words (`toll_act.is_death`:
    'kills', 'dead', 'deaths') or a lemma of data/subtype_means.json "harm_lemmas" ('wounded', 'injured')."""
    return is_death(tok) or doc_lemmas(tok.doc)[tok.i] in own_means_data()["harm_lemmas"]


def _killers(head: Token, types: dict[int, frozenset[str]]) -> list[Token]:
    """What did a killing: the harm word's doers (`_means_doers`: subject, passive agent, 'by'/'with' object, a
    headline's misparsed means noun) and the object of its 'in'/'during' (`toll_act.CAUSE_PREPS`: 'killed in air
    strikes', 'deaths during the shelling'), each with its conjuncts."""
    out = list(_means_doers(head, types))
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out + [c for t in out for c in t.conjuncts if c not in out]


def _killer_means(tok: Token, types: dict[int, frozenset[str]], agent_kind: str | None) -> set[str]:
    """The means a killer names: its own phrase's (`_named_means` as a doer: 'car bomb', 'a wave of air strikes',
    'jets'), or, when it names none, for an act noun the trigger layer types by its doer ('bombing', 'strike'; a
    verb's entry only by its gerund, `own_pos_types(act=True)`), that act as `ontology.refine` types
    it for the killing's doer (a state's or nobody's bombing is from the air, an armed group's a planted
    explosive), as a described name is read (`_described_subtypes`)."""
    named = _named_means(tok, types, doer=True)
    if named:
        return named  # 'car bomb': the noun's own means, not the verb 'bomb' its form also reaches
    entries = frozenset(types.get(tok.i, ())) & own_pos_types(tok, act=True)  # not 'Bombs' as the verb 'bomb'
    return _own_subtypes(ontology.refine(t, agent_kind) for t in entries)


def _harm_done_by(span: Span, trigger_tokens: list[int], types: dict[int, frozenset[str]]) -> Token | None:
    """The harm word whose killer the trigger is (lead, docs/annotation/subtypes.md section 89): the trigger's head
    word is among `_killers` of its own syntactic head, a harm word ('School bombing kills 30': the trigger 'bombing'
    is the subject of 'kills'). Why: the means noun and the death verb tell one act; whichever of the two the chooser
    makes the main event, the killing's means types it, so both readings must give the same `killing_means`."""
    for i in trigger_tokens:
        tok = span.doc[i]
        head = tok.head
        if head.i != tok.i and span.start <= head.i < span.end and harm_word(head) and tok in _killers(head, types):
            return head
    return None


def killing_means(span: Span, trigger_tokens: list[int], agent_kind: str | None = None) -> str | None:
    """The sub-type of the one means that did the killing the trigger tells (diag54, docs/annotation/subtypes.md
    section 88): a word of the trigger is a harm word (`harm_word`: 'kills', or the trigger phrase 'Air strikes
    kill'), none is a fight word ('clashes killed' is the fight's), and the harm word's killers (`_killers`, the
    trigger's own words among them; none a fight word: 'killed in clashes and air strikes' is left to the rules of
    coordinated events) name exactly one means (`_killer_means`; a state's raids, `state_raid`,
    are from the air); a suicide attacker over the bomb he carries. Else None. Why: ACLED types a killing by the means
    that did it when the text tells the means ('Air strikes kill 12', 'School bombing kills 30', 'killed in air
    strikes', 'a roadside bomb wounded four'), whatever verb tells the deaths; the rules type the verb (an Attack, a
    clash) and a model may weigh the words against the means, so the codebook decides (`killing_means_subtype`)."""
    fights = own_means_data()["fight_words"]
    lemmas = doc_lemmas(span.doc)
    harm = next((span.doc[i] for i in trigger_tokens if harm_word(span.doc[i])), None)
    if harm is None and not any(harm_word(span.doc[i].head) for i in trigger_tokens):
        return None  # neither a harm word nor a harm word's killer: most events, so no sentence reading
    if {lemmas[i] for i in trigger_tokens} & fights:
        return None
    types = dict(sentence_lexicon_types(span))
    if harm is None:
        harm = _harm_done_by(span, trigger_tokens, types)  # the trigger is the killer: 'School bombing kills 30'
    if harm is None:
        return None
    killers = [t for t in _killers(harm, types) if span.start <= t.i < span.end and t.i != harm.i]
    if any(lemmas[t.i] in fights for t in killers):
        return None  # 'killed in clashes and air strikes': a fight among the killers, so no means alone did it
    found: set[str] = set()
    for tok in killers:
        found |= _killer_means(tok, types, agent_kind)
        if state_raid(tok):
            found.add(ontology.get("air_strike").acled[1])  # 'killed in Israeli raids' (sub59)
    if SUICIDE in found:
        return SUICIDE
    return next(iter(found)) if len(found) == 1 else None


def own_means_features(span: Span, trigger_tokens: list[int], agent_kind: str | None = None) -> list[str]:
    """`own_means=<sub-type>` (see `own_means`), `described_means=<sub-type>` (see `described_subtype`),
    `killing_means=<sub-type>` (see `killing_means`), `air_launched=1` (see `air_launched`), or nothing."""
    sub = own_means(span, trigger_tokens)
    described = described_subtype(span, trigger_tokens, agent_kind)
    killing = killing_means(span, trigger_tokens, agent_kind)
    return ([f"{OWN_MEANS}{sub}"] if sub else []) + ([f"{DESCRIBED_MEANS}{described}"] if described else []) + (
        [f"{KILLING_MEANS}{killing}"] if killing else []) + ([AIR_LAUNCHED] if air_launched(span, trigger_tokens) else [])


def own_means_subtype(subtype: str, feats: Iterable[str]) -> str:
    """A generic answer (a clash, an Attack, property destruction: data/subtype_means.json "own_means_retyped") of a
    trigger whose own phrase names one means is that means' sub-type: the guideline types remote violence by its
    means ('civilians killed by bombing -> the remote-violence type'; a strike that destroyed a building is an air
    strike, not property destruction)."""
    if subtype not in own_means_data()["own_means_retyped"]:
        return subtype
    means = first_feature_value(feats, OWN_MEANS)
    return means or subtype


def described_means_subtype(subtype: str, feats: Iterable[str]) -> str:
    """A generic answer ("own_means_retyped") or another means' answer ("equally_specific": the model's guess among
    the means) of an attack a description names the means of (`described_means=`: 'carried out the attack,
    describing it as a truck bombing') is that means' sub-type (guideline 24.17): the sentence states the means."""
    d = own_means_data()
    if subtype not in d["own_means_retyped"] and subtype not in d["equally_specific"]:
        return subtype
    means = first_feature_value(feats, DESCRIBED_MEANS)
    return means or subtype


def killing_means_subtype(subtype: str, feats: Iterable[str]) -> str:
    """Any violent answer (data/subtype_means.json "killing_means_retyped": a clash, an Attack, a crowd's violence,
    another means) of a killing whose means the sentence tells (`killing_means=`) is that means' sub-type: ACLED
    types a killing by its means (guideline section 2 rule 4, section 4), so no model's weighing of the words may
    override it. A more specific act (a suicide bomb, a chemical weapon) or a strategic answer is left alone."""
    if subtype not in own_means_data()["killing_means_retyped"]:
        return subtype
    means = first_feature_value(feats, KILLING_MEANS)
    return means or subtype


def air_launched_subtype(subtype: str, feats: Iterable[str]) -> str:
    """A shelling or planted-explosive answer whose round came from the air (`air_launched`) is an Air/drone strike:
    the guideline's 'missiles fired from aircraft', a bomb dropped."""
    if subtype in own_means_data()["air_launch_retyped"] and AIR_LAUNCHED in feats:
        return ontology.get("air_strike").acled[1]
    return subtype
