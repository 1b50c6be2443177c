"""Print the per-language table of the multilingual event set (dev/events-ml/README.md).

    PYTHONPATH=src python dev/ml_devset_table.py
"""

from __future__ import annotations

from frontwatch.evaluate.ml_devset import LANGS, load_ml, summary
from frontwatch.evaluate.run import DEFAULT_ML_EVENTS

COLS = ("sentences", "event_sentences", "events", "acled_events", "negatives", "doubtful", "with_place", "with_coordinates",
        "tune", "report")

print("| lang | " + " | ".join(COLS) + " |")
print("|---" * (len(COLS) + 1) + "|")
for lang in LANGS:
    if (DEFAULT_ML_EVENTS / f"{lang}.jsonl").exists():
        s = summary(load_ml(lang))
        print(f"| {lang} | " + " | ".join(str(s[c]) for c in COLS) + " |")
