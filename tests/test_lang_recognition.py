"""The native recogniser's general mechanisms (issue 19), on the real gazetteer and morphology.

Each case is a pattern, not a sentence from the evaluation corpora: person names read by
pymorphy3, districts named after their seat, lists sharing a type word, bodies named after a
place, unlisted villages and streets, region modifiers, Greek exonyms matched by sound, a
Turkish case suffix closing a name, Persian everyday words and body names.
"""

from __future__ import annotations

from frontwatch.lang.geoparse import list_joint
from frontwatch.lang.morph import agrees_with_next, town_of_adjective
from frontwatch.lang.phonetic import greek_key, latin_key


def _places(text: str, lang: str, geoparser) -> dict[str, tuple[str, str]]:
    from frontwatch.lang.geoparse import geoparse_text

    _, tops = geoparse_text(text, lang, geoparser)
    return {t.text: (t.place.country, t.precision or t.place.precision) for t in tops if t.place is not None}


def test_sound_keys_meet_across_scripts() -> None:
    for greek, latin in (("Καλιφόρνια", "California"), ("Ουάσινγκτον", "Washington"), ("Μπρούκλιν", "Brooklyn"),
                         ("Πενσιλβάνια", "Pennsylvania"), ("Τέξας", "Texas")):
        assert greek_key(greek) == latin_key(latin), (greek, latin)
    assert greek_key("Αθήνα") != latin_key("Ankara")


def test_district_adjective_gives_its_seat_and_agreement() -> None:
    assert "Зіньків" in town_of_adjective("Зіньківського", "uk")
    assert "Кременчук" in town_of_adjective("Кременчуцького", "uk")
    assert town_of_adjective("Києва", "uk") == ()
    assert agrees_with_next("Київського", "регіону", "uk")
    assert not agrees_with_next("Луганську", "іноземцю", "uk")


def test_list_joints() -> None:
    ands, fillers = frozenset({"και"}), frozenset({"την", "τη"})
    assert list_joint(", ", ands, fillers)
    assert list_joint(" και την ", ands, fillers)
    assert not list_joint(" όπου ζει ", ands, fillers)


def test_ukrainian_people_and_bodies_are_not_places(geoparser) -> None:
    got = _places("Директором санаторію є Володимир Борейко, а фірма належить Марині Кузьміній.", "uk", geoparser)
    assert "Володимир" not in got and "Марині" not in got
    assert "України" not in _places("Тендер провела Федерація хокею України минулого тижня.", "uk", geoparser)
    body = _places("Служба автомобільних доріг у Вінницькій області уклала договір.", "uk", geoparser)
    assert "Вінницькій області" not in body
    shelled = _places("Уночі ворог обстріляв село у Вінницькій області.", "uk", geoparser)
    assert shelled.get("Вінницькій області", (None,))[0] == "UA"


def test_ukrainian_districts_lists_villages_streets(geoparser) -> None:
    assert _places("Футболісти Зіньківського району перемогли.", "uk", geoparser)["Зіньківського району"][0] == "UA"
    both = _places("Обстріли Донецької та Луганської областей тривають.", "uk", geoparser)
    assert both["Донецької"] == ("UA", "admin1") and both["Луганської областей"] == ("UA", "admin1")
    village = _places("Ділянки знаходяться у селі Романків поблизу Києва.", "uk", geoparser)
    assert village.get("Романків", (None,))[0] == "UA"
    street = _places("У Києві тривають роботи на вулиці Шевченка.", "uk", geoparser)
    assert "вулиці Шевченка" in street and "Шевченка" not in street


def test_greek_regions_exonyms_and_lists(geoparser) -> None:
    assert _places("Στη Βόρεια Ελλάδα βρέχει από το πρωί.", "el", geoparser)["Βόρεια Ελλάδα"][0] == "GR"
    assert _places("Νέες πυρκαγιές ξέσπασαν στην Καλιφόρνια.", "el", geoparser)["Καλιφόρνια"][0] == "US"
    assert "Κένεντι" not in _places("Ο Κένεντι μίλησε χθες.", "el", geoparser)
    assert _places("Το βράδυ στον Πύργο Ηλείας συνελήφθησαν δύο.", "el", geoparser)["Πύργο Ηλείας"][0] == "GR"
    listed = _places("Ο σεισμός έγινε αισθητός στην Κεφαλονιά και την Κυλλήνη.", "el", geoparser)
    assert listed.get("Κυλλήνη", (None,))[0] == "GR"


def test_turkish_suffix_closes_a_name(geoparser) -> None:
    assert _places("Bane, İran'ın Kürdistan Eyaleti'nde bir şehirdir.", "tr", geoparser)["İran'ın"][0] == "IR"


def test_persian_everyday_words_and_bodies(geoparser) -> None:
    assert "عراق" not in _places("سخنگوی وزارت خارجه عراق در بیانیه ای گفت.", "fa", geoparser)
    assert "مدرسه" not in _places("طرح صدای هنر در مدرسه اجرا شد.", "fa", geoparser)
    assert _places("عملیات در فلوجه ادامه دارد.", "fa", geoparser).get("فلوجه", (None,))[0] == "IQ"


def test_one_letter_abbreviations_do_not_end_sentences() -> None:
    from frontwatch.lang.sentences import split_sentences

    assert len(split_sentences("Рішення суду м. Києва набуло сили. Далі було інше.")) == 2
    assert len(split_sentences("Пам’ятник Т. Шевченку стоїть. Він старий.")) == 2
    assert len(split_sentences("Ми живемо тут. Так.")) == 2


def test_demonyms_and_case_endings() -> None:
    from frontwatch.lang.morph import phrase_forms, word_forms

    assert "İsviçre" not in word_forms("İsviçreli", "tr")
    assert "Ankara" in word_forms("Ankara'da", "tr")
    assert "Μεγάλη Βρετανία" in phrase_forms(("Μεγάλης", "Βρετανίας"), "el")


def test_greek_capitalised_type_word_is_the_authority(geoparser) -> None:
    assert "Ηπείρου" not in _places("Ο δήμος, σε συνεργασία με την Περιφέρεια Ηπείρου, ξεκίνησε το έργο.", "el",
                                    geoparser)
    assert _places("Ζημιές σημειώθηκαν στην περιφέρεια Ηπείρου χθες.", "el", geoparser).get("Ηπείρου", (None,))[0] == "GR"
