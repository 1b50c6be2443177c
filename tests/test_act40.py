"""act40: a monitor or an outlet is no doer (issue 14): a source that only reports (the dictionary's media and NGO
kinds, `actors.SOURCE_KINDS`; or a name it does not know, when it only reports) read as actor 1 of violence gives way
to the reported clause's own doer (its subject, read from the words after the speech verb; the side a passive
accusation names), else actor 1 stays empty (a bomb's unidentified armed group by the codebook's default). Sentences
written for these tests.

Two tests call `actor_fill.complete` with the source as the frame's agent, as the parser hands it over on long
sentences it misparses ('the Observatory announced that militants from X mounted an attack': the Observatory read as
the subject of 'mounted'); the rest run the whole pipeline."""

from __future__ import annotations

import pytest
from event_helpers import kind, main_record_of

from frontwatch.events.actor_fill import complete
from frontwatch.events.actors import default_dictionary, find_mentions, for_event
from frontwatch.events.reported_clause import speech_verb_of
from frontwatch.nlp.pipeline import load_nlp


def _completed_with_source_as_agent(sentence: str, act_word: str, event_type: str, sub_type: str):
    """actor 1 of the act `act_word` when the frame gave the sentence's monitor or outlet as its agent."""
    d = default_dictionary()
    doc = load_nlp()(sentence)
    mentions = find_mentions(doc[:], d, "SY")
    source = next(m for m in mentions if m.kind in ("ngo", "media"))
    head = next(t for t in doc if t.text == act_word)
    agent, _ = complete(for_event(source, d, violent=True), None, event_type=event_type, sub_type=sub_type,
                        mentions=mentions, agent_m=source, patient_m=None, head=head, d=d, country="SY",
                        trigger_text=act_word)
    return agent


def test_the_reported_clause_subject_acts_not_the_monitor_that_reports_it() -> None:
    agent = _completed_with_source_as_agent(
        "The Syrian Observatory for Human Rights announced on Sunday that militants from Jaish al-Islam mounted an "
        "attack on army positions near Douma.", "attack", "Battles", "Armed clash")
    assert agent is not None and agent.kind == "rebel group", agent


def test_a_reported_act_with_no_side_named_has_no_actor_1() -> None:
    agent = _completed_with_source_as_agent(
        "According to the Syrian Observatory for Human Rights, heavy bombardment hit the province on Monday.",
        "bombardment", "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert agent is None, agent


def test_an_outlet_that_obtained_the_pictures_is_not_the_attacker() -> None:
    rec = main_record_of("Video footage obtained by Reuters outside the town showed a burnt minibus full of bodies of "
                         "passengers, apparently killed in an attack.")
    assert kind(rec.get("actor1")) not in ("media", "ngo"), rec


def test_the_passive_subject_of_an_accusation_is_the_doer_however_the_participle_is_parsed() -> None:
    # 'Russia was on Tuesday accused of': the parser hangs 'accused' on the first clause's verb, 'Russia' on 'was'
    rec = main_record_of("The monitor did not say who carried out the raids but Russia was on Tuesday accused of "
                         "dropping cluster bombs on the town.")
    assert kind(rec.get("actor1")) == "state forces", rec


@pytest.mark.parametrize("sentence, doer", [
    # the reported clause already parsed right: its subject stays the doer
    ("The Syrian Observatory for Human Rights said government forces killed 12 rebels in clashes near Hama.",
     "state forces"),
    # the monitor named after the act: the act's own subject is the doer
    ("Government forces shelled the town on Monday, killing five civilians, the Syrian Observatory for Human "
     "Rights said.", "state forces"),
])
def test_doers_that_are_not_reporting_sources_stay(sentence: str, doer: str) -> None:
    rec = main_record_of(sentence)
    assert kind(rec.get("actor1")) == doer, rec


def test_the_speech_verb_is_read_from_the_words_when_the_parse_hangs_the_source_elsewhere() -> None:
    d = default_dictionary()
    doc = load_nlp()("The Syrian Observatory for Human Rights announced on Sunday that rebels attacked the town.")
    source = next(m for m in find_mentions(doc[:], d, "SY") if m.kind == "ngo")
    verb = speech_verb_of(source, doc)
    assert verb is not None and verb.lemma_ == "announce"


def test_a_reporter_the_dictionary_does_not_know_is_not_the_doer_either() -> None:
    # 'the Observatory' alone is no dictionary name: read as a person, once kept as a provisional actor 1
    rec = main_record_of("According to the Observatory heavy shelling has hit the southern province in recent days.")
    assert rec.get("actor1") is None, rec


def test_a_speaker_that_reports_its_own_act_through_a_pronoun_stays_the_doer() -> None:
    rec = main_record_of("President Donald Trump said he ordered missile strikes against an air base on Friday.")
    assert rec.get("actor1") is not None, rec
