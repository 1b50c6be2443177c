"""Why a sentence yields no main event: each lexicon match and the step that dropped it (diag56, subtypes.md §96).

    PYTHONPATH=src .venv/bin/python dev/diag56_trace.py ERRORS.tsv [--gold-none]   # the CV errors' rows
    PYTHONPATH=src .venv/bin/python dev/diag56_trace.py --text 'Clashes raged in Daraa.'

Why: a gold event predicted 'none' in the CV errors (dev/subtype_cv_errors.py) has no candidate, and the errors file
cannot say why. This runs the pipeline once per sentence with background kept and, around it, watches the three
places a candidate is lost: the lexicon's requirement (`triggers.requirement_met` false), a description participle
(`find_triggers` skips an 'acl' head), and the modality (`extract.classify`: hypothetical drops the event, background
keeps it out of the candidates). Each sentence prints its lexicon matches with that fate and the records it kept.
A dev tool: the wrapping is read-only (each wrapped function's answer is returned unchanged).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from frontwatch.evaluate.run import extract_texts
from frontwatch.events import extract as ex
from frontwatch.events import triggers as tr

LOG: list[str] = []


def _phrase(entry: tr.LexEntry) -> str:
    return entry.phrase if isinstance(entry.phrase, str) else " ".join(entry.phrase)

_req = tr.requirement_met
_match = tr._match


def _match_traced(span, i, entry):  # noqa: ANN001, ANN202
    idx = _match(span, i, entry)
    if idx is not None:
        LOG.append(f"lexicon match: '{_phrase(entry)}' ({entry.type}) at '{span.doc[i].text}'"
                   f" dep={span.doc[i].dep_} tag={span.doc[i].tag_}")
    return idx
_classify = ex.classify


def _req_traced(entry, head, matched, place_tokens, actor_tokens, span=None):  # noqa: ANN001, ANN202
    ok = _req(entry, head, matched, place_tokens, actor_tokens, span)
    if not ok:
        LOG.append(f"requirement unmet: '{_phrase(entry)}' ({entry.type}, requires {entry.requires}) "
                   f"at '{head.text}'")
    return ok


def _classify_traced(head, clause_verb, **kw):  # noqa: ANN001, ANN202
    m = _classify(head, clause_verb, **kw)
    if m in ("hypothetical", "background", "planned", "denied"):
        LOG.append(f"modality {m}: '{head.text}' (verb '{clause_verb.text}', background={kw.get('background')},"
                   f" negated={kw.get('negated')}, future={kw.get('future')})")
    return m


tr.requirement_met = _req_traced
tr._match = _match_traced
ex.classify = _classify_traced


def trace(texts: list[str]) -> list[tuple[list[str], list[dict]]]:
    """For each text: the drop log and the records (background kept)."""
    out = []
    for t in texts:
        LOG.clear()
        recs = extract_texts([t], include_background=True)[0]
        out.append((list(LOG), recs))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("errors", nargs="?", type=Path)
    ap.add_argument("--text", action="append", default=[])
    ap.add_argument("--all", action="store_true", help="every error row, not only the 'none' predictions")
    args = ap.parse_args()
    rows: list[tuple[str, str, str]] = [("?", "-", t) for t in args.text]
    if args.errors:
        with open(args.errors, encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if args.all or r["pred"] == "none":
                    rows.append((r["gold"], r["id"], r["text"]))
    rows.sort(key=lambda r: (r[0] != "Armed clash", r[0]))
    for (gold, sid, text), (log, recs) in zip(rows, trace([r[2] for r in rows])):
        print(f"== {gold} | {sid} | {text}")
        for line in log:
            print(f"   drop? {line}")
        for r in recs:
            print(f"   rec {(r.get('acled') or {}).get('sub_event_type')!s:28} {r.get('modality')!s:10} trig='{r.get('trigger')}'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
