"""nlp/doc_memo.sentence_memo: a sentence's reading computed once while its document is current, falsy values too."""

from __future__ import annotations

from frontwatch.nlp.doc_memo import sentence_memo


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
