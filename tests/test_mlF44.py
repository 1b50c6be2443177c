"""mlF44: a name is neither an act nor the event's place. The name a name-taking noun introduces (a party, an
outlet, a firm, a work: quoted, or capitalised amid ordinary case, or in Arabic the word right after the noun) and a
wire dateline's place match no trigger; a place inside such a name is not where the event happened. An operation's
name is not such a name. Sentences written for the tests."""

from __future__ import annotations

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.name_spans import (
    dateline_names,
    introduced_names,
    name_spans,
    named_places,
)
from frontwatch.lang.triggers import find_triggers
from frontwatch.model import Place, Toponym


def _reported(text: str, lang: str, places: list[Toponym] | None = None):
    return [e for e in code_sentence(text, lang, places or [], None) if e.modality in REPORTED]


def _trigger_types(text: str, lang: str) -> list[str]:
    return [t.type for t in find_triggers(words(text, load_cues(lang)), lang)]


def _spans(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


KYIV = Place(703448, "Kyiv", 50.45, 30.52, "UA", feature_class="P", feature_code="PPLC", population=2_800_000)


def test_a_party_named_by_an_act_codes_no_act() -> None:
    text = "Партія «УДАР» вчора провела мітинг у Києві."
    a = text.index("Києві")
    assert "strike" in _trigger_types(text, "uk")  # the lexicon reads the party's name as a strike
    # before mlF44: an air strike in Kyiv besides the rally
    assert [e.event_type for e in _reported(text, "uk", [Toponym(a, a + 5, "Києві", KYIV)])] == ["protest"]
    assert _spans(text, introduced_names(text, "uk")) == ["«УДАР»"]


def test_the_same_word_outside_a_name_keeps_its_act() -> None:
    text = "Вчора армія завдала удару по місту."
    assert _reported(text, "uk")
    assert introduced_names(text, "uk") == []


def test_a_wire_dateline_is_no_grenade() -> None:
    text = "Granada, 23 may (EFE)."
    assert "grenade" in _trigger_types(text, "es")
    assert _reported(text, "es") == []
    assert _spans(text, dateline_names(text)) == ["Granada"]


def test_a_dateline_after_a_headline_in_capitals_takes_none_of_its_words() -> None:
    text = "EL EJERCITO EVACUO SU CUARTEL EN ZONA OCUPADA Beirut (EFE)."
    assert _spans(text, dateline_names(text)) == ["Beirut"]


def test_capitalised_and_quoted_names_after_a_name_taking_noun() -> None:
    assert _spans("Lo publicó ayer el diario El País en Madrid.", introduced_names(
        "Lo publicó ayer el diario El País en Madrid.", "es")) == ["El País"]
    text = "Μίλησε χθες στην εφημερίδα «Τα Νέα» για την κρίση."
    assert _spans(text, introduced_names(text, "el")) == ["«Τα Νέα»"]
    text = "Cumhuriyet Halk Partisi'nin lideri \"Sıkıysa Yakala\" adlı filmi izledi."
    assert _spans(text, introduced_names(text, "tr")) == ["Cumhuriyet Halk", "\"Sıkıysa Yakala\""]


def test_an_operation_names_its_act() -> None:
    # ACLED codes a named operation: 'операция' takes no name here
    assert name_spans("Армия начала операцию «Удар возмездия» на юге.", "ru") == []


def test_no_name_by_capitals_in_a_headline_in_capitals() -> None:
    assert introduced_names("ΑΠΕΡΓΙΑ ΣΤΗΝ ΕΦΗΜΕΡΙΔΑ ΠΟΛΕΜΟΣ ΣΗΜΕΡΑ", "el") == []


def test_a_genitive_place_after_the_noun_stays_a_place() -> None:
    # 'партии Украины': Ukraine's parties, not a party named Ukraine; a quoted name's place is the name's
    text = "Лидеры партии Украины встретились в Киеве."
    a = text.index("Украины")
    assert named_places(text, "ru", [(a, a + len("Украины"))]) == set()
    text = "Об этом пишет газета «Киевские Ведомости»."
    a = text.index("Киев")
    assert named_places(text, "ru", [(a, a + len("Киевские"))]) == {0}


def test_a_newspaper_named_after_a_country_is_no_event_place() -> None:
    text = "اعتقلت قوات الاحتلال ثلاثة شبان، حسب ما نشرت جريدة فلسطين."
    a = text.index("فلسطين")
    palestine = Place(6254930, "Palestine", 31.9, 35.2, "PS", feature_class="A", feature_code="PCLI")
    events = _reported(text, "ar", [Toponym(a, a + len("فلسطين"), "فلسطين", palestine)])
    assert events and all(e.location is None or e.location.text != "فلسطين" for e in events)


def test_a_preposition_after_the_noun_is_no_name_in_a_script_without_capitals() -> None:
    assert introduced_names("نقلت وكالة في وقت لاحق", "ar") == []
