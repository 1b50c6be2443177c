"""spaCy's `attribute_ruler`, with its matches found through an index instead of its Matcher.

Why: the English model's attribute ruler holds 179 one- and two-token rules (tag → POS and
morphology, pronoun and auxiliary exceptions). spaCy's `Matcher` tries every rule at every
token, so the ruler costs about 11 % of the model's CPU on news text (1.5 s of 13.7 s on 200
FA-KES articles, `bench/component_times.py`) — as much as the tagger and lemmatizer together
would, for a table look-up. Nearly every rule names a fixed value of one attribute (a tag, a
lower-case form, a dependency label), so the rules that can start at a token are found with
one dictionary look-up per indexed attribute; the few without such a value (a regular
expression, a NOT_IN) are tried at every token as the Matcher would.

The result is exactly the ruler's: the same rules match the same spans (every predicate of the
rule's pattern is checked, on the values the tokens had before the ruler ran, as the Matcher
reads them), and the attributes are written by spaCy's own `set_token_attrs` with the ruler's
own normalised attributes, rule after rule in the ruler's order (a later rule overrides an
earlier one, as in `AttributeRuler.match`). A pattern this module cannot read (an operator
such as "OP", a predicate other than equality, IN, NOT_IN or REGEX, an attribute outside
`_COLUMNS`) leaves the model's own ruler in place: `install` returns False.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.strings import StringStore
    from spacy.vocab import Vocab

RULER_NAME = "attribute_ruler"
FACTORY = "frontwatch_indexed_attribute_ruler"

# Token attributes a rule may test, in the column order of `Doc.to_array`; string-valued ones
# come back as string hashes, IS_* flags as 0/1 (what the Matcher compares).
_COLUMNS: tuple[str, ...] = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE", "ENT_TYPE",
                             "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
                             "IS_SPACE", "IS_STOP", "LIKE_NUM")
_FLAGS = frozenset(c for c in _COLUMNS if c.startswith(("IS_", "LIKE_")))
# Which attribute a rule is filed under when it tests several: the rarest values first.
_INDEX_PREFERENCE: tuple[str, ...] = ("LOWER", "ORTH", "NORM", "LEMMA", "DEP", "TAG", "POS", "ENT_TYPE", "SHAPE",
                                       *sorted(_FLAGS))
_ALIASES = {"TEXT": "ORTH"}


class Unsupported(ValueError):
    """A pattern that this index cannot reproduce exactly (the model's ruler stays)."""


@dataclass(frozen=True)
class _Test:
    """One predicate on one token attribute (a column of the document's array)."""

    column: int
    kind: str  # "eq" | "in" | "not_in" | "regex"
    value: Any  # int hash / 0-1 flag, frozenset of them, or a compiled regex


@dataclass(frozen=True)
class _Rule:
    rule_id: int  # the ruler's rule number (its Matcher key): the order in which rules are applied
    tokens: tuple[tuple[_Test, ...], ...]  # one tuple of tests per pattern token


def _value_hash(vocab: Vocab, attr: str, value: Any) -> int:
    if attr in _FLAGS:
        if not isinstance(value, bool):
            raise Unsupported(f"{attr} must be true or false, got {value!r}")
        return int(value)
    if not isinstance(value, str):
        raise Unsupported(f"{attr} value {value!r} is not a string")
    return vocab.strings[value]


def _tests(vocab: Vocab, spec: dict[str, Any]) -> tuple[_Test, ...]:
    out = []
    for raw_attr, value in spec.items():
        attr = _ALIASES.get(raw_attr.upper(), raw_attr.upper())
        if attr not in _COLUMNS:
            raise Unsupported(f"attribute {raw_attr!r}")
        col = _COLUMNS.index(attr)
        if not isinstance(value, dict):
            out.append(_Test(col, "eq", _value_hash(vocab, attr, value)))
            continue
        for op, arg in value.items():
            if op in ("IN", "NOT_IN"):
                out.append(_Test(col, op.lower(), frozenset(_value_hash(vocab, attr, v) for v in arg)))
            elif op == "REGEX" and attr not in _FLAGS and isinstance(arg, str):
                out.append(_Test(col, "regex", re.compile(arg)))
            else:
                raise Unsupported(f"predicate {op!r} on {raw_attr!r}")
    return tuple(out)


def compile_rules(ruler: AttributeRuler) -> list[_Rule]:
    """The ruler's rules as index-ready tests; raises Unsupported for a pattern it cannot reproduce."""
    rules = []
    for rule_id, rule in enumerate(ruler.patterns):
        for pattern in rule["patterns"]:
            if not pattern:
                raise Unsupported("empty pattern")
            rules.append(_Rule(rule_id, tuple(_tests(ruler.vocab, spec) for spec in pattern)))
    return rules


def _index_key(rule: _Rule, used: list[int]) -> tuple[int, tuple[int, ...]] | None:
    """(row position, values) under which the rule is filed: a value its first token must have.
    `rule`'s tests are already in row positions; `used` maps them back to `_COLUMNS`."""
    first = rule.tokens[0]
    for attr in _INDEX_PREFERENCE:
        for t in first:
            if _COLUMNS[used[t.column]] != attr:
                continue
            if t.kind == "eq":
                return t.column, (t.value,)
            if t.kind == "in":
                return t.column, tuple(t.value)
    return None


class IndexedAttributeRuler:
    """A pipeline component that annotates exactly as the wrapped `AttributeRuler` does.

    Whether a rule's first token fits depends only on that token's values of the attributes
    the rules test, and news text repeats a few thousand such combinations (tag, lower-case
    form, dependency label, ...): the rules whose first token fits are worked out once per
    combination (through the index) and remembered; a one-token rule that fits there has
    matched, a longer one is checked on the tokens after it."""

    _MEMO_LIMIT = 200_000  # combinations remembered before the memo starts over (bounded memory)

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.ruler: AttributeRuler | None = None
        self._attr_ids: list[int] = []  # the Doc.to_array columns the rules test, in _COLUMNS order
        self._index: list[tuple[int, dict[int, list[_Rule]]]] = []
        self._everywhere: list[_Rule] = []
        self._memo: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[_Rule, ...]]] = {}

    def bind(self, ruler: AttributeRuler, rules: Iterable[_Rule]) -> None:
        """Take over `ruler`'s rules (already compiled by `compile_rules`)."""
        from spacy.attrs import IDS

        rules = list(rules)
        used = sorted({t.column for r in rules for tests in r.tokens for t in tests})
        where = {col: k for k, col in enumerate(used)}  # _COLUMNS position -> position in a row
        rules = [_Rule(r.rule_id, tuple(tuple(_Test(where[t.column], t.kind, t.value) for t in tests)
                                         for tests in r.tokens)) for r in rules]
        self.ruler = ruler
        self._attr_ids = [IDS[_COLUMNS[c]] for c in used]
        index: dict[int, dict[int, list[_Rule]]] = {}
        self._everywhere, self._memo = [], {}
        for rule in rules:
            key = _index_key(rule, used)
            if key is None:
                self._everywhere.append(rule)
                continue
            col, values = key
            for v in values:
                index.setdefault(col, {}).setdefault(v, []).append(rule)
        self._index = list(index.items())

    @staticmethod
    def _holds(tests: tuple[_Test, ...], row: tuple[int, ...], strings: StringStore) -> bool:
        for test in tests:
            v = row[test.column]
            if test.kind == "eq":
                ok = v == test.value
            elif test.kind == "in":
                ok = v in test.value
            elif test.kind == "not_in":
                ok = v not in test.value
            else:
                ok = test.value.search(strings[v]) is not None
            if not ok:
                return False
        return True

    def _starting(self, row: tuple[int, ...], strings: StringStore) -> tuple[tuple[int, ...], tuple[_Rule, ...]]:
        """(ids of one-token rules that match a token with these values, longer rules that may start there)."""
        candidates = list(self._everywhere)
        for col, by_value in self._index:
            candidates.extend(by_value.get(row[col], ()))
        fits = [r for r in candidates if self._holds(r.tokens[0], row, strings)]
        return tuple(r.rule_id for r in fits if len(r.tokens) == 1), tuple(r for r in fits if len(r.tokens) > 1)

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule id, start, end) of every rule match, sorted as `AttributeRuler.match` sorts them."""
        if not len(doc):
            return []
        rows = list(map(tuple, doc.to_array(self._attr_ids).tolist()))
        n, memo, strings = len(rows), self._memo, doc.vocab.strings
        found = []
        for i, row in enumerate(rows):
            hit = memo.get(row)
            if hit is None:
                if len(memo) >= self._MEMO_LIMIT:
                    memo.clear()
                hit = memo[row] = self._starting(row, strings)
            singles, longer = hit
            for rule_id in singles:
                found.append((rule_id, i, i + 1))
            for rule in longer:
                end = i + len(rule.tokens)
                if end <= n and all(self._holds(rule.tokens[k], rows[i + k], strings) for k in range(1, len(rule.tokens))):
                    found.append((rule.rule_id, i, end))
        return sorted(set(found))

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        assert self.ruler is not None, "IndexedAttributeRuler used before bind()"
        attrs, indices = self.ruler.attrs, self.ruler.indices
        for rule_id, start, end in self.match(doc):
            at = indices[rule_id]
            target = start + at if at >= 0 else end + at
            if not start <= target < end:
                raise ValueError(f"attribute rule {rule_id}: index {at} outside its match [{start}, {end})")
            set_token_attrs(doc[target], attrs[rule_id])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(FACTORY)
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """Empty until `bind` gives it a ruler's rules: use `install`, which does both."""
    return IndexedAttributeRuler(nlp.vocab)


def install(nlp: Language) -> bool:
    """Put the indexed ruler in the place (and under the name) of the model's `attribute_ruler`.

    Returns False, leaving the pipeline as it was, when there is no such component or one of
    its patterns is outside what the index reproduces exactly."""
    if RULER_NAME not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(RULER_NAME)
    try:
        rules = compile_rules(ruler)
    except Unsupported:
        return False
    component = nlp.replace_pipe(RULER_NAME, FACTORY)  # same name, same place in the pipeline
    component.bind(ruler, rules)
    return True
