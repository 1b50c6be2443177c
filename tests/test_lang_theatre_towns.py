"""A town named by an everyday word's form after a locative preposition, in a script without capitals
(branch mlA23): 'في درعا' (in Daraa; 'درعا' is also the accusative of 'درع', shield) is kept when the
article's theatre is the town's country, and not otherwise. Sentences written for these tests (not corpus
text), on the real gazetteer.
"""

from __future__ import annotations


def _places(text: str, lang: str, geoparser) -> dict[str, str | None]:
    from frontwatch.lang.geoparse import geoparse_text

    _, tops = geoparse_text(text, lang, geoparser)
    return {t.text: t.place.country for t in tops if t.place is not None}


def test_town_after_in_kept_when_its_country_is_named(geoparser) -> None:
    # the country named as a place, or by its adjective on an actor ('الجيش السوري')
    assert _places("قصف الجيش مواقع في درعا بعد اشتباكات في سوريا.", "ar", geoparser).get("درعا") == "SY"
    assert _places("قتل ثلاثة مدنيين في قصف للجيش السوري في درعا.", "ar", geoparser).get("درعا") == "SY"


def test_town_after_in_not_kept_without_a_theatre(geoparser) -> None:
    # nothing in the text says which country: the everyday reading stands ('in a shield')
    assert "درعا" not in _places("قتل ثلاثة مدنيين في قصف في درعا.", "ar", geoparser)


def test_everyday_word_not_taken_even_in_its_country(geoparser) -> None:
    # 'ثورة' (revolution) is also a Syrian town's name; in a Syria story 'في ثورة' is still the revolution
    assert "ثورة" not in _places("قال الجيش السوري إن الأهالي شاركوا في ثورة عارمة في سوريا.", "ar", geoparser)


def test_country_words_of_a_text() -> None:
    from frontwatch.lang.event_actors import named_countries

    assert "SY" in named_countries("قصف الجيش السوري البلدة.", "ar")
    assert "IR" in named_countries("نیروهای ایرانی وارد شهر شدند.", "fa")
