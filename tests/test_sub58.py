"""A means noun a headline's parse took for a verb is still the killing's doer: 'Syrian regime airstrikes kill 22
civilians' (docs/annotation/subtypes.md section 64, sub58; events/subtype_means.py `_misparsed_subject`, `own_means`)."""

from __future__ import annotations

import pytest
from event_helpers import sentence_and_trigger

from frontwatch.events import subtype_means as sm
from frontwatch.events import subtype_rules as sr

AIR, SHELL, ATTACK = "Air/drone strike", "Shelling/artillery/missile attack", "Attack"


# labelled by the guideline (section 2 rule 4: the means decides within remote violence) before any run
@pytest.mark.parametrize("text,trigger,expected", [
    ("Syrian regime airstrikes kill 22 civilians near Damascus", "kill", AIR),
    ("Regime airstrikes kill 61 civilians in Aleppos opposition-held Atareb", "kill", AIR),
    ("Assad regime airstrikes kill at least 9 civilians in Eastern Ghouta", "kill", AIR),
    ("Shelling kills 5 in Aleppo", "kills", SHELL),  # the killing verb parsed as the means noun's object
    ("Syria Regime kills 25 civilians in Hama airstrikes", "kills", AIR),  # the means after the verb, parsed as root
    # no means word before the verb: the doer is a side, left to the other rules
    ("Syrian regime forces kill 22 civilians near Damascus", "kill", None),
    ("Rebels storm the town and kill 12 soldiers", "kill", None),
    ("Gunmen kill 5 civilians in Aleppo", "kill", None),
])
def test_means_noun_parsed_as_verb(nlp, text, trigger, expected):
    assert sm.own_means(*sentence_and_trigger(nlp, text, trigger)) == expected


def test_codebook_types_the_killing_by_its_means(nlp):
    """The rules' Attack for the killing verb becomes the means' sub-type after the model (`codebook_subtype`)."""
    feats = sm.own_means_features(*sentence_and_trigger(nlp, "Syrian regime airstrikes kill 22 civilians near Damascus", "kill"))
    assert sr.codebook_subtype(ATTACK, feats) == AIR
