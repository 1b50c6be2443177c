"""The thirteenth session's sub-type readers made cheaper without changing what they read (perf29, issue 17;
docs/scale-history.md "perf29").

Sentences written for this test. The sentence-level readings (`fired_on_features`, the targets of
`protest_act_features`) are read once per sentence and document (`nlp.doc_memo.doc_table`); the word sets of
`takes_no_ground` and `_head_noun` are built once."""

from __future__ import annotations

from frontwatch.events import protest_acts, subtype_parties, subtype_sides
from frontwatch.events.protest_acts import ON_PROTEST, protest_act_features
from frontwatch.events.subtype_parties import FIRED_ON_PROTEST, fired_on_features


def _sentence(nlp, text: str):
    return next(iter(nlp(text).sents))


def test_a_sentence_is_read_once_and_each_document_anew(nlp):
    fired = _sentence(nlp, "Soldiers fired on the protest.")
    assert protest_acts._sentence_targets(fired) is protest_acts._sentence_targets(fired)  # the second read is the memo
    assert fired_on_features(fired) == [FIRED_ON_PROTEST]
    # the same token offsets in another document: its own reading, not the last document's
    other = _sentence(nlp, "Soldiers fired on the village.")
    assert (other.start, other.end) == (fired.start, fired.end)
    assert fired_on_features(other) == []
    dispersed, cleared = _sentence(nlp, "Police dispersed the protest."), _sentence(nlp, "Police dispersed the traffic.")
    assert protest_act_features(dispersed) == [ON_PROTEST]
    assert protest_act_features(cleared) == []


def test_a_sentence_with_no_act_of_intervention_is_not_searched_for_a_protest(nlp):
    # a protest named, but no act of intervention done to anything: no target, and the protest is not looked for
    span = _sentence(nlp, "Thousands of students protested in the capital on Friday.")
    assert protest_acts._sentence_targets(span) == ((), False)
    assert protest_act_features(span) == []
    # an act done to a crowd in a sentence that names a protest: the protest is looked for and found
    crowd = _sentence(nlp, "Police arrested several dozen opposition supporters as they gathered for a rally.")
    targets, names_protest = protest_acts._sentence_targets(crowd)
    assert targets and names_protest
    assert protest_act_features(crowd) == [protest_acts.ON_CROWD]


def test_the_word_sets_are_built_once():
    assert subtype_sides._not_ground(False) is subtype_sides._not_ground(False)
    people = subtype_sides._not_ground(False)
    assert "villager" in people and "mosque" not in people  # civilian cue words, without the civilian places
    assert "villager" not in subtype_sides._not_ground(True)  # an expelling verb's object is the side driven out
    assert subtype_parties._count_words() is subtype_parties._count_words()
    assert {"crowd", "member", "one"} <= subtype_parties._count_words()
