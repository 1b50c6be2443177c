"""Append constructed wire-copy sentences, labelled in notes, to dev/events-ml/constructed-<lang>.jsonl.

Why: the constructed files (mlG44, mlJ44) hold sentences written for the purpose; a later pass adding more
should write them the same way as `dev/ml_annotate.py` writes corpus labels (same event specs, same checks),
not by hand. The text is our own wording, so it is stored inline (ref null).

Notes, one line a sentence, tab-separated:  <n> <TAB> <text> <TAB> <events> [<TAB> <note>]
  events and note as in dev/ml_annotate.py ('-' a negative; a note on a negative is its kind, '?...' a doubt).
The id is ml:<lang>:<tag>:<n>; the tune/report split is the loader's id hash.

    PYTHONPATH=src python dev/ml_constructed_add.py ar cst50 /tmp/notes/ar.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ml_annotate import event

from frontwatch.evaluate.devcorpus import sha1
from frontwatch.evaluate.ml_devset import check_event
from frontwatch.evaluate.run import DEFAULT_ML_EVENTS
from frontwatch.geo.gazetteer import Gazetteer


def main(lang: str, tag: str, notes: Path) -> int:
    target = DEFAULT_ML_EVENTS / f"constructed-{lang}.jsonl"
    old = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines() if x.strip()]
    seen = {r["id"] for r in old}
    new: list[dict] = []
    with Gazetteer.open(build=False) as gaz:
        for line in notes.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            n, text, spec = parts[0].strip(), parts[1].strip(), parts[2].strip()
            note = parts[3].strip() if len(parts) > 3 else ""
            rid = f"ml:{lang}:{tag}:{n}"
            if rid in seen:
                raise SystemExit(f"{rid} already in {target}")
            seen.add(rid)
            events = [] if spec == "-" else [event(x, text, gaz) for x in spec.split(" ; ")]
            for ev in events:
                check_event(ev, text, rid)
            doubt = note.lstrip("? ") if (events or note.startswith("?")) else ""
            why = "" if (events or note.startswith("?")) else note
            new.append({"id": rid, "lang": lang, "ref": None, "text": text, "sha1": sha1(text),
                        "events": events, "doubt": doubt, "why": why})
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in old + new), encoding="utf-8")
    print(f"{target}: {len(new)} added ({sum(1 for r in new if r['events'])} with events)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
