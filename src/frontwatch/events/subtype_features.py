"""Syntactic, cue and dense features of one event for the sub-event type model.

Why beyond the bag of words (subtype_model.features): the ACLED decision rules turn on
*who does what to whom* — state forces or a non-state group as the one acting, armed men
or unarmed civilians as the target, territory changing hands, protesters met with
force — and on the trigger's own words ("blew himself up", "defused the bomb"). A bag of
the sentence's lemmas cannot tell "gunmen killed villagers" from "villagers killed
gunmen". These features read the trigger's clause from the dependency parse: its subject
and object (lemma, entity label, the actor kind of the mention there, the cue class of
the word), negation and voice. Cue classes (data/subtype_cues.json: civilian, armed, territory, protest, ...) let a
word the corpus never showed ('laborers', 'herders') count like the words it did.

The dense part is the spaCy model's own contextual token vectors (`doc.tensor`, the
tok2vec layer every pipeline run computes anyway: no extra model, no extra inference),
averaged over the sentence and over the trigger's subtree, plus the trigger's own.

Tried and left out (5-fold cross-validation on the tune part, weighted F1 within .003 or
lower): ordered neighbours and bigrams around the trigger, the nouns under the trigger,
the entity labels of the sentence (-.006); the words and cue classes of the trigger's own clause
(its verb's subtree cut at advcl/ccomp/conj/relcl/acl/xcomp/parataxis: .7566 -> .7542, 2026-12-05).
The cue classes gave the most (+.02).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

import numpy as np
from spacy.symbols import VERB

from frontwatch.data_files import data_json
from frontwatch.nlp.doc_memo import (
    doc_column,
    doc_lemmas,
    doc_lowers,
    negated_heads,
    sentence_memo,
    subtree_indexes,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
# A passive's subject is the one acted upon ("two employees were gunned down"): the patient, like an object.
PATIENT_DEPS = frozenset({"nsubjpass"})
OBJ_DEPS = frozenset({"dobj", "attr", "oprd"})


class Mention(Protocol):
    start: int
    end: int
    kind: str


@lru_cache(maxsize=1)
def cue_data() -> dict:
    """data/subtype_cues.json as read (the only loader of that file)."""
    return data_json("subtype_cues.json")


# Closed-class words the features read around the trigger (data/subtype_cues.json, "about_clause_words"):
# "..., killing two policemen": the victims of a harm clause under the trigger are its patients too.
HARM_CLAUSE_VERBS = frozenset(cue_data()["harm_clause_verbs"])
OBJ_PREPS = frozenset(cue_data()["object_prepositions"])
# "shot dead four people [when they opened fire on a crowd]": the target of a firing clause joined to the trigger.
FIRING_CLAUSE_VERBS = frozenset(cue_data()["firing_clause_verbs"])
FIRING_PREPS = frozenset(cue_data()["firing_prepositions"])
# Words that deny what they govern: "redeploying, [without admitting it has lost territory]".
DENYING_WORDS = frozenset(cue_data()["denying_words"])
# sub72 (docs/annotation/subtypes.md section 86): a patient told as a group or a count of people ("opened fire on [a
# group] of farmers", "killed [dozens] of civilians") is its members: the 'of' noun tells who was hit.
MEMBER_HEADS = frozenset(cue_data()["member_heads"])


@lru_cache(maxsize=1)
def cues() -> dict[str, str]:
    """lemma -> cue class, from data/subtype_cues.json's "cues"."""
    out: dict[str, str] = {}
    for name, words in cue_data()["cues"].items():
        for w in words:
            out.setdefault(w, name)
    return out


@lru_cache(maxsize=1)
def aircraft_words() -> frozenset[str]:
    """The craft words that name an aircraft (data/subtype_cues.json "craft" less "craft_not_aircraft": 'fighter' and
    'bomber' also name people, 'boat' and 'truck' no aircraft): a doer of these strikes from the air."""
    return frozenset(cue_data()["craft"]) - frozenset(cue_data()["craft_not_aircraft"])


PHRASE_DEPS = frozenset({"prt", "advmod", "prep"})
# Entities of time: their words name when, never what happened ("on 3 March" is no protest 'march').
TIME_ENTS = frozenset({"DATE", "TIME"})


_last_families: list = [(), {}]  # [the features last read, family prefix -> its values]


def feature_values(feats: Iterable[str], prefix: str) -> set[str]:
    """Every value of a feature family: the sentence's words (`w=`), the trigger's subjects (`subj=`), ...
    The codebook rules (events/subtype_rules.py, events/subtype_coups.py) read features by family: ~60 rules an
    event, each on its own copy of the same ~150 features, asking for 'w=' and 'trig=' again and again. A family is
    split once per set of features (a one-slot memo keyed by the features' values, not the list: each rule copies
    it) and a new set is made each time from the values in order (a caller may change its own, or iterate it).
    All the families are split in one pass over a new set of features (`_families`)."""
    return set(feature_family(feats, prefix))


def first_feature_value(feats: Iterable[str], prefix: str) -> str | None:
    """The first value of a feature family in the features' order, or None: `next((f[len(prefix):] for f in feats
    if f.startswith(prefix)), None)`, read from the same split as `feature_values` (the rules ask for one value of
    'agent=', 'forced_off=', 'own_means=' ... an event, each a scan of ~150 features; issue 17)."""
    got = feature_family(feats, prefix)
    return got[0] if got else None


def feature_family(feats: Iterable[str], prefix: str) -> tuple[str, ...]:
    """The values of the features `prefix` starts, in the features' order (the one-slot memo of `feature_values`)."""
    key = tuple(feats)
    if key != _last_families[0]:
        _last_families[0], _last_families[1] = key, _families(key)
    got = _last_families[1].get(prefix)
    if got is None:  # the values in the features' order, so the new set is built as the comprehension built it
        got = _last_families[1][prefix] = (() if _one_family(prefix)
                                           else tuple(f[len(prefix):] for f in key if f.startswith(prefix)))
    return got


def _one_family(prefix: str) -> bool:
    """Whether `prefix` is a family's whole name with its '=' ('w=', 'party:subj='): then the features it starts
    are exactly those whose text before their first '=' is that name, which `_families` has split already."""
    return prefix.endswith("=") and prefix.find("=") == len(prefix) - 1


def _families(feats: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Every family of `feats` at once, keyed by prefix ('w=' -> the values in order): one pass over the features
    instead of one per family asked (issue 17: the rules ask for ~25 families an event, each scan ~150 features).
    A feature without '=' belongs to no family. A prefix with another '=' inside is not split here
    (`feature_values` scans for it)."""
    out: dict[str, list[str]] = {}
    for f in feats:
        name, eq, value = f.partition("=")
        if eq:
            got = out.get(name)
            if got is None:
                out[name] = [value]
            else:
                got.append(value)
    return {name + "=": tuple(values) for name, values in out.items()}


def _time_ent_ids(doc) -> frozenset[int]:
    """`TIME_ENTS` as the values of `doc_column(doc, "ENT_TYPE")`: the test of `names_time` on a column."""
    return frozenset(doc.vocab.strings[label] for label in TIME_ENTS)


def names_time(tok: Token) -> bool:
    """Whether a token is part of a date or time the tagger found: the month 'March', 'the strike of
    dawn' are no cue of the event (a cue word's lemma alone cannot tell the month from the protest)."""
    return tok.ent_type_ in TIME_ENTS


def cue_keys(span: Span) -> dict[int, str]:
    """{token index: the cue word it gives} for the sentence: its lemma, or for a verb followed by a
    particle the two-word phrase when that is a cue ("troops [took over]", "militants [moved in]"):
    the verb alone ('take', 'move') tells nothing, the phrase tells that someone took the ground
    (ACLED's non-violent transfer: one side leaves, another moves in)."""
    return sentence_memo(span, "cue_keys", _cue_keys)


def _cue_keys(span: Span) -> dict[int, str]:
    cue = cues()
    lemmas = doc_lemmas(span.doc)
    ent_types, pos = doc_column(span.doc, "ENT_TYPE"), doc_column(span.doc, "POS")  # a Token only for a verb
    time_ids = _time_ent_ids(span.doc)
    got: dict[int, str] = {}
    for i in range(span.start, span.end):
        if ent_types[i] in time_ids:  # `names_time`
            continue
        if pos[i] == VERB:
            tok = span.doc[i]
            phrase = next((p for c in tok.children if c.dep_ in PHRASE_DEPS and c.i in (i + 1, i + 2)
                           and (p := f"{lemmas[i]} {c.lower_}") in cue), None)
            if phrase:
                got[i] = phrase
                continue
        if lemmas[i] in cue:
            got[i] = lemmas[i]
    return got


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def _word(tok: Token) -> str:
    """A token as the model may see it: names and numbers stand in by their class."""
    if tok.like_num or tok.pos_ == "NUM":
        return "<num>"
    if tok.pos_ == "PROPN" and tok.ent_type_:
        return f"<{tok.ent_type_}>"
    return _lemma(tok)


def trigger_head(span: Span, trigger_tokens: list[int]) -> Token:
    """The head token of a (multi-word) trigger: its first word whose head lies outside the trigger (or is itself);
    the one definition the sub-type readers start from. `trigger_tokens` must not be empty."""
    toks = [span.doc[i] for i in trigger_tokens]
    return next((t for t in toks if t.head.i not in trigger_tokens or t.head.i == t.i), toks[0])


def _clause_verb(tok: Token) -> Token:
    """The nearest verb at or above the trigger ('the shelling of X killed' -> kill)."""
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _arguments(tok: Token) -> Iterable[tuple[str, Token]]:
    """`_word_arguments`, a patient told as a group or count of people read as its members (`members_of`)."""
    for role, arg in _word_arguments(tok):
        yield role, (members_of(arg) if role == "obj" else arg)


def members_of(noun: Token) -> Token:
    """The people a group or count word stands for: the 'of' object of a word of data "member_heads" ('a group of
    farmers' -> farmers, 'dozens of civilians' -> civilians), else the noun itself. The victim's class is the members'
    (guideline section 4: the target decides Attack from Armed clash), not the collective word's: 'group' alone is of
    the armed cue class ('an armed group'), so 'fired on a group of farmers' read as fire on an armed side."""
    if _lemma(noun) not in MEMBER_HEADS:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return noun


def _word_arguments(tok: Token) -> Iterable[tuple[str, Token]]:
    """(role, token) of a word's subject and object: 'by X' is the subject of a passive and
    the passive's own subject its object (the patient: "officers were shot" reads like "shot
    officers"; counting it as a subject, as before, mixed the attackers' and victims' words;
    5-fold CV on the tune part: within noise, +.001 weighted F1), a preposition's object after
    'on/at/against' is an object ('fired on protesters'), and so are the victims of a harm
    clause under the word ('stormed the village, killing two policemen') and the target of a firing
    clause joined to it ('shot dead four people when they opened fire on a crowd')."""
    for c in tok.children:
        if c.dep_ in SUBJ_DEPS:
            yield "subj", c
        elif c.dep_ in PATIENT_DEPS:
            yield "obj", c
        elif c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in HARM_CLAUSE_VERBS:
            yield from (("obj", g) for g in c.children if g.dep_ in ("dobj", "nsubjpass"))
        elif c.dep_ in ("advcl", "conj") and c.lemma_.lower() in FIRING_CLAUSE_VERBS:
            yield from (("obj", g) for g in fired_at(c))
        elif c.dep_ == "agent":
            yield from (("subj", g) for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in OBJ_DEPS:
            yield "obj", c
        elif c.dep_ == "prep" and c.lower_ in OBJ_PREPS:
            yield from (("obj", g) for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "poss" and tok.pos_ == "NOUN":
            yield "poss", c  # "the army's recapture", "their kidnapping"


def patients(span: Span, trigger_tokens: list[int]) -> list[Token]:
    """The trigger's patients as `syntax_features` reads them (`_arguments` of the trigger and of its clause verb,
    role 'obj': "shot dead [an off-duty officer]", "opened fire on his vehicle, killing [the retired officer]"), for
    the readers that judge who was hit (events/victim_status.py)."""
    if not trigger_tokens:
        return []
    head, verb = trigger_and_clause_verb(span, trigger_tokens)
    sources = (head, verb) if verb.i != head.i else (head,)
    found = {arg.i: arg for tok in sources for role, arg in _arguments(tok) if role == "obj"}
    return [found[i] for i in sorted(found)]


def trigger_and_clause_verb(span: Span, trigger_tokens: list[int]) -> tuple[Token, Token]:
    """The trigger's head token and the nearest verb at or above it, as `syntax_features` and `patients` read them
    (one definition for the readers of who was hit, events/victim_status.py); `trigger_tokens` must not be empty."""
    head = trigger_head(span, trigger_tokens)
    return head, _clause_verb(head)


def fired_at(verb: Token, deps: tuple[str, ...] = ("pobj",)) -> Iterable[Token]:
    """The targets of a firing clause: the object of 'on/at/into' under the verb or under its object 'fire'
    ("opened fire on a crowd", "fired at the procession", "sprayed bullets into the march"); `deps` the
    preposition's complements read (events/subtype_parties also reads a clause: "fire on [farmers marching]")."""
    for c in verb.children:
        heads = (c, *(g for g in c.children if g.dep_ == "prep")) if c.dep_ == "dobj" else (c,)
        for h in heads:
            if h.dep_ == "prep" and h.lower_ in FIRING_PREPS:
                yield from (g for g in h.children if g.dep_ in deps)


def _kind_at(i: int, mentions: list[Mention]) -> str | None:
    return next((m.kind for m in mentions if m.start <= i < m.end and m.kind), None)


def syntax_features(span: Span, trigger_tokens: list[int], mentions: Iterable[Mention] = ()) -> list[str]:
    """The trigger's clause as features (see module docstring); [] without a trigger."""
    if not trigger_tokens:
        return []
    mentions = [m for m in mentions if hasattr(m, "start")]
    cue = cues()
    head = trigger_head(span, trigger_tokens)
    verb = _clause_verb(head)
    trig = set(trigger_tokens)
    feats = [f"verb={_lemma(verb)}" if verb.i not in trig else "verb=<trigger>", f"tpos={head.pos_}",
             f"tdep={head.dep_}"]
    if any(c.dep_ == "nsubjpass" for c in (*head.children, *verb.children)):
        feats.append("voice=passive")
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in (*head.children, *verb.children)):
        feats.append("negated")
    seen: set[str] = set()
    for source, tok in (("t", head), ("v", verb)) if verb.i != head.i else (("t", head),):
        for role, arg in _arguments(tok):
            word = _word(arg)
            for f in (f"{role}={word}", f"{role}@{source}={word}", f"{role}_ent={arg.ent_type_ or '-'}",
                      f"{role}_kind={_kind_at(arg.i, mentions) or '-'}",
                      f"{role}_cue={cue.get(_lemma(arg), '-') if not names_time(arg) else '-'}"):
                if f not in seen:
                    seen.add(f)
                    feats.append(f)
            # the modifiers of the argument: "unarmed protesters", "an off-duty policeman", "the town of X"
            for g in arg.children:
                if g.dep_ in ("amod", "compound", "prep", "nummod") and g.i not in trig:
                    f = f"{role}_mod={_word(g)}"
                    if f not in seen:
                        seen.add(f)
                        feats.append(f)
    # cue classes of the sentence's words, and kinds of the actors named anywhere in it
    feats.extend(sentence_memo(span, "sentence_cues", _sentence_cues))  # the same for each of its events
    denied = denied_indexes(span)
    keys = cue_keys(span)
    sub_cues = {cue[keys[i]] for i in subtree_indexes(head) if i not in trig and i not in denied and i in keys}
    feats.extend(f"cue@sub={c}" for c in sorted(sub_cues))
    return feats


CLAUSE_LINKS = frozenset({"conj", "cc", "advcl", "parataxis"})


def denied_indexes(span: Span) -> frozenset[int]:
    """Tokens a denial governs: the subtree under 'without', and under a verb with a negation
    ("did not capture the town", "no one was killed" is left: its 'no' is a determiner of the
    victims, which the cue words must still see). A cue word there is not a cue of what happened
    ('lost territory' in "without admitting it has lost territory"); it becomes a `cue_denied=`."""
    return sentence_memo(span, "denied_indexes", _denied_indexes)


def _denied_indexes(span: Span) -> frozenset[int]:
    doc = span.doc
    lowers, negated = doc_lowers(doc), negated_heads(doc)  # a Token only for a denying word or a negated head
    out: set[int] = set()
    for k in range(span.start, span.end):
        if lowers[k] not in DENYING_WORDS and k not in negated:
            continue
        t = doc[k]
        if (t.lower_ in DENYING_WORDS and t.dep_ == "prep") or k in negated:
            # the denial's own clause: not a clause coordinated with it ("did not capture X but shelled it")
            free = {i for c in t.children if c.dep_ in CLAUSE_LINKS for i in subtree_indexes(c)}
            out.update(i for i in subtree_indexes(t) if span.start <= i < span.end and i != t.i and i not in free)
    return frozenset(out)


def denial_features(span: Span) -> list[str]:
    """'without' with the word it governs, as one feature: "took the town without a fight" (a
    non-violent transfer) and "redeploying without admitting it lost ground" (no such thing) share
    the word 'without' but not its object, which the bag of words could not tell apart. A sentence-level reading,
    read once per sentence (`sentence_memo`): each of its events asks."""
    return list(sentence_memo(span, "denial_features", _denial_features))


def _denial_features(span: Span) -> tuple[str, ...]:
    doc = span.doc
    lemmas, lowers = doc_lemmas(doc), doc_lowers(doc)
    out = []
    for i in range(span.start, span.end):  # a Token only for a denying word (its lower-case form first)
        if lowers[i] not in DENYING_WORDS:
            continue
        t = doc[i]
        if t.dep_ == "prep":
            obj = next((c for c in t.children if c.dep_ in ("pobj", "pcomp")), None)
            out.append(f"{t.lower_}={lemmas[obj.i] if obj is not None else '-'}")
    return tuple(out)


def lexicon_features(span: Span, trigger_tokens: list[int]) -> list[str]:
    """The event types the trigger lexicon gives the sentence's other words, whatever their
    requirements ("clashes" beside "killed civilians", "tear gas" beside "protest"): the other
    cues an ACLED coder weighs, in the lexicon's own classes, so a synonym the corpus never
    showed counts like the ones it did."""
    trig = set(trigger_tokens)
    return sorted({f"lex={typ}" for i, types in sentence_lexicon_types(span) if i not in trig for typ in types})


def sentence_lexicon_types(span: Span) -> tuple[tuple[int, frozenset[str]], ...]:
    """(token index, the lexicon types its word gives) of each word of a sentence (not
    punctuation) that gives any: a word's entries are read from the lexicon and the
    sentence's text once per sentence, not once per event of the sentence (the events
    differ only in which trigger tokens `lexicon_features` leaves out)."""
    return sentence_memo(span, "sentence_lexicon_types", _sentence_lexicon_types)


def _sentence_lexicon_types(span: Span) -> tuple[tuple[int, frozenset[str]], ...]:
    from frontwatch.events.triggers import default_lexicon

    by_first = default_lexicon().by_first
    lemmas, lowers = doc_lemmas(span.doc), doc_lowers(span.doc)  # _lemma and lower_ of every token
    punct, ent_types = doc_column(span.doc, "IS_PUNCT"), doc_column(span.doc, "ENT_TYPE")  # no Token per word
    time_ids = _time_ent_ids(span.doc)
    lower = span.text.lower()
    found = []
    for i in range(span.start, span.end):
        if punct[i] or ent_types[i] in time_ids or (lemmas[i] not in by_first and lowers[i] not in by_first):
            continue  # (`names_time`; a word that opens no lexicon entry gives no type)
        entries = {e for k in (lemmas[i], lowers[i]) for e in by_first.get(k, ())}
        types = frozenset(e.type for e in entries if len(e.words) == 1 or all(w in lower for w in e.words[1:]))
        if types:
            found.append((i, types))
    return tuple(found)


DENSE_PARTS = ("sentence", "subtree", "trigger")


def _sentence_cues(span: Span) -> tuple[str, ...]:
    """The sentence's own cue classes, a cue word a denial governs marked as denied."""
    cue = cues()
    denied = denied_indexes(span)
    return tuple(sorted({f"cue={cue[w]}" if i not in denied else f"cue_denied={cue[w]}"
                         for i, w in cue_keys(span).items()}))


def dense_vector(span: Span, trigger_tokens: list[int]) -> np.ndarray | None:
    """The contextual vectors of the sentence, the trigger's subtree and the trigger
    (doc.tensor rows, means), one flat float32 vector; None when the pipeline set no tensor."""
    tensor = span.doc.tensor
    if tensor is None or tensor.size == 0 or tensor.shape[0] != len(span.doc):
        return None
    # the sentence's mean: the same for each of its events
    sent = sentence_memo(span, "sentence_mean_vector", lambda s: tensor[s.start:s.end].mean(axis=0))
    if trigger_tokens:
        head = trigger_head(span, trigger_tokens)
        sub_idx = [i for i in subtree_indexes(head) if span.start <= i < span.end]
        sub = tensor[sub_idx].mean(axis=0) if sub_idx else sent
        trig = tensor[trigger_tokens].mean(axis=0)
    else:
        sub, trig = sent, sent
    return np.concatenate([sent, sub, trig]).astype(np.float32)
