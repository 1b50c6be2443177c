"""CENTCOM strike-line scoring: CSV reader, per-line judgement, the harness, the real file."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.evaluate.strikes import judge_line, read_strike_lines, score_strikes
from frontwatch.geometry import destination

CSV = """date,country,location,number,manually_edited,description,line
10/17/2016,Syria,Abu Kamal,1,,strike destroyed a truck.,"- Near Abu Kamal, one strike destroyed a truck."
10/17/2016,Syria,Raqqa,1,,strike destroyed jacks.,"- Near Ar Raqqah, one strike destroyed two oil pump jacks."
10/17/2016,Iraq,Mosul,3,,strikes struck a unit.,"- Near Mosul, three strikes struck an ISIL tactical unit."
10/16/2016, syria ,Manbij,1,,strike engaged a unit.,"- Near Manbij, one strike engaged an ISIL tactical unit."
10/16/2016,Syria,Al Hasakah and Dayr Az Zawr,2,,strikes hit.,"- Near Al Hasakah and Dayr Az Zawr, two strikes hit."
10/16/2016,Syria,Atlantis,1,,strike hit.,"- Near Atlantis, one strike hit a boat."
10/15/2016,Syria,Kobani,1,,strike hit.,"- Near Kobani, one strike hit a position."
10/15/2016,Syria,Mar’a,1,,strike hit.,"- Near Mar’a, one strike hit a position."
"""

GAZ = {"Abu Kamal": (34.45, 40.92), "Raqqa": (35.95, 39.01), "Manbij": (36.53, 37.95), "Dayr Az Zawr": (35.34, 40.14),
       "Kobani": (36.89, 38.35), "Mar’a": (36.58, 37.05)}


def gold_geocode(name: str, code: str | None) -> tuple[float, float] | None:
    assert code == "SY"
    return GAZ.get(name)


def strike(lat: float | None, lon: float | None, name: str = "X",
           sub: str = "Air/drone strike", kind: str = "Explosions/Remote violence") -> dict:
    return {"acled": {"event_type": kind, "sub_event_type": sub},
            "location": {"name": name, "lat": lat, "lon": lon}, "modality": "asserted"}


def test_read_strike_lines(tmp_path: Path) -> None:
    path = tmp_path / "strikes.csv"
    path.write_text(CSV, encoding="utf-8")
    rows = read_strike_lines(path)
    assert [r["location"] for r in rows] == ["Abu Kamal", "Raqqa", "Manbij", "Al Hasakah and Dayr Az Zawr",
                                             "Atlantis", "Kobani", "Mar’a"]
    assert rows[1]["line"] == "- Near Ar Raqqah, one strike destroyed two oil pump jacks."
    assert rows[0]["country_code"] == "SY" and rows[0]["row"] == 2
    assert [r["location"] for r in read_strike_lines(path, country="iraq")] == ["Mosul"]


def test_read_strike_lines_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("date,country,place\n1,Syria,X\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing column"):
        read_strike_lines(path)
    with pytest.raises(FileNotFoundError, match="no such strikes file"):
        read_strike_lines(tmp_path / "nope.csv")


def test_judge_line_reasons() -> None:
    raqqa = [GAZ["Raqqa"]]
    near = destination(*GAZ["Raqqa"], 45, 20)
    far = destination(*GAZ["Raqqa"], 45, 30)
    assert judge_line([], raqqa) == ("no event", None)
    assert judge_line([strike(*near, sub="Shelling/artillery/missile attack")], raqqa) == ("wrong type", None)
    assert judge_line([strike(*near, kind="Battles")], raqqa) == ("wrong type", None)
    assert judge_line([strike(None, None)], raqqa) == ("no location", None)
    assert judge_line([strike(*far)], raqqa) == ("too far", pytest.approx(30.0, abs=0.1))
    reason, km = judge_line([strike(*far), strike(*near)], raqqa)
    assert reason is None and km == pytest.approx(20.0, abs=0.1)


def test_score_strikes(tmp_path: Path) -> None:
    path = tmp_path / "strikes.csv"
    path.write_text(CSV, encoding="utf-8")
    lines = read_strike_lines(path)

    def extract(texts: list[str]) -> list[list[dict]]:
        out = []
        for t in texts:
            if "Abu Kamal" in t:
                out.append([strike(*GAZ["Abu Kamal"], "Abu Kamal")])  # hit
            elif "Ar Raqqah" in t:
                out.append([strike(*destination(*GAZ["Raqqa"], 0, 60), "Tabqa")])  # too far
            elif "Manbij" in t:
                out.append([])  # no event
            elif "Dayr Az Zawr" in t:
                out.append([strike(*GAZ["Dayr Az Zawr"])])  # hit: either named place counts
            elif "Kobani" in t:
                out.append([strike(None, None)])  # no location
            else:
                out.append([strike(*GAZ["Mar’a"], kind="Battles", sub="Armed clash")])  # wrong type
        return out

    done: list[int] = []
    r = score_strikes(lines, extract, gold_geocode, progress=done.append, batch=2, samples=1)
    assert (r["hits"], r["n"], r["lines"], r["hit_rate"]) == (2, 6, 7, pytest.approx(2 / 6, abs=1e-4))
    assert r["failures"] == {"no event": 1, "wrong type": 1, "no location": 1, "too far": 1}
    assert r["too_far_median_km"] == pytest.approx(60, abs=0.1)
    assert r["ungeocoded"] == {"lines": 1, "places": {"Atlantis": 1}}
    assert r["samples"]["too far"] == [{
        "line": lines[1]["line"], "gold": "Raqqa", "distance_km": pytest.approx(60, abs=0.1),
        "got": {"acled": {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"},
                "location": "Tabqa"},
    }]
    assert done == [1, 3, 5, 7]


def test_score_strikes_checks_the_system_output() -> None:
    lines = [{"line": "- Near Raqqa, one strike.", "location": "Raqqa", "country_code": "SY"}]
    with pytest.raises(ValueError, match="returned 2 results for 1 lines"):
        score_strikes(lines, lambda texts: [[], []], gold_geocode)
    with pytest.raises(ValueError, match="without 'line'"):
        score_strikes([{"text": "x"}], lambda texts: [], gold_geocode)


def test_real_strikes_file(shared_dir: Path) -> None:
    rows = read_strike_lines(shared_dir / "data" / "syria" / "centcom-strikes.csv")
    assert len(rows) == 1608
    assert all(r["country_code"] == "SY" and r["line"] and r["location"] for r in rows)
    assert len(read_strike_lines(shared_dir / "data" / "syria" / "centcom-strikes.csv", country="Iraq")) == 3922
