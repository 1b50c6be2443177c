"""evaluate ml-events: the matching rule, and a real run on one language of dev/events-ml."""

from __future__ import annotations

from frontwatch.evaluate.ml_events import gold_key, match, report_lines


def gold(acled: str, plover: str, lat=None, lon=None) -> dict:
    return {"acled_type": acled, "sub_event_type": "", "plover": plover, "place": None, "lat": lat, "lon": lon}


def pred(acled: str | None, plover: str | None, lat=None, lon=None) -> dict:
    loc = {"lat": lat, "lon": lon} if lat is not None else None
    return {"acled": {"event_type": acled, "sub_event_type": ""} if acled else None, "plover": plover,
            "location": loc}


def test_acled_events_match_on_acled_type_political_ones_on_plover():
    assert gold_key(gold("Battles", "ASSAULT")) == ("acled", "Battles")
    assert gold_key(gold("", "ACCUSE")) == ("plover", "ACCUSE")
    # a shelling (ASSAULT) does not find a gold battle; an armed clash does, whatever its PLOVER type
    assert match([gold("Battles", "ASSAULT")], [pred("Explosions/Remote violence", "ASSAULT")]) == []
    assert [(g, p) for g, p, _ in match([gold("Battles", "")], [pred("Battles", None)])] == [(0, 0)]
    # an ACLED agreement with PLOVER AGREE finds a political-only AGREE
    assert len(match([gold("", "AGREE")], [pred("Strategic developments", "AGREE")])) == 1


def test_matching_is_one_to_one_and_prefers_the_nearest_place():
    g = [gold("Battles", "", 36.2, 37.16)]
    far, near = pred("Battles", "ASSAULT", 33.5, 36.3), pred("Battles", "ASSAULT", 36.21, 37.15)
    pairs = match(g, [far, near])
    assert len(pairs) == 1 and pairs[0][1] == 1 and pairs[0][2] < 2
    two = match([gold("", "ACCUSE"), gold("", "ACCUSE")], [pred(None, "ACCUSE")])
    assert len(two) == 1


def test_a_real_run_on_the_ukrainian_tune_part(shared_dir):
    from frontwatch.evaluate.ml_devset import load_ml
    from frontwatch.evaluate.ml_events import run_ml_events

    r = run_ml_events(["uk"], shared_dir / "data", split="tune")
    uk = r["languages"][0]
    rows = [x for x in load_ml("uk", shared_dir / "data") if x.split == "tune"]
    d = uk["detection"]
    assert uk["sentences"] == len(rows) and d["tp"] + d["fn"] == sum(len(x.events) for x in rows)
    assert d["tp"] > 0 and 0.0 < d["f1"] <= 1.0
    assert any(line.startswith(" uk ") for line in report_lines(r))
