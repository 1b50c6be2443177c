"""perf47: the sub-type features' sentence-level readings are read once per sentence (`sentence_memo`) and each
event still answers by its own trigger (events/subtype_agents.py `sentence_agents`, events/subtype_sides.py
`territory_verbs`)."""

from __future__ import annotations

from frontwatch.events import subtype_agents as sa
from frontwatch.events import subtype_sides as ss


def _sentence(nlp, text: str):
    return next(iter(nlp(text).sents))


def test_sentence_agents(nlp):
    sent = _sentence(nlp, "Government helicopters dropped barrel bombs loaded with chlorine on the town.")
    assert [sent.doc[i].text for i in sa.sentence_agents(sent)] == ["chlorine"]
    assert sa.sentence_agents(_sentence(nlp, "Police fired tear gas at the protesters.")) == ()


def test_events_of_one_sentence_answer_by_their_trigger(nlp):
    sent = _sentence(nlp, "Sarin was used in the attack on the village, the inquiry found.")
    index = {t.text: t.i for t in sent}
    assert sa.chemical_means(sent, [index["attack"]]) is True
    assert sa.chemical_means(sent, [index["found"]]) is False  # the sentence's agents are read once, not its answer


def test_territory_verbs_trigger_first_per_event(nlp):
    sent = _sentence(nlp, "Rebels seized the town and captured the airport on Sunday.")
    index = {t.text: t.i for t in sent}
    assert [t.text for t in ss.territory_verbs(sent, [index["captured"]], "capture")] == ["captured", "seized"]
    assert [t.text for t in ss.territory_verbs(sent, [index["seized"]], "seize")] == ["seized", "captured"]


def test_trigger_lexicon_lemma_stays_with_its_event(nlp):
    # the tagger lemmatises 'retook' as itself: only the event whose lexicon lemma is 'retake' counts it
    sent = _sentence(nlp, "Government forces retook the village after heavy fighting.")
    retook = next(t.i for t in sent if t.text == "retook")
    assert [t.text for t in ss.territory_verbs(sent, [retook], "retake")] == ["retook"]
    assert ss.territory_verbs(sent, [retook - 1], "force") == []
