"""Print the TUNE sentences of the actors/fatalities gold that the pipeline gets wrong, with every event it coded.

Why: to read the errors by hand (never the report part: that one is only scored).

    PYTHONPATH=src .venv/bin/python dev/actors_fatalities/errors.py [--what a1|a2|fat]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from frontwatch.evaluate.actors_fatalities import actor1_right, actor2_right, load_gold, predicted_of
from frontwatch.evaluate.run import DEFAULT_ACTORS, DEFAULT_DATA, extract_texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--what", choices=("a1", "a2", "fat", "any"), default="any")
    args = ap.parse_args()
    items = [g for g in load_gold(sorted(Path(DEFAULT_ACTORS).glob("*.jsonl")), DEFAULT_DATA) if g.split == "tune"]
    recs = extract_texts([g.text for g in items])
    for g, rs in zip(items, recs):
        p = predicted_of(rs)
        wrong = {"a1": g.inter1 is not None and not actor1_right(g, p),
                 "a2": g.inter2 is not None and not actor2_right(g, p),
                 "fat": g.fatalities != p.fatalities}
        if not (any(wrong.values()) if args.what == "any" else wrong[args.what]):
            continue
        print(f"== {g.id}  gold {g.inter1}/{g.inter2}/{g.fatalities} ({g.actor1} | {g.actor2})  "
              f"pred {p.inter1}/{p.inter2}/{p.fatalities}")
        print("   " + g.text)
        for r in rs:
            a1, a2 = r.get("actor1") or {}, r.get("actor2") or {}
            print(f"   - {(r.get('acled') or {}).get('sub_event_type') or r.get('type')} [{r.get('trigger')}] "
                  f"{r.get('modality')} a1={a1.get('name')}({a1.get('text')}) a2={a2.get('name')}({a2.get('text')}) "
                  f"fat={r.get('fatalities')} conf={r.get('confidence')}")


if __name__ == "__main__":
    main()
