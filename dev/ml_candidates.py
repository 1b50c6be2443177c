"""List candidate sentences for the multilingual event set, to speed the annotator's reading.

Why: the corpora hold ~10,000 sentences, most of them business, sport or culture; the
annotator reads those that name a place (the corpus's own gold LOC entities) and contain an
event-ish word stem, plus a sample of the rest for negatives. The labels are decided by
reading (docs/annotation/multilingual-events.md); this only orders the reading. The cue
stems below are a reading aid for this script, not a lexicon of the pipeline.

    PYTHONPATH=src python dev/ml_candidates.py ru [--all] [--out FILE]

Output: one tab-separated line per sentence: running number, sentence id, 'E' if an event cue
occurs, the gold LOC entities inside it (start-end:text, offsets within the sentence), the sentence.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from frontwatch.evaluate.devcorpus import SOURCES
from frontwatch.evaluate.ml_devset import candidates, source_name
from frontwatch.evaluate.run import DEFAULT_DATA

CUES: dict[str, str] = {
    "ru": r"убит|погиб|ранен|обстрел|удар|взрыв|атак|нападе|бо[ейия]|столкнов|задерж|арест|митинг|протест|"
          r"акци|забастов|подписал|соглашени|договор|встреч|визит|переговор|заявил|обвин|осуди|угрож|санкц|"
          r"войск|военн|теракт|захват|похищ|штурм|суд|приговор|выбор",
    "uk": r"убит|убив|вбив|вбит|загин|поран|обстріл|вибух|атак|напад|бо[їюя]|сутичк|затрим|арешт|мітинг|"
          r"протест|акці|пікет|підписа|угод|зустр|візит|перегов|заяви|звинув|засуди|погроз|санкці|військ|"
          r"теракт|захопи|викра|суд|вирок|обшук|справ",
    "ar": r"قتل|مقتل|جرح|قصف|انفجار|هجوم|اشتباك|اعتقال|اعتقل|مظاهر|احتجاج|إضراب|اتفاق|اجتماع|زيارة|لقاء|"
          r"مفاوض|صرح|أعلن|قال|اتهم|أدان|هدد|عقوبات|جيش|الاحتلال|استشهد|شهيد|غارة|صاروخ|أسر|اقتحم|حرب|معركة",
    "el": r"σκοτώ|νεκρ|τραυμ|βομβ|έκρηξ|επίθεσ|συγκρο|σύλληψ|συνελήφθ|διαδήλω|διαμαρτυρ|απεργ|συμφων|"
          r"συνάντησ|επίσκεψ|διαπραγματ|δήλωσ|κατηγόρ|καταδίκ|απειλ|κυρώσ|στρατ|τρομοκρ|ομηρ|απαγωγ|"
          r"συλλαλητ|πυρ|επεισόδι|εκλογ",
    "es": r"muert|mató|asesin|herid|bombarde|explosi|atentad|ataque|enfrentamient|combat|detenid|detuvo|arrest|"
          r"manifesta|protest|huelga|acuerdo|firm|reuni|visita|negocia|declar|acus|conden|amenaz|sancion|"
          r"ejército|militar|terror|secuestr|rehén|guerrill|ETA|policía|elecci",
    "tr": r"öldür|öldü|yaralan|bombala|patlama|saldır|çatışma|tutukla|gözaltı|gösteri|protesto|grev|anlaşma|"
          r"antlaşma|görüş|ziyaret|müzakere|açıkla|suçla|kınad|tehdit|yaptırım|ordu|asker|savaş|muharebe|"
          r"işgal|ele geçir|isyan|darbe|kuşat|fethet",
    "fa": r"کشته|زخمی|بمباران|انفجار|حمله|درگیری|بازداشت|دستگیر|تظاهرات|اعتراض|اعتصاب|توافق|موافقت|"
          r"دیدار|سفر|ملاقات|مذاکره|اظهار|گفت|اعلام|متهم|محکوم|تهدید|تحریم|ارتش|نظامی|تروریست|گروگان|"
          r"شورش|جنگ|نیروهای|انتخابات",
}


def gold_locs(root: Path, lang: str) -> dict[str, list[tuple[int, int, str]]]:
    """The corpus's own LOC entities per record id (start, end, text)."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for line in (root / SOURCES[source_name(lang)][0]).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = [(e["start"], e["end"], e["text"]) for e in rec["entities"] if e["norm"] == "LOC"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang")
    ap.add_argument("--all", action="store_true", help="every sentence, not only place + cue ones")
    ap.add_argument("--out", type=Path, help="write here instead of stdout")
    args = ap.parse_args(argv)
    cue = re.compile(CUES[args.lang], re.IGNORECASE)
    locs = gold_locs(DEFAULT_DATA, args.lang)
    lines = []
    for n, s in enumerate(candidates(args.lang, DEFAULT_DATA)):
        a, b = s.ref["start"], s.ref["end"]
        inside = [(x - a, y - a, t) for x, y, t in locs.get(s.ref["key"], []) if a <= x and y <= b]
        has_cue = bool(cue.search(s.text))
        if args.all or (inside and has_cue):
            where = " | ".join(f"{x}-{y}:{t}" for x, y, t in inside)
            lines.append(f"{n}\t{s.id}\t{'E' if has_cue else '-'}\t{where}\t{s.text}")
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
