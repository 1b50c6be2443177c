"""Arabic, Persian, Turkish: a political act told of someone named by a non-political role is no event
(lang/lay_domain.py with the cues `[scope] lay_domain` and `civic_bodies` of ar, fa, tr; mlA24).

Sentences written for the test (none from a corpus): each pair differs only in the speaker's role.
"""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.events import code_sentence


def _coded(text: str, lang: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


@pytest.mark.parametrize("lang,lay,political", [
    ("ar", "انتقد الباحث أحمد علي القرار بشدة.", "انتقد الوزير أحمد علي القرار بشدة."),
    ("fa", "پژوهشگر دانشگاه تهران این تصمیم را به شدت انتقاد کرد.", "وزیر خارجه این تصمیم را به شدت انتقاد کرد."),
    ("tr", "Akademisyen Ahmet Yılmaz kararı sert bir dille eleştirdi.",
     "Bakan Ahmet Yılmaz kararı sert bir dille eleştirdi."),
])
def test_criticism_by_a_lay_role_is_no_event_and_by_an_official_is(lang: str, lay: str, political: str) -> None:
    assert _coded(lay, lang) == []
    assert _coded(political, lang) == ["accuse"]


@pytest.mark.parametrize("lang,text", [
    ("fa", "مصرف کنندگان خواستار کاهش قیمت ها شدند."),  # consumers called for lower prices
    ("tr", "Kulüp başkanı kararı sert bir dille eleştirdi."),  # a club president's criticism
])
def test_calls_and_criticism_of_consumers_and_a_club_are_no_event(lang: str, text: str) -> None:
    assert _coded(text, lang) == []


@pytest.mark.parametrize("lang,civic,lay", [
    ("ar", "انتقدت نقابة المعلمين والتلاميذ القرار.", "انتقد أولياء الأمور والتلاميذ القرار."),
    ("fa", "نمایندگان مجلس و دانشجویان این تصمیم را به شدت انتقاد کردند.",
     "خانواده ها و دانشجویان این تصمیم را به شدت انتقاد کردند."),
    ("tr", "Sendika ve öğrenciler kararı sert bir dille eleştirdi.", "Veliler ve öğrenciler kararı sert bir dille eleştirdi."),
])
def test_a_union_or_a_parliament_named_is_a_political_actor(lang: str, civic: str, lay: str) -> None:
    """Unions and parliaments (cues civic_bodies) keep the act the pupils or students beside them would lose."""
    assert _coded(civic, lang) == ["accuse"]
    assert _coded(lay, lang) == []


def test_an_actor_word_inside_a_lay_role_is_the_role() -> None:
    """'رئيس النادي' (the club's president) is a lay role though 'رئيس' alone is an actor word (a head of state);
    the president by himself, or beside the club's, still acts."""
    assert _coded("انتقد رئيس النادي القرار بشدة.", "ar") == []
    assert _coded("انتقد الرئيس القرار بشدة.", "ar") == ["accuse"]
    assert _coded("انتقد الرئيس ورئيس النادي القرار بشدة.", "ar") == ["accuse"]
