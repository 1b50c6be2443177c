"""mlB42: a Greek stretch of years named by its length ('την τελευταία τριετία', the last three years) is
background like 'τα τελευταία χρόνια' (cues_el `[dates] history`): an act told over it is a course kept up, not
one happening. Sentences written for the tests: each negative is coded as an event without the rule, its twin
(the same act with no stretch of years) keeps its event on both."""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.events import code_sentence


def _reported(text: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, "el", [], None) if e.modality in REPORTED]


@pytest.mark.parametrize("over_years, once, kind", [
    ("Ο υπουργός αρνήθηκε την τελευταία δεκαετία να συναντήσει τους εκπροσώπους των αγροτών.",
     "Ο υπουργός αρνήθηκε χθες να συναντήσει τους εκπροσώπους των αγροτών.", "reject"),
    # a span written with a hyphen ('three-four years') is one word: the list's items end in '*'
    ("Η δημοτική αρχή αρνήθηκε την τελευταία τριετία-τετραετία να συζητήσει με τους κατοίκους.",
     "Η δημοτική αρχή αρνήθηκε να συζητήσει με τους κατοίκους.", "reject"),
    ("Η κυβέρνηση επέκρινε την τελευταία πενταετία την αντιπολίτευση για την οικονομία.",
     "Η κυβέρνηση επέκρινε την αντιπολίτευση για την οικονομία.", "accuse"),
    ("Ο πρωθυπουργός συναντήθηκε με τον πρόεδρο της Τουρκίας την τελευταία διετία τρεις φορές.",
     "Ο πρωθυπουργός συναντήθηκε με τον πρόεδρο της Τουρκίας στην Άγκυρα.", "consult"),
])
def test_greek_act_over_a_stretch_of_years_is_background(over_years: str, once: str, kind: str) -> None:
    assert _reported(once) == [kind]
    assert _reported(over_years) == []


@pytest.mark.parametrize("text", [
    # 'υποστηρίζω' backs an actor and maintains a claim: after a comma with its subject right after it (a nominative
    # article), it is the reporting clause put after the claim it reports (cues_el `[scope] subject_articles`)
    "Το υπουργείο Παιδείας δεν φρόντισε για τους δασκάλους παρά το γεγονός ότι οι ελλείψεις είναι μεγάλες, "
    "υποστηρίζει η ΔΟΕ, ενώ η πρόεδρός της τονίζει:",
    "Το υπουργείο Υγείας δεν μερίμνησε για τους γιατρούς παρά το γεγονός ότι τα στοιχεία είναι ανησυχητικά καθώς "
    "τα κρούσματα είναι αυξημένα, υποστηρίζει ο ΙΣΑ, ενώ ο πρόεδρός του τονίζει:",
    "Η κυβέρνηση δεν έκανε τίποτα για τους αγρότες παρά το γεγονός ότι οι τιμές είναι χαμηλές, υποστηρίζει η ΓΣΕΕ.",
])
def test_greek_support_verb_after_its_claim_says_not_backs(text: str) -> None:
    assert _reported(text) == []


def test_greek_support_verb_after_a_comma_with_its_object_still_backs() -> None:
    # the object's accusative article ('την Ελλάδα') follows the verb: backing someone, as before
    text = "Μετά τη συνάντηση, στήριξε την Ελλάδα η Γαλλία στη διαμάχη με την Τουρκία."
    assert sorted(_reported(text)) == ["consult", "support"]
