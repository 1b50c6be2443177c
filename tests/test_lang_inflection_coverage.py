"""Inflection coverage of the native trigger lexicons (issue 19, branch mlB18): regular forms the
lemmatiser leaves as they are, run through the real coder with its packaged lexicons and cue files.

Sentences written for these tests (not from any corpus).
"""

from __future__ import annotations

from datetime import date

from frontwatch.lang.cues import load
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.triggers import find_triggers

PUBLISHED = date(2024, 12, 7)


def types(lang: str, sentence: str) -> list[str]:
    return sorted(e.event_type for e in code_sentence(sentence, lang, [], PUBLISHED)
                  if e.modality in ("asserted", "claimed"))


def trigger_types(lang: str, sentence: str) -> list[str]:
    return [t.type for t in find_triggers(words(sentence, load(lang)), lang)]


def test_spanish_perfect_and_passive_participles_after_an_auxiliary():
    assert "accuse" in types("es", "El sindicato ha denunciado hoy la falta de medios en los centros.")
    assert "request" in types("es", "El presidente ha pedido ayuda al Gobierno estadounidense.")
    # alone, a participle is often a noun of its own: 'un pedido' is an order, not a request
    assert "request" not in trigger_types("es", "La empresa recibió un pedido de tres aviones.")
    # after 'fue' the entry of the participle itself wins: sentenced, not condemned
    assert trigger_types("es", "El dirigente fue condenado por el tribunal.") == ["sanction"]


def test_spanish_enclitic_pronouns_and_headline_capitals():
    assert "retreat" in trigger_types("es", "El ejército comenzó a retirarse de la zona.")
    assert "release" in trigger_types("es", "LIBERACION DE LOS PRESOS DE LA CARCEL")
    # a word the lemmatiser knows without an accent keeps its own reading ('PROCESO' is a process)
    assert trigger_types("es", "EL PROCESO DE PAZ") == []


def test_a_negative_judgement_named_by_a_speaker_is_blame():
    # the word of blame is said: a verb of naming reports it, and quotes around it stay in the clause
    assert "accuse" in types("ru", 'Министр Джон Смит назвал "циничным" участие соседней страны в переговорах.')
    assert "accuse" in types("es", 'El sindicato calificó de inaceptable la decisión del Gobierno.')
    assert "accuse" in types("el", "Ο υπουργός χαρακτήρισε απαράδεκτη τη στάση της κυβέρνησης.")
    # unsaid, the same word is a description, not an act
    assert "accuse" not in types("es", "La situación de los presos es inaceptable.")
    # a speaker naming a meeting good reports no meeting of its own
    assert "consult" not in types("ru", "Президент назвал встречу «хорошей» и «откровенной».")


def test_a_spanish_present_spelt_as_its_noun_is_the_verb_before_its_object():
    assert "accuse" in types("es", "CCOO denuncia la falta de medios en los centros de menores.")
    assert "accuse" in trigger_types("es", "El sindicato denuncia la falta de medios.")
    # after an article or a preposition it is the noun ('la denuncia de', 'tras la condena')
    assert "accuse" not in trigger_types("es", "La denuncia de los vecinos llegó al juzgado.")


def test_a_name_that_opens_the_sentence_is_someone_acting():
    # 'Μητσοτάκης' is no Greek word: the party leader acts; 'Ο' opening the sentence is an article
    assert "sanction" in types("el", "Μητσοτάκης αποφάσισε με συνοπτικές διαδικασίες τη διαγραφή του βουλευτή.")
    assert "sanction" not in types("el", "Η διαγραφή του βουλευτή συζητήθηκε πολύ.")


def test_a_spanish_political_noun_needs_a_past_verb_in_its_sentence():
    # no verb tells that the summit or the evacuation happened: a topic or a plan
    assert "consult" not in types("es", "Los presidentes podrían celebrar juntos una cumbre más, esta vez en Minsk.")
    assert "consult" not in types("es", "En la reunión participan los presidentes de ambas comisiones.")
    # a past verb anywhere in the sentence tells it (as the Russian and Ukrainian coders read it)
    assert "consult" in types("es", "Los presidentes de ambas comisiones celebraron ayer una reunión en Madrid.")


def test_a_spanish_agreement_after_an_article_is_one_the_reader_knows():
    assert "agreement" not in types("es", "El portavoz reiteró que el objetivo del acuerdo es fomentar el empleo.")
    # a verb tells the agreement reached, also in the passive after an auxiliary
    assert "agreement" in types("es", "El acuerdo fue firmado ayer por los dos gobiernos en Lima.")
    assert "agreement" in types("es", "Los dos gobiernos alcanzaron ayer un acuerdo en Lima.")


def test_an_army_evacuating_its_positions_withdraws():
    from frontwatch.events import ontology

    assert ontology.refine("evacuation", "state forces") == "retreat"
    assert ontology.refine("evacuation", "government") == "evacuation"  # civilians evacuated by the authorities
    assert "retreat" in types("es", "El Ejército israelí evacuó esta tarde su cuartel general en el sur del Líbano.")


def test_a_spanish_police_seizure_told_with_a_dative_clitic():
    assert "search" in trigger_types("es", "Los agentes le intervinieron una pistola y dos teléfonos.")
    assert "search" not in trigger_types("es", "El ministro intervino en el debate del Congreso.")


def test_a_trip_made_to_meet_is_the_visit():
    # guideline §3: 'flew to Kyiv to meet the president' is a visit (consult)
    assert "consult" in types("ru", "Министр иностранных дел Малайзии вылетел в Киев, чтобы провести встречу с президентом Украины.")
    assert "consult" in types("es", "El canciller viajó ayer a Lima para reunirse con el presidente Fujimori.")
    # a trip to come, or a meeting with no trip, stays a plan
    assert "consult" not in types("ru", "Министр иностранных дел Малайзии вылетит в Киев, чтобы провести встречу с президентом Украины.")
    assert "consult" not in types("es", "El canciller quiere reunirse con el presidente Fujimori.")


def test_greek_warning_nouns_support_programmes_and_nominal_participles():
    assert "threaten" not in trigger_types("el", "Ο ESM θα συμμετέχει στο πλαίσιο του συστήματος έγκαιρης προειδοποίησης.")
    assert "threaten" in trigger_types("el", "Ο αντιπρόεδρος απηύθυνε προειδοποιήσεις στον ΣΥΡΙΖΑ.")
    assert "threaten" in trigger_types("el", "Ο υπουργός προειδοποίησε την Άγκυρα.")
    assert "support" not in types("el", "Η κυβέρνηση ανακοίνωσε χθες τα μέτρα στήριξης του Τύπου.")
    assert "request" not in types("el", "Το ζητούμενο για την ελληνική πλευρά είναι η συμφωνία.")


def test_declining_to_comment_is_no_rejection():
    assert "reject" not in types("ru", "Пресс-секретарь министерства Иван Петров отказался от комментариев.")
    assert "reject" not in types("ru", "Пресс-службы компании и Роскомнадзора от комментариев отказались.")
    assert "reject" not in types("es", "El portavoz del Gobierno, Josu Jon Imaz, rechazó hacer comentarios.")
    # a refusal of another's demand stays one
    assert "reject" in types("ru", "Министр Иван Петров отказался выполнить требования оппозиции.")


def test_the_value_of_a_deal_is_a_figure_not_its_making():
    assert "agreement" not in types("uk", "Вартість угоди склала 18,79 млн грн.")
    assert "agreement" in types("uk", "Україна і Польща уклали угоду про співпрацю у Варшаві.")
