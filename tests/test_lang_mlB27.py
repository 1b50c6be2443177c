"""mlB27 readings: a trigger's object decides its sense (lang/object_senses.py), lay roles of the market, the stands
and the ballot box (lang/lay_domain.py lists), and years that date the past when no publication date is known
(events._past_years).

Sentences written for the test (none from a corpus). Each reading is tested both ways: the sense or domain that
removes the event, and a control with the event kept.
"""

from __future__ import annotations

from datetime import date

import pytest
from lang_helpers import coded as _coded

from frontwatch.lang.cues import load
from frontwatch.lang.events import code_sentence


@pytest.mark.parametrize("lang,maintained,backed", [
    ("ru", "Посол поддерживает постоянный контакт с министром обороны Украины.",
     "Россия поддержала резолюцию Совета Безопасности ООН."),
    ("uk", "Посол підтримував зв'язки з міністром оборони Росії.",
     "Україна підтримала резолюцію Ради Безпеки ООН."),
])
def test_support_with_contact_or_ties_as_object_maintains(lang: str, maintained: str, backed: str) -> None:
    assert "support" not in _coded(maintained, lang)
    assert "support" in _coded(backed, lang)


@pytest.mark.parametrize("lang,delayed,detained", [
    ("uk", "Конфлікт між забудовником і міськрадою призвів до затримки будівництва школи.",
     "Поліція затримала двох чоловіків у Харкові."),
    ("ru", "Руководство завода задержало зарплату рабочим на два месяца.",
     "Полиция задержала двух мужчин в Самаре."),
])
def test_an_arrest_word_with_a_payment_or_works_as_object_is_a_delay(lang: str, delayed: str, detained: str) -> None:
    assert "arrest" not in _coded(delayed, lang)
    assert "arrest" in _coded(detained, lang)


def test_a_manifestation_of_a_disease_is_no_protest() -> None:
    assert "protest" not in _coded("El parásito acelera la manifestación de la enfermedad en los pacientes.", "es")
    assert "protest" in _coded("Miles de personas participaron en una manifestación contra ETA en Bilbao.", "es")


@pytest.mark.parametrize("lang,lay,political", [
    ("ru", "Болельщики «Зенита» потребовали отставки руководства клуба.",
     "Профсоюз потребовал от правительства повысить зарплаты учителям."),
    ("ru", "Пользователи сервиса обвинили компанию в сборе личных данных.",
     "Депутаты обвинили министра в сокрытии данных."),
    ("es", "Los aficionados del Betis criticaron la gestión de la directiva.",
     "El sindicato pidió al Gobierno la retirada del decreto."),
])
def test_fans_users_and_voters_are_no_political_actors(lang: str, lay: str, political: str) -> None:
    assert _coded(lay, lang) == []
    assert _coded(political, lang) != []


def test_voters_backing_a_candidate_is_a_vote_count() -> None:
    assert "support" not in _coded("Второе место заняла кандидат от оппозиции, которую поддержали 12% избирателей.", "ru")


def test_an_electoral_adjective_is_no_voter() -> None:
    """'избирательный счёт' (the electoral account) names no voter: the campaign's denial stays."""
    assert "reject" in _coded("В штабе кандидата отрицали перечисление пожертвований на его избирательный счет.", "ru")


@pytest.mark.parametrize("lang,past,today", [
    ("ru", "Суд приговорил активиста к двум годам колонии в 2012 году.",
     "Суд приговорил активиста к двум годам колонии в среду."),
    ("es", "El concejal fue expulsado del partido en 1995 por apoyar al GIL.",
     "El concejal fue expulsado hoy del partido por apoyar al GIL."),
])
def test_a_year_with_no_publication_date_dates_the_past(lang: str, past: str, today: str) -> None:
    assert _coded(past, lang) == []
    assert _coded(today, lang) != []


def test_a_year_modifying_a_noun_dates_no_act() -> None:
    """'соглашений 2009 года' (the agreements of 2009): the year names which agreements, the agreeing is news."""
    assert "agreement" in _coded("Украина и Россия договорились о пересмотре газовых соглашений 2009 года.", "ru")


def test_with_a_publication_date_the_year_is_compared_with_it() -> None:
    text = "Суд приговорил активиста к двум годам колонии в 2012 году."
    events = code_sentence(text, "ru", [], date(2012, 6, 1))
    assert [e.modality for e in events if e.event_type == "sanction"] == ["asserted"]


def test_the_year_reading_is_opt_in() -> None:
    """Languages whose cue file does not set it (Ukrainian, whose set tells acts of earlier years as news; Turkish,
    whose Wikipedia file codes dated history) keep every year-dated act. Greek opted in at mlB50, with 'το <year>'
    after 'until' words kept a deadline (tests/test_mlB50.py)."""
    assert not any(load(lang).undated_years_past for lang in ("uk", "tr"))
    assert _coded("У 2011 році поліція затримала директора фірми у Києві.", "uk") != []


@pytest.mark.parametrize("lang,labour,political", [
    ("es", "Un total de 300 trabajadores votaron ayer a favor del principio de acuerdo.",
     "El Gobierno y los sindicatos firmaron ayer un acuerdo sobre las pensiones."),
    ("ru", "Профсоюз и руководство завода подписали соглашение о повышении зарплаты.",
     "Правительство и профсоюзы подписали соглашение о повышении пенсий."),
])
def test_an_agreement_with_the_staff_is_labour_relations(lang: str, labour: str, political: str) -> None:
    assert "agreement" not in _coded(labour, lang)
    assert "agreement" in _coded(political, lang)
