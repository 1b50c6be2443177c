"""mlC55: recall in Russian, Ukrainian and Spanish (issue 19) — a guest received, a remand in custody, assets frozen.

- 'принять' / 'прийняти' with a head of state, a minister, an envoy, a delegation or a counterpart as the direct
  object, and Spanish 'recibir' with such a guest after the personal 'a', are CONSULT (cues `[verb_nouns.guests]`).
- The noun must be the verb's own object (lang/guest_objects.py): not the genitive of another object ('принял
  отставку министра'), not the agent of another clause ('приняла закон, предложенный президентом'), not a thing
  received in Spanish ('recibió el apoyo del presidente').
- A court remanding in custody is an arrest (guideline §2): Spanish 'decretó prisión', 'envió a prisión', 'ingresaron
  en prisión', Russian and Ukrainian 'отправил в СИЗО', 'відправив до СІЗО' (cues `[verb_nouns.custody]`).
- Assets, accounts or property frozen are a sanction; prices or tariffs frozen are not (cues `[verb_nouns.freeze]`).

Sentences written for the test, labelled by the guideline before any run; none is from a development or probe set.
Each runs the real pipeline (the native geoparser, then the coder)."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types


@pytest.mark.parametrize("text, lang", [
    ("Глава МИД принял в Минске делегацию Китая.", "ru"),
    ("Канцлер Германии был принят президентом Франции в Париже.", "ru"),
    ("Вчера премьер принимал своего венгерского коллегу.", "ru"),
    ("Президент прийняв у Львові делегацію Литви.", "uk"),
    ("Прем'єр-міністр приймав свого словацького колегу.", "uk"),
    ("El presidente recibió en Lima a su homólogo chileno.", "es"),
    ("El Rey recibió al primer ministro de Marruecos.", "es"),
])
def test_a_guest_received_is_a_meeting(text, lang, geoparser):
    assert ml_reported_types(text, lang, geoparser) == ["consult"]


@pytest.mark.parametrize("text, lang", [
    ("Сенат принял поправки, внесенные президентом.", "ru"),
    ("Парламент принял закон о бюджете, подготовленный министром.", "ru"),
    ("Рада прийняла зміни, запропоновані міністром.", "uk"),
    ("El alcalde recibió el apoyo del ministro.", "es"),
])
def test_the_noun_that_is_not_the_verbs_object_is_no_guest(text, lang, geoparser):
    assert "consult" not in ml_reported_types(text, lang, geoparser)


def test_a_guest_to_be_received_is_planned(geoparser):
    assert ml_reported_types("El ministro recibirá el lunes al embajador de Francia.", "es", geoparser) == []


def test_the_object_check_reads_case_and_phrase():
    """The stray-object reading itself: a bare noun between the verb and the guest is the verb's own object."""
    from frontwatch.lang.cues import load
    from frontwatch.lang.event_tokens import words
    from frontwatch.lang.guest_objects import stray_objects
    from frontwatch.lang.triggers import find_triggers

    cues = load("ru")
    for text, stray in (("Президент принял в Сочи премьер-министра.", False),
                        ("Президент принял отставку премьер-министра.", True)):
        ws = words(text, cues)
        triggers = find_triggers(ws, "ru")
        guests = [k for k, t in enumerate(triggers) if t.type == "consult"]
        assert guests, text
        assert bool(stray_objects(triggers, ws, text, cues) & set(guests)) is stray, text


@pytest.mark.parametrize("text, lang", [
    ("El juez decretó prisión incondicional para el presunto etarra.", "es"),
    ("La Audiencia Nacional envió a prisión a los dos jóvenes.", "es"),
    ("Los cuatro acusados ingresaron en prisión por orden del juez.", "es"),
    ("Суд отправил в СИЗО бывшего мэра Томска.", "ru"),
    ("Суд відправив до СІЗО колишнього голову митниці.", "uk"),
])
def test_a_remand_in_custody_is_an_arrest(text, lang, geoparser):
    assert ml_reported_types(text, lang, geoparser) == ["arrest"]


@pytest.mark.parametrize("text, lang", [
    ("El fiscal pedirá prisión para el alcalde.", "es"),
    ("El preso cumple condena en la prisión de Soria desde 1997.", "es"),
])
def test_prison_asked_for_or_served_is_no_arrest(text, lang, geoparser):
    assert "arrest" not in ml_reported_types(text, lang, geoparser)


@pytest.mark.parametrize("text, lang", [
    ("Estados Unidos congeló los bienes de la organización.", "es"),
    ("Евросоюз заморозил активы двух банков.", "ru"),
    ("ЄС заморозив рахунки трьох компаній.", "uk"),
])
def test_assets_frozen_are_a_sanction(text, lang, geoparser):
    assert ml_reported_types(text, lang, geoparser) == ["sanction"]


@pytest.mark.parametrize("text, lang", [
    ("El Gobierno congeló el precio del pan.", "es"),
    ("Правительство заморозило тарифы на электричество.", "ru"),
])
def test_prices_frozen_are_no_sanction(text, lang, geoparser):
    assert "sanction" not in ml_reported_types(text, lang, geoparser)
