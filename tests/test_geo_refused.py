"""The names the resolver refused are kept beside the document (geo/refused.py), never among
its toponyms, and an event's own locative argument may take the best sense of one
(events/argument_places.py). Real spaCy model, real gazetteer, real geoparser."""

from __future__ import annotations

import pytest

from frontwatch.geo.refused import HOW, refused_of


@pytest.fixture(scope="module")
def parsed(default_gazetteer: None):
    from frontwatch.evaluate.run import _pipeline
    from frontwatch.nlp.pipeline import load_nlp, sentences

    nlp = load_nlp()
    geoparser = _pipeline(None, True).geoparser

    def parse(text: str):
        doc = nlp(text)
        return doc, geoparser.parse_doc(doc, sentences(doc))

    return parse


def test_a_refused_name_is_recorded_but_not_a_toponym(parsed) -> None:
    # (not 'who thronged Hama': the object of a verb of motion is a place frame since evloc37, and resolved)
    doc, tops = parsed("Security forces fired at demonstrators who carried Hama on Friday.")
    assert all(t.text != "Hama" for t in tops)
    refused = [t for t in refused_of(doc) if t.text == "Hama"]
    assert refused and refused[0].candidates[0].how == HOW
    assert refused[0].place.country == "SY"


def test_the_locative_argument_takes_the_refused_sense(parsed) -> None:
    from frontwatch.events.extract import EventExtractor
    from frontwatch.model import Article

    text = "Women marched in Tortuguero on Sunday."
    doc, tops = parsed(text)
    assert all(t.text != "Tortuguero" for t in tops)
    verb = next(t for t in doc if t.text == "marched")
    places, _ = EventExtractor().places_for(doc, Article(id="t", text=text, source_ref="t", kind="text"), tops, verb.i)
    assert places and places[0].text == "Tortuguero" and places[0].place.country == "NI"


def test_a_person_labelled_refused_name_as_a_plain_object_stays_out(parsed) -> None:
    from frontwatch.events.extract import EventExtractor
    from frontwatch.model import Article

    text = "Security forces fired at demonstrators who carried Hama on Friday."  # PERSON-labelled
    doc, tops = parsed(text)
    verb = next(t for t in doc if t.text == "carried")
    places, _ = EventExtractor().places_for(doc, Article(id="t", text=text, source_ref="t", kind="text"), tops, verb.i)
    assert all(p.text != "Hama" for p in places)
