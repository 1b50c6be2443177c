"""Another place than the event's chosen: a clock's place, and the owner of the place named after it
(evloc44, issue 14).

'ISIS began their attack around 11 A.M. (Damascus Time), when a suicide bomber ... in eastern Khattab': the
place of a time zone names a clock, not a ground (`events/place_role.clock_zone`, the nouns in
data/place_role_words.json); the scorer chose it over the event's town. "a raid on a warehouse in Manhattan's
Chelsea section": the possessive names the place the finer one lies in, as 'X village in Y' does, and the finer
place is the event's (`events/place_role.text_nests`, `events/place_nesting.named_as_owner`, read by
`finest_held`).

The sentences are CONSTRUCTED for this test (no corpus text), labelled by docs/ (the event's place is where the
event happened, at the finest place the sentence gives) before any run of the code on them, and go through the
real spaCy model, geoparser and event layer. The checks marked so fail on the branch base.
"""

from __future__ import annotations

import pytest

from frontwatch.events import place_role
from frontwatch.events.place_nesting import named_as_owner


def _chosen(nlp, geoparser, text: str, verb: str) -> list[str]:
    from test_events_support import article

    from frontwatch.events.extract import EventExtractor
    from frontwatch.nlp.pipeline import sentences

    doc = nlp(text)
    tops = geoparser.parse_doc(doc, sentences(doc))
    chosen, _ = EventExtractor().places_for(doc, article(text), tops, next(t.i for t in doc if t.text == verb))
    return [t.text for t in chosen]


@pytest.mark.slow
def test_a_clocks_place_is_not_the_events(nlp, geoparser) -> None:
    """Fails on the base: Damascus (the time zone) was chosen over the orchards the assault targeted."""
    text = ("The army began its assault at 6 A.M. (Damascus time) on Tuesday, targeting rebel positions near the "
            "Qaboun Orchards.")
    assert _chosen(nlp, geoparser, text, "began") == ["Qaboun Orchards"]


@pytest.mark.slow
def test_a_clocks_place_is_no_candidate_when_nothing_else_is_named(nlp, geoparser) -> None:
    """Fails on the base: Moscow (the time zone) was the attack's place. Gold: Avdiivka; the recogniser does not
    find it here, so only the clock's place is under test."""
    text = "Russian forces launched the attack at dawn (Moscow time), when drones hit a fuel depot in Avdiivka."
    assert "Moscow" not in _chosen(nlp, geoparser, text, "launched")


def test_a_time_bomb_is_no_clock(nlp) -> None:
    """Another noun after 'time' makes it no clock ('a Baghdad time bomb'); a clock noun right after does."""
    doc = nlp("Police defused a Baghdad time bomb, and the blast came at noon Baghdad time.")
    first, second = [t.i for t in doc if t.text == "Baghdad"]
    assert not place_role.clock_zone(place_role.Candidate(None, first, first + 1, first), doc)  # type: ignore[arg-type]
    assert place_role.clock_zone(place_role.Candidate(None, second, second + 1, second), doc)  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize("text, verb, place", [
    # each fails on the base: the owner (Chicago, Brooklyn, Lagos) was chosen
    ("A trader was shot three times by a police officer guarding goods seized in a raid on a warehouse in "
     "Chicago's Englewood section.", "shot", "Englewood"),
    ("A vendor was shot by an off-duty officer guarding a store in Brooklyn's Flatbush section.", "shot", "Flatbush"),
    ("Two men were wounded by a bomb hidden in a car parked outside a shop in Lagos's Ikeja section.", "wounded",
     "Ikeja"),
])
def test_the_place_a_possessive_owns_is_the_finer(nlp, geoparser, text: str, verb: str, place: str) -> None:
    assert _chosen(nlp, geoparser, text, verb) == [place]


@pytest.mark.slow
def test_a_countrys_possessive_is_no_nesting(nlp, geoparser) -> None:
    """A guard (passes on both): "Turkey's Afrin offensive" names an actor's operation; Afrin stays the place."""
    text = "Turkish jets struck Kurdish positions during Turkey's Afrin offensive."
    assert _chosen(nlp, geoparser, text, "struck") == ["Afrin"]


def test_only_the_possessive_names_the_owner(nlp) -> None:
    """'the Huriyah neighborhood of Baghdad' and 'the Baghdad neighborhood of Adamiyah' have one form: 'of' is not
    read (place_nesting's docstring); "Baghdad's Adamiyah district" is."""
    doc = nlp("Gunmen attacked the Huriyah neighborhood of Baghdad and Baghdad's Adamiyah district.")
    huriyah = next(t.i for t in doc if t.text == "Huriyah")
    bag1, bag2 = [t.i for t in doc if t.text == "Baghdad"]
    adamiyah = next(t.i for t in doc if t.text == "Adamiyah")
    assert not named_as_owner(doc, huriyah + 1, bag1)
    assert named_as_owner(doc, bag2 + 1, adamiyah)


def _far_decision(nlp, geoparser, text: str, verb: str, anchor: str):
    """The real decision's scored places, a context whose far-distance tokens come from the real geoparser's
    relative toponyms (as events/extract.py builds them), and the anchor's scored place."""
    from test_events_support import article

    from frontwatch.events.extract import EventExtractor
    from frontwatch.nlp.pipeline import sentences

    doc = nlp(text)
    tops = geoparser.parse_doc(doc, sentences(doc))
    ex = EventExtractor()
    ex.places_for(doc, article(text), tops, next(t.i for t in doc if t.text == verb))
    scored = ex.last_place_scores
    far = set()
    for t in tops:
        if t.relative and t.relative.get("kind") == "distance" and \
                (t.relative.get("km_min") or t.relative.get("km") or 0) > place_role.FAR_DISTANCE_KM:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            far |= set(range(span.start, span.end))
    ctx = place_role.Context(head=doc[0], trigger_tokens=[], light_verb=None, clause_verb=None, objects=[],
                             locatives=[], span_start=0, span_end=len(doc), candidates=[s.candidate for s in scored],
                             far_distance_tokens=far)
    return scored, ctx, next(s for s in scored if s.candidate.toponym.text == anchor)


@pytest.mark.slow
def test_the_anchor_of_a_far_distance_is_not_the_events(nlp, geoparser) -> None:
    """'near Mallawi, a town 260 kilometers (160 miles) south of Cairo': were Cairo the scorer's best, the place
    measured from it is chosen (fails on the base: no such function)."""
    scored, ctx, cairo = _far_decision(nlp, geoparser, "The attack occurred near Mallawi, a town 260 kilometers "
                                       "(160 miles) south of Cairo.", "occurred", "Cairo")
    assert place_role.far_anchor(cairo.candidate, ctx)
    assert "Mallawi" in place_role.past_far_anchor(cairo, scored, 0.0, ctx).candidate.toponym.text


@pytest.mark.slow
def test_the_anchor_of_a_near_distance_stays(nlp, geoparser) -> None:
    """'one kilometer from the Imam Hussein shrine': within a place's countryside the event is at the anchor."""
    scored, ctx, shrine = _far_decision(nlp, geoparser, "The bomb exploded one kilometer from the Imam Hussein "
                                        "shrine in Kerbala.", "exploded", "Imam Hussein shrine")
    assert not place_role.far_anchor(shrine.candidate, ctx)
    assert place_role.past_far_anchor(shrine, scored, 0.0, ctx) is shrine
