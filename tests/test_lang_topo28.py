"""Turkish and Persian toponyms (issue 19, branch topo28): region words before a place, a Turkish compound's
possessive head, post-nominal titles, islands, Persian body chains and compass words, surnames that only a
county shares. Sentences written for these tests (not corpus text), on the real gazetteer.
"""

from __future__ import annotations

from lang_helpers import place_names


def test_possessive_head_is_told_by_morphology_not_by_a_list() -> None:
    from frontwatch.lang.possessive import is_possessive_head

    for word in ("Havalimanı", "Yolu", "Parkı", "Kupası", "Ligi", "Dağı", "Köpeği"):
        assert is_possessive_head(word, "tr"), word
    # a name ending in a vowel, an adjective in -li, a word whose dictionary form is itself
    for word in ("Denizli", "Jani", "Mali", "Ali", "Tarihi", "Ordu"):
        assert not is_possessive_head(word, "tr"), word
    assert not is_possessive_head("Parkı", "es")  # only where the language lists the endings


def test_turkish_region_words_join_the_place_after_them(geoparser) -> None:
    assert place_names("Ajans daha sonra Doğu Berlin'de kuruldu.", "tr", geoparser).get("Doğu Berlin'de") == "Berlin"
    assert place_names("Bu tapınaklar Eski Mısır'da yapıldı.", "tr", geoparser).get("Eski Mısır'da") == "Egypt"


def test_a_turkish_compound_head_closes_the_name_before_a_place(geoparser) -> None:
    got = place_names("Kervanlar İpek Yolu Asya'yı Avrupa'ya bağlardı.", "tr", geoparser)
    assert got.get("Asya'yı") == "Asia", got
    got = place_names("Atatürk Havalimanı Almanya'ya giden uçuşları iptal etti.", "tr", geoparser)
    assert got.get("Almanya'ya") == "Germany", got
    # the head noun alone is no place ('Kupası' ~ Kufa), a town in -li still is
    assert "Kupası'nda" not in place_names("Takım o yıl Dünya Kupası'nda oynadı.", "tr", geoparser)
    assert place_names("Yazar Denizli'de doğdu.", "tr", geoparser).get("Denizli'de") == "Denizli"


def test_a_turkish_title_after_a_name_ends_it(geoparser) -> None:
    assert place_names("Sonra Hülagû Han Bağdat'a ulaştı.", "tr", geoparser).get("Bağdat'a") == "Baghdad"


def test_a_turkish_island_word_belongs_to_the_name(geoparser) -> None:
    got = place_names("Yahudiler Rodos Adası'nda yaşıyordu.", "tr", geoparser)
    assert got.get("Rodos Adası'nda") == "Ródos", got
    assert place_names("Napolyon Elba Adasına sürgüne gönderildi.", "tr", geoparser).get("Elba Adasına") == "Elba"


def test_a_persian_body_chain_runs_past_and_up_to_six_words(geoparser) -> None:
    assert not place_names("رییس کنگره ملی کارگران جوان عراق گفت که جلسه برگزار شد.", "fa", geoparser)
    assert not place_names("جلسه در اداره کل راه و شهرسازی استان گلستان برگزار شد.", "fa", geoparser)
    assert not place_names("دبیر کارگروه توسعه صادرات استان اصفهان گفت که جلسه برگزار شد.", "fa", geoparser)
    assert not place_names("دبیر هیئت شنای بانوان استان قم گفت که تیم آماده است.", "fa", geoparser)
    # 'and' right before the place lists a second party; 'by' ends the chain
    assert place_names("اتحادیه اروپا و ایران توافق کردند.", "fa", geoparser).get("ایران") == "Iran"
    assert place_names("قطعنامه سازمان ملل متحد توسط کانادا ارائه شد.", "fa", geoparser).get("کانادا") == "Canada"


def test_a_persian_compass_word_joins_the_place(geoparser) -> None:
    assert place_names("جستجو در شرق آفریقا ادامه دارد.", "fa", geoparser).get("شرق آفریقا") == "Africa"


def test_a_bare_surname_is_no_county(geoparser) -> None:
    assert not place_names("Dizide Jones bir şarkıcıyı oynadı.", "tr", geoparser)
    assert not place_names("Oyuncu Walker bu filmde de rol aldı.", "tr", geoparser)
    assert not place_names("El director Moore dijo que la empresa cerrará.", "es", geoparser)


def test_a_persian_place_with_the_adjective_ending_written_apart_is_no_place(geoparser) -> None:
    assert not place_names("مربیان ایتالیایی و ترکیه ای وارد شهر شدند.", "fa", geoparser)
    assert place_names("مربیان به ترکیه سفر کردند.", "fa", geoparser).get("ترکیه") == "Turkey"


def test_persian_press_spellings_of_us_places(geoparser) -> None:
    assert place_names("نشست خبری در واشنگتن برگزار شد.", "fa", geoparser).get("واشنگتن") == "Washington"
    assert place_names("سناتور اهل تگزاس گفت.", "fa", geoparser).get("تگزاس") == "Texas"


def test_a_turkish_country_with_its_case_suffix_ends_no_name(geoparser) -> None:
    got = place_names("Eczacı Arbenz Guatemala'ya göç etti.", "tr", geoparser)
    assert got.get("Guatemala'ya") == "Guatemala", got
