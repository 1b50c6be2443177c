"""What a speaker believes, expects, hopes or recalls: the words a stance cue governs are not the news.

Why: the guideline (docs/annotation/multilingual-events.md §3, §4) makes opinions, expectations, hopes
and possibilities negatives, and analysis and rhetoric are the largest class of false events in the
non-English news (an attack 'believed' to have happened, a visit 'we hope' will consider a problem,
'считает, что ...', 'creen que ...'). These constructions put the cue first and the content after it,
so a trigger after a cue of `[modality] stance` is read as its content, and after a speaker's past
recalling (`[dates] recall`: 'напомнил', 'recordó') as background.

One definition of how far a cue reaches (`reach`), for both readings: to the end of the sentence, or
before a word that gives a reason as fact (`[modality] because`: 'dado que', 'поскольку' — 'opinó que
... dado que el presidente se desplazó ayer'), or where a stop character lies between two words
(`stance_stops`: a colon opening a quotation, 'گفت: ...'; a semicolon; a question or exclamation mark; a
headline's '|' or '/'), or after a quotation that a dash closes ('Думаем, ...», — цитируют ...': the
reporting frame after the quote is no longer the opinion). Not a comma ('يبدو أن ...، ...'); not a full
stop, which inside one sentence is an abbreviation ('EE.UU.'); not an opening or closing guillemet, which
also quotes names ('«Живом журнале»'). Blame and speech inside an opinion stay the speaker's own act.
The two passes that built these readings (mlA20 for ar/fa/tr, mlB20 for ru/uk/el/es) wrote one each;
joined here, the tune part of every language scores the same as with the two (docs/ml-events-errors.md).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from frontwatch.events import ontology
from frontwatch.lang.cues import Cues
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import PhraseList, Word
from frontwatch.lang.triggers import LangTrigger

CLOSING_QUOTES = "»”\""
_DASH_CLOSED = re.compile(f"[{CLOSING_QUOTES}]\\W*[—–]")


@cache
def _phrases(lang: str) -> dict[str, PhraseList]:
    c = load_cues(lang)
    return {name: PhraseList(list(items), [True] * len(items), c)
            for name, items in (("stance", c.stance), ("because", c.because), ("recall", c.recall))}


def reach(start: int, ws: list[Word], text: str, stops: str, stop_words: Collection[int] = ()) -> int:
    """The end (exclusive word index) of what a cue ending at word `start` governs (see the module doc)."""
    for j in range(start + 1, len(ws)):
        gap = text[ws[j - 1].end:ws[j].start]
        if j in stop_words or any(ch in stops for ch in gap) or _DASH_CLOSED.search(gap):
            return j
    return len(ws)


def _spans(name: str, ws: list[Word], text: str, cues: Cues, stop_words: Collection[int] = ()) -> list[tuple[int, int]]:
    return [(e, reach(e, ws, text, cues.stance_stops, stop_words)) for _, e, _, _ in _phrases(cues.lang)[name].find(ws)]


def opinion_triggers(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of triggers a stance cue governs; blame and speech are the speaker's act."""
    if not cues.stance:
        return set()
    given = {s for s, _, _, _ in _phrases(cues.lang)["because"].find(ws)}  # a fact given as a reason
    spans = _spans("stance", ws, text, cues, given)
    return {k for k, t in enumerate(triggers)
            if any(s <= t.start < e for s, e in spans)
            and not t.entry.speech and ontology.get(t.type).plover != "ACCUSE"}


def recalled_triggers(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices of triggers after a speaker's recalling ('напомнил, что ...'): background, whatever their date."""
    if not cues.recall:
        return set()
    spans = _spans("recall", ws, text, cues)
    return {k for k, t in enumerate(triggers) if any(s <= t.start < e for s, e in spans)}


__all__ = ["CLOSING_QUOTES", "opinion_triggers", "reach", "recalled_triggers"]
