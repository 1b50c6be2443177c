"""Events in tests: one sentence's coded ACLED events, its most confident one, an actor's kind, a hand-made
report for the consolidation rules, and the place scorer's decision for one trigger.

Why a module: the actor, toll and event-place tests all ask the same questions of the real pipeline.
"""

from __future__ import annotations

from frontwatch.evaluate.run import extract_texts
from frontwatch.model import Actor, Event


def acled_events(text: str) -> list[dict]:
    """The events with an ACLED type coded from one text (records as `extract` writes them)."""
    return [e for e in extract_texts([text])[0] if (e.get("acled") or {}).get("event_type")]


def main_event(text: str) -> dict:
    """The most confident event with an ACLED type coded from one sentence."""
    events = acled_events(text)
    assert events, f"no event coded from {text!r}"
    return max(events, key=lambda e: e.get("confidence") or 0.0)


def main_record_of(text: str) -> dict:
    """The record `evaluate actors` scores for one sentence: the evaluator's main record of its coded events."""
    from frontwatch.evaluate.events import main_record

    rec = main_record(extract_texts([text])[0])
    assert rec is not None, f"no main record coded from {text!r}"
    return rec


def actor_of(rec: dict, side: str) -> dict:
    """A record's actor1 or actor2 as a dict ({} for no actor)."""
    return rec.get(side) or {}


def actor_name(rec: dict, side: str) -> str | None:
    """The name of a record's actor1 or actor2 (None for no actor)."""
    return actor_of(rec, side).get("name")


def kind(actor: dict | None) -> str | None:
    """An actor's kind ('state forces', 'civilians', ...), None for no actor."""
    return (actor or {}).get("kind")


def report(eid: str, start: int, event_type: str, acled: str, trigger: str, *, actor: str | None = None,
           fatalities: int = 0, text: str = "") -> Event:
    """One report as consolidation sees it: its sentence at `start`, an ACLED type, a state-forces actor 1 when
    `actor` is given, a toll."""
    return Event(id=eid, article_id="a", evidence_text=text or trigger, evidence_start=start, evidence_end=start + 50,
                 event_type=event_type, acled_event_type=acled, trigger=trigger, fatalities=fatalities,
                 actor1=Actor(name=actor, text=actor, kind="state forces") if actor else None)


def place_decision(nlp, text: str, verb: str) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Each candidate's features and the places the scorer chose for the trigger `verb` (the article's
    country, the fallback when it chose none, counts as none, as in `evaluate event-location`)."""
    from test_events_support import article, make_toponyms

    from frontwatch.events.extract import EventExtractor

    doc = nlp(text)
    ex = EventExtractor()
    chosen, how = ex.places_for(doc, article(text), make_toponyms(text), next(t.i for t in doc if t.text == verb))
    return ({s.candidate.toponym.text: s.features for s in ex.last_place_scores}, _chosen_texts(chosen, how))


def _chosen_texts(chosen: list, how: str) -> list[str]:
    """The chosen places' texts, as `evaluate event-location` reads them: the article's country, the fallback when
    the scorer chose none, counts as none."""
    return [] if how == "country" else [t.text for t in chosen]


def geoparsed_place_decision(nlp, geoparser, text: str, verb: str) -> tuple[list, list, list[str]]:
    """`place_decision` with the real geoparser's toponyms instead of made ones: (toponyms, the names kept without a
    point, geo/refused.unplaced_of; the chosen place texts) for the trigger `verb` (evloc43, evloc45)."""
    from test_events_support import article

    from frontwatch.events.extract import EventExtractor
    from frontwatch.geo.refused import unplaced_of
    from frontwatch.nlp.pipeline import sentences

    doc = nlp(text)
    tops = geoparser.parse_doc(doc, sentences(doc))
    i = text.index(verb)
    chosen, how = EventExtractor().places_for(doc, article(text), tops, doc.char_span(i, i + len(verb)).root.i)
    return tops, unplaced_of(doc), _chosen_texts(chosen, how)


def fold(events: list[Event], paragraphs: dict[int, int], anaphoric: set[str] = frozenset()) -> list[Event]:
    """act30/act31's toll step alone on hand-made reports: no date stated, places compared as consolidation does."""
    from frontwatch.events.consolidate import toll_place_agrees
    from frontwatch.events.toll_report import fold_tolls

    return fold_tolls(events, explicit=set(), paragraphs=paragraphs, places_agree=toll_place_agrees,
                      anaphoric=anaphoric)


def parsed_token(sentence: str, word: str):
    """The first token spelled `word` in the shipped pipeline's parse of `sentence` (role readers take tokens)."""
    from frontwatch.nlp.pipeline import load_nlp

    return next(t for t in load_nlp()(sentence) if t.text == word)


def ml_reported_types(text: str, lang: str, geoparser) -> list[str]:
    """Types of the reported events the real native pipeline codes on `text` in `lang` (its own geoparse first):
    the one reading the tests of the language passes (mlS46, mlT47, mlU47) assert on."""
    from frontwatch.evaluate.ml_events import REPORTED
    from frontwatch.lang.events import code_sentence
    from frontwatch.lang.geoparse import geoparse_text

    places = geoparse_text(text, lang, geoparser)[1]
    return [e.event_type for e in code_sentence(text, lang, places, None) if e.modality in REPORTED]


def ml_event_places(text: str, lang: str, geoparser, *, reported: bool = False) -> list[str | None]:
    """The place names (None: no place) of the events the real native pipeline codes on `text` in `lang`, its own
    geoparse first: the asserted events, or with `reported` every reported modality (`evaluate.ml_events.REPORTED`).
    The one reading the place tests of the languages (mlN45, mlR46, mlP48, mlQ49) assert on."""
    from frontwatch.evaluate.ml_events import REPORTED
    from frontwatch.lang.events import code_sentence
    from frontwatch.lang.geoparse import geoparse_text

    places = geoparse_text(text, lang, geoparser)[1]
    keep = REPORTED if reported else ("asserted",)
    return [(e.location.place.name if e.location is not None and e.location.place is not None else None)
            for e in code_sentence(text, lang, places, None) if e.modality in keep]


def sentence_and_trigger(nlp, text: str, trigger: str):
    """The first sentence of `text` parsed by `nlp` and the indices of the first run of its tokens spelled `trigger`
    (one word or several, 'set on fire'): what the sub-type readers of a sentence take."""
    sent = next(iter(nlp(text).sents))
    words = trigger.split()
    start = next(t.i for t in sent if [x.text for x in sent.doc[t.i:t.i + len(words)]] == words)
    return sent, list(range(start, start + len(words)))
