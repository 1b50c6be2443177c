"""mlB38: Greek sport pages (cues_el `off_topic`: the game's own words), the media market and company boards as
commerce (cues `commerce`), and trigger words that sport gives a sense of their own (Spanish 'concentración', a
squad's camp: cues `off_topic_words`, `off_topic_senses` in lang/trigger_scope.off_topic). Sentences written for
the tests: each negative is coded as an event without these rules, its twin keeps its event on both."""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.events import code_sentence


def _reported(text: str, lang: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


@pytest.mark.parametrize("lang, sport, politics, kind", [
    ("el", "Η ΑΕΚ ζήτησε από την ΕΠΟ να ακυρωθεί το γκολ του Ολυμπιακού.",
     "Η ΑΕΚ ζήτησε από την ΕΠΟ να ακυρωθεί η απόφαση για τον Ολυμπιακό.", "request"),
    ("el", "Ο Λεβ δέχθηκε σκληρή κριτική για το πέναλτι που έχασε η ομάδα.",
     "Ο Λεβ δέχθηκε σκληρή κριτική για την απόφαση που πήρε η κυβέρνηση.", "accuse"),
    ("el", "Ο Παναθηναϊκός αρνήθηκε τη συμμετοχή του στο πρωτάθλημα.",
     "Ο Παναθηναϊκός αρνήθηκε τις κατηγορίες του υπουργού.", "reject"),
    ("el", "Σκληρή κριτική δέχθηκε ο ομοσπονδιακός τεχνικός της Ισπανίας μετά τον αποκλεισμό.",
     "Σκληρή κριτική δέχθηκε ο υπουργός Οικονομικών της Ισπανίας μετά τις εκλογές.", "accuse"),
])
def test_greek_sport_words_make_political_words_no_events(lang: str, sport: str, politics: str, kind: str) -> None:
    assert _reported(politics, lang) == [kind]
    assert _reported(sport, lang) == []


@pytest.mark.parametrize("text, kind", [
    # heads of state congratulate a winner and call about footballers: tournaments and players are not sport words
    ("Ο Μακρόν συνεχάρη τη Βραζιλία για τη νίκη της στο Μουντιάλ.", "support"),
    ("Ο Ερντογάν επικοινώνησε τηλεφωνικά με τον πρόεδρο της Αργεντινής για τους ποδοσφαιριστές.", "consult"),
])
def test_greek_leaders_on_a_tournament_keep_their_act(text: str, kind: str) -> None:
    assert _reported(text, "el") == [kind]


def test_the_greek_sport_list_is_the_off_topic_concept() -> None:
    cues = load_cues("el")
    assert "προπονητ*" in cues.off_topic and "προπονητ*" not in cues.lay_domain  # one definition of the coach
    assert "retreat" in cues.off_topic_types


@pytest.mark.parametrize("lang, business, state, kind", [
    ("ru", "«Первый канал» договорился о размещении своего контента в социальной сети «ВКонтакте».",
     "Москва договорилась с Минском о размещении своих войск в Белоруссии.", "agreement"),
    ("ru", "Член совета директоров предложил провести оценку акций радиостанции.",
     "Член Совета Федерации предложил провести проверку губернатора.", "request"),
    ("uk", "Телеканал «1+1» домовився з платформою «Megogo» про показ свого контенту.",
     "Україна домовилася з Польщею про спільне патрулювання кордону.", "agreement"),
    ("es", "El consejo de administración de Iberia firmó un acuerdo de colaboración con Air France.",
     "El Gobierno de España firmó un acuerdo de colaboración con Francia.", "agreement"),
])
def test_media_content_and_company_boards_are_business(lang: str, business: str, state: str, kind: str) -> None:
    assert _reported(state, lang) == [kind]
    assert _reported(business, lang) == []


@pytest.mark.parametrize("camp", [
    "La selección española inició ayer la concentración en Las Rozas para preparar el partido ante Italia.",
    "La plantilla del Betis realizó el primer entrenamiento en la concentración de Marbella.",
])
def test_a_squads_concentracion_is_no_rally(camp: str) -> None:
    assert _reported(camp, "es") == []


@pytest.mark.parametrize("rally", [
    "Los trabajadores de Renault celebraron ayer una concentración ante la fábrica de Valladolid.",
    "Unos doscientos vecinos convocados por el Partido Popular celebraron una concentración ante el Ayuntamiento de Sevilla.",
])
def test_a_rally_stays_a_protest(rally: str) -> None:
    assert _reported(rally, "es") == ["protest"]


def test_training_words_select_the_sport_sense_only() -> None:
    # 'entrenamiento' trains soldiers too: it vetoes no other act of its sentence
    assert _reported("Tras el entrenamiento de sus tropas, Colombia firmó un acuerdo de cooperación con Ecuador.",
                     "es") == ["agreement"]
