"""The parties of a noun trigger (events/subtype_parties.lends_parties, docs/annotation/subtypes.md section 33).

Sentences written for this test. A noun trigger takes the parties of its clause's verb only when it is that verb's
argument (subject, object, the passive's agent, the object of a partner or target preposition, the fight in which a
casualty verb's casualties fell); in an adverbial phrase ("fled after clashes") its parties are its own modifiers."""

from __future__ import annotations

from test_events_subtype_model import main_of

from frontwatch.events import subtype_rules as sr
from frontwatch.events.subtype_parties import lends_parties, party_features


def _sentence(nlp, text: str):
    return next(iter(nlp(text).sents))


def _noun_and_verb(sent, noun: str, verb: str):
    return next(t for t in sent if t.text == noun), next(t for t in sent if t.text == verb)


def _parties(nlp, text: str, trigger: str) -> set[str]:
    sent = _sentence(nlp, text)
    return set(party_features(sent, [next(t.i for t in sent if t.text == trigger)]))


def test_a_noun_in_an_adverbial_phrase_takes_no_party_of_the_verb(nlp):
    sent = _sentence(nlp, "Hundreds of families fled to Jordan after clashes in Daraa.")
    assert not lends_parties(*_noun_and_verb(sent, "clashes", "fled"))
    assert not any(f.startswith("party:") for f in _parties(nlp, "Hundreds of families fled to Jordan after clashes "
                                                                 "in Daraa.", "clashes"))


def test_an_adverbial_noun_keeps_its_own_parties(nlp):
    feats = _parties(nlp, "Thousands of residents fled the town during heavy shelling by government forces.",
                     "shelling")
    assert "party:subj=state" in feats and "party:subj=civilians" not in feats
    # the verb's object is no victim of the attack the adverbial names: no Attack on civilians is read
    feats = _parties(nlp, "Soldiers evacuated the villagers after an attack by rebels.", "attack")
    assert "party:subj=armed" in feats and not any(f.startswith(("party:obj", "pdir=")) for f in feats)


def test_a_noun_argument_takes_the_verbs_parties(nlp):
    sent = _sentence(nlp, "Gunmen launched an attack on the village.")
    assert lends_parties(*_noun_and_verb(sent, "attack", "launched"))
    assert "party:subj=armed" in _parties(nlp, "Gunmen launched an attack on the village.", "attack")
    # an instrument of the verb's act: its parties are the act's
    assert {"party:subj=armed", "party:obj=state"} <= _parties(
        nlp, "Rebels attacked government forces with two car bombs.", "bombs")


def test_the_fight_a_casualty_fell_in_takes_the_casualties(nlp):
    sent = _sentence(nlp, "Five civilians were killed in an attack on the market.")
    assert lends_parties(*_noun_and_verb(sent, "attack", "killed"))
    assert "party:obj=civilians" in _parties(nlp, "Five civilians were killed in an attack on the market.", "attack")


def test_civilians_a_fight_noun_names_itself_are_its_fighters():
    # the crowd_fight rule no longer asks that the fight be a verb: the parties reading leaves out other verbs' subjects
    assert sr.crowd_fight(sr.ARMED_CLASH, ["trig=clash", "party:subj=civilians"]) == sr.MOB_VIOLENCE
    assert sr.crowd_fight(sr.ARMED_CLASH, ["trig=clash", "party:subj=civilians", "party:with=state"]) == sr.ARMED_CLASH


def test_families_fleeing_a_clash_are_no_mob(nlp):
    assert main_of(nlp, "Hundreds of families fled to Jordan after clashes in Daraa.") != sr.MOB_VIOLENCE


def test_the_clause_subject_is_the_unnamed_side_of_an_adverbial_fight(nlp):
    # the clash names its other side ('with') but not its actor: the clause's subject clashed
    feats = _parties(nlp, "Rebel fighters surrounded the village after fierce clashes with loyalist militia.", "clashes")
    assert {"party:subj=armed", "party:with=state", "pair=armed+state"} <= feats  # loyalist: a state side word
    # with no side named the actor stays unknown (the Daraa sentence above); a casualty word of harm counts too
    assert "party:obj=civilians" in _parties(nlp, "Ten villagers were hurt in an attack on the market.", "attack")


def test_a_phrase_hung_on_the_verbs_object_is_the_verbs(nlp):
    # the parser hangs 'with rockets' on 'positions': the rockets are still the shelling's instrument
    sent = _sentence(nlp, "Soldiers shelled rebel positions with rockets.")
    assert lends_parties(*_noun_and_verb(sent, "rockets", "shelled"))
    assert {"party:subj=state", "party:obj=armed"} <= _parties(nlp, "Soldiers shelled rebel positions with rockets.",
                                                               "rockets")
