"""frontwatch's stages as registered spaCy components, results on the Doc.

Why: a spaCy user should be able to put our geoparser (and event coder) into their own
pipeline — `nlp.add_pipe("frontwatch_geoparser")` — and read the places off `doc._`, the
way spaCy's own components leave their results on the Doc. The components are thin: the
work stays in `geo.geoparse.Geoparser.parse_doc` and `events.extract.extract_events`, the
same functions `Pipeline.process` calls, so a component and the batch job cannot drift.

    import spacy, frontwatch.nlp.components  # registers the factories
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("frontwatch_geoparser")
    nlp.add_pipe("frontwatch_events")
    doc = nlp("Rebels shelled Aleppo on Tuesday.")
    [(span.text, span._.place.name) for span in doc._.places]

Article metadata (published date, URL, outlet) that the event coder and the country prior
use can be put on the Doc before the pipeline runs: `doc = nlp.make_doc(text);
doc._.article = article; nlp(doc)` (spaCy 3 accepts a Doc as input), or
`as_article(nlp.make_doc(text), published=...)`.

Extensions: Doc._.article (Article | None), Doc._.toponyms (list[Toponym]: every place
mention, resolved or not), Doc._.places (list[Span]: the resolved ones, each with
Span._.place), Doc._.events (list[Event]).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from frontwatch.model import Article, Place, Toponym

if TYPE_CHECKING:
    from frontwatch.geo.geoparse import Geoparser


def _places(doc: Doc) -> list[Span]:
    spans = []
    for t in doc._.toponyms or ():
        if t.place is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def _span_place(span: Span) -> Place | None:
    for t in span.doc._.toponyms or ():
        if t.place is not None and t.start < span.end_char and span.start_char < t.end:
            return t.place
    return None


for _name, _kw in (("article", {"default": None}), ("toponyms", {"default": None}), ("events", {"default": None}),
                   ("places", {"getter": _places})):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, **_kw)
if not Span.has_extension("place"):
    Span.set_extension("place", getter=_span_place)


@lru_cache(maxsize=2)
def shared_geoparser(gazetteer: str | None = None) -> "Geoparser":
    """One geoparser (gazetteer + candidate index) per process and gazetteer path: opening costs seconds."""
    from frontwatch.geo.geoparse import Geoparser

    return Geoparser.open(Path(gazetteer) if gazetteer else None)


def as_article(doc: Doc, *, published: datetime | None = None, url: str | None = None, outlet: str | None = None,
               source_ref: str = "doc") -> Doc:
    """Put article metadata on a Doc before the pipeline runs over it (returns the same Doc)."""
    doc._.article = Article(id=hashlib.sha1(doc.text.encode("utf-8", "surrogatepass")).hexdigest(), text=doc.text,
                            source_ref=source_ref, kind="doc", url=url, outlet=outlet, published=published,
                            published_from="meta" if published else "unknown", language="en")
    return doc


def _article(doc: Doc) -> Article:
    if doc._.article is None:
        as_article(doc)
    return doc._.article


class GeoparserComponent:
    """Toponyms of the Doc, resolved against the gazetteer, on `doc._.toponyms` / `doc._.places`."""

    def __init__(self, gazetteer: str | None, country_hint: tuple[str, ...]) -> None:
        self.gazetteer = gazetteer
        self.country_hint = country_hint

    def __call__(self, doc: Doc) -> Doc:
        from frontwatch.geo.outlet import article_country_hint
        from frontwatch.nlp.pipeline import sentences

        article = _article(doc)
        hint = article_country_hint(article.url, article.outlet, self.country_hint)
        doc._.toponyms = shared_geoparser(self.gazetteer).parse_doc(doc, sentences(doc), hint=hint)
        return doc


class EventsComponent:
    """Events coded from the Doc and its toponyms, on `doc._.events` (needs frontwatch_geoparser first)."""

    def __call__(self, doc: Doc) -> Doc:
        from frontwatch.events.extract import extract_events

        toponyms: list[Toponym] = doc._.toponyms if doc._.toponyms is not None else []
        doc._.events = extract_events(doc, _article(doc), toponyms)
        return doc


@Language.factory("frontwatch_geoparser", default_config={"gazetteer": None, "country_hint": []},
                  assigns=["doc._.toponyms", "doc._.places"], requires=["doc.ents", "doc.sents"])
def make_geoparser(nlp: Language, name: str, gazetteer: str | None, country_hint: list[str]) -> GeoparserComponent:
    """`gazetteer`: a gazetteer path (None: the default one); `country_hint`: ISO2 codes the texts are about."""
    return GeoparserComponent(gazetteer, tuple(country_hint))


@Language.factory("frontwatch_events", assigns=["doc._.events"], requires=["doc._.toponyms", "doc.sents"])
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent()
