"""Attack or Armed clash by the toll's people (sub74, docs/annotation/subtypes.md section 90, guideline rule 24.18).

A toll told beside an attack names whom it hit when the trigger's own patients do not: 'Five killed including a woman
in terrorist attacks', 'six teachers died in the attacks', 'fourteen people were killed when gunmen launched
attacks', 'residents lost their lives after terrorists attacked their buses', 'a double attack claimed the lives of
18 civilians' (events/victim_status.toll_people, read by `civilians_reached`; data/subtype_cues.json
"about_sub74_tolls"). A bare count is unnamed people (rule 24.18). Every sentence below is made up and was labelled
by the guideline before any pipeline run; each 'reached' case is not reached on the base (da648787).
"""

from __future__ import annotations

import pytest

from frontwatch.events import subtype_rules as sr
from frontwatch.events import victim_status as vs

ATTACK, CLASH = "Attack", "Armed clash"


def _span_and_trigger(nlp, text: str, trigger: str):
    doc = nlp(text)
    return next(iter(doc.sents)), [next(t.i for t in doc if t.text == trigger)]


@pytest.mark.parametrize("text,trigger,reached", [
    # a toll verb with no object over the trigger's phrase, the parser hanging it on the 'including' noun; a count
    ("Five killed including a woman in terrorist attacks in Homs and Hama.", "attacks", True),
    # an intransitive toll verb: its subject is the dead
    ("Three teachers died in the attacks on Tuesday, the governor said.", "attacks", True),
    # the trigger's clause hangs from the toll verb as a time clause
    ("At least eleven people were killed late Friday when militants launched attacks on Gwoza.", "attacks", True),
    # 'lost their lives': the subject; 'claimed the lives of': the 'of' object
    ("Twelve people lost their lives after terrorists attacked their vehicles near Mosul.", "attacked", True),
    ("A twin terrorist attack in Homs has claimed the lives of 22 people.", "attack", True),
    # the 'when' clause hung behind a comma as a conjunct of the toll verb; a count word with no 'of' (v3)
    ("At least eleven people were killed late Friday when militants, believed to be members of a jihadist sect, "
     "launched attacks on Gwoza.", "attacks", True),
    ("Terrorist attacks kill 10 injure scores in Homs and Hama.", "kill", True),
    # kept: fighters among the dead, an armed 'including' phrase, a count of soldiers, soldiers in the conjunct
    ("Nine rebel fighters and six soldiers were killed in the attack near Hama.", "attack", False),
    ("Fourteen people, including eight soldiers, were killed in the attack near Hama.", "attack", False),
    ("Ten soldiers were killed when rebels attacked their convoy near Hama.", "attacked", False),
    ("Five soldiers were killed, and militants attacked the village.", "attacked", False),
    # kept: a bare toll with no attack told (section 3; v4)
    ("At least 30 killed in the north of Hama province, a monitor said.", "killed", False),
    # kept: 'killed' with an object names its doer as subject; the dead are the object's (militants)
    ("Gunmen killed six militants in the attack near Hama.", "attack", False),
])
def test_toll_people_reached(nlp, text, trigger, reached):
    span, trig = _span_and_trigger(nlp, text, trigger)
    assert vs.civilians_reached(span, trig) is reached
    assert (vs.CIVILIANS_REACHED in vs.victim_features(span, trig)) is reached


def test_fight_words_keep_the_clash(nlp):
    """The toll's people are reached in a fight too, but `civilians_hit` keeps a clash whose sentence tells two sides
    fighting: the dead of a fight are its consequence (guideline section 2)."""
    text = "Seven people were killed in fierce clashes between troops and militants near Idlib."
    span, trig = _span_and_trigger(nlp, text, "clashes")
    feats = vs.victim_features(span, trig) + ["w=clash"]
    assert sr.civilians_hit(CLASH, feats) == CLASH


# (sentence, the guideline's label): Armed clash on the base for the first (the 'attacks' event, no victim read)
PIPELINE = [
    ("Five killed including a woman in terrorist attacks in Homs and Hama.", ATTACK),
    ("Eight civilians injured in terrorist attacks in Idlib and Latakia.", ATTACK),
    ("Three teachers died in the attacks on Tuesday, the governor said.", ATTACK),
    ("At least eleven people were killed late Friday when militants launched attacks on Gwoza.", ATTACK),
    # kept: armed dead, a fight told (Armed clash on the base and now)
    ("Nine rebel fighters and six soldiers were killed in the attack near Hama.", CLASH),
    ("Seven people were killed in fierce clashes between troops and militants near Idlib.", CLASH),
]


@pytest.fixture(scope="module")
def answers(main_subtypes):
    return main_subtypes([t for t, _ in PIPELINE])


@pytest.mark.parametrize("text,label", PIPELINE)
def test_pipeline(answers, text, label):
    assert answers[text] == label
