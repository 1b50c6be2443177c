"""mlH44: violence a named political speaker alleges, with no place, date, number or toll of its own, is coded as the
speaker's accusation, not as the violence (lang/alleged_acts.py and its use in lang/events.py).

Sentences written for these tests (not corpus text); they name no place but where a control needs one, so the coder
reads them with no place mentions.
"""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.events import code_sentence
from frontwatch.model import Event


def _coded(text: str, lang: str) -> list[Event]:
    return [e for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


@pytest.mark.parametrize("lang,text,violent", [
    ("ru", "Представитель МИД России Мария Захарова заявила, что боевики воюют против мирного населения.",
     "armed_clash"),
    ("uk", "Речник МЗС України Олег Ніколенко заявив, що бойовики обстрілюють мирне населення.", "shelling"),
])
def test_an_alleged_act_is_the_speakers_accusation(lang: str, text: str, violent: str) -> None:
    events = _coded(text, lang)
    assert not [e for e in events if e.event_type == violent]
    (accuse,) = [e for e in events if e.event_type == "accuse"]
    # the speaker's side accuses, the act's doer is accused
    assert accuse.actor1 is not None and accuse.actor1.kind != "armed group"
    assert accuse.actor2 is not None and accuse.actor2.name != accuse.actor1.name


def test_an_alleged_act_under_a_word_of_blame_adds_nothing_to_the_accusation() -> None:
    # 'denunció que ...' is the accusation; the attack it alleges, undated and unplaced, is its content
    events = _coded("El Gobierno de Colombia denunció que los guerrilleros atacaron a la población civil.", "es")
    assert [e.event_type for e in events] == ["accuse"]


def test_an_act_reported_with_its_own_date_and_place_stays_beside_the_accusation() -> None:
    events = _coded("El Gobierno de Colombia denunció que los guerrilleros atacaron ayer a la población civil en "
                    "Tumaco.", "es")
    assert {e.event_type for e in events} == {"accuse", "attack_civilians"}


def test_an_act_reported_with_a_date_and_a_toll_stays_an_event() -> None:
    text = "Представитель МИД России Мария Захарова заявила, что боевики вчера обстреляли Донецк, погибли пять человек."
    assert [e.event_type for e in _coded(text, "ru")] == ["shelling"]


def test_a_speakers_own_side_telling_its_act_is_a_claim_not_an_accusation() -> None:
    text = "Представитель ополченцев Эдуард Басурин заявил, что ополченцы обстреляли позиции противника."
    assert [e.event_type for e in _coded(text, "ru")] == ["shelling"]
