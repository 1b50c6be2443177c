"""An agreement between a firm and its workers is labour relations, not a political agreement.

Why: the guideline (docs/annotation/multilingual-events.md §4) keeps ACLED's Agreement for parties to a conflict
and PLOVER AGREE for political agreements; company deals are no events, and neither is a firm's pact with its staff
('335 votaron sí a este principio de acuerdo', 'un expediente con acuerdo de las partes que afecta a la plantilla').
The words of such a pact ('acuerdo', 'соглашение') are those of a treaty; what an ACLED coder reads is who is party
to it: a sentence naming workers, a staff, a works council or a labour contract (cues `[scope] labour`) and no
political or armed actor (lang/lay_domain.political_actor: a government, a ministry, an army, an IGO) tells a
labour agreement. A government's pact with the unions names the government and stays. Languages without the list
are unchanged.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_actors import LangActor
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.lay_domain import political_actor
from frontwatch.lang.triggers import LangTrigger

AGREEMENT_TYPES = frozenset({"agreement"})


def labour_agreements(triggers: list[LangTrigger], ws: list[Word], cues: Cues, actors: list[LangActor]) -> set[int]:
    """Indices (into `triggers`) of agreements in a sentence naming labour relations and no political actor."""
    if not cues.labour or not any(t.type in AGREEMENT_TYPES for t in triggers):
        return set()
    if political_actor(actors) or not cue_phrases(cues.lang, cues.labour).find(ws):
        return set()
    return {k for k, t in enumerate(triggers) if t.type in AGREEMENT_TYPES}


__all__ = ["labour_agreements"]
