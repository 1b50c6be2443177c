"""A deal or truce told as ended is no Agreement (sub64, guideline 24.11).

Why: the trigger lexicon reads every deal or truce noun ('ceasefire', 'truce', 'deal') as an agreement event, and the
model answers Agreement for it. The guideline's Agreement (docs/annotation/subtypes.md section 4) is a deal "agreed,
signed or taking effect"; a deal told as **ended** - 'the ceasefire collapsed', 'the army declared an end to its
ceasefire', 'the truce has ended', 'the army ended the truce' - is the opposite development. Its end, announced or
reported, is the codebook's announced change of a group's activity (Change to group/activity; the corpus's gold for
"the Syrian armed forces declared the end of the ceasefire"); where the sentence's main clause tells another event
("Since a temporary truce broke down in May, shells and barrel bombs have fallen", "jets pounded ... days after a
ceasefire collapsed") the ended deal is its background, not an agreement either.

Emitted as `deal_ended=<word that ends it>` (rules-only: `subtype_model.RULES_ONLY`, so the shipped model's input does
not move) when the trigger is a deal noun (`DEAL_NOUNS`: the lexicon's agreement and ceasefire nouns, one definition
for `subtype_rules.leaving_under_deal` too) and the parse makes it
(a) the subject of an ending verb with no object of its own ("ending_verbs": 'collapsed', 'broke down', 'expired'),
(b) the object of a verb by which a side ends it ("ending_objects_verbs": 'ended the truce', 'scrapped the deal'), or
(c) the 'of' / 'to' object of an ending noun ("ending_nouns": 'the end of the ceasefire', 'an end to its ceasefire'), or
(d) the object of a time adjunct's opener ('after', 'since': `subtype_scope.TIME_OPENERS`) whose clause's ending verb
    the parser hung, subjectless, beside it ('days after a ceasefire brokered by the US collapsed': 'ceasefire' the
    object of 'after', 'collapsed' an adverbial clause of the main verb with no subject of its own).
A breach ('violated', 'broke the truce') is not an end: the deal still stands. `deal_ended` reads the feature.

`deal_made=<verb>` (rules-only too; diag53, guideline 24.17): the deal noun told made or in force by the parse
(`making_word`: 'took effect', 'agreed to a ceasefire', 'signed a deal') in a sentence that tells no fighting act
outside the deal's own phrase (`fighting_told`). `deal_in_force` makes any answer for it an Agreement: a retrained
model learned "between the army and the rebels" from clashes and typed the deal that names them a fight.
Pure: spaCy tokens in, strings out; the words are data/subtype_deals.json's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from frontwatch.data_files import word_lists
from frontwatch.events import ontology
from frontwatch.events.subtype_features import (
    cue_data,
    sentence_lexicon_types,
    trigger_head,
)
from frontwatch.events.subtype_features import feature_values as _values
from frontwatch.events.subtype_scope import TIME_OPENERS, in_time_adjunct
from frontwatch.events.triggers import load_lexicon, packaged_triggers_path

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DEAL_ENDED = "deal_ended="
DEAL_MADE = "deal_made="
FEATURE_PREFIXES = (DEAL_ENDED, DEAL_MADE)
AGREEMENT = "Agreement"
GROUP_CHANGE = "Change to group/activity"
# data/subtype_cues.json "about_sub42" (docs/annotation/subtypes.md section 47): the lexicon's nouns of a deal or truce.
DEAL_NOUNS = frozenset(
    e.words[0] for e in load_lexicon([packaged_triggers_path()]).entries
    if e.type in cue_data()["deal_lex_types"] and e.pos == "N" and len(e.words) == 1)
# A clause's subject: an ending verb with none, hung beside a time opener's object, is that object's verb (d).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# A verb's own object (active or a clause's complement): with one, an ending verb's subject ends something else
# ('the truce ended the fighting' tells the truce in effect).
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def _lists() -> dict[str, frozenset[str]]:
    return word_lists("subtype_deals.json")


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def ending_word(noun: Token) -> str | None:
    """The word by which the parse tells the deal noun `noun` ended, None when it does not (module docstring (a)-(c))."""
    d = _lists()
    head = noun.head
    if head.i == noun.i:
        return None
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and _lemma(head) in d["ending_verbs"]:
        if not any(c.dep_ in _OBJECT_DEPS for c in head.children):
            return _lemma(head)
    if noun.dep_ in _OBJECT_DEPS and head.pos_ == "VERB" and _lemma(head) in d["ending_objects_verbs"]:
        return _lemma(head)
    if noun.dep_ == "pobj" and head.lower_ in d["ending_prepositions"] and head.head.i != head.i:
        owner = head.head
        if owner.pos_ in ("NOUN", "PROPN") and _lemma(owner) in d["ending_nouns"]:
            return _lemma(owner)
    if noun.dep_ == "pobj" and head.lower_ in TIME_OPENERS and head.dep_ == "prep":
        for verb in head.head.children:
            if verb.dep_ == "advcl" and verb.i > noun.i and verb.pos_ == "VERB" and _lemma(verb) in d["ending_verbs"] \
                    and not any(c.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS for c in verb.children):
                return _lemma(verb)
    return None


def making_word(noun: Token) -> str | None:
    """The verb by which the parse tells the deal noun `noun` made or in force (guideline 24.17), None when it does
    not: the deal is (a) the subject of a verb of taking effect ("in_force_verbs": 'the truce held'; 'took effect',
    'came into force' with their object from "in_force_objects"), or (b) the object, the passive subject or the
    'to'/'on' object of a verb of its making ("making_verbs": 'agreed a truce', 'agreed to a ceasefire', 'a deal was
    signed'). A deal told as ended or only referred to is neither (24.11, 24.14)."""
    d = _lists()
    head = noun.head
    if head.i == noun.i or head.pos_ not in ("VERB", "AUX"):
        if noun.dep_ == "pobj" and head.lower_ in d["making_prepositions"] and head.head.i != head.i:
            verb = head.head
            if verb.pos_ == "VERB" and _lemma(verb) in d["making_verbs"]:
                return _lemma(verb)
        return None
    lemma = _lemma(head)
    if noun.dep_ == "nsubj" and lemma in d["in_force_verbs"]:
        if lemma not in d["in_force_objects_verbs"]:
            return lemma
        objects = [c for c in head.children if c.dep_ in _OBJECT_DEPS]
        objects += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return lemma if any(_lemma(o) in d["in_force_objects"] for o in objects) else None
    if noun.dep_ in (*_OBJECT_DEPS, "nsubjpass") and lemma in d["making_verbs"]:
        return lemma
    return None


def _fighting_words(span: Span) -> frozenset[int]:
    """The sentence's tokens whose lexicon types are violent ACLED event types ("fighting_event_types")."""
    kinds = _lists()["fighting_event_types"]
    out = set()
    for i, types in sentence_lexicon_types(span):
        if any((ontology.acled_of(t) or ("",))[0] in kinds for t in types):
            out.add(i)
    return frozenset(out)


# A noun told as an act of its clause: its subject or object ('clashes erupted', 'launched an attack').
_ACT_NOUN_DEPS = _SUBJECT_DEPS | _OBJECT_DEPS | frozenset({"nsubjpass", "pobj"})


def fighting_told(span: Span, noun: Token) -> bool:
    """Whether the sentence tells a fighting act outside the deal's own phrase and the verb that makes it (the
    lexicon reads 'took' in 'took effect' as ground taken): a violent lexicon word
    (`_fighting_words`) that is a verb, or a noun standing as a clause's subject or object ('clashes erupted after
    the truce took effect', 'the rebels attacked the town'). The deal's own phrase ('a truce between the warring
    sides', 'a ceasefire ending the clashes') names its parties or its purpose, not a fight."""
    own = {t.i for t in noun.subtree}
    if noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX"):
        own |= {noun.head.i} | {c.i for c in noun.head.children if c.dep_ in _OBJECT_DEPS}  # 'took effect'
    for i in _fighting_words(span):
        tok = span.doc[i]
        if i in own:
            continue
        if tok.pos_ == "VERB" or (tok.pos_ == "NOUN" and tok.dep_ in _ACT_NOUN_DEPS):
            return True
    return False


def deal_features(span: Span, trigger_tokens: list[int]) -> list[str]:
    """`deal_ended=<word>` when the trigger is a deal noun told as ended (module docstring); `deal_made=<verb>` when it
    is told made or in force and the sentence tells no fighting act (`making_word`, `fighting_told`, guideline
    24.17); [] otherwise."""
    if not trigger_tokens:
        return []
    head = trigger_head(span, trigger_tokens)
    if head.pos_ == "VERB" and _lemma(head) in _lists()["making_verbs"]:
        return _made_by_verb(span, head)
    if head.pos_ not in ("NOUN", "PROPN") or _lemma(head) not in DEAL_NOUNS:
        return []
    word = ending_word(head)
    if word:
        return [f"{DEAL_ENDED}{word}"]
    if referred_word(head) is not None:
        return []
    made = making_word(head)
    return [f"{DEAL_MADE}{made}"] if made and not fighting_told(span, head) else []


def _made_by_verb(span: Span, verb: Token) -> list[str]:
    """`deal_made=<verb>` when the trigger is the verb of making a deal (lead, docs/annotation/subtypes.md section
    89): a deal noun the parse makes made by this verb (`making_word`: 'agreed to a ceasefire', 'signed a truce'),
    not told as ended or only referred to, in a sentence that tells no fighting. Why: the verb and its deal noun tell
    one act; whichever of the two the chooser makes the main event, the deal made types it (guideline 24.17)."""
    d = _lists()
    nouns = [c for c in verb.children if c.dep_ in (*_OBJECT_DEPS, "nsubjpass")]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in d["making_prepositions"]
              for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        if _lemma(noun) not in DEAL_NOUNS or ending_word(noun) or referred_word(noun) is not None:
            continue
        if making_word(noun) == _lemma(verb) and not fighting_told(span, noun):
            return [f"{DEAL_MADE}{_lemma(verb)}"]
    return []


def deal_ended(subtype: str, feats: Iterable[str]) -> str:
    """An Agreement answer for a deal told as ended (`deal_ended=`) is a Change to group/activity (guideline 24.11):
    the deal's end, not its making, is what the sentence tells of it."""
    if subtype != AGREEMENT:
        return subtype
    return GROUP_CHANGE if _values(list(feats), DEAL_ENDED) else subtype


def deal_in_force(subtype: str, feats: Iterable[str]) -> str:
    """Any answer for a deal told made or in force in a sentence that tells no fighting (`deal_made=`) is an
    Agreement (guideline 24.17, the ACLED codebook's agreement): 'A ceasefire between the army and the rebels took
    effect' names the parties to the deal, and a model that learned 'between the army and the rebels' from clashes
    must not make the deal a fight."""
    if subtype == AGREEMENT:
        return subtype
    return AGREEMENT if _values(list(feats), DEAL_MADE) else subtype


# A deal noun modifying another noun: its dependency on that noun ('the ceasefire line', 'truce violations').
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
_SUBJECT_OBJECT_DEPS = _SUBJECT_DEPS | _OBJECT_DEPS


def referred_word(noun: Token) -> str | None:
    """The word by which the parse makes the deal noun `noun` only referred to (guideline 24.14, sub68), None when it
    does not: the deal is (a) a modifier of another noun that is no deal noun ('the Golan Heights ceasefire line',
    'truce violations', 'ceasefire talks'), (b) the subject or object of a verb that does something to or with a deal
    that stands ("referring_verbs": 'violated the truce', 'exploited this agreement', 'puts the deal in doubt'),
    (c) the object of a preposition of concession or span ("referring_prepositions": 'despite the ceasefire', 'amid a
    truce'), or (d) the 'of'/'to' object of a noun of its breach or of a party to it ("referring_nouns": 'a violation
    of the truce', 'not party to a deal'). Why: the lexicon reads every deal noun as an agreement event, and the
    chooser then may take it over the violence the sentence tells ("South Ossetian fighters continued to attack
    despite the Georgian ceasefire"); the guideline's Agreement is a deal agreed, signed or taking effect."""
    d = _lists()
    head = noun.head
    if head.i == noun.i:
        return None
    if noun.dep_ in _MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN") and _lemma(head) not in DEAL_NOUNS:
        return _lemma(head)
    if noun.dep_ in _SUBJECT_OBJECT_DEPS and head.pos_ in ("VERB", "AUX") and _lemma(head) in d["referring_verbs"]:
        return _lemma(head)
    if noun.dep_ == "pobj" and head.lower_ in d["referring_prepositions"]:
        return head.lower_
    if noun.dep_ == "pobj" and head.lower_ in d["ending_prepositions"] and head.head.i != head.i \
            and head.head.pos_ in ("NOUN", "PROPN", "ADJ") and _lemma(head.head) in d["referring_nouns"]:
        return _lemma(head.head)
    return None


def _noun_is_background(span: Span, noun: Token) -> bool:
    """A deal noun only referred to, or told as ended inside a time adjunct of another clause (`deal_is_background`)."""
    if noun.pos_ not in ("NOUN", "PROPN") or _lemma(noun) not in DEAL_NOUNS:
        return False
    if referred_word(noun) is not None:
        return True
    return ending_word(noun) is not None and in_time_adjunct(span, [noun.i])


def deal_is_background(span: Span, trigger_tokens: list[int]) -> bool:
    """Whether the deal a trigger tells is the sentence's background rather than its event (guideline 24.14): a deal
    noun only referred to (`referred_word`), or told as ended (24.11, `ending_word`) inside a time adjunct of another
    clause ('jets pounded the city days after a ceasefire collapsed'); also a verb of the deal's making that only
    describes such a noun ('despite a ceasefire that Turkey and Russia brokered', 'after the truce brokered by Russia
    collapsed': a relative or participle clause on it tells the same deal). The main clause's event decides, and a
    sentence with no other event reports none (section 3: a deal merely mentioned is not coded). A deal ended in the
    main clause ('the army declared an end to its ceasefire') stays 24.11's Change to group/activity."""
    if not trigger_tokens:
        return False
    head = trigger_head(span, trigger_tokens)
    if head.pos_ in ("VERB", "AUX") and head.dep_ in ("acl", "relcl") and head.head.i != head.i:
        return _noun_is_background(span, head.head)
    return _noun_is_background(span, head)
