"""A name the model labels NORP in a place noun's frame is the place's name, unless it is a people's or a
faith's word (evloc39, issue 14).

'the Minyan suburbs', 'Buyir village': the small NER model labels a transliterated name it does not know NORP,
as it does a people's word, and `geo/unlisted.unlisted_toponyms` kept a NORP name only after 'the town of'.
Now any place-noun frame of geo/locative ('X suburbs', 'X district', 'the X and Y suburbs') names the place,
unless the word is a state's adjective (the demonym table) or a people's or a faith's that is no state's
(data/peoples.json, geo/peoples.py: 'the Alawite villages', 'the Shiite villages' say who lives there). With
no host beside it such a name is put at the theatre's country only in a sentence that reports an act of
violence (geo/violence.py), as evloc38 does for a name after a place preposition.

The sentences are CONSTRUCTED for this test (no corpus text; 'Kafrayan' is an invented name the model labels
NORP) and parsed by the real spaCy model and geoparser. The checks marked so fail before the change.
"""

from __future__ import annotations

import pytest
from geo_helpers import toponyms

from frontwatch.geo.peoples import people_word
from frontwatch.geo.recognize import SpanCandidate
from frontwatch.geo.unlisted import _named_by_place_noun


def _placed(tops: list, name: str) -> list[tuple[str, str | None, str]]:
    return [(t.text, t.place.country if t.place else None, t.candidates[0].how) for t in tops if t.text == name]


def test_people_words_are_peoples_and_faiths_not_names() -> None:
    assert people_word("Alawite") and people_word("Alawites") and people_word("Druze") and people_word("Shia")
    assert people_word("Rohingya Muslim")     # every word a people's or a faith's
    assert not people_word("Ain Arab")        # a village's name holding one
    assert not people_word("Kafrayan") and not people_word("Syrian")  # a name; a state's adjective is the demonym table's


def test_a_norp_name_before_a_place_noun_is_named_by_it() -> None:
    """Fails before the change: only 'the town of X' (prep 'of') counted."""
    assert _named_by_place_noun(SpanCandidate(0, 8, "Kafrayan", "NORP", 0, locative="place_noun"))  # 'Kafrayan suburbs'
    assert _named_by_place_noun(SpanCandidate(0, 8, "Kafrayan", "NORP", 0, prep="of", locative="place_noun"))
    assert not _named_by_place_noun(SpanCandidate(0, 7, "Alawite", "NORP", 0, locative="place_noun"))
    assert not _named_by_place_noun(SpanCandidate(0, 6, "Syrian", "NORP", 0, locative="place_noun"))
    assert not _named_by_place_noun(SpanCandidate(0, 8, "Kafrayan", "NORP", 0))  # no place noun's frame


@pytest.mark.slow
def test_a_norp_name_of_suburbs_in_a_violent_sentence_is_in_the_theatre(nlp, geoparser) -> None:
    """Fails before the change: a NORP-labelled name before 'suburbs' was no toponym."""
    text = "The Syrian Army stormed the Kafrayan suburbs of Aleppo on Monday."
    assert [(t, c) for t, c, _ in _placed(toponyms(nlp, geoparser, text), "Kafrayan")] == [("Kafrayan", "SY")]


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    # a faith's word before a place noun: who lives there, not a place's name
    ("Rebels shelled the Shiite villages near Homs on Monday.", "Shiite"),
])
def test_a_peoples_word_before_a_place_noun_is_no_place(nlp, geoparser, text: str, name: str) -> None:
    assert _placed(toponyms(nlp, geoparser, text), name) == []


@pytest.mark.slow
def test_a_phrase_of_killing_makes_a_sentence_violent(nlp) -> None:
    """Fails before the change: 'gunned down' is neither an attack word nor a word of killing alone."""
    from frontwatch.geo.violence import violent_sentences
    from frontwatch.nlp.pipeline import sentences

    doc = nlp("He worked in the town for years. Two guards were gunned down near the market. He went down the road.")
    assert violent_sentences(doc, sentences(doc)) == frozenset({1})


@pytest.mark.slow
def test_an_unlisted_name_where_people_were_gunned_down_is_in_the_theatre(nlp, geoparser) -> None:
    """Fails before the change: no violence word, so a name after 'near' got no country point."""
    text = "Two Syrian guards were gunned down near Barwaziyeh on Monday."
    assert [(t, c) for t, c, _ in _placed(toponyms(nlp, geoparser, text), "Barwaziyeh")] == [("Barwaziyeh", "SY")]


def test_the_phrases_are_the_fatality_readers() -> None:
    from frontwatch.data_files import data_json
    from frontwatch.events import fatalities
    from frontwatch.geo import violence

    # geo/violence reads the fatality reader's own phrase table (one loader of data/fatalities.json)
    assert violence.fatality_words is fatalities.words
    phrases = {" ".join(p) for ps in violence.fatality_words().death_phrases.values() for p in ps}
    assert phrases == {p.lower() for p in data_json("fatalities.json")["death_phrases"]}
