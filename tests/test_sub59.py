"""A state's raids are air raids: 'US-led raids kill 35', 'killed in Israeli raids' (docs/annotation/subtypes.md
sections 4 and 66, sub59; events/subtype_means.py `state_raid`, `own_means`)."""

from __future__ import annotations

import pytest
from event_helpers import sentence_and_trigger

from frontwatch.events import subtype_means as sm
from frontwatch.events import subtype_rules as sr

AIR, ATTACK, CLASH, ARRESTS = "Air/drone strike", "Attack", "Armed clash", "Arrests"


# labelled by the guideline line of section 4 ('a "raid" with no means stated'), written before any run of the code
@pytest.mark.parametrize("text,trigger,expected", [
    ("US-led raids kill 35 ISIS militants overnight monitor says", "kill", AIR),  # 'US-led': a state leads
    ("At least 10 Syrian soldiers killed in Israeli raids NGO", "raids", AIR),  # a demonym
    ("Saudi-led coalition raids kill 20 in Yemen", "kill", AIR),
    ("Coalition raids killed 12 civilians in Raqqa.", "killed", AIR),
    ("Russia's raids on Idlib killed 9 civilians.", "raids", AIR),  # a country's name as the owner
    ("Russian raids on Idlib killed 9 civilians.", "raids", AIR),
    ("At Least 10 Syrian Soldiers Killed in Israeli Raids", "Raids", AIR),  # title case
    # a force on the ground, a time, a non-state group, no doer, a verb: left to the other rules
    ("Police raids kill 5 suspects in Lagos", "kill", None),
    ("Israeli army raids kill 3 in Jenin", "kill", None),
    ("Police detained five suspects in a dawn raid.", "raid", None),
    ("Insurgents killed 12 civilians in a raid on a village.", "raid", None),
    ("Israeli forces raided the camp, killing two.", "raided", None),
    ("Fulani raids kill 20 in Benue", "kill", None),  # a people, no country
    ("American among 18 jihadists killed in Syria raid NGO", "raid", None),  # a name as a bare modifier: where
])
def test_state_raids_are_air_raids(nlp, text, trigger, expected):
    assert sm.own_means(*sentence_and_trigger(nlp, text, trigger)) == expected


def test_state_raid_reads_the_raid_noun_only(nlp):
    """The raid noun itself, not a raid verb or another noun."""
    span, toks = sentence_and_trigger(nlp, "Israeli forces raided the camp, killing two.", "raided")
    assert not sm.state_raid(span.doc[toks[0]])
    span, toks = sentence_and_trigger(nlp, "Russian raids on Idlib killed 9 civilians.", "raids")
    assert sm.state_raid(span.doc[toks[0]])


@pytest.mark.parametrize("answer,expected", [(CLASH, AIR), (ATTACK, AIR), (ARRESTS, ARRESTS)])
def test_codebook_types_a_state_raid_from_the_air(nlp, answer, expected):
    """After the model the generic answer becomes the air strike; a raid's arrests stay arrests."""
    feats = sm.own_means_features(*sentence_and_trigger(nlp, "US-led raids kill 35 ISIS militants overnight", "kill"))
    assert sr.codebook_subtype(answer, feats) == expected
