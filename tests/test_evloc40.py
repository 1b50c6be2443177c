"""Names the place decision never reached: 'at X' with a non-place label, a name's own place noun before its
country, a phrase of death the fatality reader lacked (evloc40, issue 14).

- 'launched a counter-attack ... at Al-Qarassi' (ORG), 'an assault at Bala Kadimah' (FAC): in a sentence that
  reports an act of violence, an 'at' name the model labels an organisation or a facility, or leaves unlabelled,
  is the act's place as a GPE one is (geo/unlisted.py), unless the 'at' phrase hangs on a party's noun ('an
  official at X said', `geo.locative.at_a_workplace`): that is where someone works.
- 'capturing Buyir village in northern Syria': the country container reads the name's own place noun between the
  name and 'in' (and takes a NORP-labelled name in a violent sentence).
- 'shot or trampled to death at Kibeho': 'trampled to death' (and 'crushed to death') are the fatality reader's
  phrases of death now (data/fatalities.json), so the sentence reports violence (geo/violence.py).

The sentences are CONSTRUCTED for this test (no corpus text; 'Barwaziyeh', 'Buyiri' and 'Kibeho' stand for names
the gazetteer lacks) and parsed by the real spaCy model and geoparser. The checks marked so fail before the change.
"""

from __future__ import annotations

import pytest
from geo_helpers import span_of, toponyms


def _placed(tops: list, name: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.place.country if t.place else None) for t in tops if t.text == name]


@pytest.mark.slow
def test_an_org_labelled_name_after_at_in_a_violent_sentence_is_in_the_theatre(nlp, geoparser) -> None:
    """Fails before the change: 'at' took only a name the model labels GPE or LOC."""
    text = "Syrian rebels launched a counter-attack against the army at Dahret Barwaziyeh on Monday."
    assert _placed(toponyms(nlp, geoparser, text), "Dahret Barwaziyeh") == [("Dahret Barwaziyeh", "SY")]


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("A Syrian official at Barwaziyeh Holdings said the airstrikes killed five people.", "Barwaziyeh Holdings"),
    ("Analysts at Barwaziyeh Capital said the Syrian army killed five rebels.", "Barwaziyeh Capital"),
])
def test_an_at_phrase_of_a_party_is_a_workplace_not_a_place(nlp, geoparser, text: str, name: str) -> None:
    assert _placed(toponyms(nlp, geoparser, text), name) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, name, expected", [
    ("An official at Barwaziyeh Holdings said the airstrikes killed five people.", "Barwaziyeh Holdings", True),
    ("Rebels stormed the army's defenses at Barwaziyeh Farms on Monday.", "Barwaziyeh Farms", False),
    ("Five people were killed at Barwaziyeh on Monday.", "Barwaziyeh", False),
    ("Clashes at Barwaziyeh Farms killed five soldiers.", "Barwaziyeh Farms", False),  # the noun is an attack
])
def test_at_a_workplace_reads_the_head_of_at(nlp, text: str, name: str, expected: bool) -> None:
    from frontwatch.geo.locative import at_a_workplace

    doc = nlp(text)
    assert at_a_workplace(span_of(doc, name)) is expected


@pytest.mark.slow
def test_a_place_noun_between_a_name_and_its_country(nlp, geoparser) -> None:
    """Fails before the change: the container read 'X in northern Syria', not 'X village in northern Syria'
    (and this sentence's own theatre is split among Syria, the US and Saudi Arabia)."""
    text = ("Islamic State executed 24 civilians after capturing Buyiri village in northern Syria from US-backed "
            "forces, a Saudi monitor said.")
    assert _placed(toponyms(nlp, geoparser, text), "Buyiri") == [("Buyiri", "SY")]


@pytest.mark.slow
def test_trampled_to_death_makes_a_sentence_violent(nlp, geoparser) -> None:
    """Fails before the change: no word of violence, so a name after 'at' got no country point."""
    from frontwatch.geo.violence import violent_sentences
    from frontwatch.nlp.pipeline import sentences

    doc = nlp("He worked in the town for years. Two hundred refugees were trampled to death at the camp.")
    assert violent_sentences(doc, sentences(doc)) == frozenset({1})
    text = "An estimated 200 refugees were trampled to death at Kibeho last weekend, a Rwandan official said."
    assert _placed(toponyms(nlp, geoparser, text), "Kibeho") == [("Kibeho", "RW")]


def test_trampled_to_death_is_read_as_a_killing() -> None:
    from frontwatch.events.fatalities import tokens

    assert "killed" in tokens("Twelve pilgrims were trampled to death on Friday.")
