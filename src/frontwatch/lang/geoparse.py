"""The native path up to resolved places: sentences → candidate spans → the English resolver.

`geoparse_text` is the function the pipeline, the evaluator and the tests call; it shares
the `Geoparser` (gazetteer, candidate finder, theatre, resolver) with the English path, so a
place found in an Arabic article is the same `Place` record, chosen by the same rules.
"""

from __future__ import annotations

from collections.abc import Mapping

from frontwatch.lang.index import NameIndex
from frontwatch.lang.sentences import split_sentences
from frontwatch.lang.toponyms import recognise_foreign
from frontwatch.model import Sentence, Toponym

_INDEXES: dict[int, NameIndex] = {}


def name_index(geoparser) -> NameIndex:
    """One `NameIndex` per gazetteer per process (it reads the non-Latin keys once)."""
    key = id(geoparser.gazetteer)
    if key not in _INDEXES:
        _INDEXES[key] = NameIndex.of(geoparser.gazetteer)
    return _INDEXES[key]


def geoparse_text(text: str, lang: str, geoparser, hint: tuple[str, ...] = (),
                  admin_hint: Mapping[tuple[str, str], float] | None = None,
                  sents: list[Sentence] | None = None) -> tuple[list[Sentence], list[Toponym]]:
    """(sentences, toponyms) of a text in one of `lang.detect.FOREIGN`."""
    sents = split_sentences(text) if sents is None else sents
    spans = recognise_foreign(text, lang, sents, name_index(geoparser))
    return sents, geoparser.parse_spans(text, spans, sents, hint=hint, admin_hint=admin_hint)
