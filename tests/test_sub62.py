"""Civilians hit whom the trigger's own patients do not name but the parse reaches: a targeting clause, a harm
clause on the target, a copula's people, a pronoun's antecedent (events/victim_status.civilians_reached,
events/subtype_rules.civilians_hit); a ground group's strike with no means named (subtype_rules.ground_doer_no_means).
docs/annotation/subtypes.md section 69, sub62."""

from __future__ import annotations

import pytest

from frontwatch.evaluate.run import extract_texts
from frontwatch.events import subtype_model
from frontwatch.events import subtype_rules as sr
from frontwatch.events import victim_status as vs

ATTACK, CLASH = "Attack", "Armed clash"
AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"


def _span_and_trigger(nlp, text: str, trigger: str):
    doc = nlp(text)
    return next(iter(doc.sents)), [next(t.i for t in doc if t.text == trigger)]


@pytest.mark.parametrize("text,trigger,reached", [
    # a clause of targeting under the trigger's clause verb
    ("The rebels launched a new attack on Sunday, targeting civilians in nearby neighborhoods.", "attack", True),
    # the people a copula names for a participle of its subject
    ("Most of those killed were women and children.", "killed", True),
    # a pronoun patient's antecedent: the subject of the clause the trigger's clause hangs from
    ("The woman succumbed to her wounds after she was injured by a sniper in the town.", "injured", True),
    # a harm clause hung on the trigger's target, the victim civilian by its modifier
    ("Army snipers positioned the hills fired into the besieged Hamra district killing civilian Ahmad Karim and wounding"
     " three others", "fired", True),
    # kept: a place of the civilian cue class targeted, fighters named by the copula, an armed antecedent
    ("The rebels launched a massive attack on the city, targeting the strategic hospital.", "attack", False),
    ("Most of those killed were soldiers.", "killed", False),
    ("The soldier died of his wounds after he was shot by a sniper in the town.", "shot", False),
])
def test_civilians_reached(nlp, text, trigger, reached):
    span, trig = _span_and_trigger(nlp, text, trigger)
    assert vs.civilians_reached(span, trig) is reached
    assert (vs.CIVILIANS_REACHED in vs.victim_features(span, trig)) is reached
    assert vs.CIVILIANS_REACHED.startswith(vs.FEATURE_PREFIXES)  # rules-only (subtype_model.RULES_ONLY)


def test_civilians_hit_rule():
    assert sr.civilians_hit(CLASH, [vs.CIVILIANS_REACHED, "trig=attack"]) == ATTACK
    assert sr.civilians_hit(CLASH, [vs.CIVILIANS_REACHED, "trig=attack", "w=clash"]) == CLASH  # two sides fought
    assert sr.civilians_hit(CLASH, [vs.CIVILIANS_REACHED, "trig=attack", "party:obj=state"]) == CLASH
    assert sr.civilians_hit(CLASH, ["trig=attack"]) == CLASH
    assert sr.civilians_hit("Air/drone strike", [vs.CIVILIANS_REACHED]) == "Air/drone strike"  # the means decides
    # in the codebook chain; fire returned still makes the clash
    assert sr.codebook_subtype(CLASH, [vs.CIVILIANS_REACHED, "trig=attack", "verb=launch"]) == ATTACK
    assert sr.codebook_subtype(CLASH, [vs.CIVILIANS_REACHED, vs.FOUGHT_BACK, "trig=attack"]) == CLASH


# Made-up sentences labelled by the guideline before any run of the code (section 69).
CHANGED = [
    ("Militants launched a new attack on Sunday, targeting civilians in the nearby market.", ATTACK),
    ("Most of those killed in the raid on the village were women and children.", ATTACK),
    ("The farmer died in hospital after he was shot by a sniper near his home.", ATTACK),
]
KEPT = [
    ("The rebels launched a massive attack on the city, targeting the strategic hospital held by the army.", CLASH),
    ("Most of those killed in the fighting were soldiers.", CLASH),
]


def test_pipeline(main_subtypes):
    """Each sentence's main event, through the whole pipeline, gets its expected sub-type."""
    expected = dict(CHANGED + KEPT)
    assert main_subtypes(list(expected)) == expected


def _features(texts: list[str]) -> list[list[str]]:
    """The sub-type features of each text's first recorded event, as the pipeline records them."""
    with subtype_model.recording() as rec:
        extract_texts(texts)
    by_sentence: dict[str, list[str]] = {}
    for r in rec:
        by_sentence.setdefault(r["sentence"], r["features"])
    return [by_sentence[t] for t in texts]


def test_ground_doer_no_means_on_parses(default_gazetteer):
    """A remote answer (the model's, say) to a non-state group's strike with no means named is a ground fight; a
    means named, an aircraft doer or civilians hit decide otherwise."""
    texts = ["Militants struck at a police checkpoint in the district, officials said.",
             "Suspected rebels struck at an army camp near the town, officials said.",
             "Coalition jets struck militant positions near the town.",  # an aircraft doer, the air cue
             "Insurgents struck the army outpost overnight with rockets, a military spokesman said.",  # rockets
             "Militants struck a village near the town, killing ten villagers."]  # civilians hit
    feats = _features(texts)
    assert [sr.ground_doer_no_means(AIR, f) for f in feats] == [CLASH, CLASH, AIR, AIR, ATTACK]
    assert sr.ground_doer_no_means(SHELLING, feats[0]) == CLASH
    assert sr.ground_doer_no_means(ATTACK, feats[0]) == ATTACK  # only the remote answers
    assert sr.codebook_subtype(AIR, feats[0]) == CLASH  # in the chain
