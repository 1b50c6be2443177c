"""Fatalities on FA-KES articles through the real pipeline: coverage figures and a listing to read by hand.

FA-KES has no fatality labels, so accuracy is judged by reading: `--list` prints every violent
event (ACLED type other than Strategic developments, not background) with its count and evidence
sentence. Articles are split into a tune and a report part by a hash of their id (never tune on
the report part). The data is read in place from ../shared/data (never copied).

    PYTHONPATH=src .venv/bin/python dev/fatalities_fakes.py --part report --articles 10 --skip 10 --list
    PYTHONPATH=src .venv/bin/python dev/fatalities_fakes.py --part tune --articles 25
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
from pathlib import Path

from frontwatch.clean.article import clean_article
from frontwatch.model import RawArticle
from frontwatch.pipeline import Pipeline, PipelineOptions

FAKES = Path(__file__).resolve().parents[2] / "shared" / "data" / "syria" / "fakes-articles.csv"
DEATH = re.compile(r"\b(killed|killing|kills?|dead|died|death toll|lives of)\b", re.IGNORECASE)
NUMBER = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                    r"fifty|dozens|hundreds)\b", re.IGNORECASE)


def part_of(unit_id: str) -> str:
    return "tune" if int(hashlib.sha1(unit_id.encode()).hexdigest(), 16) % 2 == 0 else "report"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=FAKES)
    ap.add_argument("--part", choices=("tune", "report"), required=True)
    ap.add_argument("--articles", type=int, default=10)
    ap.add_argument("--skip", type=int, default=0, help="articles of the part to skip (a fresh slice)")
    ap.add_argument("--list", action="store_true", help="print each violent event to read")
    args = ap.parse_args()
    with args.data.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if part_of(r["unit_id"]) == args.part
                and " killed" in r["article_content"]]
    picked = rows[args.skip:args.skip + args.articles]
    articles = [clean_article(RawArticle(text=r["article_content"], source_ref=f"fakes:{r['unit_id']}", kind="text",
                                         outlet=r["source"], external_id=r["unit_id"])) for r in picked]
    naming = filled = numbered = numbered_filled = 0
    for processed in Pipeline(PipelineOptions()).process(articles):
        seen: set[int] = set()
        for e in processed.events:
            if e.acled_event_type in (None, "Strategic developments") or e.modality == "background" \
                    or e.evidence_start in seen:
                continue
            seen.add(e.evidence_start)
            if args.list:
                print(f"{processed.article.external_id}\t{e.fatalities}\t{e.acled_event_type}\t{e.evidence_text}")
            if DEATH.search(e.evidence_text):
                naming += 1
                filled += e.fatalities > 0
                if NUMBER.search(e.evidence_text):
                    numbered += 1
                    numbered_filled += e.fatalities > 0
    print(f"{args.part} (articles {args.skip}..{args.skip + len(articles)}): violent-event sentences naming deaths "
          f"{naming}, fatalities > 0 on {filled}; of those with a number {numbered}, filled {numbered_filled}")


if __name__ == "__main__":
    main()
