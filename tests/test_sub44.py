"""A capture told in a time adjunct of a clause whose subject is the fight (sub44, docs/annotation/subtypes.md
section 50).

Sentences written for this test. Guideline section 2, rule 1: the sentence's event is its main clause's; a capture
told as the background of a fight leaves the fight the event. "Fighting for the city has intensified after troops
seized the road" tells the fight in the clause's subject and only that it went on in its verb, so the clause over
the adjunct is read with its subject too (`subtype_scope.host_features`), and `subtype_rules.gain_in_background`
reads the fight there as it reads it in the verb or its object."""

from __future__ import annotations

import pytest

from frontwatch.events import subtype_model
from frontwatch.events import subtype_rules as sr
from frontwatch.events.subtype_scope import HOST_FEATURE, host_features


def _sentence(nlp, text: str):
    return next(iter(nlp(text).sents))


def _at(sent, lemma: str) -> list[int]:
    return [next(t.i for t in sent if t.lemma_.lower() == lemma)]


def test_the_host_clause_subject_is_read(nlp):
    sent = _sentence(nlp, "Fighting for the city has intensified after government troops seized the supply road.")
    feats = host_features(sent, _at(sent, "seize"))
    assert f"{HOST_FEATURE}intensify" in feats
    assert f"{HOST_FEATURE}fight" in feats  # lemma of the gerund


def _feats(nlp, text: str, trigger: str, rule_type: str) -> list[str]:
    sent = _sentence(nlp, text)
    return subtype_model.features(sent, _at(sent, trigger), rule_type, trigger, None, None)


@pytest.mark.parametrize("text,answer,expected", [
    # the fight is the clause's subject: the capture is its background
    ("Fighting for the city has intensified after government troops seized the supply road.", sr.GOVERNMENT_GAIN,
     sr.ARMED_CLASH),
    ("Clashes flared again in the district after the rebels seized the hospital.", sr.NONSTATE_GAIN,
     sr.ARMED_CLASH),
    # left: the subject tells no fight (people coming home, a protest), or no adjunct at all
    ("Residents returned to the town after government troops seized the supply road.", sr.GOVERNMENT_GAIN,
     sr.GOVERNMENT_GAIN),
    ("Government troops seized the supply road after heavy fighting.", sr.GOVERNMENT_GAIN, sr.GOVERNMENT_GAIN),
])
def test_the_codebook_chain_on_parsed_sentences(nlp, text, answer, expected):
    rule_type = "territory_regained" if answer == sr.GOVERNMENT_GAIN else "territory_taken"
    assert sr.codebook_subtype(answer, _feats(nlp, text, "seize", rule_type)) == expected
