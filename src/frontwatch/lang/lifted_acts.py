"""Sanctions and restrictions lifted, cancelled or suspended are no sanction imposed: 'تحریم های نفتی ایران لغو شد'
(Iran's oil sanctions were lifted), 'yaptırımlar kaldırıldı', 'رفعت الولايات المتحدة العقوبات'.

Why: the sanction nouns ('تحریم', 'yaptırım', 'عقوبات') name the measure, and the sentence tells what was done to it.
Imposing it is PLOVER SANCTION; lifting, cancelling, suspending or easing it undoes the measure (at most a
concession, which the guideline codes only when it yields to a demand), and the happening ACLED and PLOVER code
is not the sanction. An ACLED coder tells them by the verb the noun is the object or subject of (cues `[scope]
undoing`: verbs and verbal nouns of lifting, cancelling, suspending, easing). A sanction or restriction noun with
such a word in its clause is no event: after it within UNDO_AFTER words (the verb-final clauses of Persian and
Turkish, where the noun's modifiers stand between: 'تحریم های نفتی و بانکی ایران لغو شد'), or right before it
within UNDO_BEFORE words (Arabic's verb first, and the verbal noun heading it: 'رفع العقوبات'). Imposing,
extending and tightening words are not in the lists and keep the sanction ('تحریم ها تمدید شد').
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_scope import same_clause
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.proximity import within
from frontwatch.lang.triggers import LangTrigger

UNDO_AFTER = 10  # words between the noun and a clause-final verb ('تحریم های نفتی و بخش های دیگر ... لغو شده است')
UNDO_BEFORE = 3  # words between a verb or verbal noun and the noun it governs ('رفعت الولايات المتحدة العقوبات')
MEASURES = frozenset({"sanction", "restriction"})


def lifted_measures(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of sanction or restriction nouns that a word of lifting governs in their clause."""
    if not cues.undoing or not any(t.type in MEASURES for t in triggers):
        return set()
    words = cue_phrases(cues.lang, cues.undoing).find(ws)
    out = set()
    for k, t in enumerate(triggers):
        if t.type not in MEASURES or t.entry.pos != "N":
            continue
        for s, e, _, _ in words:
            if within((t.start, t.end), (s, e), UNDO_AFTER, side="after", inclusive=True) \
                    and same_clause(ws, text, t.end - 1, s):
                out.add(k)
            elif within((t.start, t.end), (s, e), UNDO_BEFORE, side="before", inclusive=True) \
                    and same_clause(ws, text, e - 1, t.start):
                out.add(k)
    return out


__all__ = ["lifted_measures"]
