"""A speech act told in the imperfect (the past of a course or a habit) is background, not an act done as news.

Why: Greek and Spanish have a past tense of their own for what was going on or used to happen, the imperfect
('κατηγορούσαν', 'ζητούσαν': were accusing, used to ask; 'solicitaban', 'pedían'), beside the aorist / preterite
of the one act ('κατηγόρησε', 'solicitó'). News tells an accusation, a demand or a refusal as done, in the aorist;
the imperfect describes the setting (what the press kept saying of a player, what a committee was asking for while
the talks went on, a poet's verse), and a conditional in Spanish ('pediría') shares the ending and is no act
either. Read from the word's form (cues `[scope] imperfect_form`: a regex on the lower-case word, with or without
accents as the language's keys are: the Spanish imperfect's 'ía' is accented, the present 'denuncia' is not);
`imperfect_not_lemma` (a regex on the word's keys) keeps out the accented presents of the verbs in -iar ('envía'). Only political acts done by words (types with no ACLED
pair): a violent act in the imperfect may be the ongoing happening itself ('βομβάρδιζαν', 'atacaban'), which this
does not judge. Russian and Ukrainian mark aspect, not this tense, and are not read so.
"""

from __future__ import annotations

import re

from frontwatch.events import ontology
from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, normalize
from frontwatch.lang.triggers import LangTrigger


def imperfect_form(word: Word, cues: Cues) -> bool:
    """The word is a verb in the imperfect (or a Spanish conditional), where the language's cues let us tell it."""
    if not cues.imperfect_form or not re.search(cues.imperfect_form, normalize(word.text, cues.lang, cues.strip_marks)):
        return False
    return not (cues.imperfect_not_lemma and any(re.search(cues.imperfect_not_lemma, k) for k in word.keys))


def past_habits(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of verb triggers of a political-only type whose verb is in the imperfect."""
    if not cues.imperfect_form:
        return set()
    return {k for k, t in enumerate(triggers)
            if t.entry.pos == "V" and not ontology.get(t.type).acled and imperfect_form(ws[t.start], cues)}
