"""dev/fit_place_role.py --against: a refit scored on held-out halves of the tune part beside
other weights on the same halves (evfit24)."""


from script_modules import load_script

from frontwatch.events import place_role


def _fit_module():
    return load_script("dev/fit_place_role.py")


def _records() -> list[dict]:
    records = []
    for i in range(40):
        cands = [{"f": {"prep=in": 1.0}, "y": 1, "d": 2}, {"f": {"prep=from": 1.0}, "y": 0, "d": 1}]
        if i % 5 == 0:  # some noise: the other place is gold
            cands[0]["y"], cands[1]["y"] = 0, 1
        records.append({"id": str(i), "fold": i, "gold": True, "how": "locative", "cands": cands})
    for i in range(20):
        records.append({"id": f"n{i}", "fold": i, "gold": False, "how": "sentence",
                        "cands": [{"f": {"prep=from": 1.0}, "y": 0, "d": 1}]})
    return records


def test_each_fold_is_scored_by_weights_fitted_without_it() -> None:
    fit = _fit_module()
    records = _records()
    # weights that read the grammar backwards: the place 'from' which the attack came is taken
    backwards = place_role.Weights({"prep=from": 2.0, "prep=in": -2.0}, 0.0, 0.5)
    folds = fit.held_out_against(records, backwards, "choice", 0.1, 0.8, k=2)
    assert [n for _, _, n in folds] == [30, 30]  # every record held out once
    for refit, other, _ in folds:
        assert refit[0] > other[0]  # the refit picks the 'in' place the held-out half codes
        assert refit[1] >= 0.8  # and keeps the no-invention floor it was fitted under
    # the same weights as `figures` gives on that fold: the comparison is on the same sentences
    half = [r for r in records if r["fold"] % 2 == 0]
    assert folds[0][1] == fit.figures(half, backwards)
