"""mlB50: Greek and Spanish events (issue 19) — classes, not sentences: a death told by 'perder la vida' and its doer
after 'a manos de'; civilians named by a livelihood or a journey ('campesinos', 'peregrinos'); an attack noun with no
doer named but a toll of several dead; the act an arrest is made for ('για', 'por' + a noun) as its charge, no second
event; a Greek clause dated by 'το <year>' as history, unless the year follows a word of bound ('μέχρι το 2030').
Sentences from dev/families/probes/mlB50_el_es.txt or written like them, labelled before any run; none is from a
development set. Each runs the real pipeline (the native geoparser, then the coder)."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types


@pytest.mark.parametrize("text", [
    "Seis campesinos perdieron la vida a manos de paramilitares en Barrancabermeja.",
    "Cuatro indígenas murieron a manos de la guerrilla en una aldea del Cauca.",
])
def test_death_at_the_hands_of_an_armed_group_is_an_attack_on_civilians(text, geoparser):
    assert ml_reported_types(text, "es", geoparser) == ["attack_civilians"]


def test_died_at_the_hands_of_names_the_doer(geoparser):
    got = ml_reported_types("Dos soldados murieron a manos de la guerrilla en el departamento del Cauca.", "es", geoparser)
    assert got == ["armed_clash"], got


@pytest.mark.parametrize("text", [
    "Tres personas perdieron la vida en un accidente de tráfico en la carretera N-1.",
    "Más de cien personas perdieron la vida por las inundaciones en el sur de Mozambique.",
    "Un montañero perdió la vida al caer por un barranco en el Pirineo aragonés.",
])
def test_lost_lives_with_no_doer_is_no_event(text, geoparser):
    assert ml_reported_types(text, "es", geoparser) == []


@pytest.mark.parametrize("text", [
    "El ataque contra un convoy de la ONU cerca de Kidal causó la muerte de dos cascos azules.",
    "El ataque contra un autobús de peregrinos en Cachemira dejó al menos nueve muertos.",
])
def test_attack_noun_with_a_toll_is_told(text, geoparser):
    got = ml_reported_types(text, "es", geoparser)
    assert got and set(got) <= {"armed_clash", "attack_civilians"}, got


def test_attack_noun_with_no_doer_and_no_toll_stays_uncoded(geoparser):
    assert ml_reported_types("El ataque contra un vecino de Getafe se produjo de madrugada.", "es", geoparser) == []


@pytest.mark.parametrize("lang,text", [
    ("el", "Σε σύλληψη τριών ατόμων προχώρησε η Αστυνομία στην Πάτρα για την επίθεση σε γραφεία κόμματος."),
    ("el", "Συνελήφθη στη Λάρισα ένας 30χρονος για την έκρηξη βόμβας έξω από τράπεζα."),
    ("el", "Προφυλακίστηκαν οι δύο νεαροί για τον εμπρησμό του δημαρχείου της Κομοτηνής."),
    ("es", "La Ertzaintza detuvo en Bilbao a tres jóvenes por el ataque contra una sede del PSE."),
    ("es", "Detenidos en Pamplona dos hombres por el atentado contra un cuartel de la Guardia Civil."),
    ("es", "La policía arrestó a un hombre en Sevilla por el asesinato de dos turistas."),
])
def test_the_act_an_arrest_is_made_for_is_its_charge(lang, text, geoparser):
    assert ml_reported_types(text, lang, geoparser) == ["arrest"]


def test_injured_by_an_attack_is_still_the_attack(geoparser):
    # 'por' after an outcome word, no arrest: the attack is told
    got = ml_reported_types("Dos policías resultaron heridos por el ataque de un grupo armado en Cúcuta.", "es", geoparser)
    assert got == ["armed_clash"], got


@pytest.mark.parametrize("text", [
    "Στη μάχη της Κρήτης το 1941 σκοτώθηκαν χιλιάδες στρατιώτες.",
    "Οι αντάρτες ξεσηκώθηκαν το 1954 και δέχθηκαν επίθεση από τον στρατό στη Λευκωσία.",
])
def test_greek_clause_dated_by_its_year_is_history(text, geoparser):
    assert ml_reported_types(text, "el", geoparser) == []


@pytest.mark.parametrize("text", [
    "Συνελήφθη χθες στην Αθήνα ο 45χρονος που καταζητούνταν από το 2015.",
    "Οι δύο χώρες υπέγραψαν στην Αθήνα συμφωνία αμυντικής συνεργασίας που θα ισχύει μέχρι το 2030.",
])
def test_greek_year_after_a_word_of_bound_dates_nothing(text, geoparser):
    assert ml_reported_types(text, "el", geoparser), text


@pytest.mark.parametrize("text,want", [
    ("El sindicato denunció hoy que la situación de los temporeros es cada día más grave.", "accuse"),
    ("Cientos de agricultores se manifestaron en Murcia contra unos precios cada día más bajos.", "protest"),
])
def test_every_day_before_a_comparative_is_a_degree_not_a_habit(text, want, geoparser):
    assert ml_reported_types(text, "es", geoparser) == [want]


def test_every_day_alone_stays_a_habit(geoparser):
    assert ml_reported_types("Los agricultores se manifiestan cada día ante la consejería.", "es", geoparser) == []
