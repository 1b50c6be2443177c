"""How long one gazetteer look-up takes on the default gazetteer (on disk, SQLite).

    .venv/bin/python bench/gazetteer_lookups.py [--repeat 200]

Times, per query, medians over `--repeat` rounds of:
- `Gazetteer.by_name` for a common name ('Damascus');
- `CandidateFinder.candidates` for the seed's misspellings and some plain names, with the
  article's focus (SY) and without; the finder's memo is cleared before each round, so
  these are cold fuzzy searches, not cache hits;
- `common_word` (the wordfreq gate in front of fuzzy matching), uncached.
The first call of each kind (index building, wordfreq's list load) is timed apart as `warm_up`.
Writes the figures with the machine, load, date and commit to bench/results/lookups-<UTC time>.json.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from results_file import write_result

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from frontwatch.geo.candidates import CandidateFinder  # noqa: E402
from frontwatch.geo.gazetteer import Gazetteer  # noqa: E402
from frontwatch.geo.words import common_word  # noqa: E402

WORDS = ["Halepi", "Dderaa", "Kuneytra", "Suaydah", "Sanamaine", "Deir Ezzor", "Ar Raqqah", "Sheikh Meskin",
         "Damascus", "Homs", "Hama", "Doha", "Hezbollah", "Rami", "Islamic"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    gaz = Gazetteer.open()
    finder = CandidateFinder(gaz)
    t0 = time.perf_counter()
    finder.candidates("warm up", focus={"SY"})
    common_word("warm up")
    warm = time.perf_counter() - t0

    def per_query(fn, items) -> float:
        rounds = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            for item in items:
                fn(item)
            rounds.append((time.perf_counter() - t) / len(items))
        return statistics.median(rounds)

    def cold(focus):
        def run(word: str) -> None:
            finder.forget_searches()
            finder.candidates(word, focus=focus)
        return run

    result = {
        "repeat": args.repeat, "words": WORDS, "warm_up_s": round(warm, 3),
        "by_name_ms": round(1000 * per_query(gaz.by_name, ["Damascus"]), 3),
        "candidates_focus_SY_ms": round(1000 * per_query(cold({"SY"}), WORDS), 3),
        "candidates_no_focus_ms": round(1000 * per_query(cold(()), WORDS), 3),
        "common_word_us": round(1e6 * per_query(lambda w: common_word.__wrapped__(w), WORDS), 2),
    }
    write_result(result, args.out, "lookups")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
