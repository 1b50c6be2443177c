"""mlA37: who an attack's noun struck, and habits told as background, in Arabic, Persian and Turkish (issue 19).

Sentences written for these tests. (1) A demonym counted by a numeral names people of that nation, not its state
('5 Filistinli öldü': five Palestinians died), so an attack that killed them is violence against civilians, not a
clash with an army (lang/event_actors.find_actors, `counted`). (2) Civilians named after an attack's noun, or on both
sides of it, are its victims, never a mob doing it (lang/events._agent_patient). (3) An adverb of habit or a stretch
of years ('بارها', 'سالهای اخیر', 'مرارا', 'sık sık') tells a course of acts, not one happening (`[dates] history`
of cues_ar/fa/tr). (4) A compound whose head is another thing ('çatışma bölgeleri', a conflict zone; 'insani yardım
bekleyen siviller', people waiting for aid) names no act (`tails`). The controls hold on the base as well: soldiers
counted stay an armed side, a state's strike stays a strike, the same acts dated today stay events, aid sent and a
clash that broke out stay coded.
"""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.events import code_sentence


def coded(text: str, lang: str) -> list[str]:
    """The types of the events told in the sentence (no places given, as the unlabelled listing codes)."""
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


@pytest.mark.parametrize("text", [
    "Gazze kentinde bir eve düzenlenen saldırıda 4 Filistinli hayatını kaybetti.",
    "Kentte bir çadıra düzenlenen saldırıda 3 Filistinli öldü.",
])
def test_counted_demonym_is_people_not_an_army(text: str) -> None:
    types = coded(text, "tr")
    assert "attack_civilians" in types
    assert "armed_clash" not in types


def test_counted_demonym_actor_is_civilians() -> None:
    ev = next(e for e in code_sentence("Kentte bir çadıra düzenlenen saldırıda 3 Filistinli öldü.", "tr", [], None)
              if e.event_type == "attack_civilians")
    assert ev.actor2 is not None and ev.actor2.kind == "civilians" and ev.actor2.country == "PS"


@pytest.mark.parametrize("text", [
    "Saldırıda 2'si çocuk olmak üzere 5 Filistinli öldü.",
    "Sivillerin kaldığı okula yönelik saldırıda 2 çocuk öldü.",
])
def test_civilians_around_an_attack_noun_are_its_victims_not_a_mob(text: str) -> None:
    types = coded(text, "tr")
    assert "mob_violence" not in types
    assert "attack_civilians" in types


def test_drone_strike_with_its_victims_named_stays_coded() -> None:
    types = coded("Kentin batısında insansız hava aracının sivil bir aracı hedef aldığı saldırıda 1 Filistinli öldü.",
                  "tr")
    assert "air_strike" in types
    assert "mob_violence" not in types


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Saldırıda 3 İsrailli asker öldü.", "armed_clash"),  # soldiers counted: an armed side
    ("tr", "2015 Rusya Suriye'de hava saldırısı düzenledi.", "air_strike"),  # a year is no count of people
    ("ar", "قتل خمسة فلسطينيين في غارة على مدينة غزة.", "air_strike"),
])
def test_controls_keep_their_type(lang: str, text: str, expected: str) -> None:
    assert expected in coded(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fa", "استان سیستان و بلوچستان بارها شاهد درگیری مسلحانه بوده است."),
    ("fa", "این استان در سالهای اخیر شاهد درگیری مسلحانه بوده است."),
    ("ar", "شهدت مدينة درعا مرارا اشتباكات بين الجيش والمسلحين."),
    ("ar", "شهدت مدينة درعا في السنوات الأخيرة اشتباكات بين الجيش والمسلحين."),
])
def test_habit_or_stretch_of_years_is_background(lang: str, text: str) -> None:
    assert coded(text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("fa", "دیروز درگیری مسلحانه در شهرستان سراوان رخ داد."),
    ("ar", "شهدت مدينة درعا اليوم اشتباكات بين الجيش والمسلحين."),
])
def test_the_same_acts_dated_now_stay_events(lang: str, text: str) -> None:
    assert coded(text, lang)


@pytest.mark.parametrize("text,absent", [
    ("Gazze'de insani yardım bekleyen siviller hedef alındı.", "aid"),
    ("Şüpheliler çatışma bölgelerine gitmek üzere Türkiye'ye geldi.", "armed_clash"),
])
def test_compound_with_another_head_names_no_act(text: str, absent: str) -> None:
    assert absent not in coded(text, "tr")


@pytest.mark.parametrize("text,present", [
    ("Türkiye Gazze'ye insani yardım gönderdi.", "aid"),
    ("Bölgede dün çatışma çıktı.", "armed_clash"),
])
def test_the_act_itself_stays_coded(text: str, present: str) -> None:
    assert present in coded(text, "tr")
