"""Which triggers of a non-English sentence name a happening, and which only its purpose or topic.

The English coder reads this from the parse (an xcomp or a prepositional object of 'called for'
is not an event of its own). The native coders have no parse, so two word-order readings stand
in for it, both chosen on the tune part of dev/events-ml and both language-independent:

- **infinitive**: a verb trigger in the infinitive ('призвал ввести санкции', 'propuso
  negociar', 'предложил обсудить') is a purpose, a proposal or the content of a demand, not
  something that happened; unless a verb of phase or success governs it ('начали обстреливать',
  'lograron ocupar': cues `phase`). Such a reading is kept as 'planned'.
- **topic noun**: a noun trigger that follows a political act in the same clause, within
  `TOPIC_WINDOW` words ('договорились о прекращении огня', 'призвали к новым санкциям',
  'переговоры о перемирии'), is what that act is about. A violent topic noun is dropped only
  under an act about what has not happened yet (a demand, a threat, talks, an agreement): a
  condemned or denounced attack did happen.
"""

from __future__ import annotations

from frontwatch.events import ontology
from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import PhraseList, Word, is_infinitive
from frontwatch.lang.triggers import LangTrigger

TOPIC_WINDOW = 4  # words between the act and its topic noun ('призвали к новым жестким санкциям')
PHASE_WINDOW = 2
CLAUSE_STOPS = ",.;:!?()«»\"“”—–"
# acts whose object has not happened (yet): any topic noun under them is no event
PROSPECTIVE = frozenset({"request", "threaten", "consult", "agreement", "ceasefire", "reject"})


def infinitive_triggers(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of verb triggers in the infinitive that no phase verb governs."""
    phase = PhraseList(list(cues.phase), [True] * len(cues.phase), cues).find(ws) if cues.phase else []
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "V":
            continue
        if not any(is_infinitive(ws[i].text, cues.lang, cues.infinitive) for i in t.words):
            continue
        if any(0 <= t.start - e < PHASE_WINDOW or 0 <= s - t.end < PHASE_WINDOW for s, e, _, _ in phase):
            continue
        out.add(k)
    return out


def _same_clause(ws: list[Word], text: str, a: int, b: int) -> bool:
    """No clause punctuation between word a's end and word b's start."""
    return not any(c in CLAUSE_STOPS for c in text[ws[a].end:ws[b].start])


def topic_triggers(triggers: list[LangTrigger], ws: list[Word], text: str) -> set[int]:
    """Indices of noun triggers that are the topic of an earlier political act in their clause."""
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "N" or t.entry.outcome:
            continue
        violent = ontology.get(t.type).violent
        for g in triggers[:k]:
            if g.end > t.start or t.start - g.end > TOPIC_WINDOW or ontology.get(g.type).violent:
                continue
            if violent and g.type not in PROSPECTIVE:
                continue
            if g.type == t.type or not _same_clause(ws, text, g.end - 1, t.start):
                continue
            out.add(k)
            break
    return out


__all__ = ["infinitive_triggers", "topic_triggers"]
