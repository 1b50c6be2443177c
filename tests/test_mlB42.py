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
