"""Triggers inside what a speaker believes, expects, hopes or deems possible: not a report of a happening.

Why: the guideline (docs/annotation/multilingual-events.md §3, §4) makes opinions, expectations, hopes
and possibilities negatives, and analysis and rhetoric are the largest class of false events in the
Arabic and Persian news (an attack 'believed' to have happened, a visit 'we hope' will consider a
problem, e-government that 'can' be useful). These constructions put the stance word first and the
content after it ('اعتقاد بر این است که ...', 'يبدو أن ...', 'امیدواریم ...'), so a trigger after a
cue of `[modality] stance` in the same stretch of the sentence (up to a full stop, a colon that opens a
quotation, a question mark, a headline's '|' or '/') is read as its content. The existing
`hypothetical` cues cover conditions and obligation within a few words; stance words govern a whole
complement clause, which is often longer.
"""

from __future__ import annotations

from functools import cache

from frontwatch.lang.cues import Cues
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import PhraseList, Word
from frontwatch.lang.triggers import LangTrigger

# what ends the stretch a stance word governs: another sentence, a quotation opened by a colon (the quoted
# words are someone's report, 'گفت: ...'), a question, a headline's halves; not a comma ('يبدو أن ...، ...')
STANCE_STOPS = ".;:!?|/؛؟«»\n"


@cache
def _phrases(lang: str) -> PhraseList:
    c = load_cues(lang)
    return PhraseList(list(c.stance), [True] * len(c.stance), c)


def stance_triggers(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of triggers after a stance cue with no stop between (see the module doc)."""
    if not cues.stance:
        return set()
    cue_ends = [e for _, e, _, _ in _phrases(cues.lang).find(ws)]
    out = set()
    for k, t in enumerate(triggers):
        for e in cue_ends:
            if e <= t.start and not any(ch in STANCE_STOPS for ch in text[ws[e - 1].end:ws[t.start].start]):
                out.add(k)
                break
    return out


__all__ = ["STANCE_STOPS", "stance_triggers"]
