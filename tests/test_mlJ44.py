"""mlJ44: constructed wire copy in Russian, Ukrainian, Spanish and French (French has no corpus, only inline records),
and the general rules their tune part showed: French scope cues (sport, business, accidents), weapons seized as
disrupted weapons use, the participants of a protest as protesters, and what protesters say as their protest.
Sentences written for the tests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from frontwatch.evaluate.devcorpus import CorpusError
from frontwatch.evaluate.ml_devset import load_ml
from frontwatch.evaluate.ml_events import REPORTED, evaluate_language
from frontwatch.evaluate.run import DEFAULT_DATA, DEFAULT_ML_EVENTS
from frontwatch.lang.events import code_sentence


def _reported(text: str, lang: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


@pytest.mark.parametrize("lang", ["ru", "uk", "es", "fr"])
def test_the_constructed_files_load_with_events_and_negatives(lang: str) -> None:
    rows = load_ml(lang, path=DEFAULT_ML_EVENTS / f"constructed-{lang}.jsonl")
    assert len(rows) >= 40  # the first 40 of mlG44/mlJ44; later passes append their probes
    assert sum(1 for r in rows if r.events) >= 20 and sum(1 for r in rows if not r.events) >= 10
    assert {r.split for r in rows} == {"tune", "report"}


def test_the_french_file_is_scored_though_french_has_no_corpus() -> None:
    r = evaluate_language("fr", DEFAULT_DATA, "tune", None, places_from="gold",
                          path=DEFAULT_ML_EVENTS / "constructed-fr.jsonl")
    assert r["sentences"] > 0 and r["gold_events"] > 0
    assert r["detection"]["tp"] > 0


def test_a_corpus_reference_in_a_language_with_no_corpus_is_refused(tmp_path: Path) -> None:
    text = "La police a arrêté deux suspects à Lyon."
    rec = {"id": "ml:fr:x:1", "lang": "fr", "ref": {"file": "multilingual/fr.jsonl", "key": "1", "field": "text",
                                                      "start": 0, "end": len(text)},
           "text": None, "sha1": hashlib.sha1(text.encode()).hexdigest(), "events": [], "doubt": ""}
    path = tmp_path / "fr.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="unknown language"):
        load_ml("fr", path=path)


def test_french_sport_business_and_accidents_are_no_events() -> None:
    assert _reported("Le match s'est terminé sur une attaque de Marseille dans les arrêts de jeu.", "fr") == []
    assert _reported("Le constructeur a signé un accord avec une compagnie aérienne asiatique.", "fr") == []
    assert _reported("Une explosion de gaz a détruit un immeuble à Lille.", "fr") == []
    # the controls: the same words in a political or armed sentence
    assert _reported("Des rebelles ont lancé une attaque contre une base militaire près de Gao.", "fr") != []
    assert _reported("Le Tchad et le Soudan ont signé un accord de paix à N'Djamena.", "fr") != []


def test_weapons_seized_are_disrupted_weapons_use_and_other_goods_a_search() -> None:
    assert _reported("La Policía incautó armas y munición en un piso de Bilbao.", "es") == ["weapons_disrupted"]
    assert _reported("La Policía incautó 300 kilos de cocaína en el puerto de Vigo.", "es") == ["search"]
    assert _reported("Сотрудники ФСБ изъяли оружие у жителя Нальчика.", "ru") == ["weapons_disrupted"]
    assert _reported("Полицейские изъяли документы в офисе компании.", "ru") == ["search"]
    assert _reported("Правоохоронці вилучили зброю та набої у мешканця Рівного.", "uk") == ["weapons_disrupted"]
    assert _reported("Les gendarmes ont saisi des armes dans un entrepôt près de Bastia.", "fr") == ["weapons_disrupted"]


def test_the_participants_of_a_protest_are_protesters() -> None:
    assert _reported("Полиция задержала двадцать участников митинга в Хабаровске.", "ru") == ["protest_intervention"]
    assert _reported("Поліція затримала кількох учасників протесту в Одесі.", "uk") == ["protest_intervention"]
    assert _reported("Полиция задержала двадцать жителей Хабаровска.", "ru") == ["arrest"]


def test_french_rioters_who_loot_make_one_riot() -> None:
    assert _reported("Des émeutiers ont pillé des magasins à Marseille.", "fr") == ["riot"]


def test_what_protesters_demand_is_their_protest() -> None:
    assert _reported("Los manifestantes exigieron la dimisión del alcalde de Sevilla.", "es") == ["protest"]
    assert _reported("Протестующие потребовали отставки мэра.", "ru") == ["protest"]
    # a demand made of protesters, or protesters blamed in the passive, stays what it is
    assert _reported("El Gobierno exigió a los manifestantes que abandonaran la plaza.", "es") == ["request"]
    assert _reported("Los manifestantes fueron acusados de vandalismo por el alcalde.", "es") == ["accuse"]


def test_a_zero_determiner_negates_the_noun_right_after_it_only() -> None:
    assert _reported("Жодних обстрілів Сум протягом доби не зафіксовано.", "uk") == []
    assert _reported("Никаких столкновений в Назрани не произошло.", "ru") == []
    assert "attack" not in _reported("Ningún atentado se produjo en Bilbao durante las fiestas.", "es")
    # 'without any warning they shelled': the act after the determiner's own noun is told
    assert _reported("Окупанти без жодних попереджень обстріляли Харків.", "uk") == ["shelling"]
