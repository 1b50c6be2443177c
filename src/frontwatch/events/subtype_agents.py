"""What the event's own weapon carries or who carries it: a chemical agent (Chemical weapon), a suicide attacker
(Suicide bomb) (sub50).

Why: the guideline (docs/annotation/subtypes.md section 4) types a chlorine, sarin, mustard or 'toxic gas' attack
Chemical weapon **by any delivery**: "an air-dropped chlorine bomb is Chemical weapon, not Air/drone strike". The
pipeline's trigger is the delivery ('barrel bombs allegedly filled with chlorine were dropped', 'fired missiles
containing toxic gas', 'rockets with chemical agents hit', 'chemical substances were used in the attack'), so the
rules and the model answer the delivery's type. A sentence-wide cue is not enough: a chemical word also names the
target ('an air strike hit poison gas supplies'), another event ('in response to the suspected gas attack', 'the site
of a deadly chemical attack') or a stock ('a chemical weapons factory'). So the agent is read only where the parse
makes it the load of the trigger's weapon or the thing used in the trigger's act:

(a) the agent hangs on the trigger, or on the trigger's subject or object, through a load's words ('filled with',
    'containing', 'with', 'of'), or
(b) the agent is the subject or object of a use verb ('use', 'drop', 'deliver', data/subtype_agents.json
    "use_verbs") and the trigger is that verb, its other argument, or its prepositional object ('used in the attack',
    'dropped alongside barrel bombs'), also through an infinitive of purpose ('used helicopters to deliver chlorine').

An agent noun is a word of "agents" (chlorine, sarin) or a head of "agent_heads" with a modifier of
"agent_modifiers" ('toxic gas', 'chemical agents'); 'gas' alone counts, 'tear gas' never. Emitted as
`chemical_means=1` (rules-only: `subtype_model.RULES_ONLY`); `chemical_means_subtype` answers it.

The same holds for the carrier: the guideline's Suicide bomb is 'a suicide bomber, suicide vest or suicide car/truck
bomb', but the trigger lexicon reads 'two consecutive suicide blasts' or 'a suicide car bomb' by its head ('blast',
'car bomb': a planted explosive). A modifier of the trigger's own noun that names a suicide attacker
("suicide_modifiers") is emitted as `suicide_means=1`; `suicide_means_subtype` turns a planted explosive, a clash or an
attack into Suicide bomb, never a strike from the air ('a suicide drone' is a loitering munition).
Pure: spaCy tokens in, strings out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from frontwatch.data_files import word_lists
from frontwatch.nlp.deps import NOUN_MODIFIERS
from frontwatch.nlp.doc_memo import doc_lemmas, sentence_memo

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CHEMICAL_MEANS = "chemical_means=1"
SUICIDE_MEANS = "suicide_means=1"
FEATURE_PREFIXES = ("chemical_means=", "suicide_means=")
CHEMICAL = "Chemical weapon"
SUICIDE = "Suicide bomb"
# The dependencies of a modifier of a noun ('suicide blasts', 'a suicide car bomb').
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
# The dependencies that join a noun to the noun phrase it belongs to (a conjunct, an apposition, a compound's head).
PHRASE_DEPS = frozenset({"conj", "appos", "compound"})
# A verb's own arguments: where a weapon or an agent stands as the doer or the thing acted on.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "csubjpass"})
MAX_CLIMB = 6  # heads climbed from the agent: a load's words are a few tokens long


def agent_data() -> dict[str, frozenset[str]]:
    """data/subtype_agents.json's word lists, as sets."""
    return word_lists("subtype_agents.json")


def is_agent(tok: Token) -> bool:
    """Whether `tok` names a chemical agent: a word of "agents", or a head of "agent_heads" with an agent modifier
    ('toxic gas', 'chemical weapons'), or 'gas' with no modifier that makes it another thing ('tear gas')."""
    d = agent_data()
    lem = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN") and lem not in d["agents"]:
        return False
    if lem in d["agents"]:
        return True
    if lem not in d["agent_heads"] or tok.dep_ == "compound":
        return False
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in NOUN_MODIFIERS}
    if mods & d["not_agent_modifiers"]:
        return False
    return bool(mods & d["agent_modifiers"]) or lem == "gas"


def _phrase_head(tok: Token) -> Token:
    """The head noun of the phrase `tok` belongs to, through conjuncts, appositions and compounds."""
    steps = 0
    while tok.dep_ in PHRASE_DEPS and tok.head.i != tok.i and steps < MAX_CLIMB:
        tok, steps = tok.head, steps + 1
    return tok


def _carrier(agent: Token) -> Token | None:
    """The noun whose load the agent is ('bombs filled with chlorine', 'missiles containing gas', 'rockets with
    chemical agents'), else None."""
    d = agent_data()
    tok = _phrase_head(agent)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in d["carry_preps"]:
        prep = tok.head
        head = prep.head
        if head.pos_ in ("NOUN", "PROPN"):
            return head
        if head.dep_ == "acl" and head.lemma_.lower() in d["carry_verbs"]:
            return head.head
        return None
    if tok.dep_ == "dobj" and tok.head.dep_ == "acl" and tok.head.lemma_.lower() in d["carry_verbs"]:
        return tok.head.head
    return None


def _weapon_slots(verb: Token) -> set[int]:
    """The tokens that stand for the act or weapon of `verb`'s clause: the verb, its arguments and the objects of its
    means prepositions ('used in the attack', 'dropped alongside barrel bombs'), each with its phrase."""
    d = agent_data()
    out = {verb.i}
    for c in verb.children:
        if c.dep_ in ARGUMENT_DEPS:
            out |= {t.i for t in c.subtree if t.dep_ in PHRASE_DEPS or t.i == c.i}
        elif c.dep_ == "prep" and c.lower_ in d["means_preps"]:
            for o in c.children:
                if o.dep_ == "pobj":
                    out |= {t.i for t in o.subtree if t.dep_ in PHRASE_DEPS or t.i == o.i}
    return out


def chemical_means(span: Span, trigger_tokens: list[int]) -> bool:
    """Whether a chemical agent is the load of the trigger's weapon or the thing used in its act (module docstring)."""
    if not trigger_tokens:
        return False
    d = agent_data()
    trig = set(trigger_tokens)
    anchors = trig | {_phrase_head(span.doc[i]).i for i in trig}
    for agent in (span.doc[i] for i in sentence_agents(span)):
        if agent.i in trig:
            continue
        carrier = _carrier(agent)
        if carrier is not None:  # (a): the load of the trigger, or of the trigger's subject or object
            if carrier.i in anchors or _phrase_head(carrier).i in anchors:
                return True
            head = _phrase_head(carrier)
            if head.dep_ in ARGUMENT_DEPS and head.head.i in anchors:
                return True
        top = _phrase_head(agent)
        verb = top.head
        if top.dep_ not in ARGUMENT_DEPS or verb.lemma_.lower() not in d["use_verbs"]:
            continue
        slots = _weapon_slots(verb) - {t.i for t in top.subtree}
        if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            slots |= _weapon_slots(verb.head) - {verb.i}  # 'used helicopters to deliver chlorine'
        if slots & anchors:  # (b): the agent used in the trigger's act
            return True
    return False


def sentence_agents(span: Span) -> tuple[int, ...]:
    """The indexes of the sentence's agent nouns (`is_agent`), found once per sentence (`sentence_memo`): each event
    of the sentence asks `chemical_means`, and the test reads every token's children, while the trigger only decides
    which of the few agents count."""
    return sentence_memo(span, "chemical_agents", _sentence_agents)


def _sentence_agents(span: Span) -> tuple[int, ...]:
    d = agent_data()
    lemmas = doc_lemmas(span.doc)  # (a word of neither list is no agent: no Token is made for it)
    return tuple(i for i in range(span.start, span.end)
                 if (lemmas[i] in d["agents"] or lemmas[i] in d["agent_heads"]) and is_agent(span.doc[i]))


def suicide_means(span: Span, trigger_tokens: list[int]) -> bool:
    """Whether the trigger's own noun (or the head of its phrase) has a modifier naming a suicide attacker ('two
    consecutive suicide blasts', 'a suicide car bomb')."""
    if not trigger_tokens:
        return False
    words = agent_data()["suicide_modifiers"]
    trig = set(trigger_tokens)
    nouns = {span.doc[i] for i in trig} | {_phrase_head(span.doc[i]) for i in trig}
    return any(c.dep_ in MODIFIER_DEPS and c.i not in trig and c.lemma_.lower() in words
               for n in nouns for c in n.children)


def agent_features(span: Span, trigger_tokens: list[int]) -> list[str]:
    """`chemical_means=1`, `suicide_means=1` (see module docstring), or nothing."""
    out = [CHEMICAL_MEANS] if chemical_means(span, trigger_tokens) else []
    return out + ([SUICIDE_MEANS] if suicide_means(span, trigger_tokens) else [])


def chemical_means_subtype(subtype: str, feats: Iterable[str]) -> str:
    """A delivery's or a generic act's answer (data/subtype_agents.json "chemical_retyped") whose means carries a
    chemical agent is Chemical weapon: the guideline types the agent by any delivery. Else a planted explosive's, a
    clash's or an attack's answer ("suicide_retyped") whose trigger a suicide attacker modifies is Suicide bomb."""
    feats = list(feats)
    if subtype in agent_data()["chemical_retyped"] and CHEMICAL_MEANS in feats:
        return CHEMICAL
    if subtype in agent_data()["suicide_retyped"] and SUICIDE_MEANS in feats:
        return SUICIDE
    return subtype
