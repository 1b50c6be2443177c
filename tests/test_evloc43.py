"""The gold place never reached (evloc43, issue 14): a name the gazetteer lacks, in a strong role, in an article that
names no country at all.

geo/unlisted.py keeps such a name at the place named beside it or at the theatre's country; with neither ('About
40 villagers were killed by gunmen in the town of Barwazu on Sunday.' alone) it was dropped, and the event had no
place. Now it is kept without a point (`geo.unlisted.unplaced_name`, recorded on the Doc by the geoparser:
`geo.refused.unplaced_of`), never among the document's toponyms, and the place-role scorer may choose it for an
event of its sentence (`events.argument_places.unplaced_names`), as it may an argument name kept without a point.

The sentences are CONSTRUCTED for this test (invented names: 'Barwazu', 'Kandrapet', 'Ogbadu'), labelled by
docs/event-location.md's guideline before any run, and parsed by the real spaCy model and geoparser. The checks
marked so fail before the change.
"""

from __future__ import annotations

import pytest
from event_helpers import geoparsed_place_decision


@pytest.mark.slow
def test_a_place_nouns_name_with_no_country_is_the_events_place(nlp, geoparser) -> None:
    """Fails before the change: no country, so the unlisted step dropped 'Barwazu' and 'killed' had no place."""
    tops, unplaced, chosen = geoparsed_place_decision(nlp, geoparser,
                                                      "About 40 villagers were killed by gunmen in the town of "
                                                      "Barwazu on Sunday.", "killed")
    assert chosen == ["Barwazu"]
    assert [(t.text, t.place) for t in unplaced] == [("Barwazu", None)]
    assert not any(t.text == "Barwazu" for t in tops)  # no point is made up: the geoparser's toponyms are unchanged


@pytest.mark.slow
def test_a_name_after_in_in_a_violent_sentence_with_no_country(nlp, geoparser) -> None:
    """Fails before the change: 'murdered ... in Kandrapet' with no country named kept nothing."""
    _, unplaced, chosen = geoparsed_place_decision(nlp, geoparser,
                                                   "A 30-year-old trader was allegedly murdered by his neighbour "
                                                   "in Kandrapet on Tuesday night.", "murdered")
    assert [t.text for t in unplaced] == ["Kandrapet"]
    assert chosen == ["Kandrapet"]


@pytest.mark.slow
def test_a_name_after_in_in_a_sentence_of_no_violence_is_not_kept(nlp, geoparser) -> None:
    """Guard: after a mere preposition, only a sentence that reports an act of violence keeps the name (as the
    unlisted step puts such a name at the theatre's country only there)."""
    _, unplaced, _ = geoparsed_place_decision(nlp, geoparser,
                                              "A machinist in Kandrapet said the factory would close next "
                                              "month.", "close")
    assert unplaced == []


@pytest.mark.slow
def test_with_a_country_named_the_name_goes_there_as_before(nlp, geoparser) -> None:
    """Guard: a country named in the sentence still places the name (the unlisted step's container), and the name
    is then no unplaced one."""
    tops, unplaced, chosen = geoparsed_place_decision(nlp, geoparser,
                                                      "About 40 villagers were killed by gunmen in the town of "
                                                      "Ogbadu in northern Nigeria on Sunday.", "killed")
    assert [(t.text, t.place.country) for t in tops if t.text == "Ogbadu"] == [("Ogbadu", "NG")]
    assert unplaced == []
    assert chosen == ["Ogbadu"]


def test_unplaced_names_skips_a_name_a_candidate_covers(nlp) -> None:
    """`unplaced_names` on a parsed sentence: a name inside the sentence and covered by no candidate is kept with
    its tokens; a covered one is not (fails before the change: no such function)."""
    from frontwatch.events.argument_places import unplaced_names
    from frontwatch.model import Toponym

    text = "Gunmen killed five people in Barwazu and Kandrapet."
    doc = nlp(text)
    names = [Toponym(start=text.index(w), end=text.index(w) + len(w), text=w, place=None, score=0.3, precision=None)
             for w in ("Barwazu", "Kandrapet")]
    k = doc.char_span(text.index("Kandrapet"), text.index("Kandrapet") + len("Kandrapet"))
    out = unplaced_names(names, doc[:], [(k.start, k.end)])
    assert [(t.text, doc[a:b].text) for t, a, b, _ in out] == [("Barwazu", "Barwazu")]


def test_an_unplaced_name_in_the_articles_country_keeps_that_country() -> None:
    """Review at merge: a name kept without a point, chosen in an article whose country is named as a place, is a
    country-level place of that country with the name's span (before, the event fell back to the country; choosing
    the name must not lose it: FA-KES's 'Zahra' in a SANA report had no country at all)."""
    from frontwatch.events.coref import synthetic_country
    from frontwatch.events.extract import EventExtractor
    from frontwatch.model import Toponym

    name = Toponym(start=40, end=45, text="Zahra", place=None, score=0.3, precision=None, sentence=0)
    syria = synthetic_country("SY", "Syria", 0, 5)
    kept = EventExtractor._in_country(name, syria)
    assert (kept.start, kept.end, kept.text) == (40, 45, "Zahra")
    assert kept.precision == "country" and kept.relative == {"kind": "country", "country": "SY", "name": "Syria"}
    assert EventExtractor._in_country(name, None) is name  # no country named: the name alone, as before
