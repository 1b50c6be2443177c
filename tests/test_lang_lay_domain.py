"""A political act told of someone named by a non-political role is no event (lang/lay_domain.py, mlB23; the
ar, fa, tr lists and the role's own actor word, mlA24).

Sentences written for the test (none from a corpus): each pair differs only in the speaker's role.
"""

from __future__ import annotations

import pytest
from lang_helpers import coded as _coded


@pytest.mark.parametrize("lang,lay,political", [
    ("el", "Ο καθηγητής Γιώργος Παπαδόπουλος επέκρινε σκληρά την απόφαση.",
     "Ο υπουργός Γιώργος Παπαδόπουλος επέκρινε σκληρά την απόφαση."),
    ("es", "El científico Juan Pérez criticó duramente la decisión.",
     "El ministro Juan Pérez criticó duramente la decisión."),
    ("uk", "Науковці Київського університету розкритикували рішення.",
     "Міністр оборони розкритикував рішення."),
    ("ar", "انتقد الباحث أحمد علي القرار بشدة.", "انتقد الوزير أحمد علي القرار بشدة."),
    ("fa", "پژوهشگر دانشگاه تهران این تصمیم را به شدت انتقاد کرد.", "وزیر خارجه این تصمیم را به شدت انتقاد کرد."),
    ("tr", "Akademisyen Ahmet Yılmaz kararı sert bir dille eleştirdi.",
     "Bakan Ahmet Yılmaz kararı sert bir dille eleştirdi."),
])
def test_criticism_by_a_lay_role_is_no_event_and_by_an_official_is(lang: str, lay: str, political: str) -> None:
    assert _coded(lay, lang) == []
    assert _coded(political, lang) == ["accuse"]


@pytest.mark.parametrize("lang,text", [
    ("el", "Οι μαθητές του σχολείου επισκέφθηκαν το μουσείο της Ακρόπολης."),
    ("es", "Los alumnos del colegio visitaron el museo."),
])
def test_pupils_visit_is_no_consultation(lang: str, text: str) -> None:
    assert _coded(text, lang) == []


def test_a_political_actor_named_beside_the_lay_role_keeps_the_act() -> None:
    assert _coded("El ministro y el científico Juan Pérez criticaron la decisión.", "es") == ["accuse"]


def test_violent_acts_keep_their_own_conditions() -> None:
    """The rule is for acts of words and meetings: an attack on a professor stays an attack."""
    from frontwatch.events import ontology
    from frontwatch.lang.lay_domain import _of_words

    assert _of_words("accuse") and _of_words("consult")
    assert not _of_words("search")  # a seizure is the authorities' act
    assert not any(_of_words(t) for t, et in ontology.TYPES.items() if et.violent or et.acled)


@pytest.mark.parametrize("lang,civic,lay", [
    ("es", "La sección sindical criticó ayer la agresión de unos alumnos a un educador.",
     "Los padres criticaron ayer la agresión de unos alumnos a un educador."),
    ("el", "Ο δήμαρχος και οι μαθητές επέκριναν την απόφαση.",
     "Οι γονείς και οι μαθητές επέκριναν την απόφαση."),
    ("ar", "انتقدت نقابة المعلمين والتلاميذ القرار.", "انتقد أولياء الأمور والتلاميذ القرار."),
    ("fa", "نمایندگان مجلس و دانشجویان این تصمیم را به شدت انتقاد کردند.",
     "خانواده ها و دانشجویان این تصمیم را به شدت انتقاد کردند."),
    ("tr", "Sendika ve öğrenciler kararı sert bir dille eleştirdi.", "Veliler ve öğrenciler kararı sert bir dille eleştirdi."),
])
def test_a_union_or_a_mayor_named_is_a_political_actor(lang: str, civic: str, lay: str) -> None:
    """Unions, parties, parliaments, mayors (cues civic_bodies) are political actors the actor list lacks."""
    assert _coded(civic, lang) == ["accuse"]
    assert _coded(lay, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("fa", "مصرف کنندگان خواستار کاهش قیمت ها شدند."),  # consumers called for lower prices
    ("tr", "Kulüp başkanı kararı sert bir dille eleştirdi."),  # a club president's criticism
])
def test_calls_and_criticism_of_consumers_and_a_club_are_no_event(lang: str, text: str) -> None:
    assert _coded(text, lang) == []


def test_an_actor_word_inside_a_lay_role_is_the_role() -> None:
    """'رئيس النادي' (the club's president) is a lay role though 'رئيس' alone is an actor word (a head of state);
    the president by himself, or beside the club's, still acts."""
    assert _coded("انتقد رئيس النادي القرار بشدة.", "ar") == []
    assert _coded("انتقد الرئيس القرار بشدة.", "ar") == ["accuse"]
    assert _coded("انتقد الرئيس ورئيس النادي القرار بشدة.", "ar") == ["accuse"]
