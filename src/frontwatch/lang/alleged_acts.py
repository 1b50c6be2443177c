"""An act a speaker alleges, with no detail of its own, is the speaker's accusation, not a report of the act.

'Саманта Пауэр заявила, что "Россия ... воюет бок о бок с сепаратистами, которые захватили часть Украины"';
'به گفته وی، فقط داعش ... شروع به کشتار انسان ها کرده است'.

Why: the guideline (docs/annotation/multilingual-events.md §4) codes a speech act about an event as the event when
the source reports it as news ('the ministry said two soldiers were killed in A'), and as the statement when the
statement is the news: a named speaker charging the other side with violence ('Y is waging war', 'the massacre of
people') is ACCUSE, the speaker its doer. What tells the two apart is what a reporter asks of a happening: where,
when, how many. A report names a place, a date, a count or a toll in the words it reports; a charge names the
conduct and its culprit only. So a violent trigger is read as an allegation when

1. the sentence names who says it (a source of a reporting verb, an 'according to' or a speaker's colon: the
   caller's `speaker_named`), and the trigger stands in the reported content (from `content_start` to where a stance
   cue's reach ends: lang/stance.reach, one definition of how far reported words go);
2. that content holds no place, date, number or toll (`detail_words`, the caller's readings of them);
3. the act is not the speaker's own (a claim, 'Hamas said it fired ...': the caller checks the doer).

With its own details the act is reported and stays an event (the accusation beside it is left to the accusation
words of the lexicon). No word list of its own: the reporting, according and stop cues are the languages' existing ones.
"""

from __future__ import annotations

from collections.abc import Collection

from frontwatch.events import ontology
from frontwatch.lang.event_tokens import Word
from frontwatch.lang.stance import reach
from frontwatch.lang.triggers import LangTrigger

ALLEGATION_TYPE = "accuse"


def alleged_acts(triggers: list[LangTrigger], ws: list[Word], text: str, stops: str, content_start: int | None,
                 speaker_named: bool, detail_words: Collection[int]) -> set[int]:
    """Indices (into `triggers`) of violent acts alleged in a named speaker's reported words with no place, date,
    number or toll there (see the module doc); `stops`: the characters that end reported words (cues
    `stance_stops`)."""
    if content_start is None or not speaker_named or content_start >= len(ws):
        return set()
    end = reach(content_start, ws, text, stops)
    if any(content_start <= i < end for i in detail_words):
        return set()
    return {k for k, t in enumerate(triggers)
            if content_start <= t.start < end and not t.entry.outcome and ontology.get(t.type).violent}


__all__ = ["ALLEGATION_TYPE", "alleged_acts"]
