"""mlC50: Turkish, Russian and Ukrainian events (issue 19) — readings by grammar and word class, not by sentence:
'kontrol altına al-' (took under control) as ground taken by a known doer, unless its object is a fire, an epidemic or
unrest (lang/object_senses.py, cues_tr `[scope.object_senses]`); the noun half of a compound verb ('ilan et-', declare)
between a noun trigger and its light verb, whose tense is the trigger's (lang/light_verbs.py); a clause ending in a
light verb in the aorist is a habit (lang/trigger_scope.modal_clauses); Russian and Ukrainian destruction verbs as the
damage of an act of violence the sentence tells (the `outcome` flag, as killing); acts kept up for years or become a
routine (cues `[dates] history`). Sentences written for the purpose (not from a development set); each runs the real
pipeline (the native geoparser, then the coder)."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types


@pytest.mark.parametrize("text", [
    "Taliban militanları Kunduz kentini kontrol altına aldı.",
    "IŞİD militanları Musul'u kontrol altına aldı.",
    "Suriye ordusu Halep'in doğusunu kontrol altına aldı.",
])
def test_ground_taken_under_control(text, geoparser):
    got = ml_reported_types(text, "tr", geoparser)
    assert got and set(got) <= {"territory_taken", "territory_regained"}, got


@pytest.mark.parametrize("text", [
    "İtfaiye ekipleri İzmir'deki yangını kontrol altına aldı.",
    "Polis, Ankara'da çıkan olayları kısa sürede kontrol altına aldı.",
    "Bakanlık Van'daki salgını kontrol altına aldı.",
])
def test_other_things_taken_under_control_are_no_ground(text, geoparser):
    assert ml_reported_types(text, "tr", geoparser) == []


@pytest.mark.parametrize("text", [
    "Hükümetin Ankara'da olağanüstü hal ilan edeceği bildirildi.",
    "Taraflar Halep'te ateşkes ilan etmedi.",
])
def test_the_light_verb_after_a_compound_verbs_noun_carries_the_tense(text, geoparser):
    assert ml_reported_types(text, "tr", geoparser) == []


def test_a_declaration_told_in_the_past_is_coded(geoparser):
    assert ml_reported_types("Taraflar Halep'te ateşkes ilan etti.", "tr", geoparser) == ["ceasefire"]


@pytest.mark.parametrize("text", [
    "Polis bu tür gösterilere sert müdahale eder.",
    "Jandarma köylerdeki protestolara müdahale eder.",
])
def test_a_clause_ending_in_an_aorist_light_verb_is_a_habit(text, geoparser):
    assert ml_reported_types(text, "tr", geoparser) == []


def test_the_same_clause_in_the_past_is_told(geoparser):
    assert ml_reported_types("Polis Ankara'daki gösteriye sert müdahale etti.", "tr", geoparser)


@pytest.mark.parametrize("lang,text,types", [
    ("ru", "Ракетный удар по порту Николаева уничтожил склад топлива.", {"shelling", "air_strike"}),
    ("uk", "Ракетний удар по порту Миколаєва знищив склад зерна.", {"shelling", "air_strike"}),
])
def test_destruction_by_a_told_act_is_its_damage(lang, text, types, geoparser):
    got = ml_reported_types(text, lang, geoparser)
    assert got and set(got) <= types, got


def test_destruction_alone_with_a_doer_is_coded(geoparser):
    assert set(ml_reported_types("Боевики разрушили мост под Донецком.", "ru", geoparser)) <= {"destruction", "looting"}
    assert ml_reported_types("Боевики разрушили мост под Донецком.", "ru", geoparser)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Задержания журналистов в регионе стали обычной практикой."),
    ("ru", "Обстрелы Авдеевки продолжаются уже несколько лет."),
    ("uk", "Затримання журналістів у регіоні стали звичною справою."),
    ("uk", "Обстріли Херсона тривають уже кілька років."),
])
def test_acts_kept_up_for_years_or_become_routine_are_no_happening(lang, text, geoparser):
    assert ml_reported_types(text, lang, geoparser) == []


def test_the_act_itself_is_still_told(geoparser):
    assert ml_reported_types("В Москве задержали двух журналистов.", "ru", geoparser) == ["arrest"]
