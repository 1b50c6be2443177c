"""The verb's mood (lang/mood.py) and Greek dictionary-form variants (cues `lemma_variants`), issue 19, mlB22.

Sentences written for these tests, coded by the real pipeline (lexicons, cues, simplemma, pymorphy3); each
reading is shown both ways: the same verb in the indicative is still a reported act.
"""

from __future__ import annotations

from datetime import date

from frontwatch.lang.cues import load
from frontwatch.lang.event_tokens import keys_of, words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.mood import mood_triggers
from frontwatch.lang.triggers import find_triggers

PUBLISHED = date(2024, 12, 7)
REPORTED = ("asserted", "claimed")


def types(lang: str, text: str) -> set[str]:
    """Internal types of the events a sentence reports as fact or claim (no places given)."""
    return {e.event_type for e in code_sentence(text, lang, [], PUBLISHED) if e.modality in REPORTED}


def moods(lang: str, text: str) -> list[str]:
    """Types of the triggers the mood reading marks."""
    cues = load(lang)
    ws = words(text, cues)
    trigs = find_triggers(ws, lang)
    return sorted(trigs[k].type for k in mood_triggers(trigs, ws, text, cues))


def test_spanish_conditional_is_no_reported_act() -> None:
    assert "armed_clash" not in types("es", "Si el acuerdo fracasa, el ejército atacaría la ciudad.")
    assert "sanction" not in types("es", "Washington advirtió que sancionaría a las empresas.")
    assert "armed_clash" in types("es", "El ejército atacó la ciudad.")


def test_spanish_subjunctive_is_the_content_of_a_demand() -> None:
    demanded = "El Gobierno exigió que los rebeldes se retiraran de la ciudad."
    assert moods("es", demanded) == ["retreat"]
    assert "retreat" not in types("es", demanded) and "request" in types("es", demanded)
    assert "accuse" not in types("es", "La oposición exige que el Gobierno condene el ataque.")
    assert "release" not in types("es", "Los manifestantes reclamaron que la policía liberase a los detenidos.")
    # the indicative of the same verbs tells the act
    assert "retreat" in types("es", "Los rebeldes se retiraron de la ciudad.")
    assert "accuse" in types("es", "El Gobierno condena el ataque contra la embajada.")


def test_spanish_forms_that_only_look_subjunctive() -> None:
    # an infinitive with its clitic, a future, a participle: no mood reading
    assert moods("es", "El Ejército israelí comenzó a retirarse de la zona.") == []
    assert moods("es", "Anunció que reclamaremos ante la Unión Europea.") == []
    assert moods("es", "La manifestante fue detenida ayer.") == []


def test_spanish_subjunctive_after_a_time_clause_or_a_judgement_tells_a_fact() -> None:
    assert "arrest" in types("es", "Los vecinos protestaron después de que la policía detuviera a tres jóvenes.")
    assert "arrest" in types("es", "El sindicato criticó que la policía detuviera a los piquetes.")


def test_russian_and_ukrainian_subjunctive_and_conditional() -> None:
    assert moods("ru", "Москва потребовала, чтобы войска отошли из Херсона.") == ["retreat"]
    assert "retreat" not in types("ru", "Москва потребовала, чтобы войска отошли из Херсона.")
    assert "release" not in types("ru", "ООН настаивает, чтобы боевики освободили заложников.")
    assert "armed_clash" not in types("ru", "Армия атаковала бы город, если бы не перемирие.")
    assert "retreat" not in types("uk", "Москва вимагала, щоб війська відійшли з Херсона.")
    assert "armed_clash" not in types("uk", "Якби армія атакувала місто, загинули б сотні людей.")
    # the past indicative is a happening; 'чтобы' + infinitive is left to the infinitive reading
    assert "retreat" in types("ru", "Войска отошли из Херсона.")
    assert "retreat" in types("uk", "Війська відійшли з Херсона.")
    assert moods("ru", "Министр вылетел в Киев, чтобы провести встречу с президентом.") == []


def test_greek_verb_keys_carry_one_dictionary_form() -> None:
    # simplemma gives 'συλλαμβάνομαι' for 'συνελήφθησαν' (but 'συλλαμβάνω' for 'συνελήφθη')
    assert "συλλαμβανω" in keys_of("συνελήφθησαν", "el")
    # a noun keeps its own keys only
    assert not any(k.endswith("ω") for k in keys_of("συμφωνία", "el"))


def test_an_act_set_for_a_coming_day_is_a_plan() -> None:
    assert "protest" not in types("es", "Los sindicatos han anunciado una huelga para el jueves.")
    assert "protest" in types("es", "Los sindicatos convocaron una huelga que se celebró el jueves.")
    assert "protest" not in types("ru", "Профсоюзы объявили забастовку на четверг.")
    assert "protest" not in types("uk", "Профспілки оголосили страйк на четвер.")


def test_greek_perfective_non_past_is_told_only_in_the_perfect() -> None:
    far = "Αν η Αθήνα και τα Σκόπια τελικά συμφωνήσουν για το όνομα, θα υπάρξει λύση."
    assert moods("el", far) == ["agreement"] and "agreement" not in types("el", far)
    assert "agreement" in types("el", "Η Αθήνα και τα Σκόπια έχουν συμφωνήσει για το όνομα.")
    assert "agreement" in types("el", "Η Αθήνα και τα Σκόπια συμφώνησαν για το όνομα.")
