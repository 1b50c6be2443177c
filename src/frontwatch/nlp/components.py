"""frontwatch's stages as registered spaCy components, results on the Doc.

Why: frontwatch itself is "load the model, add our components, `nlp.pipe`"
(`load_pipeline` below, used by `Pipeline.process` and so by every runner), and a
spaCy user can put the same geoparser and event coder into their own pipeline —
`nlp.add_pipe("frontwatch_geoparser")` — and read the places off `doc._`, the way spaCy's
own components leave their results on the Doc. The components are thin: the work stays in
`geo.geoparse.Geoparser.parse_doc` and `events.extract.extract_events`.

    import spacy, frontwatch.nlp.components  # registers the factories
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("frontwatch_geoparser")
    nlp.add_pipe("frontwatch_events")
    doc = nlp("Rebels shelled Aleppo on Tuesday.")
    [(span.text, span._.place.name) for span in doc._.places]

What the components read, from the narrowest scope to the widest:

* per article, on the Doc before the pipeline runs: `Doc._.article` (published date, URL,
  outlet, title) — `doc = nlp.make_doc(text); doc._.article = article; nlp(doc)` (spaCy 3
  accepts Docs as input, to `nlp.pipe` too), or `as_article(nlp.make_doc(text), published=...)`;
* per call, through `nlp.pipe(docs, component_cfg={...})`: for `frontwatch_geoparser`
  `gazetteer`, `country_hint` (ISO2 codes the feed is about) and `outlet_priors` (outlet →
  its home divisions, looked up by the article's outlet); for `frontwatch_events`
  `keep_background` (False drops background events);
* per pipeline, in the factory config: `gazetteer` and `country_hint`, the defaults of a call.

Extensions: Doc._.article (Article | None), Doc._.sentences (list[Sentence], the sentence
records the stages share), Doc._.toponyms (list[Toponym]: every place mention, resolved or
not), Doc._.places (list[Span]: the resolved ones, each with Span._.place), Doc._.events
(list[Event]).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


for _name, _kw in (("article", {"default": None}), ("sentences", {"default": None}), ("toponyms", {"default": None}),
                   ("events", {"default": None}), ("places", {"getter": _places})):
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


_CONFIG: Any = object()  # "the value from the factory config" (None is a real gazetteer choice: the default)


class GeoparserComponent:
    """Toponyms of the Doc, resolved against the gazetteer, on `doc._.toponyms` / `doc._.places`."""

    def __init__(self, gazetteer: str | None, country_hint: tuple[str, ...]) -> None:
        self.gazetteer = gazetteer
        self.country_hint = country_hint

    def __call__(self, doc: Doc, *, gazetteer: str | Path | None = _CONFIG, country_hint: tuple[str, ...] = _CONFIG,
                 outlet_priors: Mapping[str, Mapping[tuple[str, str], float]] | None = None) -> Doc:
        """The keyword arguments come from `nlp.pipe(..., component_cfg={"frontwatch_geoparser": {...}})`
        and override the factory config for that call (see the module docstring)."""
        from frontwatch.geo.outlet import article_country_hint
        from frontwatch.nlp.pipeline import sentences

        article = _article(doc)
        feed_hint = self.country_hint if country_hint is _CONFIG else tuple(country_hint)
        # The article's domain names its outlet's country ('.co.uk'): a prior as the feed's hint is.
        hint = article_country_hint(article.url, article.outlet, feed_hint)
        path = self.gazetteer if gazetteer is _CONFIG else gazetteer
        if doc._.sentences is None:
            doc._.sentences = sentences(doc)
        admin_hint = outlet_priors.get(article.outlet or "") if outlet_priors else None
        doc._.toponyms = shared_geoparser(str(path) if path else None).parse_doc(doc, doc._.sentences, hint=hint,
                                                                                 admin_hint=admin_hint)
        return doc


class EventsComponent:
    """Events coded from the Doc and its toponyms, on `doc._.events` (needs frontwatch_geoparser first)."""

    def __call__(self, doc: Doc, *, keep_background: bool = True) -> Doc:
        """`keep_background` (a `component_cfg` option): False drops the events told as background;
        True keeps them, flagged by their modality."""
        from frontwatch.events.extract import extract_events

        toponyms: list[Toponym] = doc._.toponyms if doc._.toponyms is not None else []
        events = extract_events(doc, _article(doc), toponyms)
        if not keep_background:
            events = [e for e in events if e.modality != "background"]
        doc._.events = events
        return doc


@Language.factory("frontwatch_geoparser", default_config={"gazetteer": None, "country_hint": []},
                  assigns=["doc._.sentences", "doc._.toponyms", "doc._.places"], requires=["doc.ents", "doc.sents"])
def make_geoparser(nlp: Language, name: str, gazetteer: str | None, country_hint: list[str]) -> GeoparserComponent:
    """`gazetteer`: a gazetteer path (None: the default one); `country_hint`: ISO2 codes the texts are about."""
    return GeoparserComponent(gazetteer, tuple(country_hint))


@Language.factory("frontwatch_events", assigns=["doc._.events"], requires=["doc._.toponyms", "doc.sents"])
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent()


# The components `load_pipeline` adds after the model's own, in this order.
FRONTWATCH_PIPES: tuple[str, ...] = ("frontwatch_geoparser", "frontwatch_events")


@lru_cache(maxsize=1)
def load_pipeline() -> "Language":
    """frontwatch's pipeline: the model with the geoparser and event coder added as spaCy
    components (this module's factories; here, not in `nlp.pipeline`, which the components
    themselves import for sentences), loaded once per process (and so once per worker or
    Spark executor). `Pipeline.process` runs articles through it with `nlp.pipe` and reads
    the results off the Doc. A model of its own, not `load_nlp()`'s with components added,
    so code that asks `load_nlp()` for the bare analysis never runs our stages."""
    from frontwatch.nlp.pipeline import DEFAULT_EXCLUDE, load_model

    nlp = load_model(DEFAULT_EXCLUDE)
    for name in FRONTWATCH_PIPES:
        nlp.add_pipe(name)
    return nlp
