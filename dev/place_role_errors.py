"""Why the place-role scorer chose another place than the gold one (issue 14 item 1; TUNE only).

Reads the pair cache written by `dev/fit_place_role.py --cache FILE` (run on the tune part)
and, for each sentence whose gold place is a candidate but lost, prints the winner and the
gold candidate with the features that separate them, weighted by the packaged weights; then
sums, over all such sentences, how much each feature pushed the wrong way. The features that
most often decide wrongly are where a new feature or a fixed extraction is worth looking.

    PYTHONPATH=src python dev/place_role_errors.py /tmp/place_role_pairs.jsonl [--n 40] [--weights FILE]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from frontwatch.events import place_role


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cache", type=Path)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--weights", default=None)
    ap.add_argument("--kind", choices=("other", "abstained", "invented"), default="other")
    a = ap.parse_args()
    w = place_role.load_weights(a.weights)
    records = [json.loads(line) for line in a.cache.read_text(encoding="utf-8").splitlines()]
    push: Counter[str] = Counter()
    shown = 0
    for r in records:
        if r["how"] in ("relative", "actor") or not r["cands"]:
            continue
        best = max(r["cands"], key=lambda c: (w.score(c["f"]), -c["d"]))
        chosen = place_role._logistic(w.score(best["f"])) >= w.threshold
        gold = [c for c in r["cands"] if c["y"]]
        if a.kind == "other":
            if not gold or best["y"] or not chosen:
                continue
            g = max(gold, key=lambda c: w.score(c["f"]))
        elif a.kind == "abstained":
            if not gold or chosen:
                continue
            g = max(gold, key=lambda c: w.score(c["f"]))
            best = g
        else:
            if r["gold"] or not chosen:
                continue
            g = None
        diff: dict[str, float] = {}
        if g is not None and g is not best:
            for k in set(best["f"]) | set(g["f"]):
                d = w.weights.get(k, 0.0) * (best["f"].get(k, 0.0) - g["f"].get(k, 0.0))
                if abs(d) > 1e-9:
                    diff[k] = d
                    push[k] += d
        else:
            for k in best["f"]:
                push[k] += w.weights.get(k, 0.0) * best["f"][k]
        if shown < a.n:
            shown += 1
            print(f"\n* {r.get('verb')} :: {r.get('text', '')[:220]}")
            print(f"  gold {r.get('gold_text')}  chose {best.get('t')!r} p={best.get('p')}"
                  + (f"  gold cand {g.get('t')!r} p={g.get('p')}" if g is not None else ""))
            if diff:
                top = sorted(diff.items(), key=lambda kv: -kv[1])[:8]
                print("  for the winner: " + ", ".join(f"{k} {v:+.2f}" for k, v in top))
            else:
                top = sorted(best["f"], key=lambda k: -w.weights.get(k, 0.0))[:8]
                print("  its features: " + ", ".join(f"{k} {w.weights.get(k, 0.0):+.2f}" for k in top))
    print("\nfeatures pushing the wrong way (sum over sentences):")
    for k, v in push.most_common(30):
        print(f"  {k:35s} {v:+.2f}")


if __name__ == "__main__":
    main()
