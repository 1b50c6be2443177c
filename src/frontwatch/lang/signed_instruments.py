"""A signature on an instrument of one party is no agreement: 'Cumhurbaşkanı kanunu imzaladı' (the president signed
the law), 'رئیس جمهور فرمان انتصاب را امضا کرد' (signed the appointment decree), 'dilekçeyi imzaladı' (signed the petition).

Why: in Turkish and Persian the verb 'sign' alone is an agreement trigger ('iki ülke imzaladı', 'امضا کردند'), as
parties that sign usually sign a deal. But a head of state signs laws, decrees and appointments, citizens sign
petitions and letters: acts of one side, which the guideline counts as routine politics (§2-3), not PLOVER AGREE.
An ACLED coder reads the object of the signing. Rule: a trigger that is only a signing word (cues `[scope]
signing`) is dropped when an instrument of one party (cues `one_party_instruments`) stands within OBJECT_WINDOW
words of it, and the sentence holds no other agreement trigger (a treaty, an accord, a ceasefire named keeps the
signing an agreement, whatever else is near: 'kanun çerçevesinde hazırlanan anlaşmayı imzaladı').
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.proximity import any_within
from frontwatch.lang.triggers import LangTrigger

# words between the signing word and its object: the object's modifiers ('فرمان انتصاب وزیر را امضا کرد') or a
# relative clause's words when the object heads it ('منشور ... که هفته گذشته توسط رئیس جمهوری امضا شد')
OBJECT_WINDOW = 8
AGREEMENT = "agreement"


def one_party_signatures(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of bare signing words whose object is an instrument of one party."""
    if not cues.signing or not cues.one_party_instruments:
        return set()
    signs = cue_phrases(cues.lang, cues.signing).find(ws)
    if not signs:
        return set()

    def bare_sign(t: LangTrigger) -> bool:
        return t.type == AGREEMENT and any(s <= t.start and t.end <= e for s, e, _, _ in signs)

    if any(t.type == AGREEMENT and not bare_sign(t) for t in triggers):
        return set()  # the sentence names the agreement itself
    instruments = cue_phrases(cues.lang, cues.one_party_instruments).find(ws)
    return {k for k, t in enumerate(triggers) if bare_sign(t)
            and any_within((t.start, t.end), instruments, OBJECT_WINDOW, side="either", inclusive=True, overlap=True)}


__all__ = ["one_party_signatures"]
