"""act27: the empty actor 1 on FA-KES (issue 14 item 5), on sentences written for these tests."""

from __future__ import annotations

import pytest


def _records(sentence: str) -> list[dict]:
    from frontwatch.evaluate.run import extract_texts

    return extract_texts([sentence])[0]


def _doc(sentence: str):
    from frontwatch.nlp.pipeline import load_nlp

    return load_nlp()(sentence)


def _token(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize("sentence,death,act", [
    # the act is the clause of time of the death verb, its 'in'/'by' object, or its active subject
    ("At least 18 civilians were killed on Tuesday when a missile struck a market in the town.", "killed", "struck"),
    ("Twelve people were killed in the bombing of the market on Friday.", "killed", "bombing"),
    ("At least 45 people were killed and 30 wounded by a suicide bombing in the city.", "killed", "bombing"),
    ("Since Thursday the shelling has killed 44 civilians in the town.", "killed", "shelling"),
])
def test_the_act_a_death_was_caused_by(sentence: str, death: str, act: str) -> None:
    from frontwatch.events.toll_act import cause_of

    doc = _doc(sentence)
    acts = [_token(doc, act)]
    assert cause_of(_token(doc, death), acts) == 0


def test_no_cause_outside_the_death_verbs_own_phrases() -> None:
    from frontwatch.events.toll_act import cause_of

    doc = _doc("Two men were killed on Monday, and on Tuesday the army shelled the village.")
    assert cause_of(_token(doc, "killed"), [_token(doc, "shelled")]) is None
    # a word that is no death has no cause
    doc = _doc("The convoy was hit when a missile struck the road.")
    assert cause_of(_token(doc, "hit"), [_token(doc, "struck")]) is None


def test_the_death_record_takes_the_doer_of_the_act_that_killed() -> None:
    recs = [r for r in _records("At least 72 civilians including 15 children have been killed and over 325 "
                                "wounded in the bombing on Idlib over the past few days.")
            if (r.get("acled") or {}).get("event_type")]
    killed = [r for r in recs if r.get("trigger") == "killed"]
    bombing = [r for r in recs if r.get("trigger") == "bombing"]
    assert killed and bombing
    assert (bombing[0].get("actor1") or {}).get("name")
    assert (killed[0].get("actor1") or {}).get("name") == (bombing[0].get("actor1") or {}).get("name")


@pytest.mark.parametrize("sentence,want", [
    # the guideline's 'thought to be X' = X, said of the act itself rather than of its unnamed doers
    ("An air strike thought to be Turkish hit a village near Afrin on Monday killing four civilians.",
     "Military Forces of Turkey"),
    ("Early on Monday multiple air raids believed to be Russian killed 10 civilians in the town.",
     "Military Forces of Russia"),
])
def test_an_act_said_to_be_a_sides_is_that_sides(sentence: str, want: str) -> None:
    recs = [r for r in _records(sentence) if (r.get("acled") or {}).get("event_type") == "Explosions/Remote violence"]
    assert recs and (recs[0].get("actor1") or {}).get("name") == want

