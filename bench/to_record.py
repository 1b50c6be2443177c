"""CPU cost of `Event.to_record` per event (issue 15: the record built from the schema, not by hand).

    PYTHONPATH=src .venv/bin/python bench/to_record.py EVENTS.jsonl [--rounds 7]

EVENTS.jsonl is output of `frontwatch extract`; each record is turned back into an `Event` (with
its actors, toponym, place or relative location) and `to_record` is timed on all of them with
`time.process_time` (the machine is shared: CPU time drifts less than wall time), best of the
rounds. Run it once with this checkout's `src` and once with another's on the same file to compare
two implementations; it also says how many records come back byte-identical.
"""

from __future__ import annotations

import argparse
import json
import time
import timeit
from pathlib import Path
from typing import Any

from frontwatch.model import Actor, Event, Place, Toponym


def event_from(rec: dict[str, Any]) -> Event:
    """The pipeline's `Event` a record was written from (as far as the record tells)."""
    loc, top = rec["location"], None
    if loc:
        place = (Place(loc["geonameid"], loc["name"], loc["lat"], loc["lon"], loc["country"], loc["admin1"], None,
                       loc["admin2"]) if loc["geonameid"] else None)
        top = Toponym(0, len(loc["text"]), loc["text"], place=place, precision=loc["precision"],
                      relative=loc.get("relative"))
    acled = rec["acled"] or {}
    return Event(rec["id"], rec["article_id"], rec["evidence"]["text"], rec["evidence"]["start"],
                 rec["evidence"]["end"], rec["event_type"], acled.get("event_type"), acled.get("sub_event_type"),
                 rec["plover"], Actor(**rec["actor1"]) if rec["actor1"] else None,
                 Actor(**rec["actor2"]) if rec["actor2"] else None, top, rec["date"], rec["date_precision"],
                 rec["reported_by"], rec["modality"], rec["confidence"], rec["trigger"], rec["fatalities"])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("events", type=Path)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    lines = args.events.read_text(encoding="utf-8").splitlines()
    events = [event_from(json.loads(line)) for line in lines]
    same = sum(json.dumps(e.to_record(), ensure_ascii=False) == line for e, line in zip(events, lines))
    number = 20
    best = min(timeit.repeat(lambda: [e.to_record() for e in events], number=number, repeat=args.rounds,
                             timer=time.process_time))
    print(f"{len(events)} events, {same} byte-identical; to_record {best / number / len(events) * 1e6:.2f} µs CPU "
          "per event (best of rounds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
