"""Triggers inside a question: asked about, not reported.

Why: a question names an act to ask whether, who or why it happened ('Кто обстрелял город?',
'¿Quién atacó el cuartel?', 'Прийдуть у Полтаву і скажуть, що це ... звільнив?'); the writer does
not assert it, as the English coder's modality reads interrogatives. The question is the stretch
between the last clause boundary (or the Spanish opening '¿') and its question mark, which each
language names in its cues (`[modality] question_marks`: Greek writes ';').
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word

# where a question cannot reach back past: sentence and clause ends, quotation marks, dialogue dashes
_BOUNDARIES = frozenset(".!?:«»“”\"—–\n")
_OPENERS = frozenset("¿")


def question_spans(text: str, cues: Cues) -> list[tuple[int, int]]:
    """Character spans (start, end) of the questions of a sentence."""
    marks = set(cues.question_marks)
    stops = _BOUNDARIES | marks
    out = []
    for q, ch in enumerate(text):
        if ch not in marks:
            continue
        start = q - 1
        while start >= 0 and text[start] not in stops and text[start] not in _OPENERS:
            start -= 1
        out.append((start + 1, q))
    return out


def question_triggers(triggers: list, ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of triggers whose words all stand inside a question."""
    spans = question_spans(text, cues)
    if not spans:
        return set()
    return {k for k, t in enumerate(triggers)
            if any(a <= ws[t.start].start and ws[t.end - 1].end <= b for a, b in spans)}


__all__ = ["question_spans", "question_triggers"]
