"""CPU seconds of the native (non-English) path on the multilingual dev sentences, and a digest of what it coded.

    PYTHONPATH=<tree>/src .venv/bin/python bench/ml_sentence_times.py [--split tune] [--rounds 2] [--label L]

Each labelled sentence of dev/events-ml (the corpus files and the constructed wire copy of every language) goes
through what `evaluate ml-events --places resolved` runs on it: `lang.geoparse.geoparse_text` (theatre words and
actors, toponyms, places) and `lang.events.code_sentence` (the events, with the learned filter). A first untimed pass
over one sentence of each language loads models, word lists and indexes; each round after it is timed by this
process's CPU (what to compare on a shared machine) and wall clock. Round 1 meets most words for the first time; in
round 2 every bounded cache (lru look-ups, memos) has seen them all, as in a long run over one feed. The SHA-256 of the events' records (every sentence, in order) proves two trees code
the same: run the base and the branch with the same arguments and compare `events_sha256`.
Why a new bench: `bench/lang_throughput.py` times whole NER-corpus texts through `Pipeline.process`; the event coder's
own sentences (short, many acts) are where the native coder's per-sentence cost shows.
Writes bench/results/ml-sentence-times-<label>-<UTC time>.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from results_file import write_result

ROOT = Path(__file__).resolve().parents[1]


def _rows(split: str) -> list[tuple[str, str]]:
    """(lang, text) of every labelled sentence of the split, corpus files first, then constructed ones."""
    from frontwatch.evaluate.ml_devset import load_ml
    from frontwatch.evaluate.run import DEFAULT_ML_EVENTS

    out: list[tuple[str, str]] = []
    for path in sorted(DEFAULT_ML_EVENTS.glob("*.jsonl")):
        lang = path.stem.removeprefix("constructed-")
        out += [(lang, r.text) for r in load_ml(lang, None, path) if split == "all" or r.split == split]
    return out


def _code(rows: list[tuple[str, str]], geoparser) -> tuple[list[str], dict[str, float]]:
    """The events' records (JSON lines, ids kept: they are the sentence's) and CPU seconds per language."""
    from frontwatch.lang.events import code_sentence
    from frontwatch.lang.geoparse import geoparse_text

    lines: list[str] = []
    cpu: dict[str, float] = {}
    for lang, text in rows:
        t = time.process_time()
        places = geoparse_text(text, lang, geoparser)[1]
        events = code_sentence(text, lang, places)
        cpu[lang] = cpu.get(lang, 0.0) + time.process_time() - t
        lines += [json.dumps(e.to_record(), sort_keys=True, ensure_ascii=False, default=str) for e in events]
        lines += [json.dumps([t.start, t.end, t.place.geonameid if t.place else None]) for t in places]
    return lines, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="tune", choices=("tune", "report", "all"))
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--label", default="run")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    import frontwatch
    from frontwatch.geo.geoparse import Geoparser

    geoparser = Geoparser.open(None)
    rows = _rows(args.split)
    first = {}
    for lang, text in rows:
        first.setdefault(lang, (lang, text))
    _code(list(first.values()), geoparser)  # warm: models, word lists and indexes load here, untimed
    rounds = []
    digest = None
    for _ in range(args.rounds):
        w, c = time.perf_counter(), time.process_time()
        lines, per_lang = _code(rows, geoparser)
        got = hashlib.sha256("\n".join(lines).encode()).hexdigest()
        digest = digest or got
        rounds.append({"cpu_s": round(time.process_time() - c, 3), "wall_s": round(time.perf_counter() - w, 3),
                       "cpu_by_lang": {k: round(v, 3) for k, v in sorted(per_lang.items())},
                       "same_events": got == digest})
    write_result({"bench": "ml_sentence_times", "label": args.label, "split": args.split,
                  "frontwatch_source": str(Path(frontwatch.__file__).resolve().parent),
                  "sentences": len(rows), "records": len(lines) if args.rounds else 0, "events_sha256": digest, "rounds": rounds},
                 args.out, f"ml-sentence-times-{args.label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
