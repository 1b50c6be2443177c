"""'Offer' with a thing as its object is a sale or a grant, not a proposal to act.

Why: Russian 'предложить' and Ukrainian 'запропонувати' are request triggers for their proposal sense, whose
complement is an act to take: an infinitive ('предложила КНДР провести переговоры', 'предложили разделить'),
a clause ('предложил: если ...') or a named act ('предложил перемирие'). With a noun phrase of goods, money or
a price as the object the same verb offers a thing: 'запропонувала 4 автомобіля на 4,8 тис грн дорожче' (a
bid in a tender), 'запропонувало найменшу ціну', 'фонд предложил студентам миллион рублей' (a grant), which
the guideline counts as commerce, not a request between actors. A dictionary lists the two senses by their
valency; the verbs are data (cues `[scope] offer_verbs`, the trigger phrases), the infinitive is read by
pymorphy3 (`event_tokens.is_infinitive`). An offer verb after a clause mark ('..., предложили чиновники')
closes reported words, whose content precedes it, and stays.
"""

from __future__ import annotations

import re

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases, is_infinitive
from frontwatch.lang.proximity import any_within, words_within
from frontwatch.lang.triggers import LangTrigger

ACT_WINDOW = 5  # words between the verb and the act it proposes, the addressee between ('предложила КНДР 25 сентября провести')
OPENS = re.compile(r"[:«\"“—–]")  # right after the verb: a clause or a quotation follows, the proposal's words
CLOSES = re.compile(r"[,—–]")  # right before the verb: reported words end ('пусть оплатят, предложили чиновники')


def goods_offers(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of one-word offer verbs with no act to take after them."""
    if not cues.offer_verbs:
        return set()
    verbs = {p.lower() for p in cues.offer_verbs}
    thats = cue_phrases(cues.lang, cues.complementizer).find(ws) if cues.complementizer else []
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "V" or t.entry.phrase.lower() not in verbs or t.end - t.start != 1:
            continue
        span = (t.start, t.end)
        after = words_within(span, ACT_WINDOW, len(ws), side="after", inclusive=True)
        if any(is_infinitive(ws[j].text, cues.lang) for j in after):
            continue
        if any(u is not t and any_within(span, [(u.start, u.end)], ACT_WINDOW, side="after", inclusive=True)
               for u in triggers):
            continue  # a named act: 'предложил перемирие', 'предложил переговоры'
        if any_within(span, thats, 1, side="after", inclusive=True):
            continue
        nxt = ws[t.end].start if t.end < len(ws) else len(text)
        prev = ws[t.start - 1].end if t.start > 0 else 0
        if t.end < len(ws) and OPENS.search(text[ws[t.end - 1].end:nxt]):
            continue
        if t.start > 0 and CLOSES.search(text[prev:ws[t.start].start]):
            continue
        out.add(k)
    return out


__all__ = ["goods_offers"]
