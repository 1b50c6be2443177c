"""The later names of a coordination get the first name's locative frame (evloc36, issue 14 item 1).

'in Aqrab and Taybat al-Imam': the preposition frames the whole list, but the parse hangs the second name on
the first ('conj'), so the word before it is 'and' and `geo/locative.locative_role` found no frame for it.
A later conjunct of a name now takes its first conjunct's role (`first_conjunct_name`), as the object
of a verb already did ('seized A, B and C', `first_conjunct`).

The sentences are CONSTRUCTED for this test (no corpus text) and parsed by the real spaCy model. The
checks marked so fail before the change.
"""

from __future__ import annotations

import pytest
from geo_helpers import span_of

from frontwatch.geo.locative import first_conjunct_name, locative_role


@pytest.mark.slow
@pytest.mark.parametrize("text, name, role", [
    ("Warplanes struck rebel positions in Kafr Nabl and Maarat Misrin on Sunday.", "Maarat Misrin", "prep"),
    ("The army shelled targets in Zabadani and Madaya overnight.", "Madaya", "prep"),
    ("Rebels captured the villages of Qaryatayn, Mhin and Sadad after heavy fighting.", "Mhin", "place_noun"),
    ("Rebels captured the villages of Qaryatayn, Mhin and Sadad after heavy fighting.", "Sadad", "place_noun"),
])
def test_a_later_conjunct_takes_the_first_name_s_frame(nlp, text: str, name: str, role: str) -> None:
    """Fails before the change: the word before the later name is 'and' or a comma, no frame."""
    assert locative_role(span_of(nlp(text), name)) == role


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("The minister met Ali Hassan and Omar Saleh in Baghdad on Monday.", "Omar Saleh"),
    ("Refugees fled from Idlib and Hama last week.", "Hama"),  # 'from' frames neither name
    ("Fighters loyal to Ahmed Jibril and Omar Saleh were killed in the clashes.", "Omar Saleh"),
])
def test_no_frame_when_the_first_name_has_none(nlp, text: str, name: str) -> None:
    assert locative_role(span_of(nlp(text), name)) is None


@pytest.mark.slow
def test_the_first_conjunct_is_a_name_next_to_the_list(nlp) -> None:
    doc = nlp("Warplanes struck rebel positions in Kafr Nabl and Maarat Misrin on Sunday.")
    assert first_conjunct_name(span_of(doc, "Maarat Misrin")).text == "Kafr Nabl"
    assert first_conjunct_name(span_of(doc, "Kafr Nabl")) is None  # the first name is no later conjunct


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    # the first name's frame is its own last word ('City'), not the clause's
    ("Bail for Mark T. Dobbs, 41, of Salem City, Ore., and Paul R. Moss, 29, was set at $5,000.", "Paul R. Moss"),
    # the list names streets: the site head after it is theirs
    ("The truck overturned near Maple and Harlan avenues on Monday morning.", "Harlan"),
    # the later item is an institution
    ("Pupils from schools in Headington and Wolvercote Primary School joined the march.", "Wolvercote Primary School"),
])
def test_no_inherited_frame_from_the_first_name_s_own_words_nor_for_a_site_or_an_institution(nlp, text, name) -> None:
    """Fails on the first form of the rule (any role of the first name, any item): LGL's street lists,
    a person after 'of X City', a school after 'in X' were read as places."""
    assert locative_role(span_of(nlp(text), name)) is None
