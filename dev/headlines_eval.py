"""Score the pipeline on the labelled FA-KES headlines (evaluate/headlines.py), tune and report parts.

    PYTHONPATH=src python dev/headlines_eval.py [--split tune|report|all|both] [--misses FILE.jsonl] [--first-line]
    PYTHONPATH=src python dev/headlines_eval.py --constructed    # our own headlines of other theatres (40)
    PYTHONPATH=src python dev/headlines_eval.py --labels dev/headlines/constructed-b.jsonl --split report
    PYTHONPATH=src python dev/headlines_eval.py --held-out       # the 40 + constructed-b's report part, pooled
    PYTHONPATH=src python dev/headlines_eval.py --split tune --answers A.json   # each title's answer, to diff
    PYTHONPATH=src python dev/headlines_eval.py --compare OLD.json NEW.json    # titles whose answer changed

`--first-line` runs each title as the first line of a two-line article whose second line is
neutral ("Details follow."), the way a headline reaches the pipeline in a real feed item.
`--labels FILE` scores another labelled headline file by the id's split (`devcorpus.split_of`),
constructed records included: constructed-b's tune part is trained on, its report part is not.
`--held-out` pools every constructed headline no model was trained on (the old 40 and
constructed-b's report part): one figure less brittle than either part alone.
`--answers FILE` writes each scored title's predicted sub-types (the reported ACLED events, as the score
counts them) and `--compare OLD NEW` lists the titles whose answer differs between two such files, the
sub-type lost or gained first: a retrain is read title by title, not by its figure alone (the misses file
holds detection and place misses only; docs/annotation/subtypes.md section 63).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from frontwatch.evaluate.headlines import REPORTED, load_headlines, score_headlines
from frontwatch.evaluate.run import extract_texts, gazetteer_geocoder

HEADLINES = Path(__file__).resolve().parent / "headlines"
LABELS = HEADLINES / "titles.jsonl"
CONSTRUCTED = HEADLINES / "constructed.jsonl"
CONSTRUCTED_B = HEADLINES / "constructed-b.jsonl"


def held_out_constructed(constructed: Path = CONSTRUCTED, constructed_b: Path = CONSTRUCTED_B) -> list:
    """Every constructed headline held out of training: the first set whole, the second's report part."""
    return load_headlines(constructed) + [h for h in load_headlines(constructed_b, split_constructed=True)
                                          if h.split == "report"]


def parts(args: argparse.Namespace) -> list[tuple[str, list]]:
    """(name, headlines) per part to score, by the command line."""
    if args.held_out:
        return [("held-out constructed", held_out_constructed())]
    if args.constructed:
        return [("constructed", load_headlines(CONSTRUCTED))]
    rows = load_headlines(args.labels or LABELS, split_constructed=True)
    splits = ("tune", "report") if args.split == "both" else (args.split,)
    return [(s, [r for r in rows if s in ("all", r.split)]) for s in splits]


def title_answers(rows: list, results: list[list[dict]]) -> dict[str, dict]:
    """{title id: its text, gold sub-type and predicted sub-types} for titles and their extracted records: the
    sub-types of the reported ACLED events, the ones `score_headlines` counts a title's sub-type right among."""
    return {row.id: {"text": row.text, "gold": row.sub_event_type,
                     "predicted": sorted({r["acled"]["sub_event_type"] for r in recs
                                          if r.get("acled") and r.get("modality") in REPORTED})}
            for row, recs in zip(rows, results)}


def answer_changes(old: dict[str, dict], new: dict[str, dict]) -> list[tuple[str, str]]:
    """(kind, title id) of each title both answer files score whose predicted sub-types differ: 'lost' (the gold
    sub-type was among the old answer's, not the new's), 'gained' (the reverse), 'moved' (neither or both); lost
    and gained first."""
    out = []
    for k in sorted(set(old) & set(new)):
        a, b, gold = set(old[k]["predicted"]), set(new[k]["predicted"]), old[k]["gold"]
        if a != b:
            out.append(("lost" if gold in a - b else "gained" if gold in b - a else "moved", k))
    return sorted(out, key=lambda x: ("lost", "gained", "moved").index(x[0]))


def compare(old_path: Path, new_path: Path) -> None:
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (old_path, new_path))
    changes = answer_changes(old, new)
    print(f"{len(changes)} of {len(set(old) & set(new))} titles changed answer: "
          + ", ".join(f"{kind} {n}" for kind, n in sorted(Counter(kind for kind, _ in changes).items())))
    for kind, k in changes:
        print(f"{kind:6s} {k}: {old[k]['text']!r} gold {old[k]['gold']}; {old[k]['predicted']} -> {new[k]['predicted']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="both", choices=("tune", "report", "all", "both"))
    ap.add_argument("--labels", type=Path, help="a labelled headline file, split by id (default: titles.jsonl)")
    ap.add_argument("--misses", type=Path)
    ap.add_argument("--first-line", action="store_true")
    ap.add_argument("--constructed", action="store_true",
                    help="score dev/headlines/constructed.jsonl (written by us, other theatres) instead")
    ap.add_argument("--held-out", action="store_true",
                    help="score constructed.jsonl and constructed-b.jsonl's report part pooled")
    ap.add_argument("--answers", type=Path, help="write each scored title's predicted sub-types (JSON)")
    ap.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"),
                    help="list the titles whose answer differs between two --answers files (no pipeline run)")
    args = ap.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    geocode = gazetteer_geocoder()

    def extract(texts: list[str]) -> list[list[dict]]:
        if args.first_line:
            texts = [t + "\n\nDetails follow." for t in texts]
        return extract_texts(texts)

    misses = []
    answers: dict[str, dict] = {}
    for split, rows in parts(args):
        results: list[list[dict]] = []

        def kept(texts: list[str]) -> list[list[dict]]:  # the records as scored, kept for --answers
            out = extract(texts)
            results.extend(out)
            return out

        r = score_headlines(rows, kept, geocode)
        answers.update(title_answers(rows, results))
        misses += r.pop("misses")
        d = r["detection"]
        print(f"headlines {split} ({r['headlines']} titles, {r['gold_events']} events): "
              f"detection P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} (fp {d['fp']}, fn {d['fn']}); "
              f"type {r['type']['event_type']} sub-type {r['type']['sub_event_type']} "
              f"({r['type']['detected']} detected); "
              f"place within 25 km {r['place']['within_25km']} ({r['place']['hits']}/{r['place']['gold_places']}, "
              f"{r['place']['unresolved']} unresolved); country-level {r['country_level']['country_hit']} "
              f"of {r['country_level']['gold']}; outside country {r['outside_country']['outside']}/"
              f"{r['outside_country']['located_events']}")
    if args.answers:
        args.answers.write_text(json.dumps(answers, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    if args.misses:
        args.misses.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses), encoding="utf-8")


if __name__ == "__main__":
    main()
