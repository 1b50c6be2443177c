"""An unlisted name after a place preposition, in a sentence that reports violence, lies in the theatre's
country (evloc38, issue 14 item 1).

'civilians were killed in Al-Zara', 'the assault at the Al-Jafra Farms': the gazetteer lacks the name, the
sentence names no host beside it, and `geo/unlisted.unlisted_toponyms` put such a name at the theatre's
country only in a strong role ('the town of X', 'shelled X'), never after a mere preposition, since 'at Court
Square' or 'in the X dispute' put at a country's point is a far guess. In a sentence that reports an act of
violence (geo/violence.py: the attack verbs and nouns of data/locative.json, the words of killing and death
of data/fatalities.json) the war's country holds the name: such a name is now put there. Only 'at' of the
weak prepositions locates a site ('airstrikes over the X Farms' pass over it).

The sentences are CONSTRUCTED for this test (no corpus text; 'Barwaziyeh' is an invented name) and parsed by
the real spaCy model and geoparser. The checks marked so fail before the change.
"""

from __future__ import annotations

import pytest
from geo_helpers import toponyms

from frontwatch.geo.violence import reports_violence, violent_sentences


def _placed(tops: list, name: str) -> list[tuple[str, str | None, str]]:
    return [(t.text, t.place.country if t.place else None, t.candidates[0].how) for t in tops if t.text == name]


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Syrian army shelling killed five civilians in Barwaziyeh on Monday.", "Barwaziyeh"),
    ("The Syrian envoy was killed at Barwaziyeh on Monday.", "Barwaziyeh"),
    ("Syrian troops repelled an assault at the Barwaziyeh Farms on Monday.", "Barwaziyeh Farms"),
    ("Rebels stormed Syrian army positions near the Barwaziyeh Roundabout overnight.", "Barwaziyeh Roundabout"),
])
def test_an_unlisted_name_after_a_preposition_in_a_violent_sentence_is_in_the_theatre(
        nlp, geoparser, text: str, name: str) -> None:
    """Fails before the change: the name had no host and a mere preposition got no country fallback."""
    assert _placed(toponyms(nlp, geoparser, text), name) == [(name, "SY", "unlisted")]


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    # no act of violence in the sentence: the name may lie anywhere
    ("A Syrian painter worked as a machinist in Barwaziyeh for many years.", "Barwaziyeh"),
    # violence, but no theatre country: nothing to put it in
    ("Gunmen killed five villagers in Barwaziyeh on Monday.", "Barwaziyeh"),
    # 'over' passes over a site, it does not locate the act there
    ("Syrian jets carried out airstrikes over the Barwaziyeh Farms on Monday.", "Barwaziyeh Farms"),
])
def test_no_country_point_outside_a_violent_sentence_or_theatre(nlp, geoparser, text: str, name: str) -> None:
    assert _placed(toponyms(nlp, geoparser, text), name) == []


@pytest.mark.slow
def test_violent_sentences_are_those_with_an_attack_or_killing_word(nlp) -> None:
    from frontwatch.nlp.pipeline import sentences

    doc = nlp("He worked in the town for years. Gunmen killed three guards there. Troops shelled the village.")
    assert violent_sentences(doc, sentences(doc)) == frozenset({1, 2})


def test_the_words_of_violence_are_the_project_lists() -> None:
    """The attack verbs and nouns of the locative roles, the fatality reader's words of killing and death."""
    assert reports_violence("shell", "shelled")  # data/locative.json attack_verbs
    assert reports_violence("airstrike", "airstrikes")  # attack_nouns
    assert reports_violence("massacre", "massacred")  # data/fatalities.json kill_verbs
    assert reports_violence("die", "died")  # death_words
    assert not reports_violence("work", "worked")
    assert not reports_violence("dispute", "dispute")
