"""The indexed attribute ruler annotates exactly as the model's own `attribute_ruler` (issue 17).

Real model, real rules: each text is parsed once (up to the parser), then copied, and one copy
goes through spaCy's ruler, the other through the indexed one, each followed by the model's
lemmatizer (which reads the POS and morphology the ruler writes). Every token's POS, tag,
morphology, lemma and dependency must agree.
"""

from __future__ import annotations

import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from frontwatch.nlp.indexed_ruler import RULER_NAME, IndexedAttributeRuler, install
from frontwatch.nlp.pipeline import MODEL_NAME, load_nlp

# Written for this test: pronouns in every case, auxiliaries and modals, contractions the
# ruler's exceptions name ("ain't", "gonna", "y'all", "let's"), existential "there is",
# relative "that", determiners used as pronouns, runs of whitespace, a bare quote.
TEXTS = (
    "They said that she had been shelling the town, but he didn't believe them.",
    "I ain't gonna tell y'all where it is; let's go.  We'd have seen it ourselves.",
    "There is no water, and there were    no doctors left in the village of Kafr Nabl.",
    "Those who fled could not return; these are the ones that stayed.\n\nIt's hers, not his.",
    "Somebody fired at anyone who was moving; nothing was done about it, as officials wo n't say.",
    "Has the army got the city? Does anybody know? Gets worse every day, doin' nothin' 'bout it.",
    "\n \n",
    "",
)


def _annotations(doc) -> list:
    return doc.to_array([POS, TAG, MORPH, LEMMA, DEP, HEAD]).tolist()


def test_indexed_ruler_matches_spacys_ruler_token_for_token() -> None:
    nlp = spacy.load(MODEL_NAME)
    stock_ruler = nlp.get_pipe(RULER_NAME)
    assert install(nlp)
    indexed = nlp.get_pipe(RULER_NAME)
    assert isinstance(indexed, IndexedAttributeRuler)
    lemmatizer = nlp.get_pipe("lemmatizer")
    changed = 0
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        for doc in nlp.pipe(TEXTS):
            a, b = doc.copy(), doc.copy()
            before = _annotations(doc)
            lemmatizer(stock_ruler(a))
            lemmatizer(indexed(b))
            assert _annotations(a) == _annotations(b), doc.text
            assert [str(t.morph) for t in a] == [str(t.morph) for t in b], doc.text
            changed += _annotations(a) != before
    assert changed >= 6  # the rules did write something (POS, morphology, lemmas)


def test_install_keeps_the_component_order_and_name() -> None:
    nlp = spacy.load(MODEL_NAME)
    names = nlp.pipe_names
    assert install(nlp)
    assert nlp.pipe_names == names
    assert isinstance(load_nlp().get_pipe(RULER_NAME), IndexedAttributeRuler)


def test_a_pattern_outside_the_index_leaves_spacys_ruler_in_place() -> None:
    nlp = spacy.load(MODEL_NAME)
    stock_ruler = nlp.get_pipe(RULER_NAME)
    stock_ruler.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"POS": "ADJ"}, index=-1)
    assert not install(nlp)
    assert nlp.get_pipe(RULER_NAME) is stock_ruler
