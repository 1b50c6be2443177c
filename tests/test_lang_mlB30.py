"""mlB30 readings: a meeting with the press is no consultation, an authority's 'κινητοποίηση' and a 'σύγκρουση' of
vessels are other senses (lang/object_senses.py tables), Spanish negation reaches past a clitic and an auxiliary to
the light verb of 'llegar a un acuerdo', and Spanish teachers and doctors are lay roles (lang/lay_domain.py list).

Sentences written for the test (none from a corpus). Each reading is tested both ways: the sentence whose event the
reading removes, and a control whose event is kept.
"""

from __future__ import annotations

import pytest
from lang_helpers import coded as _coded


@pytest.mark.parametrize("lang,press,leaders", [
    ("es", "Durante una reunión con los periodistas extranjeros, el ministro habló de la reforma.",
     "El ministro se reunió con el presidente de Francia en París."),
    ("el", "Ο υπουργός είχε συνάντηση με δημοσιογράφους στην Αθήνα.",
     "Ο υπουργός είχε συνάντηση με τον πρόεδρο της Γαλλίας στην Αθήνα."),
    ("uk", "Міністр провів зустріч з журналістами у Києві.",
     "Міністр провів зустріч з президентом Польщі у Києві."),
])
def test_a_meeting_with_the_press_is_no_consultation(lang: str, press: str, leaders: str) -> None:
    assert "consult" not in _coded(press, lang)
    assert "consult" in _coded(leaders, lang)


def test_a_greek_mobilisation_of_an_authority_is_no_protest() -> None:
    assert "protest" not in _coded("Την άμεση κινητοποίηση της Εισαγγελίας Λάρισας προκάλεσε χθες το δημοσίευμα μιας εφημερίδας.", "el")
    assert "protest" in _coded("Πανελλαδική κινητοποίηση των εργαζομένων στα νοσοκομεία έγινε σήμερα στην Αθήνα.", "el")


def test_a_greek_collision_of_vessels_is_no_clash() -> None:
    assert "armed_clash" not in _coded("Σε εξέλιξη βρίσκεται η έρευνα για τη σύγκρουση ελληνικού αλιευτικού με τουρκικό σκάφος ανοιχτά της Ρόδου.", "el")
    assert "armed_clash" in _coded("Σφοδρή σύγκρουση του στρατού με αντάρτες σημειώθηκε χθες στο Χαλέπι.", "el")


@pytest.mark.parametrize("negated", [
    "Los negociadores explicaron que no se había llegado a un acuerdo sobre la frontera.",
    "Los dos partidos no han llegado todavía a un acuerdo.",
    "Fuentes oficiales indicaron que todavía no se había alcanzado un acuerdo con la guerrilla.",
])
def test_spanish_negation_reaches_the_light_verb_of_an_agreement(negated: str) -> None:
    assert "agreement" not in _coded(negated, "es")


def test_a_spanish_agreement_reached_is_kept() -> None:
    assert "agreement" in _coded("Los dos partidos llegaron a un acuerdo en Madrid.", "es")


def test_spanish_doctors_and_teachers_are_lay_roles() -> None:
    assert "request" not in _coded("Los médicos piden que el laboratorio retire el medicamento.", "es")
    assert "accuse" not in _coded("Dos profesoras criticaron la política de la universidad.", "es")
    # a political actor named keeps the act
    assert "request" in _coded("Los médicos piden al Ministerio de Sanidad que retire el medicamento.", "es")


def test_a_greek_line_of_support_is_a_loan_facility() -> None:
    assert "support" not in _coded("Η κυβέρνηση εξετάζει μια πιστοληπτική γραμμή στήριξης για τις τράπεζες.", "el")
    assert "support" in _coded("Η Ρωσία εξέφρασε τη στήριξή της στη Συρία.", "el")
