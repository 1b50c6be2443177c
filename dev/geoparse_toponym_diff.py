"""Per-toponym outcomes of `evaluate geoparse` in two trees, and which of them got worse.

Aggregate figures hide trades: acc@161 can drop by 2 while 15 toponyms get better and 17 get
worse. This lens dumps every gold toponym's outcome (found with the exact span or not, the
predicted point, the error) from whatever `frontwatch` is importable, so a base tree and this
tree can be run separately, each with its own venv and gazetteer, and diffed afterwards:

    # base (read-only tree, its own venv and gazetteer home)
    cd /tmp/base15 && FRONTWATCH_HOME=/tmp/base15-home .venv/bin/python \
        /work/wt/acc15/dev/geoparse_toponym_diff.py dump ../shared/data/geoparsing/lgl.xml --out /tmp/acc15/lgl-base.jsonl
    # this tree
    PYTHONPATH=$PWD/src /work/main/.venv/bin/python dev/geoparse_toponym_diff.py dump \
        ../shared/data/geoparsing/lgl.xml --out /tmp/acc15/lgl-new.jsonl
    # what changed, grouped by outcome
    python dev/geoparse_toponym_diff.py diff /tmp/acc15/lgl-base.jsonl /tmp/acc15/lgl-new.jsonl

`dump` runs the tree's own `run_geoparse` (so the outlet prior and batching are exactly the
evaluator's) and records what `score_document` saw, by wrapping it: no second code path that
could drift from the scored one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from unittest.mock import patch  # put the evaluator's scorer back even when a run fails

FAR_KM = 161.0


def _outcome(rec: dict) -> str:
    """One toponym's outcome, coarsest first: missed (span not found), unresolved, far, near."""
    if not rec["found"]:
        return "missed"
    if not rec["has_coords"]:
        return "found"
    if rec["km"] is None:
        return "unresolved"
    return "far" if rec["km"] > FAR_KM else "near"


def dump(corpus: Path, out: Path, limit: int | None) -> None:
    import frontwatch.evaluate.geoparse as ge
    from frontwatch.evaluate.metrics import haversine_km
    from frontwatch.evaluate.run import run_geoparse

    rows: list[dict] = []
    original = ge.score_document
    doc_index = {"i": 0}

    def recording(gold, predicted):
        predicted = list(predicted)
        pred = ge._predicted_spans(predicted)
        i = doc_index["i"]
        doc_index["i"] += 1
        gold_spans = {(g.start, g.end) for g in gold.toponyms}
        for g in gold.toponyms:
            p = pred.get((g.start, g.end))
            km = None
            if p is not None and p.place is not None and g.has_coords:
                km = round(haversine_km(g.lat, g.lon, p.place.lat, p.place.lon), 1)
            place = p.place if p is not None else None
            rows.append({
                "doc": i, "start": g.start, "end": g.end, "text": g.text, "gold": True,
                "has_coords": bool(g.has_coords), "found": p is not None, "km": km,
                "pred": None if place is None else f"{place.name}|{place.admin1}|{place.country}|{place.precision}",
                "how": (p.candidates[0].how if p is not None and p.candidates else None),
                "ctx": gold.text[max(0, g.start - 60):g.end + 60].replace("\n", " "),
            })
        for (s, e), p in pred.items():
            if (s, e) in gold_spans:
                continue
            place = p.place
            rows.append({"doc": i, "start": s, "end": e, "text": p.text, "gold": False,
                         "pred": None if place is None else f"{place.name}|{place.admin1}|{place.country}|{place.precision}",
                         "ctx": gold.text[max(0, s - 60):e + 60].replace("\n", " ")})
        return original(gold, predicted)

    with patch.object(ge, "score_document", recording):
        result = run_geoparse(corpus, limit=limit)
    _write_jsonl(out, rows)
    rec, res = result["recognition"], result["resolution"]
    print(f"{corpus.name}: F1 {rec['f1']:.4f} (tp {rec['tp']} fp {rec['fp']} fn {rec['fn']}) "
          f"acc@161 {res['acc161']:.4f} n {res['n']} -> {out}", file=sys.stderr)


def dump_re3d(out: Path) -> None:
    """re3d gold Location spans found exactly (or not) by the tree's `run_re3d`, one line per
    gold span, by wrapping `evaluate.re3d.score_document` as `dump` does."""
    import frontwatch.evaluate.re3d as rm
    from frontwatch.evaluate.run import run_re3d

    rows: list[dict] = []
    original = rm.score_document
    doc_index = {"i": 0}

    def recording(gold, predicted):
        predicted = sorted(set(predicted))
        i = doc_index["i"]
        doc_index["i"] += 1
        r = original(gold, predicted)
        exact = {(g.start, g.end) for g in r["exact"]}
        for g in gold:
            over = [p for p in predicted if p[0] < g.end and g.start < p[1]]
            rows.append({"gold": True, "doc": i, "text": g.text, "start": g.start, "end": g.end,
                         "exact": (g.start, g.end) in exact, "overlapping": [list(p) for p in over]})
        return r

    with patch.object(rm, "score_document", recording):
        run_re3d()
    _write_jsonl(out, rows)
    print(f"re3d: {sum(r['exact'] for r in rows)}/{len(rows)} gold spans exact -> {out}", file=sys.stderr)


def _write_jsonl(out: Path, rows: list[dict]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _load(path: Path) -> tuple[dict, dict]:
    gold, extra = {}, {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        r = json.loads(line)
        (gold if r["gold"] else extra)[(r["doc"], r["start"], r["end"])] = r
    return gold, extra


_RANK = {"near": 3, "found": 3, "far": 1, "unresolved": 0, "missed": -1}


def diff(base_path: Path, new_path: Path, show: str) -> None:
    """Print every gold toponym whose outcome changed (worse first), and the false positives
    gained and lost, with the base and new predictions side by side."""
    base, base_fp = _load(base_path)
    new, new_fp = _load(new_path)
    moves: Counter[str] = Counter()
    worse, better, moved = [], [], []
    for key, b in base.items():
        n = new.get(key)
        if n is None:
            continue
        ob, on = _outcome(b), _outcome(n)
        if ob != on:
            moves[f"{ob} -> {on}"] += 1
            (worse if _RANK[on] < _RANK[ob] else better).append((key, b, n, ob, on))
        elif ob == "far" and b["pred"] != n["pred"]:
            moved.append((key, b, n, ob, on))

    def line(item) -> str:
        key, b, n, ob, on = item
        return (f"{ob}->{on}\tdoc{key[0]}\t{b['text']!r}\tbase {b['pred']} {b['km']} km [{b.get('how')}]"
                f"\tnew {n['pred']} {n['km']} km [{n.get('how')}]\t…{n['ctx']}…")

    print("outcome moves:", dict(moves.most_common()))
    print(f"worse {len(worse)}, better {len(better)}, far both but moved {len(moved)}")
    if show in ("worse", "all"):
        print("\n== WORSE ==")
        print("\n".join(line(x) for x in sorted(worse, key=lambda x: (x[3] + x[4], x[0]))))
    if show in ("better", "all"):
        print("\n== BETTER ==")
        print("\n".join(line(x) for x in sorted(better, key=lambda x: (x[3] + x[4], x[0]))))
    gained = sorted(new_fp.keys() - base_fp.keys())
    lost = sorted(base_fp.keys() - new_fp.keys())
    print(f"\nfalse positives gained {len(gained)}, lost {len(lost)}")
    if show in ("worse", "all"):
        for k in gained:
            r = new_fp[k]
            print(f"FP+\tdoc{k[0]}\t{r['text']!r}\t{r['pred']}\t…{r['ctx']}…")
    if show == "all":
        for k in lost:
            r = base_fp[k]
            print(f"FP-\tdoc{k[0]}\t{r['text']!r}\t{r['pred']}\t…{r['ctx']}…")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="per-toponym outcomes of the importable frontwatch")
    d.add_argument("corpus", type=Path)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--limit", type=int)
    r = sub.add_parser("dump-re3d", help="per-gold-span exact hits of the importable frontwatch on re3d")
    r.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("diff", help="toponyms whose outcome changed between two dumps")
    c.add_argument("base", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--show", choices=("worse", "better", "all", "none"), default="worse")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.corpus, args.out, args.limit)
    elif args.cmd == "dump-re3d":
        dump_re3d(args.out)
    else:
        diff(args.base, args.new, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
