"""Sentence-level readings added for Russian, Ukrainian and Spanish (lang/trigger_names.py,
lang/noun_anchor.py, lang/participle_nouns.py, event_tokens.is_future_verb), run through the
real native event coder with its packaged lexicons, cue files and pymorphy3.

Sentences written for these tests (not from any corpus).
"""

from __future__ import annotations

from datetime import date

from frontwatch.lang.event_tokens import is_future_verb
from frontwatch.lang.events import code_sentence

PUBLISHED = date(2024, 12, 7)


def types(lang: str, sentence: str) -> list[str]:
    return sorted(e.event_type for e in code_sentence(sentence, lang, [], PUBLISHED)
                  if e.modality in ("asserted", "claimed"))


def test_a_capitalised_trigger_next_to_another_capital_is_a_name():
    assert "release" not in types("es", "Los Tigres de Liberación de la Patria Tamil atacaron ayer un cuartel.")
    assert "grenade" not in types("es", "La Policía de Granada detuvo ayer a dos hombres.")
    assert "arrest" in types("es", "La Policía de Granada detuvo ayer a dos hombres.")
    # a lone capital is the wire's style for an institution's act and keeps its reading
    assert "consult" in types("es", "Los gobiernos de España y Francia celebraron hoy una Cumbre bilateral.")
    # the sentence's first word is capitalised because it is first
    assert "consult" in types("ru", "Встреча министров прошла вчера в Москве.")


def test_the_accusative_meeting_is_not_a_future_verb():
    assert not is_future_verb("встречу", "ru")  # 'a meeting' (accusative) is likelier than 'I shall meet'
    assert is_future_verb("обсудят", "ru")
    assert types("ru", "Президент провёл рабочую встречу с министром обороны.") == ["consult"]


def test_russian_meeting_told_by_completion_word_or_its_past_verb():
    assert "consult" in types("ru", "Об этом сообщается по итогам встречи министров обороны двух стран.")
    assert "consult" in types("ru", "Встреча президентов России, Украины, Франции и Германии продолжалась 14 часов.")
    # a future sentence keeps the meeting a plan
    assert "consult" not in types("ru", "После встречи министры подпишут соглашение о торговле.")
    # the verb of a relative clause is not the noun's: the visit will not take place
    assert "consult" not in types("ru", "Визит президента, который был запланирован на лето, не состоится.")


def test_participles_naming_people_or_things_are_no_acts():
    assert "arrest" not in types("es", "Uno de los detenidos pidió hablar con su abogado.")
    assert "search" not in types("uk", "Суддя вказала, що вилучені кошти не мають слідів злочину.")
    # a copula or a relative pronoun makes the participle the predicate: the act is told
    assert "arrest" in types("ru", "Активист был задержан полицией в центре города.")
    assert "search" in types("uk", "Гроші, які вилучені детективами під час обшуку, повернули.")


def test_spanish_infinitive_after_tras_is_a_completed_act():
    assert "consult" in types("es", "Tras entrevistarse con el ministro, el embajador dijo que la relación es buena.")
    assert "consult" not in types("es", "El embajador quiere entrevistarse con el ministro.")


def test_spanish_noun_in_a_future_clause_is_planned():
    events = code_sentence("Con la retirada del Ejército, la frontera se acercará al kibutz.", "es", [], PUBLISHED)
    assert [e.modality for e in events if e.event_type == "retreat"] in ([], ["planned"])
    told = code_sentence("El Ejército completó ayer su retirada del sur.", "es", [], PUBLISHED)
    assert any(e.event_type == "retreat" and e.modality == "asserted" for e in told)


def test_a_visit_takes_the_country_it_goes_to():
    from frontwatch.geo.geoparse import Geoparser
    from frontwatch.lang.geoparse import geoparse_text

    s = "En su primera visita oficial a Hungría, el primer ministro respaldó ampliar el puerto de Rijeka."
    places = geoparse_text(s, "es", Geoparser.open(None))[1]
    visit = [e for e in code_sentence(s, "es", places, PUBLISHED) if e.event_type == "consult"]
    assert len(visit) == 1 and visit[0].location is not None and visit[0].location.text == "Hungría"


def test_ukrainian_infinitive_is_read_from_the_grammeme():
    from frontwatch.lang.event_tokens import is_infinitive

    # pymorphy3's Ukrainian dictionary tags 'подати' VERB with an 'infn' grammeme, the Russian one INFN
    assert is_infinitive("подати", "uk") and not is_infinitive("подав", "uk")
    assert is_infinitive("обсудить", "ru") and not is_infinitive("обсудил", "ru")
    demand = "Фракція заявила, що голова ради повинен подати у відставку."
    assert "concede" not in types("uk", demand)
    assert "accuse" in types("uk", "Фракція поспішила звинуватити голову ради у зриві сесії.")
