"""act32: the two sides of a reciprocal act ('X and Y clashed'), the owner of a generic force named before a
model's name ('two US F-16 fighter jets'), and a singular aircraft word (issue 14 item 5), on sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_name, main_record_of


def _records(sentence: str) -> list[dict]:
    from frontwatch.evaluate.run import extract_texts

    return extract_texts([sentence])[0]




def _verb(sentence: str, word: str):
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()(sentence)
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize("sentence,verb,partner", [
    ("Turkish troops and Kurdish fighters clashed near the border on Monday.", "clashed", "fighters"),
    ("Rebels and government forces battled around the power plant.", "battled", "forces"),
    ("The two armies shelled each other across the river.", "shelled", None),  # no coordination: no partner
])
def test_a_reciprocal_verb_pairs_its_coordinated_subject(sentence: str, verb: str, partner: str | None) -> None:
    from frontwatch.events.reciprocal import is_reciprocal, reciprocal_partner
    from frontwatch.events.triggers import subject_of

    tok = _verb(sentence, verb)
    assert is_reciprocal(tok)
    got = reciprocal_partner(tok, subject_of(tok))
    assert (got.lower_ if got is not None else None) == partner


@pytest.mark.parametrize("sentence,verb", [
    ("Rebels and their allies clashed with police in the city.", "clashed"),  # allies against the police
    ("Rebels and their allies battled government forces outside the city.", "battled"),  # an object: allies
    ("Rebels and their allies attacked the town on Monday.", "attacked"),  # not a reciprocal verb
])
def test_allies_are_not_paired(sentence: str, verb: str) -> None:
    from frontwatch.events.reciprocal import reciprocal_partner
    from frontwatch.events.triggers import subject_of

    tok = _verb(sentence, verb)
    assert reciprocal_partner(tok, subject_of(tok)) is None


def test_an_absolute_with_clause_names_no_common_opponent() -> None:
    from frontwatch.events.reciprocal import is_reciprocal

    assert is_reciprocal(_verb("Soldiers and protesters clashed on Sunday, with two people killed.", "clashed"))


def test_x_and_y_clashed_gives_both_sides() -> None:
    rec = main_record_of("Israeli troops and Palestinian protesters clashed in the West Bank town of Hebron on Sunday.")
    assert actor_name(rec, "actor1") == "Military Forces of Israel"
    assert actor_name(rec, "actor2") == "Protesters (Palestine)"


@pytest.mark.parametrize("sentence,want", [
    ("On Sunday, two US F-16 fighter jets and two drones conducted airstrikes against Syrian Army positions in "
     "Deir ez-Zor.", "Military Forces of United States"),
    ("Two Turkish F-16 jets struck Kurdish positions near Afrin on Friday.", "Military Forces of Turkey"),
])
def test_a_country_before_a_model_name_owns_the_aircraft(sentence: str, want: str) -> None:
    assert actor_name(main_record_of(sentence), "actor1") == want  # not the theatre's (Syria's) forces


def test_the_mentions_own_country_wins_over_a_nested_one() -> None:
    from frontwatch.events.actors import default_dictionary, find_mentions
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()("Russian Sukhoi Su-34 fighter-bombers struck the town.")
    names = {m.actor.name for m in find_mentions(doc[:], default_dictionary(), default_country="SY")}
    assert "Military Forces of Russia" in names and "Military Forces of Syria" not in names


def test_a_fighter_jet_is_an_aircraft_not_a_fighter() -> None:
    rec = main_record_of("A Syrian fighter jet was shot down over the town of Saraqeb on Monday.")
    assert actor_name(rec, "actor2") == "Military Forces of Syria"


@pytest.mark.parametrize("sentence,want", [
    ("Government troops have also taken territory formerly held by the Islamic State in a bid to cut the supply "
     "lines of the rebels near Hama.", "Islamic State"),
    ("The army has taken the rebel-held town of Kafr Nabudah, which Islamic State militants had tried to reach.",
     "Rebels"),
])
def test_the_side_that_held_the_place_taken_lost_it(sentence: str, want: str) -> None:
    rec = main_record_of(sentence)
    assert (actor_name(rec, "actor2") or "").startswith(want), rec


@pytest.mark.parametrize("sentence,not_the_loser", [
    ("Government forces have also taken back areas besieged by Islamic State militants in a bid to cut the "
     "supply lines of the rebels near Hama.", "Islamic State"),  # a besieger surrounds the place, holds none
    ("The Syrian government has also taken back areas besieged by its forces in a bid to cut the supply lines of "
     "the rebels near Hama.", "Military Forces of Syria"),  # a government and its forces are one side
])
def test_a_besieger_and_the_acquirers_own_forces_are_not_the_loser(sentence: str, not_the_loser: str) -> None:
    rec = next(r for r in _records(sentence) if (r.get("acled") or {}).get("sub_event_type") == "Government regains "
               "territory")
    assert actor_name(rec, "actor2") != not_the_loser
