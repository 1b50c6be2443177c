"""Which corpus words a language's trigger items match, by frequency: a check for stems that match other words.

Usage: PYTHONPATH=src python dev/ml_trigger_collisions.py LANG [TOP]

Why (mlA55): a trigger item is compared after clitics are stripped and letter variants folded (tā' marbūṭa, alef,
yā'), so an item could match a frequent word of another pattern or ending ('مصادرة', confiscation, against
'مصادر', sources). This reads every sentence of the language's corpus (`ml_devset.sentence_spans` over
../shared/data/multilingual), matches the trigger lexicon with the pipeline's own `find_triggers`, and prints, for
each item, the surface words it matched and how often, the most frequent first: a collision shows as a frequent
surface word whose sense is not the item's. It also lists the corpus's frequent words that differ from a noun item
only by the item's last letter (the tā' marbūṭa, the Persian 'ه'), which the folding must keep apart.
Counts only; no corpus text is written anywhere.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict

from frontwatch.evaluate.ml_devset import sentence_spans
from frontwatch.evaluate.run import DEFAULT_DATA
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import words
from frontwatch.lang.triggers import find_triggers, lexicon

FILES = {"ar": "ar-wojood.jsonl", "fa": "fa-peyma.jsonl", "tr": "tr-turkish-wiki-ner.jsonl", "el": "el-elner.jsonl",
         "ru": "ru-factrueval.jsonl", "uk": "uk-ner-uk.jsonl", "es": "es-conll2002.jsonl"}


def main(lang: str, top: int = 60) -> None:
    cues = load_cues(lang)
    matched: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    vocab: Counter = Counter()
    path = DEFAULT_DATA / "multilingual" / FILES[lang]
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for a, b in sentence_spans(text):
            ws = words(text[a:b], cues)
            vocab.update(w.text for w in ws)
            for t in find_triggers(ws, lang):
                matched[(t.entry.phrase, t.entry.pos, t.type)][" ".join(ws[i].text for i in t.words)] += 1
    rows = sorted(matched.items(), key=lambda kv: -sum(kv[1].values()))
    print(f"# {lang}: {len(rows)} trigger items matched in {path.name}; the {top} most frequent, with their surface words")
    for (phrase, pos, typ), surf in rows[:top]:
        print(f"{sum(surf.values()):5d}  {phrase} ({pos}, {typ}): " + ", ".join(f"{w} {n}" for w, n in surf.most_common(8)))
    ends = ("ة", "ه") if lang in ("ar", "fa") else ()
    print(f"# {lang}: frequent corpus words that are a noun item without its last letter {ends} (must not match)")
    for e in lexicon(lang).values:
        if ends and e.pos == "N" and " " not in e.phrase and e.phrase.endswith(ends):
            stem = e.phrase[:-1]
            n = sum(c for w, c in vocab.items() if w == stem or w.removeprefix("ال") == stem)
            if n >= 3:  # does the bare stem, alone, match this item? (it must not)
                hit = any(t.entry == e for t in find_triggers(words(stem, cues), lang))
                print(f"{n:5d}  {stem} (item {e.phrase}, {e.type}){'  MATCHED' if hit else ''}")

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 60)
