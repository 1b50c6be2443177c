"""Turn an annotator's notes on FA-KES headlines into reference records (dev/headlines/titles.jsonl).

Why a converter: the annotator reads the titles and writes one note per title,
`row<TAB>code<TAB>place|place<TAB>doubt` (row = the CSV row number, code = N for no event or
`<type>/<sub>` with the short codes below); the repo must keep no corpus text, so each record
stores the row reference, the title's SHA-1 and the place names with their offsets in the title.

    PYTHONPATH=src python dev/headlines_annotate.py NOTES.tsv > dev/headlines/titles.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from frontwatch.evaluate.devcorpus import sha1
from frontwatch.evaluate.headlines import FILE, FIELD, read_titles

TYPES = {"B": "Battles", "E": "Explosions/Remote violence", "V": "Violence against civilians",
         "P": "Protests", "R": "Riots", "S": "Strategic developments"}
SUBS = {"AC": "Armed clash", "GT": "Government regains territory", "NT": "Non-state actor overtakes territory",
        "AS": "Air/drone strike", "SH": "Shelling/artillery/missile attack", "RE": "Remote explosive/landmine/IED",
        "SB": "Suicide bomb", "CW": "Chemical weapon", "GR": "Grenade", "AT": "Attack",
        "AB": "Abduction/forced disappearance", "SV": "Sexual violence"}


def record(row: int, title: str, code: str, places: str, doubt: str) -> dict:
    event = code != "N"
    etype, sub = (code.split("/") + [""])[:2] if event else ("", "")
    spans = []
    for name in filter(None, places.split("|")):
        at = title.find(name)
        if at < 0:  # implied, not written: "Syrian capital" -> Damascus, the set's country; no offsets
            print(f"row {row}: place {name!r} implied (not in the title)", file=sys.stderr)
        spans.append({"name": name, "start": at if at >= 0 else None, "end": at + len(name) if at >= 0 else None})
    return {"id": f"headline:{row}", "ref": {"file": FILE, "key": str(row), "field": FIELD,
                                             "start": 0, "end": len(title)},
            "text": None, "sha1": sha1(title), "event": event, "event_type": TYPES.get(etype, ""),
            "sub_event_type": SUBS.get(sub, ""), "places": spans, "country": "SY", "doubt": doubt}


def main(notes: Path) -> None:
    titles = read_titles()
    for line in notes.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row, code, places, doubt = (line.split("\t") + ["", "", ""])[:4]
        print(json.dumps(record(int(row), titles[int(row)], code, places, doubt), ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
