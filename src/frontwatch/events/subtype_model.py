"""A learned second opinion on the ACLED sub-event type of an event the rules found.

Why: the trigger lexicon and `ontology.refine` decide the sub-type from one word and the
actors' kinds, which cannot see what separates many ACLED sub-types: the *same* trigger
("protest", "explosive", "attack") is a Violent demonstration when stones are thrown, a
Disrupted weapons use when the device was defused, an Attack when the victims were
unarmed. A linear model over the sentence's lemmas and the rule's own answer learns those
cues (tear gas, live fire, defused, handed over, ...) as ordinary weighted features from
the labelled development corpus (evaluate/devcorpus.py, tune part only).

How it combines with the rules (the shipped JSON says which, `mode`; chosen with C,
class_weight and the dense part by 5-fold cross-validation on the tune part of the
corpus, see scripts/train_subtypes.py):
- the rules' sub-type, internal type, trigger lemma and actor kinds are features of the
  model ("rules as features"), so it learns where the rules are right; so are the
  trigger's clause read from the parse and the cue classes (events/subtype_features.py)
  and, when the JSON has a `dense` matrix, the spaCy tok2vec vectors of the sentence;
- "override": the model's most probable sub-type replaces the rules' when its probability
  is at least `min_prob`; "family": the same, but only among the sub-types of the rules'
  ACLED event type; "margin": when it leads the rules' own sub-type by `min_prob`.
  Override wins in cross-validation (family loses ~.10 weighted F1: many errors cross
  families, an Attack read as an Armed clash, a Violent demonstration as a clash).
An event told in a time adjunct ("Since the fall of Aleppo, ...") keeps its ACLED event type
(`SubtypeModel.scoped`, events/subtype_scope.py). After either, a territory sub-type is set by
the side that gains ground when the capture verb's own arguments name it
(`subtype_sides.side_subtype`: ACLED's rule is who gains), and an arrest by a non-state group is an abduction (`subtype_rules`).
It only ever *retypes* an event the pipeline found with an ACLED type: it cannot create
events, events outside ACLED's scheme (statements, talks) are left alone, and front-line
positions ('advance', KEEP_TYPES) are typed only among the battle types, when the JSON's
`keep_choices` says so (see `choose_kept`).

The model is plain data (`data/subtype_model.json`: classes, bias, per-feature weight
vectors, an optional dense matrix with the standardisation folded in) applied with numpy, so the runtime needs no training library.
FRONTWATCH_SUBTYPE_MODEL=off disables it (the rules alone); a path uses another file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from spacy.parts_of_speech import IDS as POS_IDS

from frontwatch.data_files import data_path
from frontwatch.events import (
    crowd_cause,
    forced_leaving,
    leaving_under_assault,
    ontology,
    protest_acts,
    subtype_agents,
    subtype_deals,
    subtype_features,
    subtype_gains,
    subtype_means,
    subtype_parties,
    subtype_rules,
    subtype_scope,
    subtype_sides,
    victim_status,
)
from frontwatch.nlp.doc_memo import doc_column, doc_lemmas, doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

MODEL_ENV = "FRONTWATCH_SUBTYPE_MODEL"
# Features the codebook rules read and the learner leaves out (scripts/train_subtypes.py `fit`): the trigger's
# parties (events/subtype_parties.py), what was done to a protest (events/protest_acts.py) and the clause an
# adjunct's event hangs on (events/subtype_scope.host_features, section 35), whether the victims were out of the
# fight (events/victim_status.py, section 35), a side forced off its ground (events/forced_leaving.py, section 40).
# 5-fold CV on the tune part, the shipped setting (docs/annotation/subtypes.md section 26): as the learner's
# features they moved weighted F1 by -.002 to +.001 (noise); the rules that read them gain on their own.
RULES_ONLY = (subtype_parties.FEATURE_PREFIXES + protest_acts.FEATURE_PREFIXES + subtype_scope.FEATURE_PREFIXES
              + victim_status.FEATURE_PREFIXES + forced_leaving.FEATURE_PREFIXES
              + subtype_gains.FEATURE_PREFIXES + subtype_means.FEATURE_PREFIXES + subtype_agents.FEATURE_PREFIXES
              + subtype_sides.FEATURE_PREFIXES + crowd_cause.FEATURE_PREFIXES + subtype_deals.FEATURE_PREFIXES)
WINDOW = 4  # tokens either side of the trigger that also count as the trigger's context
_SKIP_POS = frozenset({"PUNCT", "SPACE", "NUM", "PROPN", "SYM", "X", "DET"})
_NAME_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC", "PERSON", "DATE", "TIME"})
_SKIP_POS_IDS = frozenset(POS_IDS[p] for p in _SKIP_POS)  # the same, as the values of `doc_column(doc, "POS")`
_PROPN_ID = POS_IDS["PROPN"]
EVERYDAY_ZIPF = 4.0  # wordfreq Zipf scale: 'army' 5.0, 'militia' 3.9, 'Nusra' 1.6
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "prep", "prt", "advcl", "xcomp", "neg", "compound",
                       "amod", "acomp", "attr", "pobj"})


@dataclass(frozen=True)
class SubtypeModel:
    """A linear model over sparse binary features, read as a softmax: a multinomial logistic
    regression, or a linear SVM with its temperature folded into the weights (training chooses)."""

    classes: tuple[str, ...]
    bias: np.ndarray
    weights: dict[str, np.ndarray]
    mode: str = "override"  # "override" | "family" | "margin"
    min_prob: float = 0.0
    dense: np.ndarray | None = None  # (dense dims x classes), standardisation folded in; None: sparse only
    keep_choices: tuple[str, ...] = ()  # sub-types it may give an event of KEEP_TYPES (see `choose_kept`)

    def __post_init__(self) -> None:
        # one row per feature: a sentence's scores are one indexed sum (the hot path of every event)
        names = list(self.weights)
        object.__setattr__(self, "_row", {f: k for k, f in enumerate(names)})
        object.__setattr__(self, "_matrix", np.vstack([self.weights[f] for f in names]) if names
                           else np.zeros((0, len(self.classes))))

    def probabilities(self, feats: list[str], vector: np.ndarray | None = None) -> np.ndarray:
        row = self._row  # type: ignore[attr-defined]
        rows = list({row[f] for f in feats if f in row})
        z = self.bias + self._matrix[rows].sum(axis=0)  # type: ignore[attr-defined]
        if self.dense is not None and vector is not None and vector.shape[0] == self.dense.shape[0]:
            z = z + vector @ self.dense
        z -= z.max()
        p = np.exp(z)
        return p / p.sum()

    def choose(self, feats: list[str], rule_subtype: str | None, vector: np.ndarray | None = None) -> str | None:
        """The sub-type the model stands for, or None to keep the rules' answer."""
        return self.choose_from(self.scoped(self.probabilities(feats, vector), feats, rule_subtype), rule_subtype)

    def scoped(self, p: np.ndarray, feats: Iterable[str], rule_subtype: str | None) -> np.ndarray:
        """The probabilities an event's place in its sentence allows: an event told in a time adjunct
        ("Since the fall of Aleppo last week, government forces have been collapsing") keeps the ACLED
        event type the rules gave it, the model only choosing among that type's sub-types. Why: the
        model is trained on main events, whose words are their own; an adjunct's event shares its
        sentence with the main clause, whose words ('collapsing') would retype it into another family
        (subtype_scope)."""
        if rule_subtype is None or subtype_scope.ADJUNCT_FEATURE not in feats:
            return p
        family = next((subs for subs in ontology.ACLED_TYPES.values() if rule_subtype in subs), ())
        mask = np.array([c in family for c in self.classes])
        if not mask.any():
            return p
        p = np.where(mask, p, 0.0)
        return p / p.sum()

    def choose_from(self, p: np.ndarray, rule_subtype: str | None) -> str | None:
        """`choose` on probabilities already computed (training tries every mode on one computation)."""
        if self.mode == "family" and rule_subtype is not None:
            family = next((subs for subs in ontology.ACLED_TYPES.values() if rule_subtype in subs), ())
            mask = np.array([c in family for c in self.classes])
            if mask.any():
                p = np.where(mask, p, 0.0)
                p = p / p.sum()
        k = int(p.argmax())
        if self.mode == "margin":  # the model must lead the rules' own sub-type by min_prob
            r = self.classes.index(rule_subtype) if rule_subtype in self.classes else None
            return self.classes[k] if r is None or p[k] - p[r] >= self.min_prob else None
        return self.classes[k] if p[k] >= self.min_prob else None

    def choose_kept(self, feats: list[str], rule_subtype: str | None, vector: np.ndarray | None = None) -> str | None:
        """For an event of KEEP_TYPES (a front-line 'advance'): one of `keep_choices` when the model
        puts it above the rules' own sub-type and above min_prob, else None (keep the rules' answer).
        Why restricted: coders label "the army advanced and regained the hill" a territory change and
        "advanced, inflicting losses" an Armed clash, but an advance is never an explosion or a group
        change (the unrestricted model made "jihadists are 20 km from Damascus" both, 2026-12-05)."""
        if not self.keep_choices or not names_one_of(feats, self.keep_choices):
            return None
        return self.choose_among(self.probabilities(feats, vector), rule_subtype, self.keep_choices)

    def choose_among(self, p: np.ndarray, rule_subtype: str | None, allowed: Iterable[str]) -> str | None:
        """`choose_from` with the probabilities outside `allowed` (and the rules' own sub-type) set to 0."""
        allowed = set(allowed) | {rule_subtype}
        mask = np.array([c in allowed for c in self.classes])
        if not mask.any():
            return None
        p = np.where(mask, p, 0.0)
        k = int(p.argmax())
        return self.classes[k] if p[k] / p.sum() >= self.min_prob else None

    @classmethod
    def from_json(cls, data: dict) -> "SubtypeModel":
        n = len(data["classes"])
        weights = {}
        for f, w in data["weights"].items():
            vec = np.zeros(n)
            for k, v in w.items() if isinstance(w, dict) else enumerate(w):
                vec[int(k)] = v
            weights[f] = vec
        dense = np.array(data["dense"], dtype=np.float32) if data.get("dense") else None
        return cls(tuple(data["classes"]), np.array(data["bias"], dtype=float), weights,
                   data.get("mode", "override"), float(data.get("min_prob", 0.0)), dense,
                   tuple(data.get("keep_choices", ())))


def names_one_of(feats: Iterable[str], subtypes: Iterable[str]) -> bool:
    """Whether the sentence has another trigger word (a `lex=` feature) of one of `subtypes`: an
    advance is a battle only when its sentence also reports fighting or a gain ("advanced and
    regained the hill", "advanced, clashing with ..."); a bare position claim ("they are less than
    20 km from Damascus") stays the front-line 'Other' the seed article's reference codes.
    (5-fold CV on the tune part, 2026-12-05: advances left alone .7705, all typed .7747, typed only
    with such a word .7728; the seed article needs the last.)"""
    wanted = set(subtypes)
    for f in feats:
        if f.startswith("lex="):
            acled = ontology.get(f[4:]).acled
            if acled and acled[1] in wanted:
                return True
    return False


@lru_cache(maxsize=1)
def packaged_model_path() -> Path:
    return data_path("subtype_model.json")


@lru_cache(maxsize=4)
def _load(path: str) -> SubtypeModel | None:
    p = Path(path)
    if not p.is_file():
        return None
    return SubtypeModel.from_json(json.loads(p.read_text(encoding="utf-8")))


def default_model() -> SubtypeModel | None:
    """The shipped model (or FRONTWATCH_SUBTYPE_MODEL's file); None when off or absent."""
    env = os.environ.get(MODEL_ENV, "").strip()
    if env.lower() in ("off", "0", "none", "false"):
        return None
    return _load(env or str(packaged_model_path()))


@lru_cache(maxsize=65536)
def _everyday(word: str) -> bool:
    from frontwatch.geo.words import zipf

    return zipf(word) >= EVERYDAY_ZIPF


def _content(tok) -> bool:
    """A word the model may learn from: not punctuation or a number, and a proper noun only
    when it is an everyday word outside a place or person name ('Army', 'Forces', 'Police',
    not 'Aleppo', 'Syrian' or 'Nusra')."""
    if tok.is_punct or not any(ch.isalpha() for ch in tok.text):
        return False  # (dropping function words too cost .02 weighted F1 in cross-validation)
    if tok.pos_ == "PROPN":
        return tok.ent_type_ not in _NAME_ENTS and _everyday(tok.lower_)
    return tok.pos_ not in _SKIP_POS


def _lemma(tok) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def features(span: "Span", trigger_tokens: list[int], rule_type: str, trigger: str, agent_kind: str | None,
             target_kind: str | None, actor_kinds: Iterable[str] = (),
             mentions: Iterable[subtype_features.Mention] = ()) -> list[str]:
    """The model's features of one event: the rules' answer and the words around it.

    Proper nouns and numbers are left out so that the model learns what happened, not
    where or to whom (it is scored on other countries than the corpus covers); the kinds
    of the actors the sentence names (civilians, protesters, state forces, ...) stand in
    for the names, and the trigger's own arguments ("defused [a bomb]", "[protesters]
    threw") are read from the parse."""
    acled = ontology.get(rule_type).acled
    feats = [f"rule={acled[1] if acled else '-'}", f"int={rule_type}", f"trig={trigger}",
             f"agent={agent_kind or '-'}", f"target={target_kind or '-'}",
             f"rule+agent={rule_type}|{agent_kind or '-'}", f"rule+target={rule_type}|{target_kind or '-'}"]
    feats.extend(f"actor={k}" for k in sorted(set(actor_kinds)))
    if trigger_tokens:
        head = subtype_features.trigger_head(span, trigger_tokens)
        for c in head.children:
            if c.dep_ in ("prep", "agent"):  # the preposition's object: "fired [on] protesters"
                c = next((g for g in c.children if g.dep_ == "pobj"), c)
            if c.dep_ in _ARG_DEPS and _content(c):
                feats.append(f"arg:{c.dep_}={_lemma(c)}")
        feats.append(f"head:{head.dep_}={_lemma(head.head) if head.head.pos_ != 'PROPN' else '<propn>'}")
    words = _words(span)
    lo, hi = (min(trigger_tokens), max(trigger_tokens)) if trigger_tokens else (-1, -1)
    denied = subtype_features.denied_indexes(span)
    for i, lem in words:  # (word pairs were tried: no better in cross-validation, three times the weights)
        if lem in subtype_features.DENYING_WORDS:
            continue  # read with what it denies: subtype_features.denial_features
        if i in denied:  # "without admitting it has lost territory": not a word of what happened
            feats.append(f"w_denied={lem}")
            continue
        feats.append(f"w={lem}")
        if lo - WINDOW <= i <= hi + WINDOW and not lo <= i <= hi:
            feats.append(f"near={lem}")
    feats.extend(subtype_features.denial_features(span))
    feats.extend(subtype_features.syntax_features(span, trigger_tokens, mentions))
    feats.extend(subtype_features.lexicon_features(span, trigger_tokens))
    feats.extend(subtype_sides.territory_features(span, trigger_tokens, mentions, trigger, rule_type))
    feats.extend(subtype_sides.main_gain_features(span, trigger_tokens, mentions, trigger, rule_type))  # rules-only
    feats.extend(subtype_parties.party_features(span, trigger_tokens, mentions))
    feats.extend(protest_acts.protest_act_features(span, mentions))  # what was done to a protest
    feats.extend(crowd_cause.cause_features(span, trigger_tokens))  # a crowd's grievance or its suspect (sub63)
    if subtype_scope.in_time_adjunct(span, trigger_tokens):
        feats.append(subtype_scope.ADJUNCT_FEATURE)  # the model keeps its ACLED event type: `scoped`
    if subtype_scope.in_support_phrase(span, trigger_tokens):
        feats.append(subtype_scope.SUPPORT_FEATURE)  # "backed by air strikes": the support of another event
    feats.extend(subtype_scope.host_features(span, trigger_tokens))  # what the clause over that adjunct tells
    feats.extend(victim_status.victim_features(span, trigger_tokens))  # "an off-duty officer": out of the fight
    forced = forced_leaving.forced_leaving_features(span, mentions)  # "forcing IS to withdraw": ground lost
    feats.extend(forced or leaving_under_assault.leaving_under_assault_features(span, mentions))  # "withdrew as ..."
    feats.extend(subtype_gains.gain_features(span, trigger_tokens, mentions, trigger, rule_type))  # a speaker's 'we', a gain undone
    feats.extend(subtype_means.means_features(span, trigger_tokens))  # 'air raids and shelling': the first (sub48)
    feats.extend(subtype_means.own_means_features(span, trigger_tokens, agent_kind))  # 'a grenade attack': its means (sub52)
    feats.extend(subtype_agents.agent_features(span, trigger_tokens))  # 'barrel bombs filled with chlorine' (sub50)
    feats.extend(subtype_deals.deal_features(span, trigger_tokens))  # 'the ceasefire collapsed': no Agreement (sub64)
    return feats


_last_words: list = [None, ()]  # (doc, start, end) -> words of the sentence last read


def _words(span: "Span") -> tuple[tuple[int, str], ...]:
    """(token index, lemma) of the sentence's content words, read once for all its events."""
    key = (span.doc, span.start, span.end)
    last = _last_words[0]
    if last is None or last[0] is not key[0] or last[1:] != key[1:]:
        lemmas = doc_lemmas(span.doc)  # _lemma of every token, read once per document
        _last_words[0], _last_words[1] = key, tuple((i, lemmas[i]) for i in _content_indexes(span))
    return _last_words[1]


def _content_indexes(span: "Span") -> list[int]:
    """The indexes of the sentence's words `_content` accepts, read from the document's columns (punctuation, all
    letters, POS, entity label, lower-case form): a Token only for a word that is neither punctuation nor all letters,
    whose letters `_content` reads from its text ('2015', 'al-Assad'). Its answers word for word (issue 17: a Token
    per word of every sentence was the larger part of this reading)."""
    doc = span.doc
    punct, alpha = doc_column(doc, "IS_PUNCT"), doc_column(doc, "IS_ALPHA")
    pos, ents, lowers = doc_column(doc, "POS"), doc_column(doc, "ENT_TYPE"), doc_lowers(doc)
    name_ents = frozenset(doc.vocab.strings[label] for label in _NAME_ENTS)
    out = []
    for i in range(span.start, span.end):
        if punct[i] or (not alpha[i] and not any(ch.isalpha() for ch in doc[i].text)):
            continue
        if pos[i] == _PROPN_ID:
            if ents[i] not in name_ents and _everyday(lowers[i]):
                out.append(i)
        elif pos[i] not in _SKIP_POS_IDS:
            out.append(i)
    return out


def internal_type(subtype: str, current: str) -> str:
    """The internal type to code for an ACLED sub-type: the current one when it already maps
    there (keeps 'ceasefire' vs 'agreement'), else the first internal type that does, except
    that a retyped 'Other' is a generic 'incident': the first type mapped to Other is 'advance',
    a front-line position, which an event the model calls Other is not."""
    cur = ontology.get(current)
    if cur.acled and cur.acled[1] == subtype:
        return cur.name
    if subtype in RETYPED_AS:
        return RETYPED_AS[subtype]
    return next(t.name for t in ontology.TYPES.values() if t.acled and t.acled[1] == subtype)


RETYPED_AS = {"Other": "incident"}  # ACLED sub-type -> the internal type a retyped event gets


# Types the model does not retype freely: an 'advance' ("rebels are 20 km from the capital") is a front-line
# position frontwatch maps for itself. Letting the model retype advances to any sub-type (2026-12-05) turned
# "jihadists are 20 km from Damascus" on the seed article into an explosion and a group change; so the model
# may only give them one of its `keep_choices` (the battle types, when training found that better in CV),
# and is never trained on them (`choose_kept`, scripts/train_subtypes.py).
KEEP_TYPES = frozenset({"advance"})
_recording: list[dict] | None = None


@contextmanager
def recording() -> Iterator[list[dict]]:
    """Collect the features of every event the extractor types, with the model off (training)."""
    global _recording
    _recording = out = []
    try:
        yield out
    finally:
        _recording = None


def retype(typ: str, span: "Span", trigger_tokens: list[int], trigger: str, agent_kind: str | None,
           target_kind: str | None, actors: Iterable = ()) -> str:
    """The internal type of an event after the model's second opinion (see module docstring).

    `actors`: the sentence's actor mentions (with token offsets and kind), or just their kinds."""
    acled = ontology.get(typ).acled
    if acled is None:
        return typ
    actors = tuple(actors)
    mentions = tuple(m for m in actors if hasattr(m, "kind"))
    actor_kinds = tuple(k for k in (m.kind if hasattr(m, "kind") else m for m in actors) if k)
    if _recording is not None:
        _recording.append({"sentence": span.text, "type": ontology.get(typ).name, "keep": typ in KEEP_TYPES,
                           "features": features(span, trigger_tokens, typ, trigger, agent_kind, target_kind, actor_kinds,
                                                mentions),
                           "dense": subtype_features.dense_vector(span, trigger_tokens)})
        return typ
    model = default_model()
    if model is None or (typ in KEEP_TYPES and not model.keep_choices):
        return typ
    vector = subtype_features.dense_vector(span, trigger_tokens) if model.dense is not None else None
    feats = features(span, trigger_tokens, typ, trigger, agent_kind, target_kind, actor_kinds, mentions)
    if typ in KEEP_TYPES and subtype_scope.ADJUNCT_FEATURE in feats:
        return typ  # a front-line position told in a time adjunct: background, never a battle of its own
    sub = model.choose_kept(feats, acled[1], vector) if typ in KEEP_TYPES else model.choose(feats, acled[1], vector)
    sub = subtype_rules.codebook_subtype(sub or acled[1], feats)  # who gains ground / takes people decides
    return internal_type(sub, typ) if sub != acled[1] else typ
