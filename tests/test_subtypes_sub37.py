"""A clash of people who marched or tried to march is a Violent demonstration (events/subtype_rules.clash_of_marchers;
docs/annotation/subtypes.md section 41).

Feature lists and sentences written for this test. Guideline: a Violent demonstration is demonstrators who use
violence; an Armed clash needs organised armed sides. 'march' alone is ambiguous (the month), so the rule reads the
trigger lexicon's own class (`lex=march`), which the month never gets."""

from __future__ import annotations

import pytest

from frontwatch.events import subtype_model
from frontwatch.events import subtype_rules as sr

# "Clashes in Alexandria on Sunday, reportedly after Salafists tried to march."
MARCHERS_CLASH = ["rule=Armed clash", "int=armed_clash", "trig=clash", "agent=-", "tpos=NOUN", "w=clash",
                  "w=after", "w=salafist", "w=try", "w=to", "w=march", "cue=riot", "lex=march"]


def test_a_clash_of_marchers_is_a_violent_demonstration():
    for answer in sorted(sr.CLASH_AT_PROTEST_FROM):
        assert sr.clash_of_marchers(answer, MARCHERS_CLASH) == sr.VIOLENT_DEMONSTRATION, answer


def test_what_the_rule_leaves():
    # troops or armed groups who marched in and clashed: an Armed clash
    for side in ("state", "armed"):
        assert sr.clash_of_marchers(sr.ARMED_CLASH, MARCHERS_CLASH + [f"party:subj={side}"]) == sr.ARMED_CLASH
    # the month: 'march' with no lexicon reading
    month = [f for f in MARCHERS_CLASH if f != "lex=march"]
    assert sr.clash_of_marchers(sr.ARMED_CLASH, month) == sr.ARMED_CLASH
    # no clash word: a march is no riot
    calm = [f for f in MARCHERS_CLASH if f not in ("w=clash", "trig=clash")] + ["trig=gather"]
    assert sr.clash_of_marchers(sr.ARMED_CLASH, calm) == sr.ARMED_CLASH
    # force used on the march is not retyped
    assert sr.clash_of_marchers("Excessive force against protesters", MARCHERS_CLASH) == \
        "Excessive force against protesters"


def _feats(doc, trigger: str) -> list[str]:
    """The features of the parse for the rules' Armed clash on the trigger (given by lemma)."""
    trig = [t.i for t in doc if t.lemma_.lower() == trigger][:1]
    return subtype_model.features(doc[:], trig, "armed_clash", trigger, None, None)


@pytest.mark.parametrize("text,expected", [
    ("Clashes in Alexandria on Sunday, reportedly after Salafists tried to march.", sr.VIOLENT_DEMONSTRATION),
    ("Skinheads trying to march through the old quarter of Budapest have clashed with anarchists.",
     sr.VIOLENT_DEMONSTRATION),
    # unchanged: soldiers who marched into a village, a clash in the month of March
    ("Soldiers marched into the village and clashed with militants on Sunday.", sr.ARMED_CLASH),
    ("Clashes erupted between the army and rebels in the north in March.", sr.ARMED_CLASH),
])
def test_the_codebook_chain_on_parsed_sentences(nlp, text, expected):
    doc = nlp(text)
    assert sr.codebook_subtype(sr.ARMED_CLASH, _feats(doc, "clash")) == expected
