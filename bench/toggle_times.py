"""perf23's exact cut switched off and on in one process, interleaved: its CPU on `Pipeline.process`.

    PYTHONPATH=src .venv/bin/python bench/toggle_times.py [--limit 150] [--rounds 2]

Why one process: on a shared machine two runs differ by several per cent, more than the cut; passes of the
same process over the same articles, in rotating order, compare them at the same moment. The settings:

* base       — the branch as shipped (the main22 chooser features only where a chooser reads them);
* structure  — the main22 chooser features computed for every event (FRONTWATCH_MAIN_EVENT_STRUCTURE=1, as before).

(The session's first results, toggle_times-20261206T0720*/0728*/0735*.json, also have a `data_path` setting: a
memo of `data_files.data_path` that was measured at ~0.3 % and dropped.)

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

    from frontwatch.clean import clean_article
    from frontwatch.events import main_event
    from frontwatch.model import RawArticle
    from frontwatch.pipeline import Pipeline

    @contextmanager
    def setting(name: str):
        if name == "structure":
            os.environ[main_event.STRUCTURE_ENV] = "1"
        try:
            yield
        finally:
            os.environ.pop(main_event.STRUCTURE_ENV, None)

    rows = load_rows(args.csv, None)
    arts = [clean_article(RawArticle(text=f"{r['article_title']}\n\n{r['article_content']}", source_ref=str(i),
                                     kind="jsonl", title=r["article_title"])) for i, r in enumerate(rows)]
    pipe = Pipeline()
    pipe.warm_up()
    work = arts[:args.limit]
    list(pipe.process(work))  # warm: the memos of these articles filled, as in every later pass
    names = ("base", "structure")
    got: dict[str, list[float]] = {n: [] for n in names}
    for k in range(args.rounds):
        order = names[k % 2:] + names[:k % 2]
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
