"""Russian and Ukrainian political nouns that the sentence tells as happened, though no past verb
stands next to them.

Why: `event_scope.unanchored_nouns` keeps a noun such as 'встреча' or 'переговоры' only with a past
verb within a few words in its clause, which rightly drops 'в ходе переговоров стороны обсудят'. Two
common ways of telling a past meeting escape that window:
- a meeting noun is governed by a word of completion or venue ('после встречи', 'по итогам
  переговоров', 'на переговорах', 'за підсумками зустрічі'): what one speaks at, after or about the
  results of has taken place, unless the sentence is in the future ('после встречи министры подпишут');
- the noun is the subject and the sentence's next finite verb is past, however long the genitive
  list between them ('Встреча президентов России, Украины, Франции ... продолжалась 14 часов').
"""

from __future__ import annotations

from functools import lru_cache

from frontwatch.events import ontology
from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import (
    Word,
    _morph,
    cue_phrases,
    is_future_verb,
    is_past_verb,
)
from frontwatch.lang.proximity import any_within
from frontwatch.lang.triggers import LangTrigger

COMPLETED_GAP = 2  # words between the completion word and the noun ('после личной встречи')
# nouns of gatherings: one speaks 'at', 'during' or 'after' them ('на переговорах в Кэсоне ... подписали');
# 'после санкций' or 'на санкции' tells nothing of when sanctions were imposed
VENUE_TYPES = frozenset({"consult"})


@lru_cache(maxsize=50_000)
def _nominative(word: str, lang: str) -> bool:
    """The likeliest reading of the word is a noun in the nominative."""
    parses = _morph(lang).parse(word)
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.case == "nomn"


@lru_cache(maxsize=50_000)
def _finite_verb(word: str, lang: str) -> bool:
    parses = _morph(lang).parse(word)
    return bool(parses) and parses[0].tag.POS == "VERB"


def _next_verb(ws: list[Word], text: str, start: int, relative: set[int], lang: str) -> Word | None:
    """The first finite verb from word `start` on, skipping relative clauses ('Визит, который был
    запланирован на лето, не состоится': the noun's verb is 'состоится')."""
    inside = False
    for w in ws[start:]:
        if w.i in relative:
            inside = True
        elif inside and "," in text[ws[w.i - 1].end:w.start]:
            inside = False
        if not inside and _finite_verb(w.text, lang):
            return w
    return None


def anchored_nouns(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of non-violent noun triggers told as past by the two cues above."""
    lang = cues.lang
    if lang not in ("ru", "uk"):
        return set()
    future = any(is_future_verb(w.text, lang) for w in ws)
    done = (cue_phrases(lang, cues.completed).find(ws)
            if cues.completed and not future else [])
    relative = ({s for s, _, _, _ in cue_phrases(lang, cues.relatives).find(ws)}
                if cues.relatives else set())
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "N" or ontology.get(t.type).violent:
            continue
        if t.type in VENUE_TYPES and any_within((t.start, t.end), done, COMPLETED_GAP, side="before", inclusive=True):
            out.add(k)
            continue
        if not _nominative(ws[t.start].text, lang):
            continue
        verb = _next_verb(ws, text, t.end, relative, lang)
        # a full stop between: an abbreviation or another sentence, not the noun's own verb
        if verb is not None and is_past_verb(verb.text, lang) and "." not in text[ws[t.start].end:verb.start]:
            out.add(k)
    return out


__all__ = ["anchored_nouns"]
