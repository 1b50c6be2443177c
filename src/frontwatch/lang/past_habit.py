"""A speech act told in the Greek imperfect (the past of a course or a habit) is background, not an act done as news.

Why: Greek has a past tense of its own for what was going on or used to happen, the imperfect ('κατηγορούσαν',
'ζητούσαν': were accusing, used to ask), beside the aorist of the one act ('κατηγόρησε'). Greek news tells an
accusation, a demand or a refusal as done, in the aorist; the imperfect describes the setting (what the press kept
saying of a player, what a committee was asking for while the talks went on, a poet's verse). Read from the word's
form (cues `[scope] imperfect_form`: a regex on the lower-case word); `imperfect_not_lemma` (a regex on the word's
keys) keeps out forms of other verbs the ending would catch, where a language needs it. Only political acts done by
words (types with no ACLED pair): a violent act in the imperfect may be the ongoing happening itself ('βομβάρδιζαν'),
which this does not judge. Not Spanish: its news tells single acts in the imperfect (the imperfecto periodístico) and
reported acts in the conditional (the twenty-second session's review took the Spanish reading out). Russian and
Ukrainian mark aspect, not this tense, and are not read so.
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
