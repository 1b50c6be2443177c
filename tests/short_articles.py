"""A JSONL corpus of ~40 short conflict reports, for tests that run the CLI on many articles.

Self-contained (no ../shared needed) and short, so a subprocess run over all of them
takes seconds. The texts combine towns, actors and incident templates the way wire
reports read, so the pipeline finds real places and events in them; the combinations
differ enough in wording that near-duplicate detection keeps them apart, and two exact
copies at the end exercise duplicate linking.
"""

from __future__ import annotations

import json
from pathlib import Path

TOWNS = ["Aleppo", "Idlib", "Homs", "Hama", "Raqqa", "Deir ez-Zor", "Palmyra", "Douma"]
INCIDENTS = [
    ("Syrian government warplanes bombed a market in {town} on {day}, killing {n} civilians, "
     "the Syrian Observatory for Human Rights said. Rescue workers searched the rubble until dawn."),
    ("Rebel fighters clashed with army troops on the southern edge of {town} on {day}. "
     "A local council official said {n} fighters died in the fighting, which lasted several hours."),
    ("Islamic State militants detonated a car bomb at a checkpoint near {town} on {day}, "
     "wounding {n} soldiers, state news agency SANA reported."),
    ("Hundreds of residents protested in central {town} on {day} against rising bread prices, "
     "witnesses told Reuters. Police dispersed the crowd with tear gas and arrested {n} people."),
    ("Russian air strikes hit a hospital in the countryside west of {town} on {day}, "
     "a doctor at the facility said, adding that {n} patients were killed."),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Reuters", "AFP", "AP", "Al Jazeera"]


def records() -> list[dict]:
    """40 distinct articles plus 2 exact copies (same text, new id): 42 JSONL records."""
    out: list[dict] = []
    for i, (town, template) in enumerate((t, x) for x in INCIDENTS for t in TOWNS):
        text = template.format(town=town, day=DAYS[i % len(DAYS)], n=3 + (i * 7) % 40)
        out.append({"id": f"short-{i:02d}", "title": text.split(",")[0][:80], "text": text,
                    "outlet": OUTLETS[i % len(OUTLETS)], "published": f"2017-04-{1 + i % 28:02d}"})
    for k, src in enumerate((out[3], out[17])):
        out.append({**src, "id": f"copy-{k}", "outlet": "Mirror"})
    return out


def write_jsonl(path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    return path
