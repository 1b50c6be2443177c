"""Readings that make a sentence's acts no news (issue 19, mlB20): an opinion after a verb of belief, background
after a speaker's recalling, a plan told in the Greek present for a named coming day, a generic determiner,
months-long habits; and the town a public body is named after as a fallback event place. Sentences written
for these tests, coded by the real pipeline (cues, lexicons, simplemma, pymorphy3, gazetteer); each reading
is shown beside the sentence it must leave alone.
"""

from __future__ import annotations

from datetime import date

from frontwatch.lang.events import code_sentence

PUBLISHED = date(2024, 12, 7)
REPORTED = ("asserted", "claimed")


def types(lang: str, text: str) -> set[str]:
    """Internal types of the events a sentence reports as fact or claim (no places given)."""
    return {e.event_type for e in code_sentence(text, lang, [], PUBLISHED) if e.modality in REPORTED}


def modalities(lang: str, text: str) -> set[str]:
    return {e.modality for e in code_sentence(text, lang, [], PUBLISHED)}


def test_a_verb_of_belief_makes_what_follows_an_opinion() -> None:
    told = "Армия обстреляла позиции боевиков под Донецком."
    assert "shelling" in types("ru", told)
    assert "shelling" not in types("ru", "Эксперты считают, что армия обстреляла позиции боевиков под Донецком.")
    assert types("es", "Los sindicatos convocaron una huelga general en Madrid.") & {"protest"}
    assert not types("es", "El alcalde cree que los sindicatos convocaron una huelga general en Madrid.") & {"protest"}


def test_blame_inside_an_opinion_is_still_the_speakers_act() -> None:
    # the accusation is the news even when a verb of belief frames it
    assert "accuse" in types("ru", "Министр считает, что Киев несет ответственность, и обвинил власти в провокации.")


def test_the_opinion_ends_where_a_dash_closes_its_quotation() -> None:
    text = "«Мы считаем, что пришло время говорить о союзе», — заявил Путин по итогам встречи в Астане с президентом Казахстана."
    assert "consult" in types("ru", text)
    # without the closing quotation the meeting is part of what is believed
    assert "consult" not in types("ru", "Мы считаем, что Путин провел встречу в Астане с президентом Казахстана.")
    assert "consult" in types("ru", "Путин провел встречу в Астане с президентом Казахстана.")


def test_a_speakers_recalling_makes_the_rest_background() -> None:
    assert "background" in modalities("es", "El ministro recordó que la policía detuvo a tres manifestantes en Bilbao.")
    assert modalities("es", "La policía detuvo a tres manifestantes en Bilbao.") == {"asserted"}
    # the editorial 'напомним' brings back recent news: no recalling of a speaker
    assert "arrest" in types("ru", "Напомним, что полиция задержала трех активистов в Москве.")
    assert "background" in modalities("ru", "Он напомнил, что полиция задержала трех активистов в Москве.")


def test_greek_present_with_a_named_day_is_a_plan() -> None:
    assert "consult" not in types("el", "Ο πρωθυπουργός επισκέπτεται τη Δευτέρα το Ισραήλ.")
    assert "planned" in modalities("el", "Ο πρωθυπουργός επισκέπτεται τη Δευτέρα το Ισραήλ.")
    # a past verb in the sentence: the day is the one gone by
    assert "consult" in types("el", "Ο πρωθυπουργός επισκέφθηκε τη Δευτέρα το Ισραήλ.")


def test_a_generic_determiner_names_a_kind_of_act() -> None:
    assert "agreement" in types("el", "Οι δύο χώρες υπέγραψαν χθες συμφωνίες για την άμυνα.")
    assert "agreement" not in types("el", "Οι δύο χώρες συζήτησαν χθες τέτοιου είδους συμφωνίες για την άμυνα.")


def test_months_long_acts_are_habits() -> None:
    assert "accuse" in types("el", "Ο Τραμπ κατήγγειλε την ΕΕ για τις εμπορικές πρακτικές της.")
    assert "accuse" not in types("el", "Ο Τραμπ εδώ και μήνες καταγγέλλει την ΕΕ για τις εμπορικές πρακτικές της.")



def _places(text: str, lang: str, geoparser) -> list[tuple[str, str, str | None]]:
    from frontwatch.lang.geoparse import geoparse_text

    return [(t.text, t.place.country, t.derived) for t in geoparse_text(text, lang, geoparser)[1] if t.place]


def test_a_body_named_after_its_town_places_its_act_there(geoparser) -> None:
    # the town, never the country of the same name (Grenada)
    assert _places("La Policía de Granada investiga una red de falsificación de tarjetas.", "es", geoparser) == [
        ("Granada", "ES", "body seat")]
    assert _places("Прокуратура Києва відкрила кримінальне провадження проти компанії.", "uk", geoparser) == [
        ("Києва", "UA", "body seat")]
    # a fallback only: a place named otherwise says where the act was
    got = _places("La Policía de Granada detuvo ayer en Málaga a dos hombres.", "es", geoparser)
    assert [x for x in got if x[2] == "body seat"] == []
    assert ("Málaga", "ES", None) in got


def test_a_negated_phase_verb_after_its_infinitive_tells_a_failure() -> None:
    assert "consult" in types("ru", "Представителям Сеула и Пхеньяна удалось провести переговоры в Кэсоне.")
    assert "consult" not in types("ru", "Представителям Сеула и Пхеньяна провести переговоры в Кэсоне не удалось.")


def test_a_slavic_phase_verb_after_the_object_still_governs_its_infinitive() -> None:
    assert "agreement" in types("ru", "Он отметил, что договориться с Афинами еврочиновникам удалось еще в марте.")


def test_a_gas_explosion_is_an_accident_but_a_bomb_is_not() -> None:
    from frontwatch.lang.cues import load
    from frontwatch.lang.event_tokens import words
    from frontwatch.lang.trigger_scope import accidents
    from frontwatch.lang.triggers import find_triggers

    def scoped(lang: str, text: str) -> list[str]:
        ws = words(text, load(lang))
        trigs = find_triggers(ws, lang)
        return [trigs[k].type for k in accidents(trigs, ws, load(lang))]

    assert "explosive" in scoped("es", "Un vecino manipulaba una bombona de gas y causó la explosión en la que resultó herido.")
    assert scoped("es", "Un comando manipulaba una bomba y causó la explosión en la que resultó herido.") == []
    assert "explosive" in scoped("ru", "Взрыв газа произошел в жилом доме в Самаре.")


def test_a_reason_given_as_fact_ends_the_opinion() -> None:
    opinion = "El diputado opinó que es un avance, dado que el ministro se desplazó ayer a Lisboa para reunirse con Guterres."
    assert "consult" in types("es", opinion)
    assert "consult" not in types("es", "El diputado opinó que el ministro se desplazó ayer a Lisboa para reunirse con Guterres.")
