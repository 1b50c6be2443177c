"""Turkish toponyms (issue 19, branch topo34): the Turkish names of seas, gulfs and regions GeoNames lists under
other names; a multi-word alias carries its own type word; a sentence's first everyday word that matches only an
alternate name in the Latin script is no place. Sentences written for these tests (not corpus text), on the real
gazetteer.
"""

from __future__ import annotations

from lang_helpers import place_names


def test_turkish_names_of_seas_and_regions_resolve(geoparser) -> None:
    got = place_names("Uçak Hint Okyanusu'nda kayboldu.", "tr", geoparser)
    assert got.get("Hint Okyanusu'nda") == "Indian Ocean", got
    got = place_names("Köy Lombardiya'da bulunur.", "tr", geoparser)
    assert got.get("Lombardiya'da") == "Lombardia", got  # not the Iranian village Lombar
    got = place_names("Aile Normandiya'ya taşındı.", "tr", geoparser)
    assert got.get("Normandiya'ya") == "Normandie", got


def test_a_multi_word_alias_is_cued_by_its_own_type_word(geoparser) -> None:
    # a gulf has no population: with no preposition or case cue it was not sure enough
    got = place_names("Bengal Körfezi'nin kıyıları alçaktır.", "tr", geoparser)
    assert got.get("Bengal Körfezi'nin") == "Bay of Bengal", got
    got = place_names("Basra Körfezi'nin sularında tanker battı.", "tr", geoparser)
    assert got.get("Basra Körfezi'nin") == "Persian Gulf", got


def test_a_one_word_alias_stays_uncued() -> None:
    from frontwatch.lang.resources import load
    from frontwatch.lang.toponyms import _typed_alias

    res = load("tr")
    assert not _typed_alias(["crimea"], res, 0, 1)  # 'Kırım' alone is also a Turkish village
    assert _typed_alias(["bay of bengal"], res, 0, 2)


def test_a_first_everyday_word_matching_only_an_alternate_name_is_no_place(geoparser) -> None:
    assert "Kendi" not in place_names("Kendi içinde ise erkeğe ve kadına ayrılır.", "tr", geoparser)  # ~ Kandy
    assert "Sol" not in place_names("Sol bek mevkiinde oynayan oyuncu transfer oldu.", "tr", geoparser)  # ~ Seoul
    assert "Buhar" not in place_names("Buhar gücü kullanan gemiler hızlandı.", "tr", geoparser)  # ~ Bukhara


def test_a_first_word_keeps_its_place_in_other_scripts_and_where_it_is_no_everyday_word(geoparser) -> None:
    # a Greek alternate name is the Greek name ('Αθήνα' for Athens)
    assert place_names("Αθήνα: Ίκαρος.", "el", geoparser).get("Αθήνα") == "Athens"
    # the rule asks for an everyday word: a country's or a city's own name at the start stays a place
    assert place_names("Almanya bu yıl büyüdü.", "tr", geoparser).get("Almanya") == "Germany"


def test_a_first_word_with_glued_case_endings_is_an_everyday_word(geoparser) -> None:
    from frontwatch.lang.glued_endings import glued_everyday_word

    assert glued_everyday_word("Bunda", "tr") and glued_everyday_word("Kentin", "tr")
    # a name takes its endings after an apostrophe; plural and possessive names ('Avcılar', 'Kulu') stay names;
    # a word that is its own dictionary form is not inflected; only where the language writes names so
    for word in ("Kent'in", "Avcılar", "Esenler", "Kulu", "Denizli", "Ordu", "Adana"):
        assert not glued_everyday_word(word, "tr"), word
    assert not glued_everyday_word("Bunda", "es")
    assert "Bunda" not in place_names("Bunda sonra öğrencileri tamamen değişti.", "tr", geoparser)  # ~ Bunda, TZ
    assert "Kentin" not in place_names("Kentin sınırları içinde yer alan köyler.", "tr", geoparser)  # ~ Kent, GB


def test_a_place_inside_a_quoted_title_is_no_place_where_the_script_has_no_capitals(geoparser) -> None:
    from frontwatch.lang.toponyms import _in_straight_quotes

    text = 'روزنامه "نیویورک پست" نوشت که دولت تصمیم گرفت.'
    start = text.index("نیویورک")
    assert _in_straight_quotes(text, start, start + len("نیویورک"))
    assert "نیویورک" not in place_names(text, "fa", geoparser)
    # a place quoted alone is the place set off, not a title
    text = 'هواپیما در جزیره "ریونیون" پیدا شد.'
    start = text.index("ریونیون")
    assert not _in_straight_quotes(text, start, start + len("ریونیون"))
    # no quote open before the place
    text = 'او گفت "خبر" را در نیویورک شنید.'
    start = text.index("نیویورک")
    assert not _in_straight_quotes(text, start, start + len("نیویورک"))


def test_a_first_everyday_word_needs_a_large_first_level_division_too(geoparser) -> None:
    # 'Bloke' (a blockade): GeoNames codes the Slovenian municipality Bloke (293 people) as ADM1
    assert "Bloke" not in place_names("Bloke edici azınlık ise nüfusun küçük bir kısmıdır.", "tr", geoparser)
    # a first-level division named by no everyday word keeps its place at the start of a sentence
    assert place_names("Bavyera bu yıl büyüdü.", "tr", geoparser).get("Bavyera") == "Bayern"
