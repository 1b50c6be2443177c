"""The stages wired together: clean articles → NLP → geoparse → events.

`Pipeline.process` is the one function every runner uses (CLI `extract` and `ingest`,
the process pool, Spark, the evaluators), so they cannot drift apart. For English it is
"load the model, add our components, `nlp.pipe`": the geoparser and the event coder run as
the spaCy components of `nlp/components.py` (`nlp.components.load_pipeline`), each article
rides on its Doc (`Doc._.article`), this run's options go in as `component_cfg`, and the
results are read off the Doc. Heavy resources (spaCy model, gazetteer) load lazily, once
per process.
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

    @property
    def geoparser(self):
        """The process's geoparser for this gazetteer, opened on first use (the gazetteer may be
        built then): the one the `frontwatch_geoparser` component uses."""
        from frontwatch.nlp.components import shared_geoparser

        return shared_geoparser(str(self.options.gazetteer) if self.options.gazetteer else None)

    def warm_up(self) -> None:
        """Load the model and open the gazetteer now (so progress bars time real work)."""
        from frontwatch.nlp.components import load_pipeline

        load_pipeline()
        _ = self.geoparser

    def component_cfg(self) -> dict[str, dict]:
        """This run's options for the components (`nlp.pipe(..., component_cfg=...)`); a new
        dict per call, since spaCy adds its batch size to it."""
        opts = self.options
        return {"frontwatch_geoparser": {"gazetteer": opts.gazetteer, "country_hint": opts.country_hint,
                                         "outlet_priors": opts.outlet_priors},
                "frontwatch_events": {"keep_background": opts.keep_background}}

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
        from frontwatch.nlp.components import FRONTWATCH_PIPES, load_pipeline
        from frontwatch.nlp.detitle import detitle, known_place_name
        from frontwatch.nlp.paragraphs import analyse_by_paragraph
        from frontwatch.nlp.pipeline import mentions

        nlp = load_pipeline()
        known = known_place_name(self.geoparser.gazetteer)

        def docs() -> Iterator:
            for article in articles:
                doc = nlp.make_doc(detitle(article.text, known))  # Title Case headlines: nlp/detitle.py
                doc._.article = article
                yield doc

        # The model reads each paragraph on its own (a headline is not the body's first sentence), then
        # frontwatch's components read the whole article: nlp/paragraphs.py.
        model_pipes = [name for name in nlp.pipe_names if name not in FRONTWATCH_PIPES]
        analysed = analyse_by_paragraph(nlp, docs(), batch_size=self.options.batch_size, disable=FRONTWATCH_PIPES)
        for doc in nlp.pipe(analysed, batch_size=self.options.batch_size, component_cfg=self.component_cfg(),
                            disable=model_pipes):
            sents = doc._.sentences
            yield ProcessedArticle(article=doc._.article, sentences=sents, mentions=mentions(doc, sents),
                                   toponyms=doc._.toponyms, events=doc._.events)
