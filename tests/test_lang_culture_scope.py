"""Culture and scholarship as a domain that vetoes political event types (branch mlA23): a call, a
criticism or a session inside a work of culture or a cultural forum is no act between political actors
(guideline: culture is not an event). The language's `off_topic` words, as sport already was; violent and
ACLED acts keep their own words. Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest


def _types(text: str, lang: str) -> list[str]:
    from frontwatch.evaluate.ml_events import REPORTED
    from frontwatch.lang.events import code_sentence

    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


@pytest.mark.parametrize("lang, text", [
    ("fa", "مدیر کل ارشاد از هنرمندان خواست تا در جشنواره هنری شرکت کنند."),  # a call to take part in an arts festival
    ("tr", "Filozof kitabında bu kuramı sert bir dille eleştirdi."),  # a philosopher criticised a theory in his book
    ("ar", "انتقد المخرج في فيلمه الجديد الرقابة."),  # a director criticised censorship in his new film
])
def test_political_act_inside_culture_is_no_event(lang: str, text: str) -> None:
    assert _types(text, lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("fa", "وزیر امور خارجه ایران با همتای روس خود در تهران دیدار کرد.", "consult"),
    ("tr", "Bakan, muhalefeti sert bir dille eleştirdi.", "accuse"),
    ("ar", "التقى وزير الخارجية السوري نظيره الروسي في دمشق.", "consult"),
])
def test_political_acts_outside_culture_still_coded(lang: str, text: str, expected: str) -> None:
    assert expected in _types(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("ar", "حذرت الأرصاد الجوية من عاصفة رملية تضرب المناطق الشمالية."),  # a storm warning
    ("fa", "کارشناسان می گویند خشکسالی کشاورزی را تهدید می کند."),  # the drought threatens farming
    ("tr", "Uzmanlar, kuraklığın tarımı tehdit ettiğini söyledi."),
])
def test_a_natural_hazard_threatens_no_one(lang: str, text: str) -> None:
    assert "threaten" not in _types(text, lang)


def test_a_threat_between_actors_is_still_one() -> None:
    assert "threaten" in _types("Bakan, muhalefeti sert bir dille tehdit etti.", "tr")


@pytest.mark.parametrize("lang, text", [
    ("ar", "ناقش الطلاب في الندوة أثر وسائل التواصل على الشباب."),  # students discussed at a seminar
    ("fa", "دانشجویان در این همایش درباره تاثیر شبکه های اجتماعی بر جوانان گفتگو کردند."),
])
def test_a_seminar_discussion_is_no_talks(lang: str, text: str) -> None:
    assert "consult" not in _types(text, lang)
