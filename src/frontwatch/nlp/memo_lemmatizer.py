"""spaCy's rule lemmatizer, called once per (form, POS, morphology) instead of once per token.

Why: the English model's `lemmatizer` walks every token in Python and calls
`Lemmatizer.rule_lemmatize`, whose own cache skips the base forms (a singular noun, an
infinitive: most tokens) and so recomputes them — `Token.morph.to_dict()` and all — at each
occurrence. A sampling profile of `extract` charges it ~4 % of the run (`rule_lemmatize`
alone 3.5 %). A rule lemma is a pure function of the token's text, coarse POS and
morphology (exactly the key of spaCy's cache: `(orth, pos, morph)`; the lookup tables are
fixed once loaded), so this component reads those three columns with `Doc.to_array`, asks
the model's lemmatizer once per key it has not seen, and writes the lemmas back with
`Doc.from_array`. A token that already has a lemma (set by the attribute ruler) keeps it,
as spaCy's does when `overwrite` is off. Other modes, or `overwrite`, keep spaCy's own
component (`install` returns False).

A key not seen before is answered from two smaller memos where spaCy's own code allows it
(`_by_parts`): `rule_lemmatize` reads the morphology only through `is_base_form`, which in
spaCy's English and base lemmatizers reads only POS and morphology, and a base form's lemma is its
lower-cased text. So whether a (POS, morphology) pair is a base form is asked once per pair, a base
form's lemma is the lower case of its text, and the other lemmas are worked out once per (text, POS)
-- not again for every morphology the tagger gives the same word (a cold run asked spaCy
5,764 times on 200 FA-KES articles, most of them base forms). Those are asked of a shallow copy of
spaCy's lemmatizer (`_with_index_sets`) whose `lemma_index` lists answer `in` from a set: spaCy tests
each candidate form with `form in index` on a plain list (57,528 English nouns), which was ~0.5 ms
of a cold lookup; the lists, the rules and the answers are the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy
from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer

LEMMATIZER_NAME = "lemmatizer"
FACTORY = "frontwatch_memo_lemmatizer"


class MemoLemmatizer:
    """A pipeline component that lemmatises exactly as the wrapped rule `Lemmatizer` does."""

    _MEMO_LIMIT = 500_000  # keys remembered before the memo starts over (bounded memory)

    def __init__(self) -> None:
        self.lemmatizer: Lemmatizer | None = None
        self._memo: dict[tuple[int, int, int], int] = {}
        self._columns: list[int] = []
        self._by_parts = False
        self._base: dict[tuple[int, int], bool] = {}  # (POS, morphology) -> a base form (lemma = lower case)
        self._lower: dict[int, int] = {}  # orth -> its lower case
        self._by_form: dict[tuple[int, int], int] = {}  # (orth, POS) -> lemma of a form that is not a base form
        self._rules: Lemmatizer | None = None  # what answers a (text, POS) not seen before

    def bind(self, lemmatizer: Lemmatizer) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.lemmatizer = lemmatizer
        self._columns = [ORTH, POS, MORPH, LEMMA]
        self._memo = {}
        self._base, self._lower, self._by_form = {}, {}, {}
        self._by_parts = _lemma_by_parts(lemmatizer)
        self._rules = _with_index_sets(lemmatizer) if self._by_parts else lemmatizer

    def _lemma_of(self, doc: Doc, i: int, orth: int, pos: int, morph: int) -> int:
        """The lemma (a string hash) of token `i`, whose (orth, POS, morphology) key is not memoised yet."""
        lem, strings = self.lemmatizer, doc.vocab.strings
        if not self._by_parts or pos == 0:  # (POS 0: spaCy warns about it; leave that to spaCy)
            return strings.add(lem.lemmatize(doc[i])[0])
        rules = self._rules
        if len(self._by_form) >= self._MEMO_LIMIT:
            self._base, self._lower, self._by_form = {}, {}, {}
        base = self._base.get((pos, morph))
        if base is None:
            tok = doc[i]
            base = self._base[(pos, morph)] = tok.pos_.lower() in ("eol", "space") or rules.is_base_form(tok)
        if base:
            lemma = self._lower.get(orth)
            if lemma is None:
                lemma = self._lower[orth] = strings.add(strings[orth].lower())
            return lemma
        lemma = self._by_form.get((orth, pos))
        if lemma is None:
            lemma = self._by_form[(orth, pos)] = strings.add(rules.rule_lemmatize(doc[i])[0])
        return lemma

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA
        from spacy.errors import Errors

        lem = self.lemmatizer
        assert lem is not None, "MemoLemmatizer used before bind()"
        if not lem._validated:  # what Lemmatizer.__call__ checks first: the lookup tables are there
            lem._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        memo = self._memo
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(self._columns).tolist()):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = memo.get(key)
                if lemma is None:
                    if len(memo) >= self._MEMO_LIMIT:
                        memo.clear()
                    lemma = memo[key] = self._lemma_of(doc, i, orth, pos, morph)
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype=numpy.uint64).reshape(-1, 1))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


def _lemma_by_parts(lemmatizer: Lemmatizer) -> bool:
    """Whether this lemmatizer runs spaCy's own `rule_lemmatize` and an `is_base_form` known to read
    only the token's POS and morphology (spaCy's base class, its English one): then a lemma can be
    worked out from (POS, morphology) and (text, POS) separately."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline.lemmatizer import Lemmatizer

    cls = type(lemmatizer)
    return (getattr(cls, "rule_lemmatize", None) is Lemmatizer.rule_lemmatize
            and getattr(cls, "is_base_form", None) in (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form))


class _Members(list):
    """A list (the same items, in order) whose `in` is answered from a set of them."""

    def __init__(self, items: Iterable) -> None:
        super().__init__(items)
        self._set = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def _with_index_sets(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A shallow copy of `lemmatizer` with its own cache and a `lemma_index` table whose lists are
    `_Members`; the other tables are shared. The model's own lemmatizer is left untouched."""
    import copy

    from spacy.lookups import Lookups

    fast = copy.copy(lemmatizer)
    fast.cache = {}
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            index = lookups.add_table(name)
            for key, value in table.items():
                index[key] = _Members(value) if isinstance(value, list) else value
        else:
            lookups.set_table(name, table)
    fast.lookups = lookups
    return fast


@Language.factory(FACTORY)
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    """Empty until `bind` gives it a lemmatizer: use `install`, which does both."""
    return MemoLemmatizer()


def install(nlp: Language) -> bool:
    """Put the memoising lemmatizer in the place (and under the name) of the model's rule lemmatizer.

    Returns False, leaving the pipeline as it was, when there is none, it is not in rule mode or
    it overwrites lemmas set before it."""
    if LEMMATIZER_NAME not in nlp.pipe_names:
        return False
    lem = nlp.get_pipe(LEMMATIZER_NAME)
    if getattr(lem, "mode", None) != "rule" or getattr(lem, "overwrite", True) or \
            getattr(lem, "lemmatize", None) != lem.rule_lemmatize:
        return False
    component = nlp.replace_pipe(LEMMATIZER_NAME, FACTORY)  # same name, same place in the pipeline
    component.bind(lem)
    return True
