"""Word forms of each ACLED event family in the unlabelled corpus sentences that no trigger covers: a dev tool.

Usage: PYTHONPATH=src python dev/ml_family_coverage.py LANG [--min 1] [--examples 1]

Why: the tune parts are small, so a lexicon fitted to their misses does not transfer. The corpus
sentences outside dev/events-ml are real news of the same outlets. For each event family (attack,
clash, shelling, explosion, arrest, abduction, protest, capture/withdraw, agreement, accuse/threaten)
a few stems of the language's words for it (below: the family's vocabulary, not sentences) pick out
the word forms that carry it (aspect partners, reflexives, participles, verbal nouns, passives); a
form that is part of no trigger match is listed with its count, to be judged by hand (many are
adjectives or names of things, which should stay uncovered). No gold, no places; the report part is
never read (its sentences are in the dev set and skipped).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from frontwatch.evaluate.ml_devset import candidates, load_ml
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import normalize, words
from frontwatch.lang.triggers import find_triggers

ROOT = Path(__file__).resolve().parents[2] / "shared" / "data"

# Stems by family (lower case, accents as the language normalises them; Greek without accents).
FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "attack/kill": ("напад", "атак", "убит", "убий", "убив", "погиб", "застрел", "расстрел", "ранен", "ранил"),
        "clash": ("бо", "столкнов", "сраж", "перестрел"),
        "shelling/air": ("обстрел", "обстрел", "бомб", "авиаудар", "ракетн", "удар", "артилл"),
        "explosion": ("взрыв", "взорв", "подорв", "мин"),
        "arrest": ("арест", "задерж", "обыск", "заключ"),
        "abduction": ("похит", "похищ", "заложн", "плен"),
        "protest": ("протест", "митинг", "демонстрац", "забастов", "пикет", "акци"),
        "capture/withdraw": ("захват", "занял", "заня", "отступ", "вывод", "вывел", "отвел", "освобод"),
        "agreement": ("соглаш", "договор", "перемир", "подпис"),
        "accuse/threaten": ("обвин", "угрож", "угроз", "осуд", "осужд", "критик", "заяв"),
    },
    "uk": {
        "attack/kill": ("напад", "атак", "вбит", "вбив", "убив", "загину", "загиб", "застрел", "розстріл", "поранен", "поранил"),
        "clash": ("бо", "зіткнен", "сутичк", "перестрілк"),
        "shelling/air": ("обстріл", "бомб", "авіаудар", "ракетн", "удар", "артилер"),
        "explosion": ("вибух", "підірв", "мін"),
        "arrest": ("арешт", "затрим", "обшук", "заарешт", "підозр"),
        "abduction": ("викра", "заручник", "полон"),
        "protest": ("протест", "мітинг", "демонстрац", "страйк", "пікет", "акці"),
        "capture/withdraw": ("захоп", "зайнял", "відступ", "вивед", "вивел", "відвел", "звільн"),
        "agreement": ("угод", "домов", "перемир", "підпис"),
        "accuse/threaten": ("звинув", "загро", "погро", "засуд", "критик", "заяв"),
    },
    "el": {
        "attack/kill": ("επιθ", "επιτεθ", "επετεθ", "σκοτω", "σκοτωσ", "νεκρ", "δολοφον", "τραυματ", "πυροβολ"),
        "clash": ("συγκρου", "συγκρουσ", "μαχ", "ενοπλ"),
        "shelling/air": ("βομβαρδ", "βομβ", "ρουκετ", "πυραυλ", "αεροπορικ", "πληγμ", "σφυροκοπ"),
        "explosion": ("εκρηξ", "εξερραγ", "εκραγ", "ανατιναξ"),
        "arrest": ("συλλη", "συνελη", "κρατη", "χειροπεδ"),
        "abduction": ("απαγ", "ομηρ", "αιχμαλωτ"),
        "protest": ("διαδηλ", "διαμαρτυρ", "απεργ", "συλλαλητηρ", "πορει", "κινητοποιη"),
        "capture/withdraw": ("καταλαβ", "κατελαβ", "καταλη", "αποσυρ", "αποχωρ", "απελευθερ", "υποχωρ"),
        "agreement": ("συμφων", "εκεχειρ", "υπογραψ", "υπεγραψ", "υπογραφ"),
        "accuse/threaten": ("κατηγορ", "απειλ", "καταδικ", "επικριν", "επεκριν", "καταγγ", "δηλωσ"),
    },
    "es": {
        "attack/kill": ("atac", "atent", "asesin", "mat", "muert", "muri", "fallec", "herid", "dispar", "tirote"),
        "clash": ("enfrent", "combat", "choque", "luch", "batall"),
        "shelling/air": ("bombard", "bomb", "misil", "cohete", "obus", "artill", "proyectil"),
        "explosion": ("explo", "estall", "deton", "artefact"),
        "arrest": ("deten", "detuv", "arrest", "captur", "encarcel", "prisi"),
        "abduction": ("secuest", "rapt", "rehen"),
        "protest": ("protest", "manifest", "huelg", "marcha", "concentr", "moviliz"),
        "capture/withdraw": ("ocup", "tom", "retir", "repleg", "liber", "conquist"),
        "agreement": ("acuerd", "acord", "pact", "tregua", "firm", "alto el fuego"),
        "accuse/threaten": ("acus", "amenaz", "conden", "critic", "denunci", "reproch"),
    },
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lang")
    ap.add_argument("--min", type=int, default=1)
    ap.add_argument("--examples", type=int, default=1)
    args = ap.parse_args()
    lang = args.lang
    cues = load_cues(lang)
    known = {r.id for r in load_ml(lang, ROOT)}
    fams = {f: tuple(normalize(s, lang) for s in stems) for f, stems in FAMILIES[lang].items()}
    missed: dict[str, collections.Counter[str]] = {f: collections.Counter() for f in fams}
    covered: dict[str, collections.Counter[str]] = {f: collections.Counter() for f in fams}
    ex: dict[str, list[str]] = collections.defaultdict(list)
    n = 0
    for s in candidates(lang, ROOT):
        if s.id in known:
            continue
        n += 1
        ws = words(s.text, cues)
        hit = {i for t in find_triggers(ws, lang) for i in t.words}
        for w in ws:
            low = normalize(w.text, lang)
            for f, stems in fams.items():
                if any(low.startswith(st) for st in stems):
                    (covered if w.i in hit else missed)[f][low] += 1
                    if w.i not in hit and len(ex[low]) < args.examples:
                        a = max(0, w.start - 70)
                        ex[low].append(s.text[a:w.end + 50].replace("\n", " "))
    print(f"{lang}: {n} unlabelled sentences", file=sys.stderr)
    for f in fams:
        tot_m, tot_c = sum(missed[f].values()), sum(covered[f].values())
        print(f"\n## {f}: covered {tot_c} tokens ({len(covered[f])} forms), uncovered {tot_m} ({len(missed[f])} forms)")
        for form, c in missed[f].most_common():
            if c < args.min:
                break
            print(f"  {c:3d} {form}   | {ex[form][0] if ex[form] else ''}")


if __name__ == "__main__":
    main()
