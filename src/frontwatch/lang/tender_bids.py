"""A bid turned down is a tender decision, not a political rejection: 'пропозицію ТОВ «...» відхилили'.

Why: procurement is the bulk of the Ukrainian corpus, and the guideline counts tenders, contracts and
civil litigation as no events. Its rejections are told with the verbs of political refusal
('відхилити', 'отклонить', 'rechazar', 'απορρίπτω'), and the commerce reading (event_scope.commercial_deals)
leaves rejections alone on purpose: a firm denying an accusation is a REJECT. What tells the tender is
the object: an offer or a bid (cues `[scope] bids`: 'пропозиція', 'заявка', 'oferta', 'προσφορά') next to
the verb, in a sentence that names a company or a tender (cues `commerce`). A state turning down another's
proposal names no company and stays a rejection.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.proximity import any_within
from frontwatch.lang.triggers import LangTrigger

BID_WINDOW = 12  # words between the verb and its object, a firm's name between them ('пропозицію ТОВ «...» за 0,89 млн грн. відхилили')
REJECT_TYPES = frozenset({"reject"})


def rejected_bids(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of rejections of an offer or a bid in a sentence naming a company or a tender."""
    if not cues.bids or not cues.commerce or not any(t.type in REJECT_TYPES for t in triggers):
        return set()
    if not cue_phrases(cues.lang, cues.commerce).find(ws):
        return set()
    bids = cue_phrases(cues.lang, cues.bids).find(ws)
    return {k for k, t in enumerate(triggers) if t.type in REJECT_TYPES
            and any_within((t.start, t.end), bids, BID_WINDOW, side="either")}


__all__ = ["rejected_bids"]
