"""perf53: the codebook rules read a feature family from one split of an event's features, and the place scorer reads
each candidate's phrase top once per document and each pair's `_bigger` once per context (issue 17). Output is meant
not to change: each cut is checked against the reading it replaces (written out here) on the features and place
contexts of real sentences run through the whole pipeline."""

from __future__ import annotations

import pytest

from frontwatch.events import place_role, subtype_model
from frontwatch.events import subtype_features as sf
from frontwatch.events import subtype_rules as sr

TEXTS = [
    "Government forces retook the village of Kabbani in the Latakia countryside after clashes with rebels on Sunday.",
    "Police fired tear gas at protesters in Cairo, and two demonstrators were killed in clashes near Tahrir Square.",
    "Air strikes on Aleppo killed 12 civilians, and a car bomb exploded in the Huriyah neighborhood of Baghdad.",
    "Islamic State fighters withdrew from Palmyra after the army shelled their positions in Homs province.",
    "Gunmen abducted three aid workers in the town of Maaloula, north of Damascus, and later released them.",
    "Rebels said they had shot down a government helicopter over Idlib, killing both pilots, near Saraqib.",
]


def _scanned(feats: list[str], prefix: str) -> set[str]:
    """`feature_values` as the base read it: one scan of the features per family asked."""
    return {f[len(prefix):] for f in feats if f.startswith(prefix)}


def _first_scanned(feats: list[str], prefix: str) -> str | None:
    return next((f[len(prefix):] for f in feats if f.startswith(prefix)), None)


@pytest.fixture(scope="module")
def recorded(extract) -> list[list[str]]:
    """The sub-type features of every event of TEXTS, as the extractor builds them (`subtype_model.recording`)."""
    with subtype_model.recording() as rows:
        extract(TEXTS)
    return [row["features"] for row in rows]


def _prefixes(feats: list[str]) -> set[str]:
    """Every family name of the features with its '=', and prefixes the split does not serve: a part of a name
    ('arg:', 'party:'), no '=' at the end, a '=' inside ('rule+agent=Attack|' is not a family), none matching."""
    out = {f.partition("=")[0] + "=" for f in feats if "=" in f}
    out |= {"arg:", "party:", "w", "trig=x", "no_such_family=", "="}
    out |= {f[:f.index("=") + 2] for f in feats if "=" in f and len(f) > f.index("=") + 1}
    return out


def test_feature_families_as_the_scans(recorded):
    assert len(recorded) >= 6
    asked = 0
    for feats in recorded:
        for prefix in sorted(_prefixes(feats)):
            assert sf.feature_values(feats, prefix) == _scanned(feats, prefix), prefix
            assert list(sf.feature_family(feats, prefix)) == [f[len(prefix):] for f in feats if f.startswith(prefix)]
            assert sf.first_feature_value(feats, prefix) == _first_scanned(feats, prefix), prefix
            assert sr._feature(feats, prefix) == _first_scanned(feats, prefix), prefix
            asked += 1
        assert sr.agent_kind(feats) == next((f[6:] for f in feats if f.startswith("agent=") and f != "agent=-"), None)
    assert asked > 100
    # a feature whose value holds '=' keeps it; a family asked again after another set of features is read anew
    feats = ["w=a", "x=b=c", "w=d", "agent=-", "agent=state forces"]
    assert sf.feature_values(feats, "x=") == {"b=c"} and sf.feature_values(feats, "x=b=") == {"c"}
    assert sf.feature_family(feats, "w=") == ("a", "d") and sr.agent_kind(feats) == "state forces"
    assert sf.feature_values(["w=e"], "w=") == {"e"} and sf.first_feature_value([], "w=") is None


def test_a_caller_may_change_its_set(recorded):
    feats = recorded[0]
    words = sf.feature_values(feats, "w=")
    words.add("<changed>")
    assert "<changed>" not in sf.feature_values(feats, "w=")


@pytest.fixture(scope="module")
def contexts(extract, request) -> list:
    """Every place context the extractor scores on TEXTS (the real pipeline; the scorer is only watched), each
    with its rows as `with_comparisons` gave them, read while its document was still current."""
    seen: list = []
    real = place_role.with_comparisons

    def watched(ctx):
        rows = real(ctx)
        tops = {id(c): place_role._phrase_top(ctx.head.doc[c.root], set(range(c.start, c.end)))
                for c in ctx.candidates}
        seen.append((ctx, rows, tops, _compared(ctx)))
        return rows

    mp = pytest.MonkeyPatch()
    mp.setattr(place_role, "with_comparisons", watched)
    try:
        extract(TEXTS)
    finally:
        mp.undo()
    return seen


def _compared(ctx) -> list[tuple[dict[str, float], str]]:
    """`with_comparisons` as the base read it: `_bigger` asked afresh for each place of each row."""
    near = place_role.around(ctx)
    rows = [(c, *place_role.features(ctx, c, near)) for c in ctx.candidates]
    shared = place_role.trigger_features(ctx)
    for _, f, _ in rows:
        f.update(shared)
    if len(rows) > 1:
        tops = {id(c): near.tops[id(c)][0].i for c, _, _ in rows}
        for c, f, _ in rows:
            if any(o is not c and tops[id(o)] == tops[id(c)] and place_role._coarser(c.toponym, o.toponym)
                   for o, _, _ in rows):
                f["coarser_in_phrase"] = 1.0
            if not any(o is not c and place_role._bigger(c, o, ctx) for o, _, _ in rows) and \
                    any(o is not c and place_role._bigger(o, c, ctx) for o, _, _ in rows):
                f["finest_place"] = 1.0
        for c, f, hk in rows:
            if "frame_locative" in f and hk in place_role.INHERITED_HOSTS:
                f["inherited_locative"] = 1.0
        best_rank = min(place_role.HOST_RANK.get(hk, 5) for _, _, hk in rows)
        best_dist = min(abs(c.root - ctx.head.i) for c, _, _ in rows)
        for c, f, hk in rows:
            if place_role.HOST_RANK.get(hk, 5) == best_rank:
                f["closest_attachment"] = 1.0
            if abs(c.root - ctx.head.i) == best_dist:
                f["nearest_place"] = 1.0
    return [(f, hk) for _, f, hk in rows]


def test_place_comparisons_as_read_afresh(contexts):
    several = [x for x in contexts if len(x[0].candidates) > 1]
    assert len(contexts) >= 6 and len(several) >= 3
    assert any("finest_place" in f for _, rows, _, _ in several for _, f, _ in rows)
    for ctx, rows, tops, compared in contexts:
        assert [(f, hk) for _, f, hk in rows] == compared
        near = place_role.around(ctx)
        for c in ctx.candidates:  # the memo's phrase top is the one climbed afresh
            (top, marks), (top0, marks0) = near.tops[id(c)], tops[id(c)]
            assert (top.i, marks) == (top0.i, marks0)
            assert place_role.candidate_top(c, ctx.head.doc)[0].i == top0.i
