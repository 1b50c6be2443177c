"""The FA-KES theatre evaluator: its split, its reading of the countries a text names, its figures."""

from __future__ import annotations

from frontwatch.evaluate.fakes import FakesArticle, named_countries, score_fakes, split_of


def test_split_is_fixed_and_about_even() -> None:
    ids = [str(1_900_000_000 + 7 * i) for i in range(400)]
    first = [split_of(i) for i in ids]
    assert first == [split_of(i) for i in ids]  # deterministic
    assert 150 < first.count("tune") < 250


def test_named_countries_reads_names_demonyms_and_capitals() -> None:
    got = named_countries("Iranian-backed militias and the U.S. met in Ankara; Britain warned.")
    assert {"IR", "US", "TR", "GB"} <= got
    assert "TN" not in got


def _rec(country: str | None, precision: str = "city", actor: str | None = "Rebels (Syria)", text: str = "X") -> dict:
    loc = None if country is None else {"name": text, "text": text, "lat": 1.0, "lon": 2.0, "country": country,
                                        "precision": precision}
    return {"actor1": {"name": actor} if actor else None, "location": loc}


def test_score_counts_outside_country_level_and_empty_actor() -> None:
    art = FakesArticle(unit_id="1", title="", text="Syrian and Turkish forces clashed.", source="x", published=None,
                       location="")
    result = score_fakes([art], [[_rec("SY"), _rec("TR", actor=None), _rec("TN", text="Al-Susah"),
                                  _rec("SY", precision="country"), _rec(None)]])
    assert result["located"] == 4 and result["outside"] == 1 and result["outside_pct"] == 25.0
    assert result["country_level"] == 1 and result["actor1_empty"] == 1
    assert result["top_outside"][0]["text"] == "Al-Susah"
    assert result["fatalities"] is None  # no such field in these records
