"""Attribution: who reported an event ('said X', 'according to Y', 'X told AFP')."""

from __future__ import annotations

import pytest
from test_events_support import run

from frontwatch.events.actors import default_dictionary, find_mentions
from frontwatch.events.attribution import find_attributions


def sources(nlp, text):  # noqa: F811
    doc = nlp(text)
    d = default_dictionary()
    return [a.sources + a.channel for a in find_attributions(doc[:], find_mentions(doc[:], d), d)]


@pytest.mark.parametrize("text,want", [
    ("Rebels seized the town, the army said.", [["army"]]),
    ("Rebels seized the town, said Rami Abdel Rahman.", [["Rami Abdel Rahman"]]),
    ("Iran evacuated its diplomats, according to one official.", [["one official"]]),
    ("Rami Abdel Rahman told AFP that jihadists control the city.", [["Rami Abdel Rahman", "Agence France-Presse"]]),
    ("State television and army sources said they have launched air strikes.", [["State television", "army sources"]]),
    ("One of their commanders, Hassan Abdel Ghani, confirmed that they are close.", [["Hassan Abdel Ghani"]]),
    ("The Syrian Observatory for Human Rights (OSDH) reported clashes.", [["Syrian Observatory for Human Rights"]]),
    ("Rebels are said to have seized the town.", []),  # a hedge, not a source
])
def test_sources(nlp, text, want):  # noqa: F811
    assert sources(nlp, text) == want


def test_sentence_final_speakers_survive_a_broken_parse(nlp):  # noqa: F811
    # spaCy gives this 'said' no subject; the phrases before it after the last comma are the speakers
    got = sources(nlp, "The jihadists are now 20 kilometers from the capital after taking control of the "
                       "province, a commander and the non-governmental organization Syrian Observatory for "
                       "Human Rights (OSDH) said.")
    assert got == [["commander", "Syrian Observatory for Human Rights"]]


def test_events_carry_their_sources(nlp):  # noqa: F811
    evs = run(nlp, "State television and army sources said they have launched air strikes against rebel "
                   "positions near Homs.")
    assert [e.reported_by for e in evs] == [["State television", "army sources"]]
    evs = run(nlp, "Iran evacuated its diplomats from Damascus, according to one official.")
    assert evs[0].reported_by == ["one official"]
    evs = run(nlp, "Rebels seized Hama.")
    assert evs[0].reported_by == []
