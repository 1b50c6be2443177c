"""Noun triggers whose clause is in the future: a plan, not a happening (Spanish, Greek, Arabic).

Why: a noun carries no tense; the verb of its clause does. 'con la retirada del Ejército, la
frontera se acercará', 'la reunión que se celebrará mañana' tell a withdrawal or a meeting to
come, while the coder read the noun as reported. Spanish marks the future on the verb's ending
('-rá', '-rán': cues `future_endings`), so a future verb in the noun's clause, within
CLAUSE_WINDOW words, makes the noun planned; Greek marks it with a particle of its own ('η πορεία που
θα πραγματοποιήσει την Παρασκευή': cues `future_particles`); Arabic with the prefix سـ on the verb, which in its
verb-subject-object order stands before the noun it governs ('سيعقد وزراء الخارجية اجتماعا طارئا', mlA48:
event_tokens.is_prefixed_future), or the particles 'سوف', 'لن'. Languages opt in with [scope] `future_clause` (in
Russian and Ukrainian a noun's tense is read by lang/noun_anchor.py and event_scope instead). (mlA52) A time to come
before the noun in its clause does the same where the verb is a present (`_future_times`).
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_dates import date_spans
from frontwatch.lang.event_tokens import (
    Word,
    cue_phrases,
    is_prefixed_future,
    normalize,
)
from frontwatch.lang.proximity import words_within
from frontwatch.lang.triggers import LangTrigger

CLAUSE_WINDOW = 6
# (mlA48) a relative pronoun after the noun opens a clause about the noun only right after it or its one adjective ('الاجتماع
# الذي سيعقد', 'المفاوضات المقررة التي ستعقد'); further on it belongs to a nearer noun (cues `[scope] relatives`)
RELATIVE_REACH = 1
CLAUSE_STOPS = ".;:!?()«»\"“”—–"  # a comma does not end the clause: 'con la retirada ..., la frontera se acercará'


def _future(word: str, cues: Cues) -> bool:
    w = normalize(word, cues.lang, cues.strip_marks)
    if w in {normalize(x, cues.lang, cues.strip_marks) for x in cues.future_particles}:
        return True  # 'θα'
    if is_prefixed_future(word, cues):
        return True  # 'سيعقد'
    return len(w) >= 4 and any(w.endswith(x) for x in cues.future_endings)  # 'dará', 'será'


def _coordinated(word: str, cues: Cues) -> bool:
    """A future word written with a clitic conjunction ('وسيلتقيان', 'ولن'): after a noun it begins a clause of its own."""
    w = normalize(word, cues.lang, cues.strip_marks)
    return any(w.startswith(normalize(c, cues.lang, cues.strip_marks)) and len(w) > len(c)
               for c in cues.future_coordinators)


def future_nouns(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of noun triggers with a future-tense verb in their clause."""
    if not cues.future_clause or not (cues.future_endings or cues.future_particles or cues.future_prefixes):
        return set()
    out = set()
    relative = {s for s, _, _, _ in cue_phrases(cues.lang, cues.relatives).find(ws)} if cues.relatives else set()
    # (mlB53) a predicate of plan after the noun, its copula or auxiliary in the present ('η σύνοδος κορυφής των G20
    # είναι προγραμματισμένη'): the genitive between them is beyond events.PLAN_WINDOW, the clause is not
    plans = {s for s, _, _, _ in cue_phrases(cues.lang, cues.plan_predicates).find(ws)} if cues.plan_predicates else set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "N":
            continue
        span = (t.start, t.end)
        for j in [*words_within(span, CLAUSE_WINDOW, len(ws), side="before"),
                  *words_within(span, CLAUSE_WINDOW, len(ws), side="after")]:
            if j > t.start and j in plans:
                pass  # a predicate of plan after the noun, read as the future verb
            elif not _future(ws[j].text, cues) or (j > t.start and _coordinated(ws[j].text, cues)):
                continue
            if j > t.start and any(t.end + RELATIVE_REACH < r < j for r in relative):
                continue  # 'مظاهرة حاشدة ضد الحكومة التي ستجري انتخابات': the relative clause of another noun
            a, b = (ws[j].end, ws[t.start].start) if j < t.start else (ws[t.end - 1].end, ws[j].start)
            if not any(c in CLAUSE_STOPS for c in text[a:b]):
                out.add(k)
                break
    return out | _future_times(triggers, ws, text, cues)


def _future_times(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """(mlA52) Noun triggers after a time to come in their clause (cues `[scope] future_times`: 'الأسبوع المقبل', 'غدا').
    Why: a verb-first clause puts its time adverbial between the verb and the noun it governs ('تبدأ في جنيف الأسبوع المقبل
    جولة جديدة من المفاوضات', next week a new round of talks begins in Geneva), out of reach of the coder's planned words
    (events.PLAN_WINDOW); the present verb tells no past, the time the future. After the noun the planned words already
    reach the time ('المفاوضات الأسبوع المقبل')."""
    if not cues.future_times:
        return set()
    ends = [e for _, e, _, _ in cue_phrases(cues.lang, cues.future_times).find(ws)]
    if not ends:
        return set()
    # a date of its own nearer the noun dates it instead ('... جولة مفاوضات الأسبوع المقبل بعد اشتباكات أمس')
    dated = date_spans(ws, text, cues.lang)

    def gap(t: LangTrigger, a: int, b: int) -> int:
        return t.start - b if b <= t.start else a - t.end + 1 if a >= t.end else 0

    return {k for k, t in enumerate(triggers) if t.entry.pos == "N"
            and any(t.start - CLAUSE_WINDOW <= e <= t.start
                    and not any(c in CLAUSE_STOPS for c in text[ws[e - 1].end:ws[t.start].start])
                    and not any(gap(t, a, b) < t.start - e for a, b in dated) for e in ends)}


__all__ = ["future_nouns"]
