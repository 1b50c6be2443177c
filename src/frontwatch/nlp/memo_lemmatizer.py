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

    def bind(self, lemmatizer: Lemmatizer) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.lemmatizer = lemmatizer
        self._columns = [ORTH, POS, MORPH, LEMMA]
        self._memo = {}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA
        from spacy.errors import Errors

        lem = self.lemmatizer
        assert lem is not None, "MemoLemmatizer used before bind()"
        if not lem._validated:  # what Lemmatizer.__call__ checks first: the lookup tables are there
            lem._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        memo, strings = self._memo, doc.vocab.strings
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(self._columns).tolist()):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = memo.get(key)
                if lemma is None:
                    if len(memo) >= self._MEMO_LIMIT:
                        memo.clear()
                    lemma = memo[key] = strings.add(lem.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype=numpy.uint64).reshape(-1, 1))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


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
