"""scripts/train_subtypes.py's choice of the candidate to ship: the most conservative within CV noise, and
the setting already shipped whenever it is inside that band (no scikit-learn needed: the choice is pure)."""

from __future__ import annotations

import pytest
from script_modules import load_script


@pytest.fixture(scope="module")
def ts():
    return load_script("scripts/train_subtypes.py")


def _cand(ts, C: float, dense: float, comb: tuple, score: float, keep: bool = False) -> tuple:
    setting = ts.Setting("svm", C, "balanced", dense, 4.0)
    return (setting, comb, score, [], score, keep)


def test_a_margin_beats_an_override_within_the_noise_band(ts):
    over = _cand(ts, 0.2, 0.0, ("override", 0.3), 0.80)
    margin = _cand(ts, 0.2, 0.0, ("margin", 0.3), 0.795)
    assert ts.choose_candidate([over, margin], None) is margin


def test_the_shipped_setting_is_kept_anywhere_inside_the_band(ts):
    new = _cand(ts, 0.1, 0.1, ("margin", 0.3), 0.8286)
    shipped = _cand(ts, 0.2, 0.0, ("margin", 0.3), 0.8254)  # .0032 below: outside the old .002 band
    assert ts.choose_candidate([new, shipped], (shipped[0], shipped[1], shipped[5])) is shipped
    assert ts.choose_candidate([new, shipped], None) is new


def test_a_setting_beating_the_shipped_one_by_more_than_the_noise_ships(ts):
    new = _cand(ts, 0.1, 0.1, ("margin", 0.3), 0.84)
    shipped = _cand(ts, 0.2, 0.0, ("margin", 0.3), 0.8254)
    assert ts.choose_candidate([new, shipped], (shipped[0], shipped[1], shipped[5])) is new


def test_the_shipped_setting_is_kept_only_as_conservative_as_the_best(ts):
    best = _cand(ts, 0.1, 0.1, ("margin", 0.3), 0.83)
    shipped_bolder = _cand(ts, 0.2, 0.0, ("margin", 0.1), 0.829)
    assert ts.choose_candidate([best, shipped_bolder], (shipped_bolder[0], shipped_bolder[1], False)) is best
