"""Arabic, Persian and Turkish place recognition (issue 19, branch mlA18). Sentences written for these
tests (not corpus text), on the real gazetteer.
"""

from __future__ import annotations

from lang_helpers import place_names


def test_an_arabic_name_may_end_in_a_word_of_the_stop_list(geoparser) -> None:
    # 'الله' and 'الغربية' are stop words alone (God, western), the last word of a name in a run
    got = place_names("رفع العلم في مدينة رام الله أمس.", "ar", geoparser)
    assert any(p == "Ramallah" for p in got.values()), got
    got = place_names("وصلت رسالة إلى الحاكم العسكري للضفة الغربية أمس.", "ar", geoparser)
    assert any("West Bank" in (p or "") for p in got.values()), got
    # alone they are still no place
    assert not place_names("قال الله في كتابه.", "ar", geoparser)


def test_two_countries_side_by_side_are_two_places(geoparser) -> None:
    # Turkish joins countries without a comma ('Slovakia-Poland border', 'the Iran-Iraq border')
    got = place_names("Kuvvet, Slovakya Polonya sınırındaki bir kente ulaştı.", "tr", geoparser)
    assert got.get("Slovakya") == "Slovakia" and got.get("Polonya") == "Poland", got
    got = place_names("Çatışma İran Irak sınırında başladı.", "tr", geoparser)
    assert got.get("İran") == "Iran" and got.get("Irak") == "Iraq", got
    # a country before a capitalised word that is no country still opens a longer name
    assert "Yunanistan" not in place_names("Oyuncu daha sonra Yunanistan Kupası'nda oynadı.", "tr", geoparser)


def test_a_capitalised_turkish_type_word_is_part_of_the_name_with_its_case(geoparser) -> None:
    got = place_names("Park, ABD'nin California Eyaleti'nde bulunur.", "tr", geoparser)
    assert got.get("California Eyaleti'nde") == "California", got
    got = place_names("İlçe, Afganistan'ın Faryab Vilayeti'ne bağlıdır.", "tr", geoparser)
    assert got.get("Faryab Vilayeti'ne") == "Fāryāb", got
    # a lower-case type word describes the place and stays out of the span
    assert "Opava" in place_names("Yazar, Opava kentinde doğdu.", "tr", geoparser)


def test_turkish_country_names_in_common_use_beside_cldr(geoparser) -> None:
    got = place_names("Yazar, Çek Cumhuriyeti'nde ve Beyaz Rusya'da yaşadı.", "tr", geoparser)
    assert got.get("Çek Cumhuriyeti'nde") == "Czechia" or "Czech" in str(got), got
    assert any("Belarus" in (p or "") for p in got.values()), got


def test_persian_person_names_and_common_nouns_that_geonames_knows_as_places(geoparser) -> None:
    # 'احمدی' alone is Al Ahmadi (Kuwait); before a family-name suffix it is a surname
    assert "احمدی" not in place_names("نامزدی احمدی نژاد در انتخابات منتفی است.", "fa", geoparser)
    # a demonstrative makes the next word a common noun
    assert "مسئله" not in place_names("این مسئله به طور جدی کنترل شده است.", "fa", geoparser)
    # ... but a type word after it still names a place
    assert place_names("این استان گلستان بارانی است.", "fa", geoparser).get("استان گلستان") == "Golestān"


def test_turkish_plural_names_take_their_case_without_an_apostrophe(geoparser) -> None:
    assert place_names("Halk Balkanlardan geldi.", "tr", geoparser).get("Balkanlardan") == "Balkans"
    assert place_names("Asker Filipinlerde öldü.", "tr", geoparser).get("Filipinlerde") == "Philippines"


def test_a_turkish_sentence_opening_with_a_given_name_names_a_person(geoparser) -> None:
    # 'Williams' is a town; after a sentence-first word that is no Turkish word it is a surname
    assert "Williams" not in place_names("Bryan Williams sahne adıyla tanınır.", "tr", geoparser)
    # a sentence-first everyday word is no name, and a country after a first word stays a place
    assert "Ankara'da" in place_names("Dün Ankara'da bir toplantı yapıldı.", "tr", geoparser)
    assert "Almanya'nın" in place_names("Maasbüll Almanya'nın kuzeyinde bir köydür.", "tr", geoparser)


def test_persian_everyday_words_and_bodies_that_share_a_towns_name(geoparser) -> None:
    assert not place_names("برگزاری صبحانه سالم در مدارس ادامه دارد.", "fa", geoparser)  # 'سالم' (healthy) ~ Salem
    assert "اروپا" not in place_names("وزرای خارجه اتحادیه اروپا روز یکشنبه دیدار کردند.", "fa", geoparser)
    assert "اروپا" in place_names("وزرای خارجه دیروز در اروپا دیدار کردند.", "fa", geoparser)


def test_arabic_everyday_words_that_share_a_towns_name(geoparser) -> None:
    assert not place_names("قالت سلطات قضائية إن المتهمين أفرج عنهم.", "ar", geoparser)  # authorities
    assert "بورصة" not in place_names("اجتمع رئيس مجلس إدارة بورصة فلسطين بالمستثمرين.", "ar", geoparser)  # ~ Bursa


def test_the_place_of_talks_between_a_title_and_a_country_word(geoparser) -> None:
    """mlA22: "Dışişleri Bakanı Moskova'da Rus mevkidaşıyla görüştü": the title opens a person's name (the place
    is no tail of it), and the country word past the place qualifies the counterpart, not the minister, so the
    minister's actor span does not swallow the place of the talks (lang/event_actors: a setting between)."""
    from frontwatch.lang.events import code_sentence
    from frontwatch.lang.geoparse import geoparse_text

    text = "Dışişleri Bakanı Moskova'da Rus mevkidaşıyla görüştü."
    _, tops = geoparse_text(text, "tr", geoparser)
    events = code_sentence(text, "tr", tops, None)
    assert [(e.event_type, e.location.text if e.location else None) for e in events] == [("consult", "Moskova'da")]
