"""Which test of the unlisted step leaves out the gold name of each event-location sentence whose gold place no
toponym overlaps (issue 14, evloc39; run on TUNE only).

    PYTHONPATH=src python dev/event_location_unlisted_tests.py --split tune --parses /tmp/tune.parses

The unlisted step (`geo/unlisted.unlisted_toponyms`) is the only one that could keep a name the gazetteer lacks
or the resolver refuses. This runs a copy of it in which every `continue` first records its source line and the
span, so each gold-name span gets the line of the test that dropped it (the source line is printed, so the
table can be read without the code). Spans the step never reaches (no span equal to the gold name) are counted
apart, and for a refused span (it has gazetteer candidates) the resolver's best sense is shown. The parse is
cached as in dev/event_location_refusals.py (same `--parses` file).
"""

from __future__ import annotations

import inspect
import sys
import textwrap
from collections import Counter
from pathlib import Path

import frontwatch.geo.geoparse as geoparse_mod
import frontwatch.geo.unlisted as unlisted_mod
from frontwatch.nlp.pipeline import sentences as nlp_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_location_misses import _ov  # noqa: E402
from event_location_refusals import _docs, traced_run  # noqa: E402


def _traced_step(why: dict) -> object:
    """A copy of `unlisted_toponyms` whose every `continue` records (span start, end) -> its source line."""
    src = textwrap.dedent(inspect.getsource(unlisted_mod.unlisted_toponyms))
    first = inspect.getsourcelines(unlisted_mod.unlisted_toponyms)[1]
    lines = src.splitlines()
    out = []
    for n, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("continue") or stripped.endswith(": continue"):
            pad = line[:len(line) - len(line.lstrip())]
            if stripped.startswith("continue"):
                out.append(f"{pad}_WHY[(span.start, span.end)] = {first + n}")
                out.append(line)
            else:
                head = line[:line.rindex("continue")]
                out.append(head + f"(_WHY.__setitem__((span.start, span.end), {first + n}), None)[1] or None")
                out.append(pad + "    continue")
        else:
            out.append(line)
    ns = dict(vars(unlisted_mod))
    ns["_WHY"] = why
    exec(compile("\n".join(out), unlisted_mod.__file__, "exec"), ns)
    return ns["unlisted_toponyms"]


def main() -> None:
    args, rows, gp, captured, theatres, real = traced_run()
    why: dict = {}
    real_step = geoparse_mod.unlisted_toponyms
    geoparse_mod.unlisted_toponyms = _traced_step(why)
    src_lines = Path(unlisted_mod.__file__).read_text().splitlines()
    tally: Counter = Counter()
    for n, (s, doc) in enumerate(zip(rows, _docs(rows, args.parses))):
        if not s.gold:
            continue
        captured.clear()
        why.clear()
        tops = gp.parse_doc(doc, nlp_sentences(doc))
        if any(_ov((t.start, t.end), g) for t in tops for g in s.gold):
            continue
        gold = [s.text[a:b] for a, b in s.gold]
        whole = [(sp, c, r) for sp, c, r in captured if sp.text in gold]
        if not whole:
            key = "no span equal to a gold name"
            detail = ", ".join(f"<{sp.text}>" for sp, _, _ in captured
                               if any(_ov((sp.start, sp.end), g) for g in s.gold)) or "no span"
        else:
            sp, cands, r = whole[0]
            line = why.get((sp.start, sp.end))
            refused = "refused" if cands else "unlisted"
            key = f"{refused}: line {line}: {src_lines[line - 1].strip()[:90]}" if line else f"{refused}: not reached"
            best = r.ranked[0][1] if r.ranked else None
            sense = f" best={best.how} {best.place.name}/{best.place.country}" if best else ""
            th = dict(theatres[0].countries) if theatres and theatres[0] else {}
            detail = (f"<{sp.text}> {sp.label} role={sp.locative} prep={sp.prep} cands={len(cands)}{sense}"
                      f" theatre={th}")
        tally[key] += 1
        print(f"[{n}] {key}\n    {detail} :: {s.text.strip()[:200]}")
    geoparse_mod.unlisted_toponyms = real_step
    geoparse_mod.resolve_document = real
    print("\nTally:")
    for key, k in tally.most_common():
        print(f"{k:4d}  {key}")


if __name__ == "__main__":
    main()
