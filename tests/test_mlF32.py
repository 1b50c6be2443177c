"""mlF32: the learned precision filter of the native event coder (lang/event_features.py, lang/event_filter.py,
scripts/train_ml_event_filter.py). Sentences written for these tests."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import pytest

from frontwatch.events.place_role import Weights
from frontwatch.lang.event_features import candidate_features
from frontwatch.lang.event_filter import ENV, EventFilter, active_filter, load_filter
from frontwatch.lang.events import candidate_events, code_sentence
from frontwatch.model import Place, Toponym

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_ml_event_filter as trainer  # noqa: E402

ATTACK = "El ejército sirio atacó ayer la ciudad de Alepo y mató a cinco civiles."
BOMBING = "El bombardeo del ejército sirio contra Alepo dejó cinco muertos el lunes."
SHELLING_DATED = "Российские войска обстреляли город 5 мая."
SHELLING_COUNTED = "Российские войска обстреляли город, погибли 3 человека."


def _aleppo(text: str) -> list[Toponym]:
    at = text.find("Alepo")
    return [Toponym(at, at + 5, "Alepo", Place(170063, "Aleppo", 36.2, 37.16, "SY", feature_code="PPLA"))]


def _features(text: str, lang: str, places: list[Toponym]) -> list[dict[str, float]]:
    return candidate_features(text, lang, candidate_events(text, lang, places, None))


def test_features_anchor_a_told_attack() -> None:
    (f,) = _features(ATTACK, "es", _aleppo(ATTACK))
    for key in ("lang=es", "pos=V", "agent", "agent_armed_or_state", "agent_country", "patient_victims",
                "place", "place_resolved", "date_word", "fatalities", "violent"):
        assert f.get(key) == 1.0, key
    assert f["acled=Violence against civilians"] == 1.0
    assert "lang=ru" not in f and "quote" not in f and "reported" not in f
    assert 0.0 <= f["position"] < 0.5 and 0.0 < f["length"] < 1.0


def test_features_noun_trigger_without_place() -> None:
    (f,) = _features(BOMBING, "es", [])
    assert f.get("pos=N") == 1.0 and "pos=V" not in f
    assert "place" not in f and "place_resolved" not in f


def test_a_date_day_is_no_count() -> None:
    (dated,) = _features(SHELLING_DATED, "ru", [])
    (counted,) = _features(SHELLING_COUNTED, "ru", [])
    assert "count" not in dated and dated.get("date_word") == 1.0
    assert counted.get("count") == 1.0


def _place_filter(langs: frozenset[str] = frozenset({"es"})) -> EventFilter:
    """A filter that keeps only events with a resolved place (weights written for the test)."""
    return EventFilter(Weights({"place_resolved": 4.0}, -2.0, 0.5), langs)


def test_filter_drops_an_unplaced_candidate_and_keeps_a_placed_one() -> None:
    kept = code_sentence(ATTACK, "es", _aleppo(ATTACK), None, learned_filter=_place_filter())
    assert [e.event_type for e in kept] == ["attack_civilians"]
    assert code_sentence(ATTACK, "es", [], None, learned_filter=False)  # the coder alone codes it
    assert code_sentence(ATTACK, "es", [], None, learned_filter=_place_filter()) == []


def test_filter_leaves_other_languages_alone() -> None:
    assert code_sentence(ATTACK, "es", [], None, learned_filter=_place_filter(frozenset({"ru"})))


def test_switch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    packaged = load_filter(None, force=True)
    assert packaged is not None and {"ru", "uk", "ar", "el", "es", "tr", "fa"} <= packaged.languages
    monkeypatch.setenv(ENV, "off")
    assert active_filter() is None
    monkeypatch.setenv(ENV, "on")
    assert active_filter() == packaged
    path = tmp_path / "f.json"
    path.write_text(json.dumps({"enabled": False, "weights": {"agent": 1.0}, "bias": 0.0, "threshold": 0.9,
                                "languages": ["es"]}), encoding="utf-8")
    monkeypatch.setenv(ENV, str(path))
    assert active_filter().weights.threshold == 0.9  # a file named is applied, kept or not
    monkeypatch.delenv(ENV)
    assert load_filter(str(path)) is None  # not kept: not applied by default


def test_training_run_on_a_tiny_table(tmp_path: Path) -> None:
    gold = [{"acled_type": "Violence against civilians", "plover": "ASSAULT", "sub_event_type": "Attack",
             "lat": 36.2, "lon": 37.16}]
    table = []
    for n in range(12):  # a placed attack that the gold has, an unplaced one that it has not
        table.append(trainer.sentence_record(f"t:placed:{n}", "es", ATTACK, gold, _aleppo(ATTACK)))
        table.append(trainer.sentence_record(f"t:bare:{n}", "es", ATTACK, [], []))
    assert all(len(s["judged"]) == 1 for s in table)
    assert [s["judged"][0][2] for s in table[:2]] == [1, 0]
    cache, out = tmp_path / "table.pkl", tmp_path / "filter.json"
    cache.write_bytes(pickle.dumps(table))
    trainer.main(["--cache", str(cache), "--out", str(out)])
    record = json.loads(out.read_text(encoding="utf-8"))
    cv = record["cv_out_of_fold"]["all"]
    assert (cv["unfiltered"]["tp"], cv["unfiltered"]["fp"]) == (12, 12)
    assert cv["filtered"]["fp"] < cv["unfiltered"]["fp"] and cv["filtered"]["tp"] == 12
    assert record["weights"]["place_resolved"] > 0 and record["languages"] == ["es"]
    flt = load_filter(str(out), force=True)
    assert code_sentence(ATTACK, "es", [], None, learned_filter=flt) == []
    assert code_sentence(ATTACK, "es", _aleppo(ATTACK), None, learned_filter=flt)
