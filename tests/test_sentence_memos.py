"""Per-sentence memos of the sub-type features (issue 17): the same features as reading each
event's sentence afresh, whichever event of a sentence comes first. Sentences written for
this test; the lexicon is the packaged one."""

from __future__ import annotations

import numpy as np

from frontwatch.events import subtype_features
from frontwatch.events.triggers import default_lexicon
from frontwatch.nlp.doc_memo import doc_table, sentence_memo

TEXT = ("Rebels shelled the town and clashes erupted as police fired tear gas at protesters. "
        "Two soldiers were killed in an air strike. Talks on a ceasefire resumed in Geneva.")


def _plain_lexicon_features(span, trigger_tokens):
    """The look-up `lexicon_features` made before it had a memo: every word, every event."""
    by_first = default_lexicon().by_first
    trig = set(trigger_tokens)
    out = set()
    for t in span:
        if t.i in trig or t.is_punct:
            continue
        lemma = t.lemma_.lower() if t.lemma_ else t.lower_
        for entry in {e for key in (lemma, t.lower_) for e in by_first.get(key, ())}:
            if len(entry.words) == 1 or all(w in span.text.lower() for w in entry.words[1:]):
                out.add(f"lex={entry.type}")
    return sorted(out)


def test_lexicon_features_from_the_memo_are_the_plain_ones_for_every_trigger(nlp):  # noqa: F811
    doc = nlp(TEXT)
    sents = list(doc.sents)
    assert len(sents) == 3
    seen_any = False
    for sent in sents:
        # each word of the sentence as a trigger, in an order that is not the text's
        for i in sorted(range(sent.start, sent.end), key=lambda k: (k * 7) % 11):
            got = subtype_features.lexicon_features(sent, [i])
            assert got == _plain_lexicon_features(sent, [i])
            seen_any = seen_any or bool(got)
        assert subtype_features.lexicon_features(sent, []) == _plain_lexicon_features(sent, [])
    assert seen_any  # the sentences do hold lexicon words


def test_the_memo_is_per_sentence_and_per_document(nlp):  # noqa: F811
    doc = nlp(TEXT)
    a, b, _ = list(doc.sents)
    fa, fb = subtype_features.lexicon_features(a, []), subtype_features.lexicon_features(b, [])
    assert fa != fb  # two sentences of one document do not share an entry
    other = nlp(str(b))  # a new document with another first sentence
    assert doc_table(other, "sentence_lexicon_types") == {}
    assert subtype_features.lexicon_features(other[:], []) == _plain_lexicon_features(other[:], [])
    assert doc_table(other, "sentence_lexicon_types") is doc_table(other, "sentence_lexicon_types")


def test_sentence_cues_and_mean_vector_are_each_sentences_own(nlp):  # noqa: F811
    doc = nlp(TEXT)
    sents = list(doc.sents)
    for sent in sents + sents[::-1]:  # the second pass reads the memo
        trig = [sent.root.i]
        cues = {f for f in subtype_features.syntax_features(sent, trig) if f.startswith("cue=")}
        lemmas = [t.lemma_.lower() if t.lemma_ else t.lower_ for t in sent]
        table = subtype_features.cues()
        assert cues == {f"cue={table[w]}" for w in lemmas if w in table}
        vec = subtype_features.dense_vector(sent, trig)
        width = doc.tensor.shape[1]
        assert np.array_equal(vec[:width], doc.tensor[sent.start:sent.end].mean(axis=0).astype(np.float32))


def test_a_sentence_reading_is_computed_once_per_document(nlp) -> None:
    calls: list[tuple[int, int]] = []

    def reading(span) -> bool:
        calls.append((span.start, span.end))
        return False  # a falsy answer is kept like any other

    doc = nlp("Police dispersed the crowd. Rebels shelled the town.")
    first, second = list(doc.sents)
    assert sentence_memo(first, "t_memo", reading) is False
    assert sentence_memo(first, "t_memo", reading) is False
    sentence_memo(second, "t_memo", reading)
    assert calls == [(first.start, first.end), (second.start, second.end)]
    again = nlp("Police dispersed the crowd. Rebels shelled the town.")  # a new document: read anew
    sentence_memo(next(iter(again.sents)), "t_memo", reading)
    assert len(calls) == 3
