"""act36: the side attacked named only through what it holds ('stormed X's defenses', 'a VBIED at X's
checkpoint', 'an offensive on positions of X'): the owner of a military holding an act targets is actor 2 when
nothing else names the side acted on (issue 14 item 5), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_name, main_record_of, parsed_token


@pytest.mark.parametrize("sentence, word", [
    ("Islamic State fighters stormed the Iraqi army's defenses near the river.", "army"),
    ("The rebels fired a rocket at the army's checkpoint on the highway.", "army"),
    ("Al-Shabaab militants launched an offensive on positions of government forces.", "forces"),
])
def test_the_owner_of_a_holding_an_act_targets_holds_the_target(sentence: str, word: str) -> None:
    from frontwatch.events.actor_roles import holds_target

    assert holds_target(parsed_token(sentence, word))


@pytest.mark.parametrize("sentence, word", [
    # where the act came from, not its target
    ("The rebels shelled the village from positions of government forces.", "forces"),
    # a holding not said to be the act's target
    ("The rebels gathered near the army's checkpoint on the highway.", "army"),
    # not a military holding
    ("Islamic State fighters stormed the village of the Iraqi army's allies.", "army"),
])
def test_a_holding_not_targeted_or_no_holding_names_no_target(sentence: str, word: str) -> None:
    from frontwatch.events.actor_roles import holds_target

    assert not holds_target(parsed_token(sentence, word))


@pytest.mark.parametrize("sentence, doer, holder", [
    # a second armed side in the sentence kept the 'one other armed side' completion from choosing
    ("Al-Shabaab militants launched an offensive on positions of Somali government forces near a base of the "
     "African Union troops.", "Al-Shabaab", "Military Forces of Somalia"),
    ("Al-Shabaab militants ambushed a convoy of Kenyan troops near a town where Somali police were deployed.",
     "Al-Shabaab", "Military Forces of Kenya"),
])
def test_the_holder_of_a_targeted_holding_is_the_side_acted_on(sentence: str, doer: str, holder: str) -> None:
    rec = main_record_of(sentence)
    assert actor_name(rec, "actor1") == doer, rec
    assert actor_name(rec, "actor2") == holder, rec
