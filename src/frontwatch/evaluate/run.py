"""The evaluators wired to the real pipeline: what `frontwatch evaluate ...` runs.

The scoring modules (`geoparse`, `seed`, `strikes`) take the system under test as a
callable and know nothing of frontwatch's stages; this module is the one place that
builds those callables from the shipped pipeline, so the CLI, the tests and the
benchmarks score exactly what `extract` produces.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from frontwatch.evaluate.callables import Progress
from frontwatch.model import RawArticle

# Where a source checkout keeps the gold data: <repo>/../shared (read in place, never copied); a worktree one
# folder deeper finds it at <repo>/../../shared. The dev/ scripts read the same definition.
_REPO = Path(__file__).resolve().parents[3]
SHARED = next((p / "shared" for p in (_REPO.parent, _REPO.parent.parent) if (p / "shared" / "data").exists()),
              _REPO.parent / "shared")
DEFAULT_SEED = SHARED / "fixtures" / "seed" / "expected.json"
DEFAULT_STRIKES = SHARED / "data" / "syria" / "centcom-strikes.csv"
DEFAULT_RE3D = SHARED / "data" / "re3d"
DEFAULT_EVENT_LOCATION = SHARED / "data" / "events" / "event-location.jsonl"
DEFAULT_DATA = SHARED / "data"
DEFAULT_SUBTYPES = _REPO / "dev" / "subtypes"  # the sub-event type development corpus (evaluate/devcorpus.py)
DEFAULT_ML_EVENTS = _REPO / "dev" / "events-ml"  # the multilingual event development set (evaluate/ml_devset.py)
DEFAULT_ACTORS = _REPO / "dev" / "actors_fatalities"  # actors and fatalities gold (evaluate/actors_fatalities.py)
DEFAULT_FAKES = SHARED / "data" / "syria" / "fakes-articles.csv"


def _utc_day(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            return datetime.strptime(value.strip(), fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    return None


def extract_texts(texts: list[str], *, published: list[datetime | None] | None = None,
                  gazetteer: Path | None = None, include_background: bool = False,
                  country_hint: tuple[str, ...] = ()) -> list[list[dict]]:
    """Event records (the `extract` JSONL schema) for each raw text, through clean → NLP → geo → events."""
    from frontwatch.clean import clean_article
    from frontwatch.runner import events_public

    pipe = _pipeline(gazetteer, include_background, country_hint)
    dates = published or [None] * len(texts)
    articles = [clean_article(RawArticle(text=t, source_ref=f"text:{i}", kind="text", published=d,
                                         published_from="option" if d else "unknown"))
                for i, (t, d) in enumerate(zip(texts, dates))]
    return [events_public(p.events, p.article) for p in pipe.process(articles)]


_PIPELINES: dict[tuple[Path | None, bool, tuple[str, ...]], Any] = {}


def _pipeline(gazetteer: Path | None, include_background: bool, country_hint: tuple[str, ...] = ()):
    """One pipeline per (gazetteer, background, hint) in this process: the model loads once."""
    from frontwatch.pipeline import Pipeline, PipelineOptions

    key = (gazetteer, include_background, country_hint)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(PipelineOptions(gazetteer=gazetteer, keep_background=include_background,
                                                   country_hint=country_hint))
    return _PIPELINES[key]


def run_geoparse(corpus: Path, *, gazetteer: Path | None = None, limit: int | None = None,
                 progress: Progress | None = None, outlet_prior: bool = True) -> dict:
    """Recognition and resolution figures of the geoparser on an LGL/GeoWebNews-layout XML file.

    `outlet_prior`: where the corpus names each article's outlet, resolve every article a
    second time with what the outlet's other articles say about its home ground, as an
    ingest of feeds does (geo/outlet.py). The whole corpus is one batch then, since an
    article's prior comes from all the others."""
    from frontwatch.evaluate.geoparse import evaluate_geoparse, read_corpus
    from frontwatch.geo.geoparse import Geoparser

    layout, docs = read_corpus(Path(corpus))
    if limit:
        docs = docs[:limit]
    geoparser = Geoparser.open(gazetteer)
    use_outlets = outlet_prior and any(d.outlet for d in docs)
    if use_outlets:
        outlets = [d.outlet for d in docs]
        result = evaluate_geoparse(docs, _any_language(geoparser, outlets), progress=progress,
                                   batch=max(1, len(docs)))
    else:
        result = evaluate_geoparse(docs, _any_language(geoparser), progress=progress)
    return {"corpus": str(corpus), "layout": layout, "outlet_prior": use_outlets, **result}


def _any_language(geoparser, outlets: list | None = None):
    """texts → toponyms, each text in its own language: English (and anything not read natively)
    through the spaCy geoparser as one batch (with the outlets' priors), a text lingua finds in a
    natively read language (`lang.detect.FOREIGN`) through `lang.geoparse`."""
    from frontwatch.lang.detect import FOREIGN, detect_supported
    from frontwatch.lang.geoparse import geoparse_text

    def parse(texts: list[str]) -> list:
        langs = []
        for text in texts:
            code, conf = detect_supported(text)
            langs.append(code if code in FOREIGN and conf >= 0.5 else "en")
        english = [i for i, c in enumerate(langs) if c == "en"]
        out: list = [None] * len(texts)
        if english:
            subset = [outlets[i] for i in english] if outlets is not None else None
            for i, tops in zip(english, geoparser.parse_texts([texts[i] for i in english], outlets=subset)):
                out[i] = tops
        for i, code in enumerate(langs):
            if code != "en":
                out[i] = geoparse_text(texts[i], code, geoparser)[1]
        return out

    return parse


def run_re3d(root: Path = DEFAULT_RE3D, *, gazetteer: Path | None = None, limit: int | None = None,
             progress: Progress | None = None) -> dict:
    """How many re3d gold Location spans the geoparser recognises (recall exact/overlap, named/all).

    Every toponym the geoparser returns counts as a recognised place span, relative ones
    ("the north of the country") included, since re3d marks such descriptions as Locations;
    toponyms read from a demonym ("Iraqi") do not, since re3d marks those as Nationality.
    """
    from frontwatch.evaluate.re3d import read_re3d, score_re3d
    from frontwatch.geo.geoparse import Geoparser

    docs = read_re3d(Path(root))
    if limit:
        docs = docs[:limit]
    geoparser = Geoparser.open(gazetteer)

    def recognise(texts: list[str]) -> list[list[tuple[int, int]]]:
        return [[(t.start, t.end) for t in tops if not (t.candidates and t.candidates[0].how == "demonym")]
                for tops in geoparser.parse_texts(texts)]

    return {"root": str(root), **score_re3d(docs, recognise, progress=progress)}


def run_seed(expected_path: Path = DEFAULT_SEED, *, gazetteer: Path | None = None) -> dict:
    """The seed article through the whole pipeline, scored against its hand-coded reference.

    The article file and its publication date come from the reference itself (`article.file`
    beside it, `article.published`), as a bare text file has no date of its own.
    """
    from frontwatch.evaluate.seed import score_seed

    expected_path = Path(expected_path)
    if not expected_path.is_file():
        raise FileNotFoundError(f"{expected_path}: no such reference file")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    art = expected.get("article") or {}
    text_path = expected_path.parent / art.get("file", "article.txt")
    if not text_path.is_file():
        raise FileNotFoundError(f"{text_path}: the article named by {expected_path} is missing")
    records = extract_texts([text_path.read_text(encoding="utf-8")], published=[_utc_day(art.get("published"))],
                            gazetteer=gazetteer, include_background=True)[0]
    return {"reference": str(expected_path), **score_seed(records, expected)}


def gazetteer_geocoder(gazetteer: Path | None = None) -> Callable[[str, str | None], tuple[float, float] | None]:
    """Gold geocoding for normalised place names: the gazetteer's best exact or folded match
    in the given country (the gold `location` column is already a clean name)."""
    from frontwatch.geo.fold import fold
    from frontwatch.geo.gazetteer import Gazetteer

    gaz = Gazetteer.open(gazetteer)

    def geocode(name: str, code: str | None) -> tuple[float, float] | None:
        countries = [code] if code else None
        cands = gaz.by_name(name, countries=countries, limit=5) or gaz.by_fold(fold(name), countries=countries, limit=5)
        cands = [c for c in cands if c.place.lat is not None]
        return (cands[0].place.lat, cands[0].place.lon) if cands else None

    return geocode


def country_code(name: str) -> str | None:
    """ISO2 code of a country name ('Syria' → 'SY'), via pycountry's fuzzy search."""
    import pycountry

    try:
        return pycountry.countries.search_fuzzy(name)[0].alpha_2
    except LookupError:
        return None


def run_strikes(path: Path = DEFAULT_STRIKES, *, country: str = "Syria", gazetteer: Path | None = None,
                limit: int | None = None, progress: Progress | None = None, section_hint: bool = True) -> dict:
    """Air-strike lines → hit rate of 'Air/drone strike within 25 km of the gold place'.

    Each line is scored as its own article, cut from a release section headed by its
    country ('Syria: - Near Mar'a, one strike ...'). `section_hint` gives the geoparser
    that header as a feed-level country hint (`PipelineOptions.country_hint`); without it,
    a one-line report names no country and 'Mar'a' could be any of a dozen villages."""
    from frontwatch.evaluate.strikes import read_strike_lines, score_strikes

    lines = read_strike_lines(Path(path), country=country)
    if limit:
        lines = lines[:limit]
    dates = {row["line"]: _utc_day(row.get("date")) for row in lines}
    code = country_code(country) if section_hint else None
    hint = (code,) if code else ()

    def extract(texts: list[str]) -> list[list[dict]]:
        return extract_texts(texts, published=[dates.get(t) for t in texts], gazetteer=gazetteer, country_hint=hint)

    result = score_strikes(lines, extract, gazetteer_geocoder(gazetteer), progress=progress)
    return {"file": str(path), "country": country, "section_hint": list(hint), **result}


def run_event_location(path: Path = DEFAULT_EVENT_LOCATION, *, split: str = "all", gazetteer: Path | None = None,
                       limit: int | None = None, progress: Progress | None = None) -> dict:
    """Event-location sentences → the place decision on the gold verb, and end to end.

    Each sentence is its own article (text as given, so the gold offsets hold), parsed and
    geoparsed by the real stages. The decision's places count only when they are spans of
    the sentence: the article-country fallback (`how` 'country') is a guess about the whole
    text, not a place the sentence gives, and counts as no place."""
    from frontwatch.evaluate.event_location import (
        Decision,
        read_sentences,
        score_event_location,
        verb_events,
    )
    from frontwatch.events.extract import EventExtractor
    from frontwatch.model import Article
    from frontwatch.nlp.pipeline import load_nlp
    from frontwatch.nlp.pipeline import sentences as nlp_sentences

    rows = read_sentences(Path(path), split)
    if limit:
        rows = rows[:limit]
    nlp = load_nlp()
    geoparser = _pipeline(gazetteer, True).geoparser
    extractor = EventExtractor()

    def in_text(text: str, tops) -> list[tuple[int, int]]:
        return [(t.start, t.end) for t in tops if t is not None and text[t.start:t.end] == t.text]

    def decide(chunk) -> list[Decision]:
        out = []
        for s, doc in zip(chunk, nlp.pipe([s.text for s in chunk])):
            toponyms = geoparser.parse_doc(doc, nlp_sentences(doc))
            article = Article(id=f"el:{s.id}", text=s.text, source_ref=f"event-location:{s.id}", kind="text")
            verb = doc.char_span(s.verb[0], s.verb[1], alignment_mode="expand")
            places, how = extractor.places_for(doc, article, toponyms, verb.root.i) if verb else ([], "none")
            if how == "country":
                places = []
            on, near = verb_events(s, doc, extractor.extract(doc, article, toponyms))
            e2e = [p for e in on for p in in_text(s.text, [e.location])] if on else None
            linked = [p for e in near for p in in_text(s.text, [e.location])] if near else None
            out.append(Decision(in_text(s.text, places), how, e2e, in_text(s.text, toponyms), linked))
        return out

    result = score_event_location(rows, decide, progress=progress)
    return {"file": str(path), "split": split, **result}


def run_fakes(path: Path = DEFAULT_FAKES, *, split: str = "all", gazetteer: Path | None = None,
              limit: int | None = None, progress: Progress | None = None) -> dict:
    """FA-KES articles through the whole pipeline (publication date from the CSV), scored for
    theatre coherence (`evaluate/fakes.py`): outside-theatre, country-level, actor-1-empty shares."""
    from frontwatch.evaluate.fakes import evaluate_fakes, read_fakes

    articles = read_fakes(Path(path), split=split)
    if limit:
        articles = articles[:limit]

    def extract(batch: list) -> list[list[dict]]:
        return extract_texts([a.text for a in batch], published=[a.published for a in batch], gazetteer=gazetteer)

    return {"file": str(path), "split": split, **evaluate_fakes(articles, extract, progress=progress)}


__all__ = ["DEFAULT_EVENT_LOCATION", "DEFAULT_FAKES", "DEFAULT_RE3D", "DEFAULT_SEED", "DEFAULT_STRIKES", "extract_texts",
           "gazetteer_geocoder", "run_event_location", "run_fakes", "run_geoparse",
           "run_re3d", "run_seed", "run_strikes"]


def run_toponyms(path: Path, *, split: str = "all", gazetteer: Path | None = None, limit: int | None = None,
                 progress: Progress | None = None) -> dict:
    """Place recognition P/R/F1 on a multilingual gold NER file (JSONL), tune and report parts.

    A record in English goes through the spaCy geoparser, any other supported language
    through the native path (`lang.geoparse`), as in `Pipeline.process`."""
    from frontwatch.evaluate.toponyms import evaluate_toponyms
    from frontwatch.geo.geoparse import Geoparser
    from frontwatch.lang.detect import FOREIGN, detect_supported
    from frontwatch.lang.geoparse import geoparse_text

    geoparser = Geoparser.open(gazetteer)

    def parse(text: str, lang: str):
        if lang in FOREIGN:
            return geoparse_text(text, lang, geoparser)[1]
        return geoparser.parse_texts([text])[0]

    return evaluate_toponyms(Path(path), parse, lambda text: detect_supported(text)[0] or "en", split=split,
                             limit=limit, progress=progress)
