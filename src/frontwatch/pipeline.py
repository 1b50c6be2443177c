"""The stages wired together: clean articles → NLP → geoparse → events.

`Pipeline.process` is the one function every runner uses (CLI `extract` and `ingest`,
the process pool, Spark), so they cannot drift apart. Heavy resources (spaCy model,
gazetteer) load lazily, once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from frontwatch.model import Article, ProcessedArticle


@dataclass
class PipelineOptions:
    gazetteer: Path | None = None  # None: the default gazetteer (built at first use)
    batch_size: int = 32
    keep_background: bool = True  # store keeps background events (flagged); extract drops them by default
    # ISO2 codes a feed is known to be about ('SY' for a Syria desk): a prior for the
    # geoparser, as if each article had named those countries (one-line reports name none).
    country_hint: tuple[str, ...] = ()
    # Outlet → its home divisions ((country, admin1 code) → share), learnt from the outlet's
    # stored articles (geo/outlet.py): a local paper's bare 'Paris' is its own state's.
    outlet_priors: dict[str, dict[tuple[str, str], float]] = field(default_factory=dict)
    # Wall-clock seconds one article may take in a worker (None/0: no limit); past it the
    # article is one error line and the worker goes on (budget.py).
    time_budget: float | None = 60.0


@dataclass
class Pipeline:
    options: PipelineOptions = field(default_factory=PipelineOptions)

    def __post_init__(self) -> None:
        self._geoparser = None

    @property
    def geoparser(self):
        """The geoparser, opened on first use (the gazetteer may be built then)."""
        if self._geoparser is None:
            from frontwatch.geo.geoparse import Geoparser

            self._geoparser = Geoparser.open(self.options.gazetteer)
        return self._geoparser

    def warm_up(self) -> None:
        """Load the model and open the gazetteer now (so progress bars time real work)."""
        from frontwatch.nlp.pipeline import load_nlp

        load_nlp()
        _ = self.geoparser

    def process(self, articles: Iterable[Article]) -> Iterator[ProcessedArticle]:
        """Run NLP, geoparsing and event coding over articles, in input order.

        English articles (and any other language let through with --keep-non-english) go
        through spaCy in batches; articles in the languages read natively (`lang.detect.FOREIGN`)
        go one by one through `lang.process`, whose records have the same schema."""
        from itertools import groupby

        from frontwatch.geo.outlet import article_country_hint
        from frontwatch.lang.detect import FOREIGN
        from frontwatch.lang.process import process_foreign

        for foreign, run in groupby(articles, key=lambda a: a.language in FOREIGN):
            if not foreign:
                yield from self._process_english(run)
                continue
            for article in run:
                hint = article_country_hint(article.url, article.outlet, self.options.country_hint)
                yield process_foreign(article, self.geoparser, hint=hint,
                                      admin_hint=self.options.outlet_priors.get(article.outlet or ""),
                                      keep_background=self.options.keep_background)

    def _process_english(self, articles: Iterable[Article]) -> Iterator[ProcessedArticle]:
        from frontwatch.events.extract import extract_events
        from frontwatch.geo.outlet import article_country_hint
        from frontwatch.nlp.pipeline import load_nlp, mentions, sentences

        nlp = load_nlp()
        geoparser = self.geoparser
        stream = ((a.text, a) for a in articles)
        for doc, article in nlp.pipe(stream, batch_size=self.options.batch_size, as_tuples=True):
            sents = sentences(doc)
            # The article's domain names its outlet's country ('.co.uk'): a prior as the feed's hint is.
            hint = article_country_hint(article.url, article.outlet, self.options.country_hint)
            toponyms = geoparser.parse_doc(doc, sents, hint=hint,
                                           admin_hint=self.options.outlet_priors.get(article.outlet or ""))
            events = extract_events(doc, article, toponyms)
            if not self.options.keep_background:
                events = [e for e in events if e.modality != "background"]
            yield ProcessedArticle(
                article=article, sentences=sents, mentions=mentions(doc, sents), toponyms=toponyms, events=events
            )
