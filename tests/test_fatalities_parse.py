"""Fatality counts that need more than the words next to the verb: the dependency reader
(events/fatality_parse.py), killing phrases, campaign and area totals, grievances, and sentences
kept whole across a bracket (nlp/bracket_sentences.py).

Why: each case is one general reading rule of ACLED's "lowest credible number of deaths of this
event"; the sentences are written for the test, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from frontwatch.events.event_fatalities import event_fatalities
from frontwatch.events.fatalities import count_fatalities

VIOLENT = "Violence against civilians"


@pytest.mark.parametrize("sentence,want", [
    # killing phrases read as one verb of killing
    ("Soldiers shot dead a 20-year-old man at the checkpoint.", 1),
    ("Gunmen gunned down three police officers outside the station.", 3),
    ("Two farmers were beaten to death by the mob.", 2),
    # "claimed N lives"
    ("The air strikes claimed more than 40 civilian lives.", 40),
    # an area-wide total, a multi-day campaign, a running span: not one event's toll
    ("Clashes across rebel-held Idlib province killed 25 people on Monday.", 0),
    ("The three-week-old siege of the town has cost the lives of 80 fighters.", 0),
    ("About 1,000 villagers were killed in a four-day crack-down on the valley.", 0),
    ("Fighting around the airport has killed 60 fighters in the past four days.", 0),
    ("45 soldiers and 43 rebels have been killed in the fighting that began on Thursday.", 0),
    ("212 civilians, including 57 children, were killed in the period between April 18 and April 27.", 0),
    ("Eight civilians were killed and 17 injured by shelling in the region over the past day, an official said.", 0),
    # losses of people are a toll, of things not; an ordinal is no count
    ("The garrison lost 11 soldiers on Thursday.", 11),
    ("The army lost three tanks in the battle.", 0),
    ("A fourth migrant was shot dead near the border fence.", 1),
    # a list of parts after "including" is not added to the whole
    ("Seventeen people were killed, including nine in the capital, six in the port and two others in the hills.", 17),
    ("Clashes between the army and the rebels killed 12 fighters.", 12),
    # a superlative dates 'since'; the war's length is no campaign of the count
    ("The blast, the first to hit the town since the outbreak of the war in 2011, killed two soldiers.", 2),
    ("The Observatory, which monitors Syria's five-year conflict, said 26 civilians were killed.", 26),
    # ...but an age and a date are not spans
    ("A 3-month-old baby was killed in the shelling.", 1),
    ("A day ago a child was killed in the shelling of the market.", 1),
    # a total told twice: the repeat is the total too
    ("12 dead in raids on Idlib: twelve civilians were killed across Idlib province on Monday.", 0),
    # the grievance of a protest is not its toll
    ("Students marched against the army's offensive which left 50 people dead.", 0),
    # the count of the wounded after a killing verb
    ("As well as those killed, at least 60 people were injured.", 0),
    # an age set off by commas is no count; the wounded after a parenthesis
    ("The mayor, 61, was shot dead outside his home.", 0),
    ("A boy was killed and four other people including two girls (aged 6-9 years) were injured by the shell.", 1),
])
def test_word_counter_readings(sentence: str, want: int) -> None:
    assert count_fatalities(sentence) == want


@pytest.mark.parametrize("sentence,want", [
    # the victims stand far from the verb: the parse links them
    ("Nine members of the local council who had gathered in the old town hall on Sunday to discuss the "
         "budget were also killed.", 9),
    ("Two engineers of the state power company who were kidnapped last month were found dead near the dam.", 2),
    ("An employee of the port authority, who had supervised the docks for years, was gunned down outside his office.", 1),
    # a headline-style victim without an article, a pronoun victim
    ("Unidentified gunmen shot and killed prominent tribal elder in the market.", 1),
    ("The guard seized the rifle and shot him dead, police said.", 1),
    ("The mayor, 61, was shot dead outside his home.", 1),
    # a relative clause of abduction is not the wounded's count
    ("Two teachers who were abducted weeks ago have been executed by the militants near the border.", 2),
])
def test_parse_reader_finds_far_victims(nlp, sentence: str, want: int) -> None:
    assert count_fatalities(sentence) == 0, "the word counter alone must miss this one for the test to mean anything"
    assert event_fatalities(nlp(sentence)[:], VIOLENT) == want


@pytest.mark.parametrize("sentence", [
    "Rebels said they would kill every soldier of the garrison they captured.",  # a threat
    "Nine members of the council who had gathered in the hall were not killed.",  # negated
    "Over the past three days nine members of the council who had gathered in the hall were killed.",  # a span
    "Relatives protested against the verdict on the teachers who were found dead in the river.",  # a grievance
])
def test_parse_reader_adds_no_count_where_none_is_this_events(nlp, sentence: str) -> None:
    assert event_fatalities(nlp(sentence)[:], VIOLENT) == 0


def test_a_peaceful_protest_has_no_deaths_by_definition(nlp) -> None:
    s = nlp("Relatives of the two teachers who were killed last year protested outside the court.")[:]
    assert event_fatalities(s, "Protests", "asserted", "Peaceful protest") == 0
    assert event_fatalities(s, "Protests", "asserted", "Excessive force against protesters") == 2


def test_a_named_person_in_a_toll_phrase_is_no_toll(nlp) -> None:
    s = nlp("The death toll from riots that followed protests by supporters of President Mohamed Morsi rose to five.")[:]
    assert event_fatalities(s, "Riots") == 5


def test_mourners_targeted_is_a_toll_not_a_grievance() -> None:
    assert count_fatalities("A car bomb targeted people mourning a police officer, killing six people and wounding "
                            "eight.") == 6


def test_a_bracketed_date_does_not_cut_the_sentence(nlp) -> None:
    doc = nlp("Four villagers were killed on Sunday [3 May] when gunmen raided the market (witnesses said) at dawn.")
    assert len(list(doc.sents)) == 1
    doc = nlp("Four villagers were killed on Sunday. (Witnesses said gunmen raided the market.)")
    assert len(list(doc.sents)) == 2  # after a full stop a bracket may still open a sentence
