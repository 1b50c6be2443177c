"""Constructions found by negative and positive probe sentences written for branch mlA23 (not corpus text):
a question in the Arabic script ('؟'), a military exercise, the anniversary of an act, a future auxiliary inside
a Persian phrase's gap, and the Arabic verb 'قصفت' that a masdar row took as a bare noun.
"""

from __future__ import annotations

import pytest


def _types(text: str, lang: str, geoparser=None) -> list[str]:
    from frontwatch.evaluate.ml_events import REPORTED
    from frontwatch.lang.events import code_sentence
    from frontwatch.lang.geoparse import geoparse_text

    places = geoparse_text(text, lang, geoparser)[1] if geoparser is not None else []
    return [e.event_type for e in code_sentence(text, lang, places, None) if e.modality in REPORTED]


@pytest.mark.parametrize("lang, text", [
    ("fa", "آیا پلیس برای متفرق کردن معترضان دخالت خواهد کرد؟"),  # will the police intervene?
    ("ar", "من قصف المستشفى في حلب؟"),  # who shelled the hospital in Aleppo?
])
def test_arabic_script_question_mark_asks(lang: str, text: str, geoparser) -> None:
    assert _types(text, lang, geoparser) == []


@pytest.mark.parametrize("lang, text", [
    ("fa", "ارتش در چارچوب رزمایش سالانه تمرین تیراندازی انجام داد."),  # firing practice in an exercise
    ("ar", "نفذ الجيش مناورات بالذخيرة الحية شملت قصفا مدفعيا في الصحراء."),
    ("tr", "Ordu, tatbikat kapsamında Ege'de topçu atışı yaptı."),
])
def test_military_exercise_is_no_fighting(lang: str, text: str, geoparser) -> None:
    assert _types(text, lang, geoparser) == []


@pytest.mark.parametrize("lang, text, signed", [
    ("ar", "احتفل المؤتمر بذكرى توقيع اتفاقية السلام.", "وقع الطرفان اتفاقية السلام في القاهرة."),
    ("fa", "در این مراسم سالگرد امضای قرارداد صلح گرامی داشته شد.", "دو طرف قرارداد صلح را در تهران امضا کردند."),
])
def test_anniversary_of_an_agreement_is_no_agreement(lang: str, text: str, signed: str) -> None:
    assert "agreement" not in _types(text, lang)
    assert "agreement" in _types(signed, lang)


def test_future_auxiliary_inside_a_persian_phrase() -> None:
    assert "consult" not in _types("دو وزیر درباره راه های افزایش مبادلات تجاری گفتگو خواهند کرد.", "fa")
    assert "consult" in _types("دو وزیر درباره راه های افزایش مبادلات تجاری گفتگو کردند.", "fa")


def test_arabic_feminine_past_of_shell_is_a_verb(geoparser) -> None:
    # aircraft are a means, not an actor, and the town is the object: the noun reading found no argument
    assert "air_strike" in _types("قصفت الطائرات مدينة درعا.", "ar", geoparser)
