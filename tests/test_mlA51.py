"""mlA51: Persian events (issue 19) — the noun of a compound verb heads its verb-final clause.

A Persian compound verb is a noun and a light verb written as a word of its own ('تکذیب کرد', denied; 'توافق کردند',
agreed; 'متهم کرد', accused). In a verb-final clause an act noun before it is its object or topic ('گزارش‌ها درباره
مذاکره ... را تکذیب کرد': the talks are what is denied); read as two nouns, the later was dropped as the topic of the
earlier and the sentence lost its act (lang/light_verbs.compound_verb_noun, event_scope.topic_triggers). The
sentences are written for the tests (none is a probe or a development sentence); the pipeline tests run the native
geoparser, then the coder, as `evaluate ml-events --places resolved`."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types


@pytest.mark.parametrize("text,expected", [
    # denied the reports about talks: the denial is told, the talks are what it is about
    ("وزیر کشور عراق شایعات درباره مذاکره با گروه‌های مسلح را تکذیب کرد.", "reject"),
    # agreed through a mediation: the agreement is told
    ("مصر و سودان با میانجی‌گری عربستان در ریاض توافق کردند گذرگاه‌های مرزی را بازگشایی کنند.", "agreement"),
    # accused of breaking an agreement: the accusation is told
    ("پاکستان هند را به نقض تعهدات خود در توافق صلح متهم کرد.", "accuse"),
])
def test_a_compound_verb_after_another_act_noun_codes_its_act(text, expected, geoparser):
    assert expected in ml_reported_types(text, "fa", geoparser)


def test_the_act_noun_before_a_compound_verb_stays_its_topic(geoparser):
    # the talks denied are no meeting held
    types = ml_reported_types("وزیر کشور عراق شایعات درباره مذاکره با گروه‌های مسلح را تکذیب کرد.", "fa", geoparser)
    assert "consult" not in types


def test_burning_tyres_is_a_riot(geoparser):
    # 'لاستیک ها را به آتش کشیدند' (set tyres on fire): a riot act in itself, as Spanish 'quemar neumáticos'
    assert "riot" in ml_reported_types("جوانان خشمگین در خیابان‌های اهواز لاستیک‌ها را به آتش کشیدند.", "fa", geoparser)


def test_tyres_without_fire_are_no_riot(geoparser):
    assert ml_reported_types("قیمت لاستیک خودرو در بازار تهران افزایش یافت.", "fa", geoparser) == []
