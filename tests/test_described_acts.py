"""A noun that only describes another trigger's act ('carried out the attack, describing it as a truck bombing') is
that act, not a second event (docs/annotation/subtypes.md section 84). Real pipeline."""

from __future__ import annotations

import pytest

from tests.event_helpers import acled_events

AAMAQ = ("The Daesh group in a statement published by its affiliated Aamaq news agency said it carried out the attack "
         "in Qamishli describing it as a truck bombing that struck a complex of Kurdish offices.")


@pytest.mark.parametrize("text", [
    AAMAQ,
    "The rebels said they carried out the attack on the checkpoint, describing it as a suicide bombing.",
    "The army called the attack on the convoy an ambush by the militants.",
])
def test_a_description_is_the_act_it_describes(text: str) -> None:
    events = acled_events(text)
    assert len(events) == 1, [(e["trigger"], e["acled"]["sub_event_type"]) for e in events]


def test_the_described_means_still_types_the_act() -> None:
    (event,) = acled_events(AAMAQ)
    assert event["acled"]["sub_event_type"] == "Remote explosive/landmine/IED"
