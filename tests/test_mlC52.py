"""mlC52: misses and false events on unseen wire wording in Turkish, Russian, Ukrainian and Spanish (issue 19).

- Turkish tells a noun + verb act inside a longer sentence as a relative clause whose head is the verb's object:
  'silahlı kişilerin açtığı ateş' (the fire the gunmen opened), 'kurdukları pusu', 'açılan ateş'; the lexicon's
  'ateş aç*' must match it inverted (lang/triggers.object_relatives, cues `[scope] object_relative`).
- Russian and Ukrainian: a report of an act 'not confirmed' ('информация об обстреле не подтвердилась') is not told as
  fact (cues `failed`).
- Spanish 'abatir' of people is to shoot dead (a clash with the forces), of an aircraft or a drone to shoot it down.
- Russian and Ukrainian: the participants of a rally ('участников несанкционированной акции') are protesters, so their
  detention is the protest's intervention, not an arrest.
- A law about a mobilisation or a curfew ('закон про мобілізацію') is no deployment nor restriction.
- Spanish: a protest called 'para el próximo sábado' is planned.

Sentences written for the test, labelled by the guideline before any run; none is from a development set. Each runs
the real pipeline (the native geoparser, then the coder)."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types


@pytest.mark.parametrize("text", [
    "Musul'da militanların açtığı ateş sonucu iki polis yaralandı.",
    "Halep'te askerlere açılan ateş sonucu bir asker öldü.",
])
def test_turkish_object_relative_is_the_phrase_trigger(text):
    """The act's trigger is the inverted phrase itself, not only the outcome word after it."""
    from frontwatch.lang.cues import load
    from frontwatch.lang.event_tokens import words
    from frontwatch.lang.triggers import find_triggers

    ws = words(text, load("tr"))
    got = [(text[ws[t.start].start:ws[t.end - 1].end], t.type) for t in find_triggers(ws, "tr")]
    assert any(span.endswith(" ateş") and typ == "attack" for span, typ in got), got


def test_turkish_object_relative_codes_an_act_with_no_other_word(geoparser):
    got = ml_reported_types("Kerkük'te silahlı kişilerin açtığı ateş sonucu dört sivil hayatını kaybetti.", "tr",
                            geoparser)
    assert got == ["attack_civilians"], got


def test_turkish_relative_in_the_future_is_no_act(geoparser):
    assert ml_reported_types("Ordunun sınırda açacağı ateş tartışılıyor.", "tr", geoparser) == []


@pytest.mark.parametrize("text, lang", [
    ("Сообщения об обстреле Брянска не подтвердились.", "ru"),
    ("Повідомлення про обстріл Сум не підтвердилися.", "uk"),
])
def test_report_not_confirmed_is_not_told(text, lang, geoparser):
    assert ml_reported_types(text, lang, geoparser) == []


def test_spanish_abatir_people_is_a_killing(geoparser):
    assert ml_reported_types("Tres presuntos terroristas fueron abatidos por la policía en Túnez.", "es",
                             geoparser) == ["armed_clash"]


def test_spanish_abatir_an_aircraft_is_shooting_it_down(geoparser):
    assert ml_reported_types("La defensa antiaérea abatió un dron cerca de Damasco.", "es",
                             geoparser) == ["weapons_disrupted"]


@pytest.mark.parametrize("text, lang", [
    ("В Петербурге полиция задержала участников несанкционированной акции на Невском проспекте.", "ru"),
    ("У Харкові поліція затримала учасників несанкціонованої акції біля міськради.", "uk"),
])
def test_detained_rally_participants_are_a_protest_intervention(text, lang, geoparser):
    assert ml_reported_types(text, lang, geoparser) == ["protest_intervention"]


@pytest.mark.parametrize("text, lang", [
    ("Уряд підготував закон про комендантську годину.", "uk"),
    ("Госдума приняла закон о мобилизации.", "ru"),
    ("Правительство внесло законопроект о комендантском часе.", "ru"),
])
def test_law_about_a_mobilisation_or_a_curfew_is_no_event(text, lang, geoparser):
    assert not {"deployment", "restriction"} & set(ml_reported_types(text, lang, geoparser))


def test_spanish_protest_called_for_next_saturday_is_planned(geoparser):
    assert ml_reported_types("La concentración está convocada para el próximo lunes en Valencia.", "es",
                             geoparser) == []


@pytest.mark.parametrize("text, lang", [
    ("Митинг оппозиции в Минске перерос в столкновения с ОМОНом.", "ru"),
    ("Мітинг у Львові переріс у сутички з поліцією.", "uk"),
    ("La protesta de los mineros en Oruro degeneró en enfrentamientos con la policía.", "es"),
    ("İzmir'deki gösteri polisle çatışmaya dönüştü.", "tr"),
])
def test_protest_that_turned_into_clashes_is_one_riot(text, lang, geoparser):
    assert ml_reported_types(text, lang, geoparser) == ["riot"]


def test_protest_and_a_separate_clash_stay_two_events(geoparser):
    """With no verb of turning, the protest and the clash elsewhere are told apart."""
    got = ml_reported_types("В Минске прошел митинг оппозиции, а в Гомеле произошли столкновения между военными и "
                            "боевиками.", "ru", geoparser)
    assert "riot" not in got and "protest" in got, got


@pytest.mark.parametrize("text, lang", [
    ("Саперы обезвредили взрывное устройство у вокзала в Махачкале.", "ru"),
    ("У Дніпрі правоохоронці знешкодили вибуховий пристрій біля торговельного центру.", "uk"),
    ("Los artificieros desactivaron un artefacto explosivo junto a un cuartel en Vitoria.", "es"),
    ("Van'da yola döşenen el yapımı patlayıcı imha edildi.", "tr"),
])
def test_defused_device_is_no_explosion(text, lang, geoparser):
    assert ml_reported_types(text, lang, geoparser) == ["weapons_disrupted"]


def test_seized_device_is_a_disrupted_weapon_not_a_search(geoparser):
    assert ml_reported_types("В Нальчике изъято самодельное взрывное устройство.", "ru",
                             geoparser) == ["weapons_disrupted"]


def test_a_blast_before_the_defusal_stays(geoparser):
    got = ml_reported_types("После взрыва у здания суда в Грозном саперы обезвредили второе устройство.", "ru",
                            geoparser)
    assert "explosive" in got and "weapons_disrupted" in got, got
