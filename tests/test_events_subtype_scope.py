"""Events told in a time adjunct, and words under a denial, as the sub-type model reads them.

Sentences written for this test (none from the development corpus)."""

from __future__ import annotations

import numpy as np
import pytest

from frontwatch.events import subtype_features, subtype_model, subtype_scope


def _index(doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,inside", [
    ("Since the capture of Gao last month, the militia has been recruiting.", "capture", True),
    ("After insurgents overran the base, the air force bombed the road.", "overran", True),
    ("After insurgents overran the base, the air force bombed the road.", "bombed", False),
    ("Following the ambush near Kidal, troops withdrew from the town.", "ambush", True),
    ("Following the ambush near Kidal, troops withdrew from the town.", "withdrew", False),
    ("Soldiers recaptured the airport before dawn on Tuesday.", "recaptured", False),
    ("Gunmen abducted three engineers after they left the site.", "abducted", False),
])
def test_an_event_in_a_time_adjunct_is_told_apart_from_the_main_clause(nlp, text, word, inside):  # noqa: F811
    doc = nlp(text)
    assert subtype_scope.in_time_adjunct(doc[:], [_index(doc, word)]) is inside


@pytest.mark.parametrize("text,word,inside", [
    ("Backed by Russian air strikes, government forces stormed the village.", "strikes", True),
    ("Troops, assisted by coalition warplanes, launched the offensive on the town.", "warplanes", True),
    ("The army stormed the hill with the support of helicopters.", "helicopters", True),
    ("The army advanced under heavy artillery cover.", "artillery", True),
    ("Russian warplanes bombed the town overnight.", "warplanes", False),
    ("Rebels backed by Turkey shelled the base.", "shelled", False),
])
def test_an_event_told_as_the_support_of_another_is_marked(nlp, text, word, inside):  # noqa: F811
    doc = nlp(text)
    assert subtype_scope.in_support_phrase(doc[:], [_index(doc, word)]) is inside


def test_an_adjunct_event_keeps_its_acled_event_type():
    classes = ("Non-state actor overtakes territory", "Change to group/activity", "Armed clash")
    model = subtype_model.SubtypeModel(classes, np.zeros(3), {"w=collapse": np.array([0.0, 3.0, 0.0])},
                                       "margin", 0.1)
    main = ["w=collapse"]
    adjunct = [*main, subtype_scope.ADJUNCT_FEATURE]
    assert model.choose(main, classes[0]) == "Change to group/activity"  # a main event: the model may retype
    assert model.choose(adjunct, classes[0]) in (None, classes[0], "Armed clash")  # a battle stays a battle


def test_words_under_a_denial_are_not_words_of_what_happened(nlp):  # noqa: F811
    doc = nlp("The army says it is redeploying, without admitting it has lost territory.")
    span = doc[:]
    feats = subtype_model.features(span, [_index(doc, "redeploying")], "retreat", "redeploy", None, None)
    assert "w_denied=territory" in feats and "w=territory" not in feats
    assert "w=redeploy" in feats
    assert _index(doc, "territory") in subtype_features.denied_indexes(span)
