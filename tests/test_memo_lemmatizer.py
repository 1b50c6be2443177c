"""The memoising lemmatizer gives exactly the model's rule lemmas (issue 17).

Real model: each text is analysed up to the attribute ruler once, then copied; one copy goes
through spaCy's rule lemmatizer, the other through the memoising one. Every token's lemma must
agree, including tokens whose lemma the attribute ruler set before (kept, not overwritten) and
one form with two lemmas by its part of speech ("left": the left flank, the troops left).
"""

from __future__ import annotations

import spacy

from frontwatch.nlp.memo_lemmatizer import LEMMATIZER_NAME, MemoLemmatizer, install
from frontwatch.nlp.pipeline import MODEL_NAME, load_nlp

# Written for this test.
TEXTS = (
    "The left flank was hit and the troops left; rebels attacks were repelled as the army attacks.",
    "She was shelling the towns, they'd shelled them before, and we'll see bigger shellings.",
    "The children's houses were destroyed by the better-armed militias in Idlib's outskirts.",
    "Gonna go, ain't it?  I've been there; y'all haven't.\n\nNo, he hadn't.",
    "",
)


def test_memo_lemmatizer_matches_spacys_lemmatizer() -> None:
    nlp = spacy.load(MODEL_NAME)
    stock = nlp.get_pipe(LEMMATIZER_NAME)
    assert install(nlp)
    memo = nlp.get_pipe(LEMMATIZER_NAME)
    assert isinstance(memo, MemoLemmatizer)
    seen, left = 0, set()
    for _round in range(2):  # the second round is answered from the memo
        with nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler"]):
            docs = list(nlp.pipe(TEXTS))
        for doc in docs:
            a, b = doc.copy(), doc.copy()
            stock(a)
            memo(b)
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b], doc.text
            seen += sum(t.lemma_ != t.text for t in b)
            left |= {t.lemma_ for t in b if t.lower_ == "left"}
    assert seen > 10  # lemmas were really written (not just copied text)
    assert left == {"left", "leave"}


def test_install_keeps_order_and_refuses_other_modes() -> None:
    nlp = spacy.load(MODEL_NAME)
    names = nlp.pipe_names
    assert install(nlp)
    assert nlp.pipe_names == names
    assert isinstance(load_nlp().get_pipe(LEMMATIZER_NAME), MemoLemmatizer)
    other = spacy.load(MODEL_NAME)
    other.get_pipe(LEMMATIZER_NAME).overwrite = True
    assert not install(other)


def test_fast_index_copy_leaves_the_models_lemmatizer_alone() -> None:
    """The (text, POS) look-ups go to a copy whose index answers `in` from a set; spaCy's own
    lemmatizer keeps its plain lists, so the comparison above is against spaCy as shipped."""
    nlp = spacy.load(MODEL_NAME)
    stock = nlp.get_pipe(LEMMATIZER_NAME)
    assert install(nlp)
    memo = nlp.get_pipe(LEMMATIZER_NAME)
    assert memo._by_parts and memo._rules is not stock
    stock_index = stock.lookups.get_table("lemma_index")
    fast_index = memo._rules.lookups.get_table("lemma_index")
    assert type(stock_index["noun"]) is list
    assert list(fast_index["noun"]) == stock_index["noun"] and "attack" in fast_index["noun"]
    doc = nlp("The attacks were repelled and the rebels fled.")
    assert [t.lemma_ for t in doc if t.is_alpha] == ["the", "attack", "be", "repel", "and", "the", "rebel", "flee"]
