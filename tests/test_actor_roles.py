"""Who speaks and which armed side is harmed (events/actor_roles.py), through the real pipeline.

Why: the actor completion fills an empty actor 2 from the other sides a sentence names; a
speaker ("the police said") is no side, and the side the parse shows harmed is actor 2 even
when several are named. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from event_helpers import kind, main_event


def test_the_speaker_is_not_the_target():
    e = main_event("A journalist was hacked to death by two assailants in Dhaka on Friday, the police said.")
    assert kind(e["actor2"]) == "civilians"


def test_the_harmed_side_among_several_is_actor2():
    e = main_event("Islamic State fighters launched an assault on Free Syrian Army positions near Inkhil, "
                   "killing a number of rebel fighters.")
    assert e["actor1"]["name"] == "Islamic State"
    assert kind(e["actor2"]) == "rebel group" and e["actor2"]["name"] != "Islamic State"


@pytest.mark.parametrize("text,harmed", [
    ("Jets struck the positions of the militia near the river.", "militia"),
    ("Dozens of members of the group were killed overnight.", "group"),
    ("The army launched an assault on rebel positions.", "rebel"),
    ("The army seized three villages from the militia near the river.", "militia"),
    ("The army launched an operation to clear the militia from the hills.", "militia"),
])
def test_is_harmed_on_the_parse(text: str, harmed: str) -> None:
    from frontwatch.events.actor_roles import is_harmed
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()(text)
    tok = next(t for t in doc if t.lower_ == harmed)
    assert is_harmed(tok)
    assert not any(is_harmed(t) for t in doc if t.lower_ in ("jets", "army"))


def test_is_speaker_on_the_parse() -> None:
    from frontwatch.events.actor_roles import is_speaker
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()("A source at the Police Command said gunmen killed two soldiers, according to the army.")
    assert is_speaker(next(t for t in doc if t.text == "Command"))
    assert is_speaker(next(t for t in doc if t.text == "army"))
    assert not is_speaker(next(t for t in doc if t.text == "soldiers"))


def test_suspected_to_be_names_the_one_side():
    e = main_event("Eleven villagers were killed by gunmen suspected to be members of Boko Haram at Galga village "
                   "in Adamawa State on Monday night.")
    assert e["actor1"]["name"] == "Boko Haram"
    assert kind(e["actor2"]) == "civilians"


def test_a_country_naming_a_town_is_no_side():
    e = main_event("Boko Haram fighters killed more than 100 people during an attack on the north Cameroon town "
                   "of Fotokol.")
    assert kind(e["actor2"]) == "civilians"
