"""Which side gains ground, told once, and a purpose told through 'help' (docs/annotation/subtypes.md section 80,
sub69; events/subtype_sides.py `word_qualifier_side`, events/modality.py `bare_infinitive_complement`)."""

from __future__ import annotations

import pytest
from event_helpers import acled_events, actor_of, kind, main_record_of

from frontwatch.events import modality
from frontwatch.events import subtype_sides as ss
from frontwatch.nlp.doc_memo import doc_lemmas

GOV, NONSTATE = "Government regains territory", "Non-state actor overtakes territory"
STATE_KINDS = {"state forces", "government"}


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text,noun,side", [
    # the actor list names 'Syrian Arab forces' the Syrian army: 'Arab' (a people no country is named after) no
    # longer makes them non-state
    ("Syrian Arab forces have also taken territory formerly held by DAESH.", "forces", "state"),
    # kept: a group adjective with no state actor named, and qualifier words over the actor list
    ("Kurdish forces took the town from the jihadists.", "forces", "nonstate"),
    ("Turkish-backed forces captured the town from the jihadists.", "forces", "nonstate"),
    ("Opposition forces captured the town.", "forces", "nonstate"),
])
def test_side_of_trusts_the_actor_list_over_a_group_adjective(nlp, text, noun, side):
    from frontwatch.events.actors import default_dictionary, find_mentions

    doc = nlp(text)
    mentions = find_mentions(doc[:], default_dictionary())
    assert ss.side_of(_word(doc, noun), mentions, doc_lemmas(doc)) == side


@pytest.mark.parametrize("text,expected", [
    # labelled by the guideline before any run: a state's forces taking ground held by IS regain it; the sub-type
    # and actor 1 must tell the same side
    ("Syrian Arab forces have also taken territory formerly held by DAESH in a bid to capture a strategic hub "
     "linking the terrorist group with the Turkish border.", GOV),
    # kept: a state's forces by a qualifier word, by a country; a non-state side named
    ("Government forces recaptured the town of Tal Abyad on Monday.", GOV),
    ("Syrian forces recaptured the town of Tal Abyad on Monday.", GOV),
    ("Kurdish fighters took the town of Tal Abyad from the jihadists on Monday.", NONSTATE),
])
def test_one_gaining_side_for_sub_type_and_actor_1(text, expected):
    rec = main_record_of(text)
    assert rec["acled"]["sub_event_type"] == expected
    a1_state = kind(actor_of(rec, "actor1")) in STATE_KINDS
    assert a1_state is (expected == GOV)


@pytest.mark.parametrize("text,verb,bare", [
    ("It was part of efforts to help Syrian opposition clear the border area of Daesh militants.", "clear", True),
    ("The strikes aim to help the army retake the town.", "retake", True),
    ("Turkish troops helped the opposition clear the border area.", "clear", True),
    # a finite clause under a verb of saying stays attribution
    ("Activists said the rebels control the town.", "control", False),
])
def test_bare_infinitive_complement(nlp, text, verb, bare):
    assert modality.bare_infinitive_complement(_word(nlp(text), verb)) is bare


def _modality_of(text: str, trigger_word: str) -> str:
    evs = [e for e in acled_events(text) if trigger_word in (e.get("trigger") or "")]
    assert evs, f"no event on {trigger_word!r} in {text!r}"
    return evs[0]["modality"]


@pytest.mark.parametrize("text,word,expected", [
    # labelled by the guideline before any run: the clearing is the aim of the efforts (rule 5: plans are skipped)
    ("Ankara sent tanks troops and aircraft into northern Syria in August in an unprecedented incursion that it said "
     "was part of efforts to help Syrian opposition clear the border area of Daesh militants.", "clear", "planned"),
    # kept: help told as done tells the deed done
    ("Turkish troops helped the opposition clear the border area of Daesh militants on Sunday.", "clear", "asserted"),
])
def test_purpose_through_help_is_planned(text, word, expected):
    assert _modality_of(text, word) == expected


def test_losers_read_each_coordinated_object(nlp):
    """'seized the provincial capital and most remaining government strongholds': the second object's holder is
    the side that lost the ground too (a state loser means a non-state gainer)."""
    doc = nlp("Rebels seized the provincial capital and most remaining government strongholds.")
    assert "government" in [t.text for t in ss.losers(_word(doc, "seized"))]
