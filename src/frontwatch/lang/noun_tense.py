"""Noun triggers whose clause is in the future: a plan, not a happening (Spanish, Greek).

Why: a noun carries no tense; the verb of its clause does. 'con la retirada del Ejército, la
frontera se acercará', 'la reunión que se celebrará mañana' tell a withdrawal or a meeting to
come, while the coder read the noun as reported. Spanish marks the future on the verb's ending
('-rá', '-rán': cues `future_endings`), so a future verb in the noun's clause, within
CLAUSE_WINDOW words, makes the noun planned; Greek marks it with a particle of its own ('η πορεία που
θα πραγματοποιήσει την Παρασκευή': cues `future_particles`). Languages opt in with [scope] `future_clause` (in
Russian and Ukrainian a noun's tense is read by lang/noun_anchor.py and event_scope instead).
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, normalize
from frontwatch.lang.proximity import words_within
from frontwatch.lang.triggers import LangTrigger

CLAUSE_WINDOW = 6
CLAUSE_STOPS = ".;:!?()«»\"“”—–"  # a comma does not end the clause: 'con la retirada ..., la frontera se acercará'


def _future(word: str, cues: Cues) -> bool:
    w = normalize(word, cues.lang, cues.strip_marks)
    if w in {normalize(x, cues.lang, cues.strip_marks) for x in cues.future_particles}:
        return True  # 'θα'
    return len(w) >= 4 and any(w.endswith(x) for x in cues.future_endings)  # 'dará', 'será'


def future_nouns(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of noun triggers with a future-tense verb in their clause."""
    if not cues.future_clause or not (cues.future_endings or cues.future_particles):
        return set()
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "N":
            continue
        span = (t.start, t.end)
        for j in [*words_within(span, CLAUSE_WINDOW, len(ws), side="before"),
                  *words_within(span, CLAUSE_WINDOW, len(ws), side="after")]:
            if not _future(ws[j].text, cues):
                continue
            a, b = (ws[j].end, ws[t.start].start) if j < t.start else (ws[t.end - 1].end, ws[j].start)
            if not any(c in CLAUSE_STOPS for c in text[a:b]):
                out.add(k)
                break
    return out


__all__ = ["future_nouns"]
