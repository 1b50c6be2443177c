"""Turkish and Persian toponyms (issue 19, branch topo37). Sentences written for these tests (not corpus text),
on the real gazetteer.

Turkish quotes English untranslated: titles ('Battlefield') and the names of English-speaking people ("Harrison'a",
"Lucas'ın"), which are also small US towns. With no cue such a word needs a large place (`lang.loan_words`).
Persian: the country right after a head of state's or government's title is the state they lead ('رئیس جمهوری چین'),
while after a minister's or official's title and portfolio it closes a body's name ('وزیر امور خارجه ترکیه').
"""

from __future__ import annotations

from lang_helpers import place_names


def test_an_english_title_or_name_with_no_cue_is_no_place(geoparser) -> None:
    assert not place_names("Şarkı, Harrison'a ithaf edildi.", "tr", geoparser)
    assert not place_names("Dün Lucas'ın evine gittik.", "tr", geoparser)


def test_an_english_name_with_a_cue_or_a_large_city_stays(geoparser) -> None:
    assert "Cody" in place_names("Kasaba Cody yakınlarındadır.", "tr", geoparser)  # 'near': a cue
    assert "Jackson'a" in place_names("Şarkı Jackson'a ithaf edildi.", "tr", geoparser)  # a city of 150 k


def test_loan_words_are_read_without_the_case_suffix_and_only_in_ascii() -> None:
    from frontwatch.lang.loan_words import loan_word

    assert loan_word("Harrison'a", "tr") and loan_word("Light", "tr")
    assert not loan_word("Kavakçı", "tr") and not loan_word("Ankara'da", "tr")
    assert not loan_word("Light", "es")  # the language opts in (`loan_language`)


def test_the_country_after_a_leaders_title_is_a_place(geoparser) -> None:
    assert "چین" in place_names("رئیس جمهوری چین دیروز به مسکو سفر کرد.", "fa", geoparser)
    assert "آمریکا" in place_names("رئیس جمهور منتخب آمریکا دیروز به مسکو سفر کرد.", "fa", geoparser)
    # 'ریاست جمهوری' (presidency): 'جمهوری' is part of the title, not the type word 'republic' of the span
    assert "آمریکا" in place_names("انتخابات ریاست جمهوری آمریکا برگزار شد.", "fa", geoparser)


def test_the_place_after_an_officials_portfolio_closes_a_body_name(geoparser) -> None:
    assert "ترکیه" not in place_names("وزیر امور خارجه ترکیه دیروز به مسکو سفر کرد.", "fa", geoparser)
    assert not place_names("مدیرکل هواشناسی استان گلستان گفت که هوا سرد است.", "fa", geoparser)
    # the control: the rest of the sentence keeps its place
    assert "مسکو" in place_names("وزیر امور خارجه ترکیه دیروز به مسکو سفر کرد.", "fa", geoparser)


def test_a_type_word_across_a_persian_comma_is_no_part_of_the_name(geoparser) -> None:
    # 'کشور، تهران' (the country, Tehran): a list; the span is Tehran alone, not 'the country Tehran'
    names = place_names("تیم های نوجوانان کشور، تهران و تبریز را شکست دادند.", "fa", geoparser)
    assert "تهران" in names and not any("کشور" in n for n in names)


def test_persian_seas_and_gulfs_are_named_whole(geoparser) -> None:
    assert place_names("این هواپیما در اقیانوس هند سقوط کرد.", "fa", geoparser) == {"اقیانوس هند": "Indian Ocean"}
    # 'خلیج' (gulf) opens the alias, so the gulf is no longer the province of Fars after a type word
    assert place_names("نفتکش در خلیج فارس توقیف شد.", "fa", geoparser) == {"خلیج فارس": "Persian Gulf"}
    assert place_names("نفتکش در دریای سرخ توقیف شد.", "fa", geoparser) == {"دریای سرخ": "Red Sea"}


def test_a_genitive_possessing_a_kinship_noun_is_a_person(geoparser) -> None:
    names = place_names("Togo'nun oğlu Tokyo'da yaşadı.", "tr", geoparser)
    assert "Togo'nun" not in names and "Tokyo'da" in names
    # 'kızıl' (red), 'eşiğinde' (on the threshold) only begin like 'kızı', 'eşi': the places stay
    assert "Çin'in" in place_names("Çin'in kızıl ordusu Pekin'e girdi.", "tr", geoparser)
    assert "Avrupa'nın" in place_names("Avrupa'nın eşiğinde bir ülke.", "tr", geoparser)


def test_a_title_after_or_a_regnal_number_before_makes_a_person(geoparser) -> None:
    assert "Ali" not in place_names("Kaptan Ali Paşa bunu kabul etmedi.", "tr", geoparser)
    names = place_names("Kraliçe II. Elizabeth Londra'ya döndü.", "tr", geoparser)
    assert "Elizabeth" not in names and "Londra'ya" in names
    # a number opening a longer name ('the second siege of Vienna') keeps the place inside it
    assert "Viyana" in place_names("II. Viyana Kuşatması 1683'te oldu.", "tr", geoparser)


def test_a_town_left_or_joined_in_a_transfer_is_the_club(geoparser) -> None:
    names = place_names("Oyuncu, Liverpool'dan ayrılarak Roma'ya transfer oldu.", "tr", geoparser)
    assert "Liverpool'dan" not in names and "Roma'ya" not in names
    # the locative, a bare name before 'takımı' and a country keep the place
    assert "Liverpool'da" in place_names("Oyuncu Liverpool'da doğdu.", "tr", geoparser)
    names = place_names("Köln takımına katılan futbolcu, Brezilya'ya transfer oldu.", "tr", geoparser)
    assert "Köln" in names and "Brezilya'ya" in names
    # without a word of the sport the same cases are places
    assert "Roma'ya" in place_names("Aile, Liverpool'dan ayrılarak Roma'ya taşındı.", "tr", geoparser)


def test_persian_studies_plurals_of_stop_words_and_continents(geoparser) -> None:
    # 'شناسی' written apart makes the study of the place; 'خبرهای' is the plural of the stop word 'خبر' (news)
    assert not place_names("همایش بوشهر شناسی برگزار شد.", "fa", geoparser)
    assert not place_names("از دیگر خبرهای هفته بود.", "fa", geoparser)
    assert place_names("قطعه در قاره آفریقا پیدا شد.", "fa", geoparser) == {"قاره آفریقا": "Africa"}


def test_a_place_inside_a_quoted_foreign_name_or_before_hukumeti_is_no_place(geoparser) -> None:
    assert not place_names("Tablo, Art Gallery of Ontario'ya ödünç verildi.", "tr", geoparser)
    assert not place_names("Doğu Almanya hükumeti birleşmeyi kabul etti.", "tr", geoparser)
    # 'and' inside a country's own name joins it whole; the Turkish clitic 'de' is no connector
    assert place_names("Trinidad and Tobago'da seçim yapıldı.", "tr", geoparser) == {
        "Trinidad and Tobago'da": "Trinidad and Tobago"}
    assert "Ankara'ya" in place_names("Ali de Ankara'ya gitti.", "tr", geoparser)


def test_a_born_in_or_aged_predicate_makes_the_opening_name_a_person(geoparser) -> None:
    names = place_names("Kavakçı, 19 Ağustos 1968'de Sakarya doğumlu.", "tr", geoparser)
    assert "Kavakçı" not in names and "Sakarya" in names
    assert "Willis" not in place_names("Willis, sahnelere 6 yaşında çıktı.", "tr", geoparser)
    assert "Willis" in place_names("Willis sakin bir kasabadır.", "tr", geoparser)  # the control
