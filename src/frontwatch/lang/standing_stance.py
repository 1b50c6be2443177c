"""A verb of backing in the present tense tells a standing position, not an act of support.

Why: 'support' is a stative-like verb; in its present (imperfective, non-past) form it describes what
someone stands for or does as a rule ('η ΕΣΕΕ υποστηρίζει την επαναφορά του ΦΠΑ', the traders' body
argues for; 'фонд, который поддерживает молодежь', a foundation whose work is funding; 'Світовий банк
... підтримує Міністерство', a lender's programme), not a happening between actors. News tells an act
of backing as done: the past or perfective ('στήριξε', 'поддержал', 'підтримав'). The present is read
from the word's form: pymorphy3 for Russian and Ukrainian (`event_tokens.is_present_verb`), a regex on
the ending elsewhere (cues `[scope] present_form`, lower case, no accents). Languages opt in with the
trigger types so read (cues `[scope] standing_types`); a trigger of several words (a light verb and its
noun: 'doy la bienvenida') is left alone.
"""

from __future__ import annotations

import re

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases, is_present_verb, normalize
from frontwatch.lang.triggers import LangTrigger


def present_tense(word: str, cues: Cues) -> bool:
    """The word is a verb in the present tense, where the language lets us tell it."""
    if cues.lang in ("ru", "uk"):
        return is_present_verb(word, cues.lang)
    return bool(cues.present_form) and bool(re.search(cues.present_form, normalize(word, cues.lang, True)))


def standing_stances(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of one-word verb triggers of a `standing_types` type in the present tense,
    not in a clause reported after 'that' (cues `complementizer`): 'запевнив, що діаспора підтримує єдність
    України' is the speaker's declaration of support, made as news."""
    if not cues.standing_types:
        return set()
    thats = [s for s, _, _, _ in cue_phrases(cues.lang, cues.complementizer).find(ws)] if cues.complementizer else []
    return {k for k, t in enumerate(triggers)
            if t.type in cues.standing_types and t.entry.pos == "V" and t.end - t.start == 1
            and present_tense(ws[t.start].text, cues) and not any(s < t.start for s in thats)}


__all__ = ["present_tense", "standing_stances"]
