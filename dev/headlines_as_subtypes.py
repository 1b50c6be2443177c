"""The TUNE part of the labelled headlines as sub-type training examples (dev/subtypes schema).

    PYTHONPATH=src python dev/headlines_as_subtypes.py [--labels dev/headlines/titles.jsonl]
        [--constructed dev/headlines/constructed-b.jsonl ...] [--root ../shared/data]
        [--out /tmp/ret40/headlines-tune.jsonl]
    PYTHONPATH=src python scripts/train_subtypes.py --extra dev/subtypes/extra OUT ...

Why: the sub-type model is trained on full sentences only and reads a telegraphic headline
('Regime airstrikes kill 61 civilians in ...') as the sentences it knows (section 44 of
docs/annotation/subtypes.md). The headline labels (dev/headlines/titles.jsonl) give an event's
sub-type too, so their tune part can be trained on. Only the tune part, as `dev/headlines_eval.py`
splits it (`devcorpus.split_of` of the headline id, which the converted record keeps, so the split
cannot move), and only headlines with an event and a sub-type; never the report part or our own
constructed headlines, which stay held out. The output keeps references, not text: write it outside
the repo (a scratch file), it is rebuilt in a second.

`--constructed FILE` adds the tune part of a constructed headline file split by id
(dev/headlines/constructed-b.jsonl: 200 headlines of other theatres and means, section 48 of
docs/annotation/subtypes.md), so the headline examples are not one war's air campaign. Those records
carry their text inline (`constructed: true`), as dev/subtypes' constructed sentences do; their ids
are kept, so `devcorpus.split_of` gives the same part the headline scorer held out. The first
constructed set (constructed.jsonl, not split by id) is never converted.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from collections import defaultdict
from pathlib import Path

from frontwatch.evaluate.devcorpus import constructed, sha1, split_of
from frontwatch.evaluate.headlines import FIELD, FILE, load_headlines

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "dev" / "headlines" / "titles.jsonl"
CONSTRUCTED_B = REPO / "dev" / "headlines" / "constructed-b.jsonl"
DEFAULT_ROOT = REPO.parent / "shared" / "data"


def raw_titles(root: Path) -> list[str]:
    """The titles of the FA-KES CSV as stored (unstripped), by row number: the text a devcorpus
    reference (`field` article_title) points into."""
    with (root / FILE).open(encoding="utf-8", newline="") as fh:
        return [row[FIELD] for row in csv.DictReader(fh)]


def subtype_records(labels: Path, root: Path) -> list[dict]:
    """One dev/subtypes record per tune-part headline with an event and a sub-type.

    The headline labels' offsets are in the stripped title; the reference is moved onto the
    stored title (past its leading white space) so that `devcorpus.load` reads the same text,
    checked by its SHA-1 as every corpus record is."""
    raw_labels = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            raw_labels[rec["id"]] = rec
    titles = raw_titles(root)
    out = []
    for h in load_headlines(labels, root):
        if h.split != "tune" or not h.event or not h.sub_event_type:
            continue
        rec = raw_labels[h.id]
        ref = rec["ref"]
        raw = titles[int(ref["key"])]
        lead = len(raw) - len(raw.lstrip())
        start, end = ref["start"] + lead, ref["end"] + lead
        if raw[start:end] != h.text or split_of(h.id) != "tune":
            raise ValueError(f"{h.id}: the reference does not find the labelled title again")
        out.append({"id": h.id, "ref": {"file": FILE, "key": str(ref["key"]), "field": FIELD,
                                        "start": start, "end": end},
                    "text": None, "sha1": sha1(h.text), "label": h.sub_event_type, "constructed": False,
                    "doubt": h.doubt, "selection": "headline-tune"})
    return out


def constructed_records(labels: Path) -> list[dict]:
    """One dev/subtypes record (text inline) per tune-part constructed headline with an event and a
    sub-type; the report part and headlines with no event stay out (held out / nothing to learn)."""
    out = []
    for h in load_headlines(labels, split_constructed=True):
        if h.split != "tune" or not h.event or not h.sub_event_type:
            continue
        out.append({**constructed(h.id, h.text, h.sub_event_type, h.doubt), "selection": "constructed-headline-tune"})
    return out


def capped(records: list[dict], cap: int | None) -> list[dict]:
    """At most `cap` records per sub-type, the same few whatever the order: chosen by SHA-1 of
    'select:' + id, independent of the split hash (as dev/subtypes/extra/b-overcap's cap of 40 was).

    Why: half the FA-KES titles are air strikes, and a learner fed them reads any 'X kill N' or
    'raid' headline as one (section 45); a cap keeps one war's air campaign from outvoting the
    other means without dropping a type."""
    if cap is None:
        return records
    by_label: dict[str, list[dict]] = defaultdict(list)
    for r in sorted(records, key=lambda r: hashlib.sha1(f"select:{r['id']}".encode()).hexdigest()):
        by_label[r["label"]].append(r)
    kept = {r["id"] for rs in by_label.values() for r in rs[:cap]}
    return [r for r in records if r["id"] in kept]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--constructed", type=Path, nargs="*", default=[],
                    help=f"constructed headline files split by id whose tune part is added (e.g. {CONSTRUCTED_B.name})")
    ap.add_argument("--cap", type=int, help="at most this many headlines per sub-type (default: no cap)")
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--out", type=Path, default=Path("/tmp/ret40/headlines-tune.jsonl"))
    args = ap.parse_args()
    records = subtype_records(args.labels, args.root)
    titles = len(records)
    for path in args.constructed:
        records += constructed_records(path)
    records = capped(records, args.cap)
    titles = sum(not r["constructed"] for r in records)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"{len(records)} tune-part headlines with a sub-type ({titles} titles, {len(records) - titles} "
          f"constructed) -> {args.out}")


if __name__ == "__main__":
    main()
