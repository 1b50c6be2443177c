"""A state's air arm named as translated Russian news names it (the twenty-third session's review of FA-KES).

Why: 'Russia's aerospace group dealt 182 strikes against the positions of ISIS' left actor 1 empty (the actor
dictionary knew 'air force' and 'warplanes' but not the Aerospace Forces, VKS, nor their 'aviation group'), and
an earlier rule then read the bare 'group' as a non-state side. The air arm is the state's military: the
generic row 'Military Forces of {country}' in data/actors.csv.
"""

from __future__ import annotations

import pytest

from event_helpers import actor_name, main_event


@pytest.mark.parametrize("text", [
    "Russia's aerospace group dealt 182 strikes against the positions of ISIS in Deir ez-Zor.",
    "The Russian Aerospace Forces struck 40 targets in Hama province on Monday.",
])
def test_air_arm_is_the_state_military(text: str) -> None:
    event = main_event(text)
    assert event["acled"]["sub_event_type"] == "Air/drone strike"
    assert actor_name(event, "actor1") == "Military Forces of Russia"
