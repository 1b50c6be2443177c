"""Turn an annotator's short notes into dev/events-ml/<lang>.jsonl records (labels by reference).

Why: typing the JSON record, the offsets and the SHA-1 by hand is where annotation errors
creep in; the annotator writes what they decided, this writes the record. The notes live
outside the repo (they name place spellings as they stand in the text).

Notes, one line per sentence, tab-separated:  <n> <TAB> <events> [<TAB> <doubt>]
  n       the running number printed by dev/ml_candidates.py --all
  note    on a positive: the doubt; on a negative: the kind of negative (future, history, ...),
          or a doubt when it starts with '?'
  events  '-' for a negative, else events separated by ' ; ', each
          <type>[@<place as written in the sentence>[~k]][=<gazetteer query>[/CC] | #<geonameid>]
  type    an internal type of events/ontology.py (armed_clash, arrest, ...): its fixed ACLED and PLOVER
          mapping is written; '<type>+PLOVER' overrides the PLOVER type; a PLOVER type in capitals
          (CONSULT, ACCUSE, ...) writes a political-only event (ACLED "").
  ~k      the k-th occurrence of the place string in the sentence (default 1)
  =query  looked up with Gazetteer.by_name (optionally within a country); first hit is taken and printed
          for the annotator to check; '%Name|lat|lon' for a place the gazetteer lacks.
          Without '=', '#' or '%': place offsets only, no coordinates.

    PYTHONPATH=src python dev/ml_annotate.py ru /tmp/notes/ru.txt
    PYTHONPATH=src python dev/ml_annotate.py ru /tmp/notes/ru-more.txt --append

--append keeps the records already in the file and adds the notes' sentences after them (a later
reading round whose first notes are no longer at hand); a sentence already labelled is an error.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from frontwatch.evaluate.ml_devset import candidates, check_event, record
from frontwatch.evaluate.run import DEFAULT_DATA, DEFAULT_ML_EVENTS
from frontwatch.events.ontology import PLOVER_TYPES, get
from frontwatch.geo.gazetteer import Gazetteer

_EVENT = re.compile(r"^(?P<type>[a-z_]+|[A-Z]+)(?:\+(?P<plover>[A-Z]+))?(?:@(?P<place>[^=#~%]+?)(?:~(?P<k>\d+))?)?"
                    r"(?:=(?P<query>[^/]+)(?:/(?P<cc>[A-Z]{2}))?|#(?P<gid>\d+)|%(?P<manual>[^|]+)\|(?P<lat>[-\d.]+)\|(?P<lon>[-\d.]+))?$")


def _nth(text: str, sub: str, k: int) -> int:
    at = -1
    for _ in range(k):
        at = text.find(sub, at + 1)
        if at < 0:
            raise ValueError(f"place {sub!r} (occurrence {k}) not in sentence: {text[:120]}")
    return at


def event(spec: str, text: str, gaz: Gazetteer) -> dict:
    m = _EVENT.match(spec.strip())
    if not m:
        raise ValueError(f"bad event spec {spec!r}")
    if m["type"].isupper():  # a political-only event: PLOVER type, no ACLED type
        if m["type"] not in PLOVER_TYPES:
            raise ValueError(f"unknown PLOVER type {m['type']!r}")
        acled, sub, plover = "", "", m["type"]
    else:
        et = get(m["type"])
        acled, sub = et.acled or ("", "")
        plover = et.plover or ""
    ev = {"acled_type": acled, "sub_event_type": sub, "plover": m["plover"] or plover,
          "place": None, "place_name": "", "lat": None, "lon": None, "geonameid": None}
    if m["place"]:
        a = _nth(text, m["place"], int(m["k"] or 1))
        ev["place"] = {"start": a, "end": a + len(m["place"])}
    place = None
    if m["gid"]:
        place = gaz.place(int(m["gid"]))
        if place is None:
            raise ValueError(f"no geonameid {m['gid']} in the gazetteer")
    elif m["query"]:
        hits = gaz.by_name(m["query"].strip(), countries=[m["cc"]] if m["cc"] else None)
        if not hits:
            raise ValueError(f"gazetteer has no {m['query']!r} ({m['cc']})")
        place = hits[0].place
    if m["manual"]:  # a place the gazetteer lacks: coordinates the annotator is sure of
        ev.update(place_name=m["manual"], lat=float(m["lat"]), lon=float(m["lon"]))
    elif place is not None:
        # negative ids are the gazetteer's own named areas (Donbas), not GeoNames ids
        ev.update(place_name=place.name, lat=round(place.lat, 5), lon=round(place.lon, 5),
                  geonameid=place.geonameid if place.geonameid > 0 else None)
        print(f"   {m['place']!s:>20} -> {place.name}, {place.admin1}, {place.country} "
              f"(#{place.geonameid}, pop {place.population})", file=sys.stderr)
    elif m["place"]:
        ev["place_name"] = m["query"] or ""
    return ev


def main(lang: str, notes: Path, append: bool = False) -> int:
    sentences = list(candidates(lang, DEFAULT_DATA))
    out: list[dict] = []
    with Gazetteer.open(build=False) as gaz:
        for line in notes.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            n, spec = int(parts[0]), parts[1].strip()
            note = parts[2].strip() if len(parts) > 2 else ""
            s = sentences[n]
            events = [] if spec == "-" else [event(x, s.text, gaz) for x in spec.split(" ; ")]
            for ev in events:
                check_event(ev, s.text, f"note {n}")
            if events or note.startswith("?"):  # a note on a positive, or '?...' on a negative, is a doubt
                out.append(record(lang, s, events, doubt=note.lstrip("? ")))
            else:  # a note on a negative says what kind of negative it is
                out.append(record(lang, s, events, why=note))
    target = DEFAULT_ML_EVENTS / f"{lang}.jsonl"
    if append and target.exists():
        out = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines() if x.strip()] + out
    ids = [r["id"] for r in out]
    if len(ids) != len(set(ids)):
        raise SystemExit(f"duplicate sentences in notes: {[i for i in ids if ids.count(i) > 1][:5]}")
    DEFAULT_ML_EVENTS.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    pos = sum(1 for r in out if r["events"])
    print(f"{target}: {len(out)} sentences, {pos} with events, {len(out) - pos} negatives", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], Path(sys.argv[2]), append="--append" in sys.argv[3:]))
