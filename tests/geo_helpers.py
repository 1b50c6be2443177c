"""Helpers shared by the geoparsing tests: the toponyms a sentence yields, a span by its words."""

from __future__ import annotations


def toponyms(nlp, geoparser, text: str) -> list:
    """The sentence's toponyms as the geoparser gives them, without the relative ones ('east of X')."""
    from frontwatch.nlp.pipeline import sentences

    doc = nlp(text)
    return [t for t in geoparser.parse_doc(doc, sentences(doc)) if not t.relative]


def span_of(doc, words: str):
    """The Doc's span of the first occurrence of `words`."""
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words))
