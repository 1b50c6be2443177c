"""The territory cluster (docs/annotation/subtypes.md section 91, sub75): the gaining side read where the parse hides
it — a subject swallowed into a fronted phrase with no comma (`subtype_sides.fronted_subject`) and a passive whose
participle the tagger read as a noun (`telegraphic.passive_misread`).

Every sentence is made up and was labelled by the guideline before any pipeline run on it."""

from __future__ import annotations

import pytest
from event_helpers import acled_events

GOV, NONSTATE = "Government regains territory", "Non-state actor overtakes territory"


def _gain_subtypes(text: str, verb: str) -> set[str]:
    """The sub-types of the events whose trigger is the taking verb (other events of the sentence aside)."""
    return {e["acled"]["sub_event_type"] for e in acled_events(text) if verb in (e.get("trigger") or "")}


@pytest.mark.parametrize("text,verb,gainer_word,expected", [
    # the subject swallowed into the fronted 'In ...' phrase (commas stripped, as FA-KES prints them)
    ("In northeastern Syria Kurdish forces backed by government shelling took an area south of the city of Hasakeh "
     "from Daesh forces the observatory said.", "took", "forces", NONSTATE),
    ("In Hama province government forces captured two villages.", "captured", "forces", GOV),
])
def test_subject_swallowed_by_a_fronted_phrase(text, verb, gainer_word, expected):
    from frontwatch.events.subtype_sides import gainer
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()(text)
    taking = next(t for t in doc if t.text == verb)
    found = gainer(taking)
    assert found is not None and found.text == gainer_word
    assert _gain_subtypes(text, verb) == {expected}


def test_fronted_place_is_no_subject():
    """'In Aleppo fighting erupted': a place or an event noun in the fronted phrase is nobody's side."""
    from frontwatch.events.subtype_sides import fronted_subject
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()("In Aleppo fighting erupted on Monday.")
    assert all(fronted_subject(t) is None for t in doc)


@pytest.mark.parametrize("text,expected", [
    # 'overrun' tagged a noun after 'was': the passive and its 'by' agent are read, the gainer the agent
    ("The town was overrun by rebels.", NONSTATE),
    ("The regime-held town was overrun by Islamic State fighters.", NONSTATE),
])
def test_passive_read_as_a_noun(text, expected):
    assert _gain_subtypes(text, "overrun") == {expected}


def test_a_noun_after_be_stays_a_noun():
    """'was an attack target by all accounts': a determiner makes a noun phrase, no passive is read."""
    from frontwatch.events.telegraphic import passive_misread
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()("The base was an attack target by all accounts.")
    assert not any(passive_misread(t) for t in doc)


@pytest.mark.parametrize("text,verb,gainer_word", [
    # the clause's adjunct hung on its subject noun: the subject does the adjunct's deed
    ("Officials said that troops after overrunning rebel positions found a weapons depot.", "overrunning", "troops"),
])
def test_adjunct_hung_on_the_subject(text, verb, gainer_word):
    from frontwatch.events.subtype_sides import gainer
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()(text)
    found = gainer(next(t for t in doc if t.text == verb))
    assert found is not None and found.text == gainer_word


def test_a_passive_adjunct_names_no_gainer():
    """'The town after being shelled': the subject of a passive adjunct is what it happened to, no doer."""
    from frontwatch.events.subtype_sides import gainer
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()("The town after being shelled for weeks fell to the rebels.")
    assert gainer(next(t for t in doc if t.text == "shelled")) is None


@pytest.mark.parametrize("text,expected", [
    # 'to wrest' with 'wrest' tagged an adjective of 'control': the infinitive is read, its subject the gainer
    ("Syrian troops managed to wrest control over the farms near Aleppo.", GOV),
    ("In another development on Thursday Syrian troops and Hezbollah fighters managed to completely wrest control "
     "over the farms near the city.", GOV),
])
def test_infinitive_read_as_an_adjective(text, expected):
    assert _gain_subtypes(text, "wrest") == {expected}


def test_an_adjective_after_to_stays_an_adjective():
    """'exposed to heavy fire': the infinitive slot is only a candidate; the lexicon has no verb 'heavy', so no event
    is triggered by it (a kept case: the base reads the same)."""
    assert not [e for e in acled_events("The soldiers were exposed to heavy fire near the town.")
                if "heavy" in (e.get("trigger") or "")]
