"""A toll whose cause is an attack is the attack's record (lead, section 93; rule 24.18 read on the toll verb's cause).

'Five killed, four injured in terrorist attacks in Aleppo' tells one act by two triggers: the toll verb and the
assault noun its cause phrase names. sub74 gave the assault noun the toll's people (Attack); the toll verb itself,
whose subject is only a count, kept the Armed clash, so one act became two records of two sub-types on FA-KES
(docs/scale-history.md, "The twenty-sixth session's cost"). The toll verb now reads its cause phrase as the attack
it tells (`victim_status._caused_by`), both records read the same victims, and the type-keyed merge keeps one.
Sentences made up and labelled by the guideline before any run: the three one-act cases fail on ebdd41ca (two records).
"""

from __future__ import annotations

import pytest

from tests.event_helpers import acled_events


@pytest.mark.parametrize("text", [
    "25 November 2016 Five killed four injured in terrorist attacks in Aleppo Hama Damascus and its Countryside.",
    "Seven killed and twelve injured in terrorist attacks in Homs on Sunday.",
    "Five killed in terrorist attacks in Aleppo.",
])
def test_a_toll_caused_by_an_attack_is_one_attack(text: str) -> None:
    events = acled_events(text)
    assert [e["acled"]["sub_event_type"] for e in events] == ["Attack"], events


@pytest.mark.parametrize("text,unwanted", [
    # the dead are fighters: the codebook's Armed clash stays
    ("Five soldiers were killed in a rebel attack on their checkpoint in Hama.", "Attack"),
    # a bare toll with no act names no attack (section 3; rule 24.18)
    ("At least 70 killed in Aleppo.", "Attack"),
])
def test_the_victims_still_decide(text: str, unwanted: str) -> None:
    assert all(e["acled"]["sub_event_type"] != unwanted for e in acled_events(text))
