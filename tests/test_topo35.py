"""Arabic toponyms (issue 19, branch topo35): a body named after the town it sits in cues the town; a nisba-shaped
name that agrees with the feminine noun before it is the adjective. Sentences written for these tests (not corpus
text), on the real gazetteer.
"""

from __future__ import annotations

from lang_helpers import place_names as _place_names


def place_names(text: str, lang: str, geoparser) -> set[str]:
    """The toponyms resolved to a place (a refused one is no place)."""
    return {name for name, place in _place_names(text, lang, geoparser).items() if place is not None}


def test_a_town_after_a_body_named_after_its_seat_is_a_place(geoparser) -> None:
    # a small town with no preposition before it was too unsure; the municipality, the university and the prison
    # are named after the town they sit in, so the head is its cue
    assert "بيرزيت" in place_names("وقع رئيس بلدية بيرزيت الاتفاق الجديد.", "ar", geoparser)
    assert "بيرزيت" in place_names("أضرب طلاب جامعة بيرزيت عن الدراسة.", "ar", geoparser)
    assert "ولبلدية" not in place_names("تقرير ولبلدية عقربا", "ar", geoparser)  # the head itself is no place
    assert "عقربا" in place_names("تقرير ولبلدية عقربا", "ar", geoparser)  # with its clitics


def test_the_seat_cue_does_not_make_an_everyday_word_a_place(geoparser) -> None:
    # 'جامعة الدول العربية' (the Arab League): the word after the head is no town
    assert place_names("اجتمعت جامعة الدول العربية اليوم.", "ar", geoparser) == set()


def test_a_nisba_after_a_feminine_noun_of_the_same_definiteness_is_an_adjective(geoparser) -> None:
    assert "سورية" not in place_names("دفع عشرين ألف ليرة سورية للمهرب.", "ar", geoparser)
    assert "السعودية" not in place_names("أعلنت الحكومة السعودية الخطة.", "ar", geoparser)
    assert "السعودية" not in place_names("تغيرت التوجهات السعودية كثيرا.", "ar", geoparser)


def test_a_nisba_shaped_name_that_does_not_agree_stays_a_place(geoparser) -> None:
    # after a preposition, a masculine noun, or a nisba of its own name, it is the country
    assert "سورية" in place_names("عادت القوات إلى سورية أمس.", "ar", geoparser)
    assert "السعودية" in place_names("زار الرئيس السعودية أمس.", "ar", geoparser)
    got = place_names("وصل الوفد إلى المملكة العربية السعودية.", "ar", geoparser)
    assert any("السعودية" in g for g in got), got


def test_nisba_adjectives_needs_the_language_lists() -> None:
    from frontwatch.lang.nisba import nisba_adjectives

    assert nisba_adjectives("Η κυβέρνηση Ελλάδα", "el", []) == set()


def test_an_official_state_name_is_the_country(geoparser) -> None:
    # a state noun and the country's nisba: GeoNames lacks these in Arabic
    got = _place_names("صدر القرار عن المملكة الأردنية الهاشمية أمس.", "ar", geoparser)
    assert got.get("المملكة الأردنية الهاشمية") == "Jordan", got
    got = _place_names("وصل الوفد إلى الجمهورية العربية السورية.", "ar", geoparser)
    assert got.get("الجمهورية العربية السورية") == "Syria", got


def test_a_compass_adjective_behind_a_conjunction_starts_no_name(geoparser) -> None:
    # 'the northern and central front': 'الوسطى' (central) is an adjective, as 'الشمالية' is, also after 'و'
    assert "والوسطى" not in place_names("قاد قوات الجبهة الشمالية والوسطى.", "ar", geoparser)
    assert "والقدس" in place_names("زار الوفد غزة والقدس.", "ar", geoparser)  # a name behind 'و' still starts


def test_a_chain_of_type_words_belongs_to_the_name(geoparser) -> None:
    # 'قضاء مدينة القدس' (the district of the city of Jerusalem): each type word is the next one's construct head
    got = _place_names("هدمت البيوت في قضاء مدينة القدس.", "ar", geoparser)
    assert got.get("قضاء مدينة القدس") == "Jerusalem", got
