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
Pure: spaCy tokens in, strings out.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json
from frontwatch.events import ontology
from frontwatch.events.subtype_features import sentence_lexicon_types

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FIRST_MEANS = "first_means="
FEATURE_PREFIXES = (FIRST_MEANS,)
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
    first = next((f[len(FIRST_MEANS):] for f in feats if f.startswith(FIRST_MEANS)), None)
    return first if first and first in same else subtype
