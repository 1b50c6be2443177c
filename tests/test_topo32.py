"""Greek and Ukrainian toponyms (issue 19, branch topo32): the feminine plural genitive of Greek names, countries
named as national teams in a sentence about a match. Sentences written for these tests (not corpus text), on the
real gazetteer.
"""

from __future__ import annotations

from lang_helpers import place_names


def test_a_greek_feminine_plural_in_the_genitive_is_read_in_the_nominative(geoparser) -> None:
    # 'των Κυκλάδων' is the genitive of 'Κυκλάδες' (-ων → -ες), not only of a neuter plural in -α ('Χανίων' → 'Χανιά')
    got = place_names("Ισχυροί άνεμοι θα πνέουν στα νησιά των Κυκλάδων και στα Χανιά.", "el", geoparser)
    assert "Κυκλάδων" in got, got
    assert "Χανιά" in got, got


def test_match_words_are_found_without_accents_and_by_prefix() -> None:
    from frontwatch.lang.team_names import match_sentence

    assert match_sentence("Ο ΠΡΟΠΟΝΗΤΗΣ μίλησε μετά το ματς.", "el")
    assert match_sentence("Η Ελλάδα έπαιξε στον προημιτελικό.", "el")
    assert not match_sentence("Η Ελλάδα υπέγραψε τη συμφωνία.", "el")
    assert not match_sentence("Футбольний матч відбувся у Львові.", "uk")  # no match words for Ukrainian


def test_a_country_in_a_match_sentence_is_its_team_unless_genitive_or_locative(geoparser) -> None:
    got = place_names("Την Τρίτη η Γαλλία αντιμετωπίζει το Βέλγιο στον ημιτελικό του Μουντιάλ.", "el", geoparser)
    assert "Γαλλία" not in got and "Βέλγιο" not in got, got
    # a preposition after a word of opposition is 'against': a team
    got = place_names("Ο προπονητής μίλησε μετά το ματς κόντρα στην Κροατία.", "el", geoparser)
    assert "Κροατία" not in got, got
    # the genitive names where the tournament is held; a locative preposition where one goes
    got = place_names("Οι παίκτες έφτασαν χθες στη Ρωσία για το Μουντιάλ της Βραζιλίας.", "el", geoparser)
    assert "Ρωσία" in got and "Βραζιλίας" in got, got


def test_a_country_outside_a_match_sentence_stays_a_place(geoparser) -> None:
    got = place_names("Η Γαλλία αντιμετωπίζει το Βέλγιο στις διαπραγματεύσεις για το εμπόριο.", "el", geoparser)
    assert "Γαλλία" in got and "Βέλγιο" in got, got


def test_a_place_right_after_a_disease_word_is_the_diseases_eponym(geoparser) -> None:
    text = ("На фермі під Києвом загинули кури: ветеринари кажуть, що це хвороба Ньюкасла. "
            "Ньюкаслом хворіють птахи, а не люди. Фермер продавав курей у Ньюкаслі.")
    from frontwatch.lang.geoparse import geoparse_text

    _, tops = geoparse_text(text, "uk", geoparser)
    got = [t.text for t in tops]
    assert "Києвом" in got, got
    assert "Ньюкасла" not in got and "Ньюкаслом" not in got, got
    # after a preposition the same place is where something happened
    assert "Ньюкаслі" in got, got


def test_a_greek_disease_eponym_may_take_the_genitive_article(geoparser) -> None:
    got = place_names("Νέα κρούσματα του ιού της Γουχάν στην Αθήνα.", "el", geoparser)
    assert "Αθήνα" in got, got
    assert "Γουχάν" not in got, got


def test_a_russian_disease_eponym_is_no_place(geoparser) -> None:
    got = place_names("Новый вирус Уханя распространяется по Китаю.", "ru", geoparser)
    assert "Китаю" in got, got
    assert "Уханя" not in got, got


def test_a_name_after_the_greek_masculine_article_without_its_ending_is_a_man(geoparser) -> None:
    from frontwatch.lang.geoparse import geoparse_text

    text = "Στο παρελθόν, ο Μπάρι έζησε στο Μπάρι. Ο Βόλος και ο Καναδάς έχουν λιμάνια."
    _, tops = geoparse_text(text, "el", geoparser)
    got = [(t.text, text[:t.start].split()[-1].casefold()) for t in tops]
    assert ("Μπάρι", "ο") not in got, got
    assert ("Μπάρι", "στο") in got, got
    assert ("Καναδάς", "ο") in got, got


def test_greek_case_forms_of_masculines_in_as_and_neuters_in_i(geoparser) -> None:
    # 'στον Βύρωνα': accusative of 'Βύρωνας'; 'του Χαϊδαρίου': genitive of 'Χαϊδάρι' (the stress moves)
    got = place_names("Ζούσε στον Βύρωνα και δούλευε στο στρατόπεδο του Χαϊδαρίου.", "el", geoparser)
    assert got.get("Βύρωνα") == "Výronas", got
    assert got.get("Χαϊδαρίου") == "Chaïdári", got
    # the neuter in -ίου that is not in -ι keeps its reading ('Βασιλείου' ← 'Βασίλειο')
    assert "Ηνωμένου Βασιλείου" in place_names("Η επιτροπή του Ηνωμένου Βασιλείου συνεδρίασε.", "el", geoparser)


def test_korea_alone_is_south_korea_in_greek_as_in_ukrainian(geoparser) -> None:
    got = place_names("Ανάμεσα σε χώρες όπως η Κορέα, η Αυστραλία και ο Καναδάς.", "el", geoparser)
    assert got.get("Κορέα") == "South Korea", got


def test_punctuation_between_two_words_ends_a_name(geoparser) -> None:
    from frontwatch.lang.geoparse import geoparse_text

    # a type word after a comma opens the next name ('Республіка Корея'), it does not type the town before it
    got = place_names("Виставка пройде в м. Йосу, Республіка Корея. Вартість угоди склала 657 тис. грн.", "uk",
                      geoparser)
    assert "Йосу" in got and "Республіка Корея" in got, got
    # no name runs across a bracket
    text = "Вони переселилися до села Павлівка Кремгесівського (Світловодського) району."
    _, tops = geoparse_text(text, "uk", geoparser)
    assert not any(")" in t.text or "(" in t.text for t in tops), [t.text for t in tops]


def test_a_dedication_and_initials_belong_to_a_street_or_settlement_name(geoparser) -> None:
    text = ("У Кіровограді турніри проходили в парку Т. Шевченка. Також у парку ім. В. Леніна. "
            "Міст з'єднає площу міста з селищем ім. Горького.")
    got = place_names(text, "uk", geoparser)
    assert got.get("парку Т. Шевченка") == "Kropyvnytskyi", got
    assert got.get("парку ім. В. Леніна") == "Kropyvnytskyi", got
    # the person's name inside the dedication is no place (Горький: Nizhny Novgorod's old name)
    assert got.get("ім. Горького") == "Kropyvnytskyi", got
    assert "Горького" not in got, got


def test_the_items_of_a_list_share_its_first_items_preposition(geoparser) -> None:
    # 'απέναντι σε Ρωσία, Αίγυπτο, Σαουδική Αραβία': every item is an opponent
    got = place_names("Η Ουρουγουάη μετέχει στον Α’ όμιλο, απέναντι σε Ρωσία, Αίγυπτο, Σαουδική Αραβία.", "el",
                      geoparser)
    assert not {"Ουρουγουάη", "Ρωσία", "Αίγυπτο", "Σαουδική Αραβία"} & set(got), got
    # 'σε Ελλάδα, Κύπρο και Ρουμανία': every item is where the group works ('όμιλος' is also a firm)
    got = place_names("Ο όμιλος δραστηριοποιείται σε Ελλάδα, Κύπρο και Ρουμανία.", "el", geoparser)
    assert {"Ελλάδα", "Κύπρο", "Ρουμανία"} <= set(got), got


def test_ukrainian_has_the_region_and_sea_aliases_of_greek_and_spanish(geoparser) -> None:
    got = place_names("Кораблі в Середземному морі, вибори в Каталонії, відпочинок у Сардинії.", "uk", geoparser)
    assert got.get("Середземному морі") == "Mediterranean Sea", got
    assert got.get("Каталонії") == "Catalunya", got
    assert got.get("Сардинії") == "Sardegna", got
    # 'Червоне море' is the sea, not the village Chervone
    assert place_names("Кораблі в Червоному морі.", "uk", geoparser).get("Червоному морі") == "Red Sea"


def test_a_capitalised_body_head_runs_its_name_on_through_a_genitive_article(geoparser) -> None:
    assert "Οξφόρδης" not in place_names("Ο ερευνητής εργάζεται στο Πανεπιστήμιο της Οξφόρδης.", "el", geoparser)
    # a lower-case head is a common noun: the place keeps its reading
    assert "Ιταλίας" in place_names("Η απόφαση της κυβέρνησης της Ιταλίας ήρθε χθες.", "el", geoparser)
    # a sentence's first word is capitalised anyway
    assert "Ιταλίας" in place_names("Κυβέρνηση της Ιταλίας και συνδικάτα συμφώνησαν.", "el", geoparser)


def test_an_offices_place_before_its_holders_name_is_a_place(geoparser) -> None:
    got = place_names("Μέτωπο κατά του περιφερειάρχη Πελοποννήσου Πέτρου Τατούλη.", "el", geoparser)
    assert "Πελοποννήσου" in got, got
