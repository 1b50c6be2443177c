"""A ban or a requirement stated by a law is a norm, not an act between actors.

Why: the guideline skips a law passed or a bill as routine politics (docs/annotation/multilingual-events.md
§2), yet the words a law is told with are the words of sanctions and demands: 'законопроект о запрете продажи
оружия' (a bill on banning), 'законодавство вимагає декларувати' (the legislation requires declaring), 'la ley
exige', 'ο νόμος απαιτεί'. A linguist reads two forms as a norm:

- a legal text (cues `[scope] legal_texts`: law, bill, legislation, code) as the subject right before a verb
  trigger, or heading a noun trigger through a preposition ('закон о запрете', 'закон про заборону'), where
  the trigger is of a type a norm is told with (cues `norm_types`: a ban, a requirement). A law as the object
  ('потребовал отменить закон') or in another clause is left alone;
- the short passive participle of banning with no copula before it (cues `norm_forms`: 'запрещено курение',
  'заборонено'): the present state of the rules, not the act of banning ('было запрещено' tells the act; cues
  `copulas`, one definition with lang/participles).

The act of passing or signing the law is another trigger, read by its own rules.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_scope import same_clause
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.proximity import any_within
from frontwatch.lang.triggers import LangTrigger

HEAD_GAP = 2  # words between a legal text and the noun it heads: a preposition and an adjective ('о полном запрете')
COPULA_GAP = 1  # words between a copula and the participle ('было тогда запрещено')


def norm_triggers(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of bans and requirements a law states, or a ban told as the state of the rules."""
    if not cues.norm_types:
        return set()
    laws = cue_phrases(cues.lang, cues.legal_texts).find(ws) if cues.legal_texts else []
    forms = cue_phrases(cues.lang, cues.norm_forms).find(ws) if cues.norm_forms else []
    copulas = cue_phrases(cues.lang, cues.copulas).find(ws) if cues.copulas else []
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.type not in cues.norm_types:
            continue
        span = (t.start, t.end)
        gap = 0 if t.entry.pos == "V" else HEAD_GAP
        if any(any_within(span, [law], gap, side="before", inclusive=True) and same_clause(ws, text, law[1] - 1, t.start)
               for law in laws):
            out.add(k)
            continue
        if any(s <= t.start and t.end <= e for s, e, _, _ in forms) and not any_within(
                span, copulas, COPULA_GAP, side="before", inclusive=True):
            out.add(k)
    return out


__all__ = ["norm_triggers"]
