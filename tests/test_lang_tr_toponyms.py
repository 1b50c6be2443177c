"""Turkish place recognition (issue 19, second pass): a place named by a national team, a league or a
university after it is no toponym (head-final order), and seas and regions the gazetteer keeps under
their English name. Sentences written for these tests, on the real gazetteer.
"""

from __future__ import annotations


def _places(text: str, geoparser) -> dict[str, str | None]:
    from frontwatch.lang.geoparse import geoparse_text

    _, tops = geoparse_text(text, "tr", geoparser)
    return {t.text: (t.place.name if t.place is not None else None) for t in tops}


def test_a_team_or_league_named_after_a_country_is_no_place(geoparser) -> None:
    assert not _places("Oyuncu daha sonra Yunanistan milli takımı ile iki maç oynadı.", geoparser)
    assert not _places("Kulüp 2006 yılında kurulan Karadağ Birinci Ligi'nde oynadı.", geoparser)
    # the same country in a locative case is a place
    assert "Yunanistan'da" in _places("Oyuncu daha sonra Yunanistan'da iki yıl yaşadı.", geoparser)


def test_turkish_sea_names_resolve_to_the_gazetteers_areas(geoparser) -> None:
    got = _places("Gemi dün Karadeniz'de battı.", geoparser)
    assert got.get("Karadeniz'de") == "Black Sea"


def test_a_people_in_the_plural_before_a_place_is_no_part_of_its_name(geoparser) -> None:
    """mlA21: a capitalised plural ('Moğollar', 'Osmanlılar') is a people or a dynasty acting on the place after it,
    not a forename or the head of a longer name (tr.toml `collective_suffixes`)."""
    assert _places("Moğollar Bağdat'ı yağmaladı.", geoparser).get("Bağdat'ı") == "Baghdad"
    assert _places("Sonra Osmanlılar Viyana'yı kuşattı.", geoparser).get("Viyana'yı") == "Vienna"
    # a forename before a town is still a person's name
    assert "Williams" not in " ".join(_places("Bryan Williams dün konuştu.", geoparser))


def test_turkish_exonyms_of_historical_cities(geoparser) -> None:
    assert _places("Askerler Karakurum'u yağmaladı.", geoparser).get("Karakurum'u") == "Kharkhorin"
    assert _places("Askerler Konstantinopolis'i kuşattı.", geoparser).get("Konstantinopolis'i") == "Istanbul"


def test_a_place_in_the_locative_after_a_titled_name_is_a_place(geoparser) -> None:
    """mlA22: a title ('Başbakan', 'Dışişleri Bakanı') opens a person's name; a name in the locative right after it
    is where the person was, not the tail of a longer name (tr.toml `person_titles`)."""
    assert _places("Başbakan Yıldırım Ankara'da konuştu.", geoparser).get("Ankara'da") == "Ankara"
    assert _places("Dışişleri Bakanı Moskova'da Rus mevkidaşıyla görüştü.", geoparser).get("Moskova'da") == "Moscow"
    # another case ends a surname as often as a place: the genitive after a titled name stays the person's
    assert "Harper'ın" not in _places("Kanada Başbakanı Stephen Harper'ın tavsiyesi üzerine atandı.", geoparser)
    # without a title the capitalised word before a place still heads a longer name
    assert "Madrid'de" not in _places("Oyuncu Real Madrid'de oynadı.", geoparser)
