"""The event's place, classes left by evloc43/44 (evloc45, issue 14): a list of names after a colon, and a natural
feature after a strong preposition that the model labels a person.

- 'raided four villages: X, Y and Z': a plural place noun then a colon lists such places, as 'villages like X'
  does (`geo/locative.locative_role`, the data file's `example_words`); the names take the place-noun role and,
  with no country named, are kept without a point for the event layer (evloc43's `unplaced_name`).
- 'advanced in Jabal X' with 'Jabal X' labelled PERSON: 'in X' alone is kept unlisted only where the model says
  place; a natural feature's own word ('Jabal', 'Mountains', 'Wadi') says it too (`geo/unlisted`).

The sentences are CONSTRUCTED for this test (invented names: 'Kworo', 'Dalgeri', 'Mbutu', 'Jabal Kurdan'), labelled
by docs/event-location.md's guideline before any run, and parsed by the real spaCy model and geoparser. The checks
marked so fail before the change.
"""

from __future__ import annotations

import pytest
from event_helpers import geoparsed_place_decision

COLON_LIST = "Armed men attacked three villages: Kworo, Dalgeri and Mbutu, killing at least nine people."


def test_a_colon_after_a_plural_place_noun_gives_the_place_noun_role(nlp) -> None:
    """Fails before the change: the names after 'villages:' had no locative role (first and later items)."""
    from frontwatch.geo.locative import locative_role

    doc = nlp(COLON_LIST)
    for name in ("Kworo", "Dalgeri", "Mbutu"):
        i = COLON_LIST.index(name)
        assert locative_role(doc.char_span(i, i + len(name))) == "place_noun", name


@pytest.mark.slow
def test_the_names_of_a_colon_list_reach_the_event_layer(nlp, geoparser) -> None:
    """Fails before the change: no role, so the unlisted step dropped the names (no country is named: they are
    kept without a point, never among the toponyms)."""
    tops, unplaced, _ = geoparsed_place_decision(nlp, geoparser, COLON_LIST, "attacked")
    assert [t.text for t in unplaced] == ["Kworo", "Dalgeri", "Mbutu"]
    assert not any(t.text in ("Kworo", "Dalgeri", "Mbutu") for t in tops)  # no point made up


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="left (evloc45): the place-role scorer keeps 'Kworo' under its threshold for "
                   "'attacked' in this sentence, though the tune sentence 'raided four villages: Demsare, ...' "
                   "now takes its first name; the label was set before the run and is not changed to the output")
def test_the_first_name_of_a_colon_list_is_the_events_place(nlp, geoparser) -> None:
    """The label (set before any run): 'attacked' at Kworo, the list's first name."""
    _, _, chosen = geoparsed_place_decision(nlp, geoparser, COLON_LIST, "attacked")
    assert chosen == ["Kworo"]


@pytest.mark.slow
def test_a_colon_list_of_everyday_words_is_no_place(nlp, geoparser) -> None:
    """Guard (passes on both): the place-noun role does not make 'Security, Health and Education' places."""
    tops, unplaced, _ = geoparsed_place_decision(nlp, geoparser,
                                                 "The report covered three areas: Security, Health and Education.",
                                                 "covered")
    assert unplaced == [] and tops == []


@pytest.mark.slow
def test_a_mountain_after_in_is_kept_whatever_the_models_label(nlp, geoparser) -> None:
    """Fails before the change: 'Jabal Kurdan' (not in the gazetteer) after a mere 'in' was dropped unless the model
    labelled it a place; now it is put in the theatre's country, and 'advanced' takes it."""
    text = "Rebels advanced in Jabal Kurdan after heavy airstrikes on Syrian army positions."
    tops, _, chosen = geoparsed_place_decision(nlp, geoparser, text, "advanced")
    assert [(t.text, t.place.country) for t in tops if t.text == "Jabal Kurdan"] == [("Jabal Kurdan", "SY")]
    assert chosen == ["Jabal Kurdan"]
