"""Events that a publication date turns into background (history), on the tune part and the unlabelled sentences.

Usage: PYTHONPATH=src python dev/ml_event_history.py LANG YYYY-MM-DD

Why: `evaluate ml-events` codes the sentences without a publication date (the corpora carry none), so the
reading that dates an act by its year ('في عام 1948', 'در سال 2005', '1914 yılında': cues `year_before`,
`year_after`) and makes it history cannot move its figures. This lists, for a publication date of the
corpus's time given by hand, every event coded as reported without the date and as background with it,
with the gold of the tune rows, so each can be judged by the guideline. The report part is never read.
"""

from __future__ import annotations

import sys
from datetime import date

from frontwatch.evaluate.ml_devset import candidates, load_ml
from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.evaluate.run import DEFAULT_DATA
from frontwatch.lang.events import code_sentence

ROOT = DEFAULT_DATA  # the shared data, found as every evaluation finds it (evaluate/run.SHARED)


def main() -> None:
    lang, published = sys.argv[1], date.fromisoformat(sys.argv[2])
    rows = load_ml(lang, ROOT)
    known = {r.id for r in rows}
    units = [(r.id, r.text, r.events, "tune") for r in rows if r.split == "tune"]
    units += [(s.id, s.text, None, "unlabelled") for s in candidates(lang, ROOT) if s.id not in known]
    n = 0
    for sid, text, gold, part in units:
        before = [e for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]
        if not before:
            continue
        after = {(e.event_type, e.trigger) for e in code_sentence(text, lang, [], published) if e.modality in REPORTED}
        gone = [e for e in before if (e.event_type, e.trigger) not in after]
        if gone:
            n += len(gone)
            print("==", part, sid, "|", text[:300].replace("\n", " "))
            if gold is not None:
                print("   gold:", [g.get("plover") or g.get("acled_type") for g in gold] or "negative")
            for e in gone:
                print("   background:", e.event_type, repr(e.trigger), e.date)
    print("events made background:", n, file=sys.stderr)


if __name__ == "__main__":
    main()
