"""evloc33: the gold verb that gets no event (docs/event-location.md, "evloc33").

The end-to-end matching of `evaluate event-location` is one function (`verb_events`), shared by the
evaluator and dev/event_location_e2e.py: an event is on the gold verb when its trigger overlaps it, and
linked to it when its trigger is the verb or a word next to it in the parse (a light verb's noun). The
sentences are written for the test (none is from the development corpora).
"""

from __future__ import annotations

from frontwatch.evaluate.event_location import LocatedSentence, verb_events
from frontwatch.model import Event


def _sentence(text: str, verb: str) -> LocatedSentence:
    a = text.index(verb)
    return LocatedSentence("t", text, (a, a + len(verb)), (), "test", "tune")


def _event(trigger: str) -> Event:
    return Event(id=trigger, article_id="a", evidence_text="", evidence_start=0, evidence_end=0,
                 event_type="attack", trigger=trigger)


def test_an_event_is_on_the_verb_when_its_trigger_overlaps_it(nlp):
    text = "Rebels launched an assault on Idlib, killing five soldiers."
    on, linked = verb_events(_sentence(text, "killing"), nlp(text), [_event("killing five"), _event("assault")])
    assert [e.trigger for e in on] == ["killing five"]
    assert "killing five" in [e.trigger for e in linked]


def test_an_event_on_the_light_verbs_noun_is_linked_not_on_the_verb(nlp):
    text = "Rebels launched an assault on Idlib, killing five soldiers."
    on, linked = verb_events(_sentence(text, "launched"), nlp(text), [_event("assault")])
    assert on == [] and [e.trigger for e in linked] == ["assault"]
