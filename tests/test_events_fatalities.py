"""Fatalities per event: ACLED's counting conventions on sentences written for these tests."""

from __future__ import annotations

import pytest

from frontwatch.events.event_fatalities import event_fatalities
from frontwatch.events.fatalities import count_fatalities, words


@pytest.mark.parametrize("sentence,want", [
    # plain counts, digits and number words
    ("A drone strike hit the bakery, killing 6 civilians.", 6),
    ("62 were killed when the convoy was ambushed.", 62),
    ("The death toll from the blast rose to 9 by evening.", 9),
    ("At least 11 dead after the shelling of the market.", 11),
    ("Two people died when the shell struck their car.", 2),
    ("Twenty-one soldiers were killed at the outpost.", 21),
    ("Three policemen lost their lives in the ambush.", 3),
    ("The raid claimed the lives of four farmers.", 4),
    ("A teacher was killed by sniper fire.", 1),
    ("Militants killed a shepherd near the well.", 1),
    ("The mortar round left more than 20 people dead.", 20),
    ("Suicide bomber kills seven at checkpoint.", 7),
    # ACLED: the lowest credible figure
    ("Between 10 and 15 fighters were killed in the clashes.", 10),
    ("Residents said 8 to 12 people were killed in the strike.", 8),
    # ACLED FAQ: tens = 10, dozens = 12, hundreds = 100
    ("Warplanes killed dozens in the northern town.", 12),
    ("Hundreds of people were killed in the siege of the town.", 100),
    ("Tens of fighters were killed in the assault.", 10),
    # unspecified number: the lower of ACLED's two estimates
    ("Clashes killed several guards on both sides.", 3),
    # several groups: summed; subsets not added twice
    ("Gunmen killed 5 soldiers and 3 policemen at a checkpoint.", 8),
    ("The drone hit a car, killing two men from (a local militia) the guard and three farmers.", 5),
    ("At least 40 people including 12 children were killed in the bombing.", 40),
    ("17 rebels were killed near the bridge and another four in the village.", 21),
    # wounded are not fatalities
    ("The blast wounded 20 people.", 0),
    ("The shelling killed 3 people and wounded 20 others.", 3),
    ("Fifteen people were wounded and two were killed in the attack.", 2),
    ("A man was killed and 30 others were injured by the rockets.", 1),
    ("The army shelled the hideout, killing and wounding several militants.", 0),
    ("Dozens were killed or injured in the stampede.", 0),
    # cumulative and area-wide totals are not this event's toll
    ("The death toll since 2011 has reached 400,000.", 0),
    ("At least 40 people were killed across the country on Monday.", 0),
    ("Air raids have killed hundreds of civilians in the past month.", 0),
    ("23 reporters have been killed in the country since the war began.", 0),
    ("A rocket killed 6 people on Monday, bringing the death toll since 2011 to 400,000.", 6),
    # no count, forecasts, dates and ages
    ("No one was killed in the attack.", 0),
    ("The toll could reach 200, the medic said.", 0),
    ("The 2 convoys arrived 3 days ago.", 0),
    ("A 9-year-old girl was killed by the blast.", 1),
    ("Thirty gunmen stormed the village at dawn.", 0),
    ("On 4 May 2016 dozens of protesters were killed by security forces.", 12),
])
def test_counts(sentence: str, want: int) -> None:
    assert count_fatalities(sentence) == want


def test_only_violent_asserted_events_carry_the_toll() -> None:
    s = "The minister said 30 people were killed in the air strike."
    assert event_fatalities(s, "Explosions/Remote violence") == 30
    assert event_fatalities(s, None) == 0  # the statement itself (PLOVER only)
    assert event_fatalities(s, "Strategic developments") == 0
    assert event_fatalities(s, "Battles", "denied") == 0


def test_vague_values_are_data_with_acled_values() -> None:
    vague = dict(pv for group in words().vague.values() for pv in group)
    assert (vague[("tens",)], vague[("dozens",)], vague[("hundreds",)]) == (10, 12, 100)


def test_the_quick_filter_lets_every_death_word_through() -> None:
    """Sentences without any stem of _DEATH_HINT are skipped unread: every word list entry must have one."""
    from frontwatch.events.fatalities import _DEATH_HINT

    w = words()
    for word in [*w.death, *w.kill, *(" ".join(p) for ps in w.toll.values() for p in ps), "lost their lives"]:
        assert _DEATH_HINT.search(word), word


@pytest.mark.parametrize("sentence,want", [
    ("The war has killed more than 300,000 people, a monitor says.", 0),
    ("Government troops executed 30 prisoners in the village earlier this week.", 30),
    ("Army units executed a special operation against the hideouts.", 0),
])
def test_running_totals_dates_and_other_senses(sentence: str, want: int) -> None:
    assert count_fatalities(sentence) == want


def test_unspecified_number_and_a_conflicts_running_total() -> None:
    assert count_fatalities("State TV said 19 people were injured and an unspecified number of others killed.") == 3
    assert count_fatalities("At least 90,000 people have been killed in the conflict which began in 2012.") == 0


@pytest.mark.parametrize("sentence,want", [
    ("One woman and two of her children were killed in the rocket attack.", 3),
    ("Three killed, over 70 injured in attacks on the city.", 3),
    ("A further 19 men were executed on Thursday, 18 shot dead and one beheaded.", 19),
    ("016 Tags civilian deaths coalition airstrikes", 0),
    ("Another 120 soldiers and several dozen fighters were also killed.", 132),
])
def test_conjoined_counts_wounded_counts_and_openers(sentence: str, want: int) -> None:
    assert count_fatalities(sentence) == want


@pytest.mark.parametrize("sentence,want", [
    ("Views 214 The number of civilians killed by the air strike has risen to 20.", 20),
    ("The watchdog counted 66 journalists killed in 2014.", 0),
    ("In May 2014, 20 people were killed in the raid.", 20),
])
def test_tolls_with_any_noun_and_yearly_totals(sentence: str, want: int) -> None:
    assert count_fatalities(sentence) == want


@pytest.mark.parametrize("sentence,want", [
    ("Commanders hiding for a long time in the hills were also killed.", 0),
    ("A month of infighting in the province has killed nearly 300 fighters.", 0),
])
def test_singular_needs_a_singular_verb_and_a_month_is_a_total(sentence: str, want: int) -> None:
    assert count_fatalities(sentence) == want


def test_more_and_others_add_to_an_earlier_count() -> None:
    s = "More than 50 troops were executed, 19 more were killed in a suicide attack and 16 others died in the assault."
    assert count_fatalities(s) == 85
    assert count_fatalities("Three more civilians were killed on Friday.") == 3


@pytest.mark.parametrize("sentence,want", [
    ("Abu Omar al-Shami and Khaled al-Halabi were killed in a drone strike near the town.", 2),
    ("The brigade said it had killed Abu Hassan, a senior commander, near the village.", 1),
    ("Rami Abdel Rahman said 40 people were killed in the shelling.", 40),
    ("Bashar al-Assad killed civilians, the opposition said.", 0),
])
def test_named_victims_from_a_parsed_sentence(nlp, sentence: str, want: int) -> None:
    span = nlp(sentence)[:]
    persons = [e.text for e in span.ents if e.label_ == "PERSON"]
    assert persons, "the test needs the model to find a name here"
    assert event_fatalities(span, "Explosions/Remote violence") == want
    assert event_fatalities(sentence, "Explosions/Remote violence") == (want if want > 2 else 0)  # text alone: no names


def test_a_day_of_the_month_is_no_count() -> None:
    assert count_fatalities("The number of victims from March 27 to April 10 has reached 236.") == 0
    assert count_fatalities("The number of victims of the blast is at least 70.") == 70


@pytest.mark.parametrize("sentence,want", [
    ("The victim was executed in the square on Friday.", 1),
    ("The driver and two passengers were killed when the bus hit a mine.", 3),
    ("The guard seized the rifle and shot him dead.", 0),  # the guard is not the one dead
    ("The army said the operation went to plan.", 0),
])
def test_a_definite_singular_person_killed_is_one_death(sentence: str, want: int) -> None:
    from frontwatch.events.fatalities import count_fatalities

    assert count_fatalities(sentence) == want


@pytest.mark.parametrize("sentence,want", [
    # a partitive names whose members died, however long the group's name
    ("Nineteen commanders of the Ahrar al-Sham Islamic Movement rebel alliance were killed in a blast.", 19),
    ("At least 14 leaders of the so-called Army of Conquest rebel coalition in Idlib died in the raid.", 14),
    # ... but only as the subject of its verb of death, not a far participle
    ("Three members of the extended family of a local man killed in the raid were arrested.", 0),
    # a negated death is none (the word counter read 'nine ... were not killed' as nine)
    ("Nine soldiers of the border unit were not killed in the raid, the ministry said.", 0),
])
def test_partitive_counts_reach_their_verb(sentence: str, want: int) -> None:
    assert count_fatalities(sentence) == want
