"""The ground a verb of motion moves through is a place's frame (evloc37, issue 14 item 1).

'demonstrators thronged Hama', 'troops crossed the Euphrates', 'police patrolled the square': the object of
a verb of motion is where the movers are, as a seized town is where its captors are. `geo/locative.
locative_role` gave no role to such a name (only the objects of attack and territory verbs had one), so a
town the model labelled PERSON there had no place frame and the resolver refused it. The verbs are
data (data/locative.json `motion_verbs`); 'pass' is not one of them ('passed former great X', 'passed the
Senate'), nor 'tour' ('toured the X Arts Center'), nor 'visit', 'leave', 'approach', which take people,
bodies and buildings as often.

The sentences are CONSTRUCTED for this test (no corpus text) and parsed by the real spaCy model. The
checks marked so fail before the change.
"""

from __future__ import annotations

import pytest
from geo_helpers import span_of, toponyms

from frontwatch.geo.locative import locative_role, words


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Thousands of protesters thronged Homs after the Friday prayers.", "Homs"),
    ("The convoy crossed Manbij before dawn.", "Manbij"),
    ("Armed police patrolled Kafr Nabl and Maarat Misrin overnight.", "Maarat Misrin"),
])
def test_the_object_of_a_verb_of_motion_is_a_territory_frame(nlp, text: str, name: str) -> None:
    """Fails before the change: no role for the object of a verb that is neither an attack nor a taking."""
    assert locative_role(span_of(nlp(text), name)) == "territory"


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("The veteran bowler passed Imran Qadir for the most wickets.", "Imran Qadir"),  # 'pass' overtakes people
    ("The envoy visited Omar Saleh in prison on Monday.", "Omar Saleh"),
    ("The bill passed Congress last week.", "Congress"),  # subject, and 'pass' is no verb of motion here
    ("The delegation toured the Riverside Arts Center on Monday.", "Riverside Arts Center"),  # a building
])
def test_no_frame_for_a_verb_that_takes_people_or_bodies(nlp, text: str, name: str) -> None:
    assert locative_role(span_of(nlp(text), name)) is None


def test_pass_and_tour_are_no_verbs_of_motion() -> None:
    """'pass' takes people and bodies as often as ground ('passed former great X', 'passed the Senate'):
    on the tune part it framed a cricketer's name; 'tour' takes buildings ('toured the X Performing Arts
    Center': a false toponym on LGL)."""
    assert not {"pass", "tour", "visit"} & words().motion_verbs
    assert {"throng", "cross", "patrol"} <= words().motion_verbs


@pytest.mark.slow
def test_a_town_the_model_reads_as_a_person_is_placed_when_thronged(nlp, geoparser) -> None:
    """Fails before the change: 'Hama' after 'thronged' had no frame and the resolver refused it."""
    tops = toponyms(nlp, geoparser, "Mourners who thronged Hama for the funeral were fired on by snipers.")
    assert [(t.text, t.place.country) for t in tops if t.text == "Hama"] == [("Hama", "SY")]
