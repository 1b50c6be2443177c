"""Turkish people named with no cue (issue 19, branch topo36): a bare nominative name opening a sentence whose
verb only a person does ('... öldü', '... konuştu') is the subject, a person's name, not the town the gazetteer
also knows; a country or a large city speaks for its state and stays. Sentences written for these tests (not corpus
text), on the real gazetteer.
"""

from __future__ import annotations

from lang_helpers import place_names


def test_a_bare_name_subject_of_a_person_verb_is_no_place(geoparser) -> None:
    assert "Willis" not in place_names("Willis dün akşam gazetecilere konuştu.", "tr", geoparser)
    assert "Brecht" not in place_names("Brecht bu konuda hiç düşünmemişti.", "tr", geoparser)


def test_the_same_name_without_a_person_verb_stays_a_place(geoparser) -> None:
    assert "Willis" in place_names("Willis sakin bir kasabadır.", "tr", geoparser)
    # a participle ('doğduğu', where he was born) is no finite verb: the town is the place of birth
    assert "Willis" in place_names("Willis, yazarın doğduğu kasabadır.", "tr", geoparser)


def test_a_large_city_speaks_for_its_state(geoparser) -> None:
    assert "Ankara" in place_names("Ankara dün kararını açıkladı.", "tr", geoparser)


def test_finite_person_verbs_are_read_from_the_endings() -> None:
    from frontwatch.lang.person_subjects import _finite
    from frontwatch.lang.resources import load

    res = load("tr")
    assert _finite("doğdu", "doğ", res) and _finite("davranmıyordu", "davran", res) and _finite("ederdi", "ed", res)
    assert not _finite("doğu", "doğ", res) and not _finite("doğru", "doğ", res)  # east, right: no verb
    assert not _finite("doğduğu", "doğ", res)  # a participle
    assert not _finite("demir", "de", res)  # iron: the negation never precedes the aorist


def test_a_name_qualifying_an_office_is_not_the_subject(geoparser) -> None:
    # 'Willis valisi' (the governor of Willis): the office holder speaks, the name stays the place
    assert "Willis" in place_names("Willis valisi dün gazetecilere konuştu.", "tr", geoparser)
