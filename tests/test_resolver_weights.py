"""The resolver's weights live in data/resolver_weights.json, not in geo/resolve.py.

Real file, real loader, real resolve.py source: a weight added to the code as a bare
number, a weight in the file the code never reads, or an entry without its 'why' fails here.
"""

from __future__ import annotations

import ast
import json
from importlib import resources
from pathlib import Path

import pytest

from frontwatch.geo import resolve, resolver_weights as rw
from frontwatch.geo.recognize import SpanCandidate

RESOLVE_PY = Path(resolve.__file__)
# Numbers that are not weights: identities (0, 1), a float epsilon.
STRUCTURAL = {0, 1, 1e-9}


def _raw() -> dict:
    return json.loads((resources.files("frontwatch") / "data" / rw.WEIGHTS_FILE).read_text("utf-8"))["weights"]


def test_the_loader_reads_every_weight_with_its_value() -> None:
    raw, w = _raw(), rw.weights()
    assert len(raw) >= 70
    for name, entry in raw.items():
        value = getattr(w, name)
        if isinstance(entry["value"], dict):
            assert dict(value) == entry["value"], name
        elif isinstance(entry["value"], list):
            assert value == frozenset(entry["value"]), name
        else:
            assert value == entry["value"], name
        assert entry["why"].strip() and isinstance(entry["fit"], bool), name
    assert resolve.W is w  # resolve.py reads the shipped file


def test_a_missing_or_unknown_weight_or_a_missing_why_is_refused(tmp_path: Path) -> None:
    entries = rw.read_entries()
    missing = dict(entries)
    missing.pop("prominence")
    with pytest.raises(ValueError, match="prominence"):
        rw.build(missing)
    with pytest.raises(ValueError, match="bogus"):
        rw.build({**entries, "bogus": {"value": 1.0, "why": "x", "fit": True}})
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"weights": {**entries, "prominence": {"value": 0.5, "why": " ", "fit": True}}}))
    with pytest.raises(ValueError, match="why"):
        rw.read_entries(path)
    path.write_text(json.dumps({"weights": {**entries, "prominence": {"value": "high", "why": "x", "fit": True}}}))
    with pytest.raises(ValueError, match="number"):
        rw.read_entries(path)


def _used_weights(tree: ast.AST) -> set[str]:
    """Names read as `W.name` (resolve.py's alias) or `weights().name` (any other geo module)."""
    def reads_weights(v: ast.AST) -> bool:
        return (isinstance(v, ast.Name) and v.id == "W") or (
            isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id == "weights")
    return {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and reads_weights(n.value)}


def test_every_weight_in_the_file_is_read_by_the_geoparser_and_only_those() -> None:
    """No dead weight in the file, no weight read that the file lacks: resolve.py reads most, a
    candidate-generation module (geo/home_candidates.py) its own few, all through the one loader."""
    used: set[str] = set()
    for path in sorted(RESOLVE_PY.parent.glob("*.py")):
        used |= _used_weights(ast.parse(path.read_text("utf-8")))
    assert used == set(_raw())


def _bare_numbers(tree: ast.Module) -> list[tuple[str, int, object]]:
    """Numeric literals in the bodies of resolve.py's functions (but round()'s digits) and module-level
    names bound to numbers or to containers of numbers."""
    found = []
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        digits = {id(c.args[1]) for c in ast.walk(fn) if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
                  and c.func.id == "round" and len(c.args) == 2}
        body = [n for stmt in fn.body for n in ast.walk(stmt)]  # not the decorators (cache sizes)
        for n in body:
            if (isinstance(n, ast.Constant) and type(n.value) in (int, float) and n.value not in STRUCTURAL
                    and id(n) not in digits and not _is_index(fn, n)):
                found.append((fn.name, n.lineno, n.value))
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and any(
                isinstance(c, ast.Constant) and type(c.value) in (int, float) for c in ast.walk(stmt.value)):
            found.append(("<module>", stmt.lineno, ast.unparse(stmt)[:60]))
    return found


def _is_index(fn: ast.FunctionDef, const: ast.Constant) -> bool:
    """A subscript index or a length test (memo[2], len(parts) >= 2): positions, not weights."""
    for n in ast.walk(fn):
        if isinstance(n, ast.Subscript) and n.slice is const:
            return True
        if (isinstance(n, ast.Compare) and isinstance(n.left, ast.Call) and isinstance(n.left.func, ast.Name)
                and n.left.func.id == "len" and const in n.comparators):
            return True
    return False


def test_resolve_py_has_no_bare_weights_left() -> None:
    assert _bare_numbers(ast.parse(RESOLVE_PY.read_text("utf-8"))) == []


def test_the_bare_number_check_can_fail() -> None:
    planted = ast.parse("W = weights()\nBONUS = 0.3\n\ndef sense(x):\n    return x + 0.25 + W.prominence\n")
    assert [(f, v) for f, _, v in _bare_numbers(planted)] == [("sense", 0.25), ("<module>", "BONUS = 0.3")]


def test_resolve_reads_the_weights_at_call_time() -> None:
    """The fitter swaps resolve.W: evidence and the accept threshold must follow."""
    span = SpanCandidate(start=0, end=7, text="Palmyra", label="GPE", sentence=0, prep="near", dateline=True)
    shipped = resolve.W
    before = resolve.evidence(span)
    assert before == pytest.approx(shipped.label_prior["GPE"] + shipped.strong_preps["near"] + shipped.dateline)
    try:
        resolve.W = rw.with_values(shipped, {"strong_preps.near": 1.0, "dateline": 0.0})
        assert resolve.evidence(span) == pytest.approx(shipped.label_prior["GPE"] + 1.0)
    finally:
        resolve.W = shipped
    assert resolve.evidence(span) == before


def test_flat_values_and_with_values_change_one_number() -> None:
    w, entries = rw.weights(), rw.read_entries()
    flat = rw.flat_values(w, entries)
    assert "accept.exact" in flat and "prominence" in flat and "nation_sized" not in flat  # not marked fit
    changed = rw.with_values(w, {"accept.exact": flat["accept.exact"] + 0.1})
    after = rw.flat_values(changed, entries)
    assert {k for k in flat if after[k] != flat[k]} == {"accept.exact"}
    assert w.accept["exact"] == flat["accept.exact"]  # the original is untouched
    with pytest.raises(KeyError):
        rw.with_values(w, {"accept.nonsense": 1.0})
    assert rw.to_entries(w, entries) == entries
