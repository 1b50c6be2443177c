"""The doer of a verb trigger in the passive voice ('fue atacado por insurgentes', 'была атакована боевиками').

Why: the coder takes a verb's agent from before it in SVO languages, but a passive puts the patient
there and the doer after a 'by' word (es 'por', el 'από') or, in Russian and Ukrainian, in the
instrumental case. Read as active, 'el convoy fue atacado por insurgentes' had no armed doer (the
convoy), so a word that needs one ('atacar', flag `agent`) coded nothing, and 'civiles fueron
asesinados por paramilitares' made the civilians the doers. Cues `[passive]` of each language say
what marks the passive and the doer; pure functions over the words and the actors found.
"""

from __future__ import annotations

import re

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_actors import LangActor
from frontwatch.lang.event_tokens import Word, _morph, normalize
from frontwatch.lang.proximity import within, words_within
from frontwatch.lang.triggers import LangTrigger

BY_WINDOW = 2  # words between the passive verb and its 'by' word ('fue atacado ayer por')
AUX_WINDOW = 2  # words between a passive auxiliary and the participle ('fue brutalmente atacado')


def _slavic_passive(word: str, lang: str) -> bool:
    """A Russian or Ukrainian passive participle ('атакована', 'обстріляні'), by pymorphy3's likeliest reading."""
    parses = _morph(lang).parse(word)
    return bool(parses) and "pssv" in parses[0].tag


def _instrumental(word: str, lang: str) -> bool:
    return any(p.tag.case == "ablt" for p in _morph(lang).parse(word)[:2])


def is_passive(trig: LangTrigger, ws: list[Word], cues: Cues) -> bool:
    """A verb trigger in the passive voice: a participle after a passive auxiliary (es), a passive ending (el),
    a passive participle (ru, uk)."""
    if trig.entry.pos != "V":
        return False
    word = ws[trig.start].text
    if cues.lang in ("ru", "uk"):
        return _slavic_passive(word, cues.lang)
    if not cues.passive_verb or not re.search(cues.passive_verb, normalize(word, cues.lang, cues.strip_marks)):
        return False
    if not cues.passive_auxiliaries:
        return True
    aux = {normalize(a, cues.lang) for a in cues.passive_auxiliaries}
    return any(normalize(ws[j].text, cues.lang) in aux
               for j in words_within((trig.start, trig.end), AUX_WINDOW, len(ws), side="before"))


def passive_agent(trig: LangTrigger, actors: list[LangActor], ws: list[Word], cues: Cues) -> LangActor | None:
    """The doer of a passive verb trigger, named after it: after a 'by' word (cues `[passive] by`) or, where
    `instrumental` is set, as the first actor after the verb with a word in the instrumental case."""
    if not is_passive(trig, ws, cues):
        return None
    after = [a for a in actors if a.start >= trig.end]
    if cues.passive_instrumental:
        first = next((a for a in after if within((trig.start, trig.end), (a.start, a.end), BY_WINDOW, side="after",
                                                 inclusive=True)), None)
        if first is not None and any(_instrumental(ws[i].text, cues.lang) for i in range(first.start, first.end)):
            return first
        return None
    by = {normalize(b, cues.lang, cues.strip_marks) for b in cues.passive_by}
    for j in words_within((trig.start, trig.end), BY_WINDOW, len(ws), side="after", inclusive=True):
        if normalize(ws[j].text, cues.lang, cues.strip_marks) in by:
            return next((a for a in after if j < a.start <= j + 2), None)
    return None


def outcome_agent(trig: LangTrigger, actors: list[LangActor], ws: list[Word], cues: Cues) -> LangActor | None:
    """The doer of a death told by an outcome word (trigger flag `outcome`: 'murieron', 'perdieron la vida'), named
    after it by a phrase of agency (cues `[passive] outcome_by`: 'a manos de', at the hands of). Why: an outcome word
    codes only with someone named killing, and an intransitive 'died' has no passive to carry a 'by' word; 'seis
    campesinos murieron a manos de paramilitares' names the paramilitaries as the killers as plainly as 'fueron
    asesinados por paramilitares'. The phrase must follow the trigger within BY_WINDOW words and the actor open
    within two words after the phrase ('a manos de los paramilitares')."""
    if not trig.entry.outcome or not cues.outcome_by:
        return None
    phrases = [[normalize(x, cues.lang, cues.strip_marks) for x in p.split()] for p in cues.outcome_by]
    after = [a for a in actors if a.start >= trig.end]
    for j in words_within((trig.start, trig.end), BY_WINDOW, len(ws), side="after", inclusive=True):
        for phrase in phrases:
            end = j + len(phrase)
            if end <= len(ws) and [normalize(ws[i].text, cues.lang, cues.strip_marks) for i in range(j, end)] == phrase:
                found = next((a for a in after if end <= a.start <= end + 1), None)
                if found is not None:
                    return found
    return None
