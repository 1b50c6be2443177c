"""People and parties are no event place (evloc46, issue 14).

A demonym standing as a noun names people ('at least 40 Palestinians were wounded'), a name in the victim's slot
of a verb that harms a person is the victim ('Charlotte was murdered'), and a place that acts -- the agent of a
passive verb ('ceded by Spain'), a country as the subject of a verb of action ('Russia has warned'), any place
as the subject of a verb of attack -- is a party, not the ground (`events/place_role.people_noun`, `victim_name`,
`acting_party`, word lists in data/place_role_words.json). The scorer chose such places on the branch base.

The sentences are CONSTRUCTED for this test (no corpus text), labelled by the guideline (the event's place is
where the event happened; people, victims and actors are not places; none when the sentence gives none) before
any run of the code on them, and go through the real spaCy model, geoparser and event layer. Doubtful when
labelled: 'shot Florence ... outside the Grand Hotel in Nairobi' (the hotel or Nairobi, both acceptable; only
'Florence' is ruled out). The tests marked so fail on the branch base; the guards pass on both.
"""

from __future__ import annotations

import pytest

from frontwatch.evaluate.run import extract_texts
from frontwatch.events import place_role


def _chosen(nlp, geoparser, text: str, verb: str) -> list[str]:
    from test_events_support import article

    from frontwatch.events.extract import EventExtractor
    from frontwatch.nlp.pipeline import sentences

    doc = nlp(text)
    tops = geoparser.parse_doc(doc, sentences(doc))
    chosen, how = EventExtractor().places_for(doc, article(text), tops, next(t.i for t in doc if t.text == verb))
    return [] if how == "country" else [t.text for t in chosen]


def _candidate(doc, word: str, how: str = "exact") -> place_role.Candidate:
    """A one-token candidate over `word` with a stand-in toponym (only its tokens are read by the tests' rules)."""
    from frontwatch.model import Candidate, Place, Toponym

    i = next(t.i for t in doc if t.text == word)
    place = Place(geonameid=1, name=word, country="XX", lat=0.0, lon=0.0, precision="country", population=1)
    t = Toponym(start=doc[i].idx, end=doc[i].idx + len(word), text=word, place=place, score=1.0, precision="country",
                candidates=[Candidate(place=place, score=1.0, how=how)])
    return place_role.Candidate(t, i, i + 1, i)


@pytest.mark.slow
def test_a_demonym_standing_as_a_noun_is_people_not_a_place(nlp, geoparser) -> None:
    """Fails on the base ('Palestinians' was the place of 'wounded'). Gold: no place."""
    assert _chosen(nlp, geoparser, "Medics said at least 75 Palestinians were wounded in the clashes.", "wounded") == []


@pytest.mark.slow
def test_the_people_taken_leave_the_place_named_beside_them(nlp, geoparser) -> None:
    """A guard (passes on both): 'two Germans' is no place, Kandahar is the kidnapping's."""
    assert _chosen(nlp, geoparser, "Gunmen kidnapped two Germans near Kandahar on Thursday.", "kidnapped") == ["Kandahar"]


@pytest.mark.slow
def test_the_victim_of_a_murder_is_not_its_place(nlp, geoparser) -> None:
    """Fails on the base ('Charlotte' was the place). Gold: no place ('Charlotte' is the victim, whatever the
    gazetteer holds under that name)."""
    assert _chosen(nlp, geoparser, "Charlotte was murdered by her neighbour last week, police said.", "murdered") == []


@pytest.mark.slow
def test_the_person_shot_is_not_the_place_of_the_shooting(nlp, geoparser) -> None:
    """A guard (passes on both). Gold: the Grand Hotel or Nairobi (doubtful which); never 'Florence', the one shot."""
    got = _chosen(nlp, geoparser, "In 1990, gunmen shot Florence twice as she stood outside the Grand Hotel in Nairobi.",
                  "shot")
    assert got and got[0] in ("Grand Hotel", "Nairobi")


@pytest.mark.slow
def test_a_country_that_kills_is_an_actor(nlp, geoparser) -> None:
    """Fails on the base ('Turkey' was the place). Gold: no place (the raid's place is not given; Turkey is who
    kills)."""
    text = "The ministry denied reports of Turkey killing civilians in the raid."
    assert _chosen(nlp, geoparser, text, "killing") == []


@pytest.mark.slow
def test_the_agent_of_a_passive_verb_is_a_party(nlp, geoparser) -> None:
    """Fails on the base ('Iran' was the place of 'supplied'). Gold: no place (Iran is who supplied)."""
    text = "Weapons supplied by Iran were used in the attack, officials said."
    assert _chosen(nlp, geoparser, text, "supplied") == []


@pytest.mark.slow
def test_what_a_passive_verb_acts_on_stays_its_place(nlp, geoparser) -> None:
    """A guard (passes on both): Guam (what was ceded), not Spain (who ceded it)."""
    assert _chosen(nlp, geoparser, "Guam was ceded by Spain in 1898 after the war.", "ceded") == ["Guam"]


@pytest.mark.slow
def test_a_town_that_comes_under_attack_is_the_ground(nlp, geoparser) -> None:
    """A guard (passes on both): the subject of 'come under attack' is the ground."""
    assert _chosen(nlp, geoparser, "Maiduguri came under attack on Sunday.", "attack") == ["Maiduguri"]


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="not met on the base either: the decision falls back to the country (no place "
                   "chosen) for a country that is only the subject; acting_party keeps it (test_the_rules_read_the_parse)")
def test_a_country_that_witnesses_fighting_is_the_ground(nlp, geoparser) -> None:
    """Labelled before the run: 'witness' is a verb the ground itself may have, Syria is the fighting's place."""
    assert _chosen(nlp, geoparser, "Syria has witnessed heavy fighting since March.", "fighting") == ["Syria"]


def test_the_rules_read_the_parse(nlp) -> None:
    """The three rules on the parse alone: a demonym as an object is people, as a modifier it is not; the object of
    'murdered' is a victim, that of 'shelled' is not; a country subject of 'warned' acts, of 'witnessed' it does not."""
    doc = nlp("Gunmen captured two Germans, and German troops shelled Kunduz.")
    germans, german = _candidate(doc, "Germans", "demonym"), _candidate(doc, "German", "demonym")
    assert place_role.people_noun(germans, doc) and not place_role.people_noun(german, doc)
    doc = nlp("The gang murdered Charlotte and the army shelled Kunduz.")
    assert place_role.victim_name(_candidate(doc, "Charlotte"), doc)
    assert not place_role.victim_name(_candidate(doc, "Kunduz"), doc)
    doc = nlp("Russia warned on Monday that Syria has witnessed heavy fighting.")
    assert place_role.acting_party(_candidate(doc, "Russia"), doc)
    assert not place_role.acting_party(_candidate(doc, "Syria"), doc)


def _role(nlp, text: str, name: str) -> str | None:
    from frontwatch.geo.locative import locative_role

    doc = nlp(text)
    a = text.index(name)
    return locative_role(doc.char_span(a, a + len(name), alignment_mode="expand"))


@pytest.mark.parametrize(("text", "name", "role"), [
    # fails on the base (no role): the place defended
    ("Two fighters died in the defense of the Ogbadu Dam last week.", "Ogbadu Dam", "target_noun"),
])
def test_a_defended_place_is_in_an_attack_nouns_frame(nlp, text: str, name: str, role: str | None) -> None:
    """'the defense of X' (data/locative.json attack_nouns_of) puts X in an attack noun's frame, as 'the siege of
    X'. An invented name, labelled before the run."""
    assert _role(nlp, text, name) == role


def test_every_conjunct_of_a_passive_agent_is_a_party() -> None:
    # review at merge: 'brokered by Moscow and Washington' took Moscow off the places but kept Washington
    recs = extract_texts(["Syria agreed to destroy its chemical weapons in 2013 under a deal brokered by Moscow "
                          "and Washington."])[0]
    assert not {"Moscow", "Washington"} & {(r.get("location") or {}).get("name") for r in recs}
