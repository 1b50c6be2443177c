"""An everyday Arabic or Persian word that only a foreign town's exonym vouches for is the word (branch
topo40): 'ليل' (night) is not Lille in a Syrian story, 'كمان' (also) not Man in Côte d'Ivoire, 'آوریل'
(April) not Orël. The town stays where the text, its language or a neighbouring country puts it. Sentences
written for these tests (not corpus text), on the real gazetteer.
"""

from __future__ import annotations


def _places(text: str, lang: str, geoparser) -> dict[str, str | None]:
    from frontwatch.lang.geoparse import geoparse_text

    _, tops = geoparse_text(text, lang, geoparser)
    return {t.text: t.place.country for t in tops if t.place is not None}


def test_night_is_not_lille_in_a_syrian_story(geoparser) -> None:
    assert "ليل" not in _places("وقتل ثلاثة مدنيين في قصف على درعا في ليل طويل.", "ar", geoparser)


def test_also_is_not_a_town_of_ivory_coast(geoparser) -> None:
    assert "كمان" not in _places("وضروري كمان نروح.", "ar", geoparser)


def test_april_is_not_orel(geoparser) -> None:
    found = _places("تولید خودرو در ونزوئلا متوقف شد و تا آوریل ازسر نخواهد گرفت.", "fa", geoparser)
    assert "آوریل" not in found
    assert found.get("ونزوئلا") == "VE"
    assert "آوریل" not in _places("نمایشگاه تا آوریل در تهران باز است.", "fa", geoparser)


def test_lille_kept_where_the_text_is_about_france(geoparser) -> None:
    assert _places("تظاهر آلاف في مدينة ليل بفرنسا.", "ar", geoparser).get("مدينة ليل") == "FR"


def test_home_towns_kept_beside_foreign_countries(geoparser) -> None:
    # the language's own countries (CLDR) stay home whatever else the text names
    assert _places("تبادل فرهنگی بوشهر و روسیه، بوشهر و پرتغال.", "fa", geoparser).get("بوشهر") == "IR"
    assert _places("رسالة من الحاكم العسكري الأردني في نابلس.", "ar", geoparser).get("نابلس") == "PS"


def test_official_countries_from_cldr() -> None:
    from frontwatch.lang.foreign_namesakes import official_countries

    assert {"SY", "EG", "PS", "IL"} <= official_countries("ar")
    assert {"IR", "AF"} <= official_countries("fa")
    assert "FR" not in official_countries("ar") | official_countries("fa")
    assert not official_countries("xx")


def test_cased_languages_untouched(geoparser) -> None:
    from frontwatch.lang.foreign_namesakes import foreign_namesakes
    from frontwatch.lang.geoparse import geoparse_text

    _, tops = geoparse_text("Los combates siguieron en Lille.", "es", geoparser)
    assert foreign_namesakes(tops, [True] * len(tops), {(t.start, t.end) for t in tops}, "es") == set()


def test_frequent_form_the_dictionary_lacks(geoparser) -> None:
    # 'فإن' (and indeed: a clitic on a particle) is frequent though simplemma lacks the form; not Vannes
    assert "فإن" not in _places("فإن أفضل حل هو الانتظار.", "ar", geoparser)
