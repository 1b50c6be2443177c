"""Code the probe sentences of one language (dev/families/probes/<lang>.txt) with places: a dev tool (issue 19).

Usage: PYTHONPATH=src python dev/ml_probe_sentences.py LANG [negative]
("negative": dev/families/probes/<lang>_negative.txt, news sentences that carry a trigger word and report no event,
 branch mlA23; every line coded there is a false event)

Why: the tune parts are small and their errors each of its own kind, so a construction of the language (a Persian
light verb negated, a Turkish place after a titled name, an Arabic verbal noun with its clitics) is tested on
sentences written for it. Each line is geoparsed and coded as `evaluate ml-events --places resolved` does; the
output lists what was coded, with its place, for reading by hand (OK = something coded, -- = nothing).
"""

from __future__ import annotations

import sys
from pathlib import Path

from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.events import code_sentence
from frontwatch.lang.geoparse import geoparse_text

PROBES = Path(__file__).resolve().parent / "families" / "probes"


def main() -> None:
    lang = sys.argv[1]
    name = f"{lang}_negative.txt" if sys.argv[2:3] == ["negative"] else f"{lang}.txt"
    gp = Geoparser.open(None)
    for line in (PROBES / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        events = code_sentence(line, lang, geoparse_text(line, lang, gp)[1], None)
        got = "; ".join(f"{e.event_type}/{e.modality}/{e.trigger}@{e.location.text if e.location else None}"
                        for e in events)
        print(("OK " if events else "-- ") + line + "  => " + got)


if __name__ == "__main__":
    main()
