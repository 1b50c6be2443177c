"""Coreference-lite: pronouns to the last fitting actor, 'the city'/'there'/'the country' to the last fitting place."""

from __future__ import annotations

from test_events_support import make_toponyms, place, run

from frontwatch.events.coref import place_anaphors, resolve_place
from frontwatch.model import Candidate, Place, Toponym


def test_the_city_is_the_last_city_named(nlp):  # noqa: F811
    evs = run(nlp, "Rebels seized Hama on Monday. Reinforcements are arriving to defend the city.")
    dep = next(e for e in evs if e.event_type == "deployment")
    assert dep.location is not None and dep.location.place.name == "Hama"


def test_there_and_named_places_are_told_apart(nlp):  # noqa: F811
    doc = nlp("Rebels entered Homs. The army shelled them there, and the city of Hama too.")
    tops = make_toponyms(doc.text)
    sent = list(doc.sents)[1]
    anaphors = [t.text for t in place_anaphors(sent, {i for t in tops for i in range(
        doc.char_span(t.start, t.end, alignment_mode="expand").start,
        doc.char_span(t.start, t.end, alignment_mode="expand").end)})]
    assert anaphors == ["there"]  # "the city of Hama" names its place
    there = next(t for t in sent if t.text == "there")
    assert resolve_place(there, tops).place.name == "Homs"


def test_the_country_is_a_country_named_not_a_nationality(nlp):  # noqa: F811
    doc = nlp("Syria is at war. He told the French news agency that forces are collapsing across the country.")
    text = doc.text
    syria = Toponym(start=0, end=5, text="Syria", place=place("Syria"), precision="country")
    france = Place(geonameid=3017382, name="France", lat=46.0, lon=2.0, country="FR", precision="country")
    i = text.index("French")
    french = Toponym(start=i, end=i + 6, text="French", place=france, precision="country",
                     candidates=[Candidate(place=france, score=1.0, how="demonym")])
    country = next(t for t in doc if t.text == "country")
    assert resolve_place(country, [syria, french]).text == "Syria"
    # without the demonym flag, the nearer country would have been taken
    plain = Toponym(start=i, end=i + 6, text="French", place=france, precision="country")
    assert resolve_place(country, [syria, plain]).text == "French"


def test_their_commanders_are_the_last_group_in_subject_position(nlp):  # noqa: F811
    evs = run(nlp, "Jihadists control Daraa, the Observatory said. Their fighters then seized Quneitra.")
    taken = next(e for e in evs if e.event_type == "territory_taken")
    assert taken.actor1 is not None and taken.actor1.name.startswith("Rebels")


def test_a_pronoun_does_not_refer_to_a_news_source(nlp):  # noqa: F811
    evs = run(nlp, "Rebels advanced on Hama, the Observatory said. They seized Homs on Friday.")
    taken = next(e for e in evs if e.event_type == "territory_taken")
    assert taken.actor1.name.startswith("Rebels")
