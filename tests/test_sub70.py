"""The small strategic types on shapes the lexicon missed (docs/annotation/subtypes.md section 81, sub70): people
taken are the lexicon's taken people (one list for the trigger and `subtype_rules.people_taken`), a siege or blockade
imposed is a restriction and a blockade broken is ground won, a faction broken away and operations suspended are changes
to a group's activity, and a deal told as halted or stalled has ended (guideline 24.11). Every sentence below was
labelled by the guideline before it was run; each failed on the code before this pass."""

from __future__ import annotations

from event_helpers import sentence_and_trigger

from frontwatch.events import subtype_deals as sd
from frontwatch.events import subtype_rules as sr

ABDUCTION, CHANGE = "Abduction/forced disappearance", "Change to group/activity"


def test_taken_people_are_the_lexicons():
    """`people_taken` reads every person the lexicon's rows of taking people require, not a shorter list."""
    lexicon_people = sr.lexicon_taken_people()
    assert {"engineer", "priest", "tourist", "crew"} <= lexicon_people
    assert lexicon_people <= sr.PEOPLE_WORDS
    feats = ["trig=seize", "obj@t=engineer", "agent=rebel group"]
    assert sr.people_taken("Non-state actor overtakes territory", feats) == ABDUCTION
    assert sr.people_taken("Non-state actor overtakes territory", [*feats, "obj_cue=place"]) != ABDUCTION


def test_people_seized_through_the_pipeline(main_subtypes):
    expected = {
        "Gunmen seized the engineers.": ABDUCTION,
        "Gunmen seized two foreign engineers on the road to the oil field.": ABDUCTION,
        # look-alikes that must not move: ground seized, people taken by the police
        "Islamic State militants overran the army base on Saturday.": "Non-state actor overtakes territory",
        "Police arrested five suspects in the market on Monday.": "Arrests",
    }
    assert main_subtypes(list(expected)) == expected


def test_group_changes_through_the_pipeline(main_subtypes):
    expected = {
        "Regime forces imposed a siege on the rebel-held district.": CHANGE,
        "The faction broke away from the alliance on Monday.": CHANGE,
        "The militia announced it was suspending its operations in the south.": CHANGE,
        # a deal made stays an Agreement; a district split between two sides is no split of a group
        "The army and the rebels signed a truce in the capital.": "Agreement",
        "The district is split between the group and the army.": "none",
    }
    assert main_subtypes(list(expected)) == expected


def test_blockade_broken_is_ground_won(main_subtypes):
    """A blockade broken is no restriction imposed: the side that breaks it wins ground from the besieger (guideline
    24.16; the corpus's "units of the army ... broke the siege imposed on al-Zara power plant")."""
    expected = {
        "Government troops broke the blockade around the town on Tuesday.": "Government regains territory",
        "Rebels broke the blockade of the city on Friday.": "Non-state actor overtakes territory",
    }
    assert main_subtypes(list(expected)) == expected


def test_deal_halted_has_ended(nlp):
    for text, noun, word in (("The ceasefire halted after two days.", "ceasefire", "halt"),
                             ("The truce stalled.", "truce", "stall")):
        sent, toks = sentence_and_trigger(nlp, text, noun)
        assert sd.ending_word(sent.doc[toks[0]]) == word
