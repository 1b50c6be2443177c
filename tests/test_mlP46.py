"""Issue 19, mlP46: Arabic events. The captive pairs of mlM45 narrowed (a verbal noun heads a noun phrase, so a demand
or a call before it governs it; 'حرر'/'تحرير' pair with a captive after them only), a release with a preposition glued
to it is a purpose, names whose words are triggers are actors ('قوات الدعم السريع'), 'أي' under a negator negates the
noun after it, and a verb-initial clause's complement is the verb's topic past its subject and object. Real
tokeniser, lexicon and coder; every sentence is made up for the test (labelled before any run), none is from a
development set.
"""

from __future__ import annotations

import pytest

from frontwatch.lang.cues import Cues, VerbNouns
from frontwatch.lang.events import code_sentence
from frontwatch.lang.verb_nouns import verb_noun_entries, verb_noun_phrases

REPORTED = ("asserted", "claimed")


def _reported(text: str) -> set[str]:
    return {e.event_type for e in code_sentence(text, "ar", [], None) if e.modality in REPORTED}


@pytest.mark.parametrize(("text", "absent"), [
    # a release demanded or called for is the content of the demand (the demand is coded), not a release done
    ("طالبت منظمات حقوقية السلطات المصرية بالإفراج عن المعتقلين السياسيين.", "release"),
    ("دعا الرئيس الفلسطيني إلى تحرير الأسرى من سجون الاحتلال.", "release"),
    # a captive noun before 'التحرير' of a party's name is no object of it
    ("أضرب معتقلو حزب التحرير عن الطعام في سجن أريحا احتجاجا على اعتقالهم.", "release"),
    # calls to free the prisoners: a purpose, no release
    ("يحيي الفلسطينيون اليوم يوم الأسير وسط دعوات لتحرير جميع الأسرى.", "release"),
    # the Rapid Support Forces are an actor, no aid
    ("اشتبك الجيش السوداني مع قوات الدعم السريع في مدينة الفاشر.", "aid"),
    ("قصفت طائرات الجيش مواقع لقوات الدعم السريع شمال الخرطوم.", "aid"),
    # no clashes were recorded
    ("لم تسجل أي اشتباكات في محيط المطار خلال الليلة الماضية.", "armed_clash"),
    # a ceasefire demanded of the parties, the subject and object between the verb and its complement
    ("طالبت الأمم المتحدة طرفي النزاع في السودان بوقف فوري لإطلاق النار.", "ceasefire"),
])
def test_no_act_where_it_is_demanded_named_or_negated(text: str, absent: str) -> None:
    assert absent not in _reported(text)


@pytest.mark.parametrize(("text", "present"), [
    ("طالبت منظمات حقوقية السلطات المصرية بالإفراج عن المعتقلين السياسيين.", "request"),
    ("دعا الرئيس الفلسطيني إلى تحرير الأسرى من سجون الاحتلال.", "request"),
    ("أضرب معتقلو حزب التحرير عن الطعام في سجن أريحا احتجاجا على اعتقالهم.", "protest"),
    ("اشتبك الجيش السوداني مع قوات الدعم السريع في مدينة الفاشر.", "armed_clash"),
    ("طالبت الأمم المتحدة طرفي النزاع في السودان بوقف فوري لإطلاق النار.", "request"),
])
def test_the_act_told_is_kept(text: str, present: str) -> None:
    assert present in _reported(text)


@pytest.mark.parametrize("text", [
    # controls: releases told by the verb, the verbal noun, a light verb and a relative clause stay releases
    "أفرجت السلطات الإسرائيلية عن خمسة أسرى فلسطينيين من سجن عوفر.",
    "حررت القوات العراقية عشرة رهائن كانوا محتجزين لدى مسلحين في الأنبار.",
    "أطلقت جماعة الحوثي سراح ثلاثين أسيرا من القوات الحكومية في صنعاء.",
    "أعلنت حركة حماس الإفراج عن رهينتين إسرائيليتين في غزة.",
    "قامت القوات الخاصة بتحرير الرهائن المحتجزين في المبنى.",
    "الأسرى الذين أفرج عنهم وصلوا إلى مدينة رام الله مساء أمس.",
])
def test_releases_stay_releases(text: str) -> None:
    assert "release" in _reported(text)


def test_any_without_a_negator_negates_nothing() -> None:
    assert "air_strike" in _reported("قصفت الطائرات أي هدف متحرك في المنطقة.")


def test_a_verbal_noun_heads_a_noun_phrase() -> None:
    cues = Cues(lang="xx", verb_nouns=(
        VerbNouns(("free", "freeing"), "release", ("hostage",), 0.8, noun_heads=("freeing",)),
    ))
    assert verb_noun_entries(cues) == [("free hostage", "V", "release", 0.8), ("freeing hostage", "N", "release", 0.8)]
    assert verb_noun_phrases(cues) == [("free hostage", "release", 0.8), ("freeing hostage", "release", 0.8)]


def _placed(text: str, geoparser) -> set[str]:
    from frontwatch.lang.geoparse import geoparse_text

    return {e.event_type for e in code_sentence(text, "ar", geoparse_text(text, "ar", geoparser)[1], None)
            if e.modality in REPORTED}


def test_the_editor_in_chief_frees_no_town(geoparser) -> None:
    """'رئيس تحرير صحيفة' (a paper's editor-in-chief) in a sentence with a place: no territory regained there."""
    got = _placed("اعتقلت الشرطة المصرية رئيس تحرير صحيفة معارضة في القاهرة.", geoparser)
    assert "arrest" in got and "territory_regained" not in got


def test_a_town_freed_stays_regained(geoparser) -> None:
    assert "territory_regained" in _placed("حررت القوات العراقية مدينة الموصل من تنظيم داعش.", geoparser)


@pytest.mark.parametrize("text", [
    "خرج آلاف المتظاهرين في شوارع الخرطوم للمطالبة بعودة الحكم المدني.",
    "نزل مئات المحتجين إلى شوارع بيروت مساء الأحد.",
])
def test_protesters_who_take_to_the_streets_protest(text: str) -> None:
    """The protester noun alone is an actor mention; with the verb of coming out it tells the protest."""
    assert "protest" in _reported(text)


def test_detainees_are_no_protesters() -> None:
    """'المحتجزين' (detainees) begins as 'المحتجين' (protesters) does: the class lists the nouns' full forms."""
    assert "protest" not in _reported("خرج عشرات المعتقلين المحتجزين في سجن صيدنايا بعد فتح أبوابه.")


def test_a_word_of_a_place_name_is_no_actor(geoparser) -> None:
    """'ود مدني' (Wad Madani): its second word is also 'civilian'; read as the doer, it made the battle a mob's."""
    got = _placed("الجيش السوداني يستعيد السيطرة على مدينة ود مدني بعد معارك مع قوات الدعم السريع", geoparser)
    assert "mob_violence" not in got and got


def test_civilians_named_beside_the_place_stay_victims(geoparser) -> None:
    """Control: 'مدنيين' outside the name is still the civilians, and the town's shelling is coded."""
    assert "shelling" in _placed("قتل ثلاثة مدنيين في قصف على مدينة ود مدني.", geoparser)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La ONU exigió la liberación de los rehenes."),
    ("fr", "Le ministre a réclamé la libération des otages."),
    ("ru", "Правозащитники потребовали освобождения заложников."),
    ("uk", "Правозахисники вимагали звільнення заручників."),
])
def test_a_release_demanded_is_the_demand_in_every_language(lang: str, text: str) -> None:
    got = {e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED}
    assert got == {"request"}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La liberación de los rehenes se produjo el martes en Gaza."),
    ("fr", "La libération des otages a eu lieu mardi."),
    ("ru", "Освобождение заложников произошло во вторник."),
])
def test_a_release_told_by_its_noun_stays_a_release(lang: str, text: str) -> None:
    assert "release" in {e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED}
