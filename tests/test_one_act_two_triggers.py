"""Section 89 (lead, twenty-fifth session): a verb and its noun that tell one act read the same codebook feature,
whichever of the two the main-event chooser picks — the deal made ('agreed to a ceasefire': `deal_made=` on the
verb `agree` as on the noun, `subtype_deals._made_by_verb`) and the killing's means ('School bombing kills 30':
`killing_means=` on the noun `bombing` as on the verb, `subtype_means._harm_done_by`). Sentences written for the
test, labelled by the guideline before any run."""

from __future__ import annotations

import pytest

from frontwatch.events.subtype_deals import deal_features
from frontwatch.events.subtype_means import killing_means


def _tokens(doc, word: str) -> list[int]:
    return [t.i for t in doc if t.lower_ == word]


@pytest.mark.parametrize("text,verb,noun", [
    ("The militia and the army agreed to a ceasefire in the northern district.", "agreed", "ceasefire"),
    ("The two factions signed a truce on Sunday.", "signed", "truce"),
])
def test_the_verb_of_a_deal_made_reads_as_its_noun(nlp, text, verb, noun):
    doc = nlp(text)
    span = next(iter(doc.sents))
    on_noun = deal_features(span, _tokens(doc, noun))
    assert on_noun and on_noun[0].startswith("deal_made=")
    assert deal_features(span, _tokens(doc, verb)) == on_noun


@pytest.mark.parametrize("text", [
    "The rebels agreed to a ceasefire after clashes killed ten fighters.",  # fighting told: no deal made alone
    "The army agreed to talks with the tribal leaders.",  # talks are no deal noun
])
def test_what_the_verb_reading_leaves_alone(nlp, text):
    doc = nlp(text)
    span = next(iter(doc.sents))
    assert deal_features(span, _tokens(doc, "agreed")) == []


def test_the_means_noun_that_kills_reads_as_its_verb(nlp):
    doc = nlp("School bombing kills 30 children in Syria")
    span = next(iter(doc.sents))
    on_verb = killing_means(span, _tokens(doc, "kills"))
    assert on_verb == "Air/drone strike"  # a bare bombing with no doer: from the air (section 88)
    assert killing_means(span, _tokens(doc, "bombing")) == on_verb
    doc = nlp("A car bomb killed five people in the market.")
    span = next(iter(doc.sents))
    assert killing_means(span, _tokens(doc, "bomb")) == killing_means(span, _tokens(doc, "killed"))


def test_a_means_noun_that_kills_nothing_has_no_killing_means(nlp):
    doc = nlp("The bombing of the school was condemned by the United Nations.")
    span = next(iter(doc.sents))
    assert killing_means(span, _tokens(doc, "bombing")) is None
