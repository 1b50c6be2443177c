"""Two of perf23's exact cuts, each switched off and on in one process, interleaved: their CPU on `Pipeline.process`.

    PYTHONPATH=src .venv/bin/python bench/toggle_times.py [--limit 150] [--rounds 2]

Why one process: on a shared machine two runs differ by several per cent, more than either cut; passes of the
same process over the same articles, in rotating order, compare them at the same moment. The settings:

* base       — both cuts on (the branch as shipped);
* data_path  — `data_files.data_path` not remembered (`importlib.resources` per call, as before perf23);
* structure  — the main22 chooser features computed for every event (FRONTWATCH_MAIN_EVENT_STRUCTURE=1, as before).

Prints CPU seconds per setting and round; the result goes to bench/results/toggle_times-<UTC>.json.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import write_result  # noqa: E402
from throughput import DEFAULT_CSV, load_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    from frontwatch import data_files
    from frontwatch.clean import clean_article
    from frontwatch.events import main_event, subtype_model
    from frontwatch.model import RawArticle
    from frontwatch.pipeline import Pipeline

    remembered = data_files.data_path
    users = [m for m in (data_files, main_event, subtype_model) if getattr(m, "data_path", None) is remembered]

    @contextmanager
    def setting(name: str):
        if name == "data_path":
            for m in users:
                m.data_path = remembered.__wrapped__
        if name == "structure":
            os.environ[main_event.STRUCTURE_ENV] = "1"
        try:
            yield
        finally:
            for m in users:
                m.data_path = remembered
            os.environ.pop(main_event.STRUCTURE_ENV, None)

    rows = load_rows(args.csv, None)
    arts = [clean_article(RawArticle(text=f"{r['article_title']}\n\n{r['article_content']}", source_ref=str(i),
                                     kind="jsonl", title=r["article_title"])) for i, r in enumerate(rows)]
    pipe = Pipeline()
    pipe.warm_up()
    work = arts[:args.limit]
    list(pipe.process(work))  # warm: the memos of these articles filled, as in every later pass
    names = ("base", "data_path", "structure")
    got: dict[str, list[float]] = {n: [] for n in names}
    for k in range(args.rounds):
        order = names[k % 3:] + names[:k % 3]
        for name in order:
            with setting(name):
                t = time.process_time()
                n_events = sum(len(p.events) for p in pipe.process(work))
                got[name].append(round(time.process_time() - t, 2))
        print(f"round {k + 1}: " + ", ".join(f"{n} {got[n][-1]} s" for n in names) + f" ({n_events} events)",
              flush=True)
    result = {"benchmark": "perf23 cuts toggled in one process (Pipeline.process CPU s)",
              "input": {"csv": str(args.csv), "articles": len(work), "rounds": args.rounds},
              "cpu_seconds": got,
              "saving_vs_base": {n: round(sum(got[n]) / sum(got["base"]) - 1, 4) for n in names if n != "base"}}
    write_result(result, args.out, "toggle_times")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
