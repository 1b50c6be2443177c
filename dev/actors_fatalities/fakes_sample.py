"""FA-KES events to judge by hand: the empty actor 1, or a count in the evidence but fatalities 0.

Why: FA-KES (804 Syria-war articles) has no gold actors or tolls, so the coder's misses on unseen
news are found by reading a sample. The sample is deterministic and independent of what frontwatch
did beyond the property sampled: events of the TUNE half of the articles (`evaluate/fakes.split_of`)
ordered by the SHA-1 of "unit_id|evidence sentence", one per evidence sentence, the first N taken.

    PYTHONPATH=src .venv/bin/python dev/actors_fatalities/fakes_sample.py --dump /tmp/fakes.jsonl   # run once
    PYTHONPATH=src .venv/bin/python dev/actors_fatalities/fakes_sample.py --load /tmp/fakes.jsonl --what a1 -n 60
    ... --what fatgap --seed act25   # the events counts and a sample of violent done events with toll 0
    ... --seed act23   # a salted order: a sample disjoint in expectation from the unsalted one earlier passes read
    ... --what noactor --seed act27 --context   # violent done events with no actor 1, with the sentences around
    ... --what countrylevel --seed cty32 --context -n 80   # events placed on a country's centroid, with the headline
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

# A number word or figure tied to a word of death in one clause, either order ('12 were killed', 'the death
# toll rose to 12', 'the bodies of 12'): the evidence states a count (the sampling property only; act25 widened
# it from the act20 one, a number before killed/dead/died/killing/deaths/lives).
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
           r"hundred|dozens?|scores|hundreds|several|tens)")
_DEATH = (r"(?:killed|kills|dead|died|dies|killing|deaths?|lives|toll|bodies|corpses|martyrs?|martyred|slain|"
          r"executed|perished|massacred)")
_COUNT = re.compile(rf"\b{_NUMBER}\b[^.;]{{0,60}}\b{_DEATH}\b|\b(?:toll|killed|killing|bodies of|lives of|deaths of)\b"
                    rf"[^.;]{{0,40}}\b{_NUMBER}\b", re.IGNORECASE)
# Events that can carry a toll (events/event_fatalities.VIOLENT_ACLED_TYPES without protests) and happened.
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def dump(out: Path, split: str) -> None:
    """Every event record of the split's FA-KES articles, one JSON line each with its article id."""
    from frontwatch.evaluate.fakes import read_fakes
    from frontwatch.evaluate.run import DEFAULT_FAKES, extract_texts

    articles = read_fakes(Path(DEFAULT_FAKES), split=split)
    with out.open("w", encoding="utf-8") as fh:
        for i in range(0, len(articles), 32):
            batch = articles[i:i + 32]
            recs = extract_texts([a.text for a in batch], published=[a.published for a in batch])
            for a, rs in zip(batch, recs):
                for r in rs:
                    fh.write(json.dumps({"unit_id": a.unit_id, "split": a.split, "rec": r}) + "\n")


def evidence(rec: dict) -> str:
    ev = rec.get("evidence")
    return (ev.get("text") if isinstance(ev, dict) else ev) or rec.get("evidence_text") or ""


def wanted(rec: dict, what: str) -> bool:
    if what == "a1":
        return not (rec.get("actor1") or {}).get("name")
    if what == "a1filled":  # the other error: a side filled wrongly (a holder, a speaker read as the doer)
        return bool((rec.get("actor1") or {}).get("name")) and (rec.get("acled") or {}).get("event_type") in (
            "Battles", "Explosions/Remote violence", "Violence against civilians")
    if what == "noactor":  # act27: an empty actor 1 on a violent, done event (the ones a reader can judge)
        return wanted(rec, "a1") and (rec.get("acled") or {}).get("event_type") in _VIOLENT \
            and rec.get("modality") not in ("planned", "denied")
    if what == "countrylevel":  # cty32: an event on a country's centroid (evaluate/fakes counts them the same way)
        loc = rec.get("location") or {}
        return loc.get("lat") is not None and loc.get("precision") == "country"
    if what == "fatgap":  # the FA-KES criterion: a violent, done event whose sentence counts deaths, toll 0
        return wanted(rec, "fat") and (rec.get("acled") or {}).get("event_type") in _VIOLENT \
            and rec.get("modality") not in ("planned", "denied")
    return rec.get("fatalities") in (None, 0) and bool(_COUNT.search(evidence(rec)))


def around(text: str, sentence: str, width: int = 300) -> tuple[str, str]:
    """The article text just before and just after the evidence sentence: a side named only in a neighbouring
    sentence is a class of its own (the guideline keeps it empty; an ACLED coder reading the article would not)."""
    at = text.find(sentence[:60]) if sentence else -1
    if at < 0:
        return "", ""
    end = at + len(sentence)
    return " ".join(text[max(0, at - width):at].split()), " ".join(text[end:end + width].split())


def gap_counts(rows: list[dict], split: str) -> dict[str, int]:
    """Events (not sentences) of the split: with a count beside a word of death in the evidence; of those with
    fatalities 0; of those violent and done ('fatgap'); and the articles' events with fatalities > 0."""
    rows = [r for r in rows if r["split"] == split]
    return {"events": len(rows),
            "count in evidence": sum(bool(_COUNT.search(evidence(r["rec"]))) for r in rows),
            "and fatalities 0": sum(wanted(r["rec"], "fat") for r in rows),
            "and violent, done (fatgap)": sum(wanted(r["rec"], "fatgap") for r in rows),
            "fatalities > 0": sum((r["rec"].get("fatalities") or 0) > 0 for r in rows)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--load", type=Path)
    ap.add_argument("--split", default="tune")
    ap.add_argument("--what", choices=("a1", "a1filled", "noactor", "fat", "fatgap", "countrylevel"), default="a1")
    ap.add_argument("-n", type=int, default=60)
    ap.add_argument("--seed", default="", help="salt of the SHA-1 order: a fresh sample, not one already read")
    ap.add_argument("--context", action="store_true", help="print the article text around each evidence sentence")
    args = ap.parse_args()
    if args.dump:
        dump(args.dump, args.split)
        return
    rows = [json.loads(x) for x in args.load.open(encoding="utf-8")]
    texts, titles = {}, {}
    if args.context:
        from frontwatch.evaluate.fakes import read_fakes
        from frontwatch.evaluate.run import DEFAULT_FAKES
        arts = read_fakes(Path(DEFAULT_FAKES), split=args.split)
        texts = {a.unit_id: a.text for a in arts}
        titles = {a.unit_id: a.title for a in arts}  # the headline: a place told only there is a class of its own
    if args.what.startswith("fat"):
        print("# " + "; ".join(f"{k} {v}" for k, v in gap_counts(rows, args.split).items()))
    seen, picked = set(), []
    for row in rows:
        if row["split"] != args.split or not wanted(row["rec"], args.what):
            continue
        key = f"{row['unit_id']}|{evidence(row['rec'])}"
        if key in seen:
            continue
        seen.add(key)
        salted = f"{args.seed}|{key}" if args.seed else key
        picked.append((hashlib.sha1(salted.encode()).hexdigest(), row))
    picked.sort(key=lambda x: x[0])
    salt = f"'{args.seed}|'" if args.seed else "''"
    print(f"# {len(picked)} {args.what} candidates in {args.split}; first {args.n} by SHA-1 of {salt}+'unit_id|evidence'")
    for k, (_, row) in enumerate(picked[:args.n], 1):
        r = row["rec"]
        a1, a2 = r.get("actor1") or {}, r.get("actor2") or {}
        print(f"[{k}] {row['unit_id']} {(r.get('acled') or {}).get('sub_event_type') or r.get('type')} "
              f"[{r.get('trigger')}] {r.get('modality')} a1={a1.get('name')} a2={a2.get('name')}({a2.get('text')}) "
              f"fat={r.get('fatalities')} loc={(r.get('location') or {}).get('country')}")
        print("    " + evidence(r))
        if args.context:
            before, after = around(texts.get(row["unit_id"], ""), evidence(r))
            print(f"    ### {titles.get(row['unit_id'], '')}\n    <<< {before}\n    >>> {after}")


if __name__ == "__main__":
    main()
