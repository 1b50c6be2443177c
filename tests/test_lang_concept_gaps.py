"""Issue 19, mlB21: the ru/uk/el/es lexicons cover the forms a speaker writes for each event concept
(dev/families/concept_probe.toml, run by dev/ml_concept_probe.py), and the senses of those words that are not
events stay out. Real lemmatisers and lexicons; every sentence is made up for the test, none is from the
development set.
"""

from __future__ import annotations

import pytest

from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import words
from frontwatch.lang.triggers import find_triggers


def _types(text: str, lang: str) -> set[str]:
    return {t.type for t in find_triggers(words(text, load_cues(lang)), lang)}


@pytest.mark.parametrize(("lang", "text", "typ"), [
    ("ru", "Самолеты бомбардировали позиции противника.", "air_strike"),
    ("ru", "Военные ликвидировали пятерых боевиков.", "armed_clash"),
    ("ru", "Таможенники конфисковали партию сигарет.", "search"),  # mlJ44: weapons seized are weapons_disrupted
    ("ru", "Таможенники конфисковали партию оружия.", "weapons_disrupted"),
    ("ru", "МИД выразил осуждение в связи с нападением.", "accuse"),
    ("ru", "Стороны начали отвод тяжелого вооружения.", "retreat"),
    ("uk", "Поліція арештувала двох підозрюваних.", "arrest"),
    ("uk", "Прокуратура обвинуватила посадовця у хабарництві.", "accuse"),
    ("uk", "Сили ЗСУ знищили 20 бойовиків.", "armed_clash"),
    ("uk", "Почалося відведення військ від лінії розмежування.", "retreat"),
    ("uk", "Сторони домовилися про припинення бойових дій.", "ceasefire"),
    ("el", "Οι αρχές κατέσχεσαν χρήματα και έγγραφα.", "search"),  # mlG44: weapons seized are weapons_disrupted
    ("el", "Χιλιάδες πολίτες βγήκαν στους δρόμους της πρωτεύουσας.", "protest"),
    ("el", "Το υπουργείο διέψευσε τις πληροφορίες.", "reject"),
    ("el", "Η Ρωσία ανακοίνωσε την απόσυρση των στρατευμάτων.", "retreat"),
    ("es", "El ministro negó las acusaciones de corrupción.", "reject"),
    ("es", "La policía allanó la vivienda del sospechoso.", "search"),
    ("es", "Miles de personas salieron a las calles de Caracas.", "protest"),
    ("es", "El juez imputó al alcalde por malversación.", "accuse"),
    ("es", "Las partes acordaron un cese de hostilidades.", "ceasefire"),
])
def test_concept_forms_are_covered(lang: str, text: str, typ: str) -> None:
    assert typ in _types(text, lang)


@pytest.mark.parametrize(("lang", "text", "typ"), [
    # 'ликвидировать' alone liquidates firms and consequences: a battle only with militants named
    ("ru", "Власти ликвидировали последствия наводнения.", "armed_clash"),
    # 'спали' (slept) is read by pymorphy3 as 'спалити' (burn): no bare 'burn' row in Ukrainian
    ("uk", "Ми спали на горищі.", "destruction"),
    # 'allanar el camino' paves the way: a raid needs a dwelling or seat as its object
    ("es", "El pacto allanó el camino para las reformas.", "search"),
    # Greek 'διαβουλεύσεις' are public consultations on bills, not talks between parties
    ("el", "Το νομοσχέδιο τέθηκε σε διαβουλεύσεις.", "consult"),
    # a 'convenio' signed by a town hall is administration, not a political agreement
    ("es", "El Ayuntamiento suscribió un convenio de colaboración.", "agreement"),
])
def test_other_senses_stay_out(lang: str, text: str, typ: str) -> None:
    assert typ not in _types(text, lang)


def _coded(text: str, lang: str) -> set[str]:
    from frontwatch.lang.events import code_sentence

    return {e.event_type for e in code_sentence(text, lang, [], None)}


@pytest.mark.parametrize(("lang", "text", "retreat"), [
    # a bare withdrawal word is a retreat only with a doer named: an army, a state, an armed group
    ("ru", "Украинские военные отступили из Дебальцево.", True),
    ("es", "El ejército se retiró de la ciudad.", True),
    ("el", "Ο στρατός υποχώρησε από την πόλη.", True),
    ("uk", "Сили АТО відступили з Дебальцевого.", True),
    # ... and no retreat where a disease recedes, a player leaves the pitch, a firm withdraws a product
    ("el", "Ο πυρετός υποχώρησε σε δύο ημέρες.", False),
    ("el", "Ο επιθετικός αποχώρησε με ενόχληση στον μηρό.", False),
    ("es", "La empresa retiró el producto de las tiendas.", False),
    ("ru", "Цены на нефть отступили от максимумов.", False),
])
def test_a_bare_withdrawal_needs_a_doer(lang: str, text: str, retreat: bool) -> None:
    assert ("retreat" in _coded(text, lang)) is retreat


@pytest.mark.parametrize(("lang", "text", "asks"), [
    # a request verb in the passive with no doer named is a purpose or an obligation, not someone asking
    ("ru", "Новый закон призван защитить права граждан.", False),
    ("el", "Οι γιατροί καλούνται να εργαστούν χωρίς αμοιβή.", False),
    ("el", "Το νοσοκομείο καλείται να λειτουργήσει χωρίς γιατρούς.", False),
    # the active voice is the act
    ("ru", "Президент призвал Запад отменить санкции.", True),
    ("el", "Ο πρωθυπουργός κάλεσε την αντιπολίτευση σε διάλογο.", True),
])
def test_a_doerless_passive_request_is_no_request(lang: str, text: str, asks: bool) -> None:
    assert ("request" in _coded(text, lang)) is asks


@pytest.mark.parametrize(("lang", "text", "typ", "found"), [
    # a fixed expression of the language holds no trigger ...
    ("es", "La asociación ha puesto en marcha un concurso de fotografía.", "protest", False),
    ("es", "El alcalde está de acuerdo con el plan.", "agreement", False),
    ("ru", "Под ударом оказалась вся отрасль.", "strike", False),
    ("uk", "Під ударом опинилася вся галузь.", "strike", False),
    ("el", "Η κολυμβήτρια κατέρριψε ένα ρεκόρ δώδεκα ετών.", "weapons_disrupted", False),
    # ... while the same words outside it still do
    ("es", "La marcha de protesta recorrió el centro.", "protest", True),
    ("es", "Rusia firmó un acuerdo con Ucrania.", "agreement", True),
    ("ru", "Бой шел всю ночь.", "armed_clash", True),
    ("ru", "Удар пришелся по складу.", "strike", True),
    ("el", "Οι δυνάμεις κατέρριψαν ένα drone.", "weapons_disrupted", True),
])
def test_idioms_hold_no_trigger(lang: str, text: str, typ: str, found: bool) -> None:
    assert (typ in _types(text, lang)) is found


@pytest.mark.parametrize(("text", "meets"), [
    # Spanish 'to meet' is reflexive; bare 'reunir' gathers things and crowds
    ("El ministro se reunió ayer con el embajador.", True),
    ("Putin se reúne con líderes de la CEI.", True),
    ("La exposición reúne 34 imágenes del pintor.", False),
])
def test_spanish_meeting_is_reflexive(text: str, meets: bool) -> None:
    assert ("consult" in _types(text, "es")) is meets


@pytest.mark.parametrize(("lang", "text", "sanctions"), [
    # sanctions are a state: the act is imposing, joining, extending or tightening them
    ("ru", "Черногория присоединилась к санкциям Евросоюза против России.", True),
    ("ru", "ЕС продлил санкции против России.", True),
    ("uk", "Канада приєдналася до санкцій ЄС.", True),
    ("el", "Η ΕΕ επέβαλε κυρώσεις στη Ρωσία.", True),
    ("es", "La UE impuso sanciones a Rusia.", True),
    ("ru", "Меркель назвала санкции единственным способом давления.", False),
    ("el", "Το άρθρο 5 προβλέπει διοικητικές κυρώσεις για την αδήλωτη εργασία.", False),
    ("es", "Los Catorce reflexionan sobre sus sanciones.", False),
])
def test_sanctions_named_are_no_sanction(lang: str, text: str, sanctions: bool) -> None:
    assert ("sanction" in _types(text, lang)) is sanctions
