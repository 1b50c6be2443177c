"""What was done to a protest: an act of intervention whose object is the protest or its protesters.

Why: the guideline's Protest with intervention (docs/annotation/subtypes.md, "Protests") is a protest
dispersed or suppressed without serious injury - arrests at the protest, tear gas, water cannon. The
model hears 'police', 'arrest' and 'tear gas' anywhere in a sentence that names a protest, and the same
words stand beside peaceful marches ("protesting against the arrest of their leader"), so a word of the
sentence does not tell the type (section 28: counted and dropped). What tells it is the act's object: the
police **cleared a protest**, **dispersed the demonstrators**, **arrested hundreds of protesters**, fired
**tear gas at** the marchers; or the protesters **were arrested** (the passive's subject).

The acts are the 'intervention' cue class of data/subtype_cues.json (verbs such as disperse, arrest,
detain, beat, and the means: tear gas, water cannon, rubber bullets, batons) with "intervention_verbs"
(clear, repress, crack down, ...). A means is an act when it is the object of a verb ("fired tear gas at
protesters", "used water cannon on the crowd"); its target is that verb's. The target:

- `protest_act=on_protest`: a protest word or a protesting clause (`subtype_parties.protest_target`:
  "the sit-in", "villagers who were protesting"; 'crowd' alone is any crowd, not a protest);
- `protest_act=on_crowd`: a party of the crowd kind (`subtype_parties.party_kind`: supporters,
  activists, students), or a count word that stands alone ("dozens were arrested": `subtype_parties.bare_count`,
  section 61), in a sentence that also names a protest (a word `protest_target` accepts:
  "arrested several dozen supporters as they tried to gather for a banned march"); a crowd alone is
  any crowd ("an 18-year-old youth was arrested").

Rules-only features (`FEATURE_PREFIXES`, `subtype_model.RULES_ONLY`); events/subtype_rules.py
`intervention_on_protest` reads them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.events.subtype_features import Mention, cue_data, cues
from frontwatch.events.subtype_parties import (
    CROWD,
    bare_count,
    party_kind,
    protest_target,
)
from frontwatch.nlp.doc_memo import doc_lemmas, sentence_memo

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FEATURE_PREFIXES = ("protest_act=",)
ON_PROTEST, ON_CROWD = "protest_act=on_protest", "protest_act=on_crowd"
# The prepositions whose object an act of intervention is done to: "cracked down [on] protesters", "fired tear
# gas [at] the march", "used water cannon [against] the crowd" (data "object_prepositions" without the source
# 'from' and the 'of' of a noun's owner).
_NOT_TARGET_PREPS = frozenset({"from", "of"})


@lru_cache(maxsize=1)
def intervention_acts() -> frozenset[str]:
    """The lemmas of an act of intervention: the 'intervention' cue class and "intervention_verbs"."""
    return frozenset(w for w, c in cues().items() if c == "intervention") | frozenset(cue_data()["intervention_verbs"])


@lru_cache(maxsize=1)
def _target_preps() -> frozenset[str]:
    return frozenset(cue_data()["object_prepositions"]) - _NOT_TARGET_PREPS


def _objects(word: Token) -> Iterator[Token]:
    """What `word` is done to: its direct object, the passive's subject, the object of a target preposition under
    it or under its particle ("cracked down on"), each with its conjuncts."""
    preps = _target_preps()
    for c in word.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            yield from (c, *c.conjuncts)
        elif c.dep_ in ("prep", "prt"):
            heads = (c, *(g for g in c.children if g.dep_ == "prep")) if c.dep_ == "prt" else (c,)
            for h in heads:
                if h.dep_ == "prep" and h.lower_ in preps:
                    for g in h.children:
                        if g.dep_ == "pobj":
                            yield from (g, *g.conjuncts)


def act_targets(tok: Token) -> list[Token]:
    """The targets of an act of intervention `tok`: its own objects, and, when it is a means used as a verb's object
    ("fired [tear gas] at protesters", "used [water cannon] on the march"), that verb's other objects."""
    if tok.dep_ in ("compound", "amod"):  # "[rubber] bullets", "[tear] gas": the means is the phrase
        tok = tok.head
    out = list(_objects(tok))
    if tok.dep_ == "dobj" and tok.head.i != tok.i:
        out.extend(t for t in _objects(tok.head) if t.i != tok.i)
    return out


def protest_act_features(span: Span, mentions: Iterable[Mention] = ()) -> list[str]:
    """`protest_act=on_protest` / `protest_act=on_crowd` when an act of intervention of the sentence has a protest /
    a crowd (in a sentence that names a protest) as its object (see module docstring). A sentence-level reading,
    like `subtype_parties.fired_on_features`: the model's trigger is often the protest's own word ("police cleared
    [a protest]")."""
    mentions = [m for m in mentions if hasattr(m, "start")]
    targets, names_protest = _sentence_targets(span)
    found: set[str] = set()
    for target, is_protest in targets:
        if is_protest:
            found.add(ON_PROTEST)
        elif names_protest and (party_kind(target, mentions) == CROWD or bare_count(target)):
            found.add(ON_CROWD)  # a bare count is the protest's people: "dozens were arrested" (section 61)
    return sorted(found)


def _sentence_targets(span: Span) -> tuple[tuple[tuple[Token, bool], ...], bool]:
    """(each target of the sentence's acts of intervention with whether it names a protest, whether the sentence
    names a protest at all), read once per sentence (`sentence_memo`: each of its events asks, and only the crowd test
    depends on the event's mentions). Whether the sentence names a protest is read only when an act has a target that
    is none: most sentences have no act of intervention."""
    return sentence_memo(span, "protest_act_targets", _read_targets)


def _read_targets(span: Span) -> tuple[tuple[tuple[Token, bool], ...], bool]:
    acts = intervention_acts()
    doc = span.doc
    lemmas = doc_lemmas(doc)  # a Token only for an act's word
    targets = tuple((target, protest_target(target))
                    for i in range(span.start, span.end) if lemmas[i] in acts for target in act_targets(doc[i]))
    names_protest = not all(p for _, p in targets) and any(protest_target(t) for t in span)
    return targets, names_protest

