"""The light verb after a noun trigger carries the tense, mood and negation of the act the noun names.

'İsrail Gazze'ye saldırı düzenlemedi' (did not organise an attack), 'Polis göstericileri gözaltına almadı' (did not
take into custody), 'Taraflar anlaşmaya varamadı' (could not reach an agreement), 'PKK'nın saldırılar
düzenleyeceğini' (that the PKK will organise attacks): a Turkish complex predicate is a noun and a light verb right
after it ('saldırı düzenle-', 'gözaltına al-', 'anlaşmaya var-'), and the suffixes that say an act did not happen,
will happen or happens as a habit stand on the light verb, not on the noun the lexicon matches.

Why: the verb triggers of an agglutinative language are read by their suffixes (lang/events `_verb_suffix`: the
negative '-mA-', the aorist and the conditional; `_future_form`: '-AcAk'); a noun trigger has no suffix of that kind,
so without this reading its negated or future light verb left it asserted. This module finds the light verb (the
word right after the noun whose start is a light-verb stem of cues `[modality] light_verbs`) and gives the part of
it after the stem, so the same suffix readings apply to it. (mlC50) The noun half of a compound verb may stand between
the trigger and its light verb ('olağanüstü hal ilan edeceği', will declare a state of emergency; 'ateşkes ilan etti'):
the light verb after it is the trigger's (cues `[modality] light_verb_nouns`). Persian writes its light verbs as separate, fully
inflected words and is read by their written forms instead (lang/trigger_scope.untold_nouns).
"""

from __future__ import annotations

from functools import lru_cache

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, normalize
from frontwatch.lang.triggers import LangTrigger


def light_verb_suffix(trig: LangTrigger, ws: list[Word], cues: Cues) -> tuple[int, str] | None:
    """For a noun trigger followed right away by a light verb of the language: that word's index and what follows
    the (longest) light-verb stem in it ('gözaltına almadı' -> 'madı'); None otherwise."""
    if trig.entry.pos != "N" or not cues.light_verbs or trig.end >= len(ws):
        return None
    at = trig.end
    if normalize(ws[at].text, cues.lang, cues.strip_marks) in _normalized(cues.light_verb_nouns, cues.lang, cues.strip_marks) \
            and at + 1 < len(ws):
        at += 1  # 'olağanüstü hal ilan edeceği': the compound verb's noun, then its light verb
    rest = light_verb_ending(ws[at].text, cues)
    return None if rest is None else (at, rest)


def compound_verb_noun(trig: LangTrigger, ws: list[Word], cues: Cues) -> bool:
    """(mlA51) Whether a noun trigger is the noun of a compound verb whose light verb is written as a word of its own
    right after it (Persian: 'تکذیب کرد', denied; 'توافق کردند', agreed; 'متهم می کنند', accuse): cues `[scope]
    verbs_told`/`verbs_untold`, the written light verbs, whatever their tense. Why: such a noun heads its clause's
    predicate as a verb does, so an act noun before it in a verb-final clause is its object or topic
    ('گزارش‌ها درباره مذاکره ... را تکذیب کرد': the talks are what is denied), never its governor; read as two nouns, the
    later one was dropped as the topic of the earlier (event_scope.topic_triggers) and the sentence lost its act."""
    if trig.entry.pos != "N" or trig.end >= len(ws) or not (cues.verbs_told or cues.verbs_untold):
        return False
    forms = _normalized(cues.verbs_told + cues.verbs_untold, cues.lang, cues.strip_marks)
    return normalize(ws[trig.end].text, cues.lang, cues.strip_marks) in forms


def light_verb_ending(word: str, cues: Cues) -> str | None:
    """What follows the (longest) light-verb stem of the language that `word` begins with ('edecek' -> 'ecek',
    'eder' -> 'er'); None when the word is no light verb with a suffix."""
    w = normalize(word, cues.lang, cues.strip_marks)
    stems = [s for s in _stems(cues) if w.startswith(s) and len(w) > len(s)]
    return w[len(max(stems, key=len)):] if stems else None


def _stems(cues: Cues) -> tuple[str, ...]:
    return _normalized(cues.light_verbs, cues.lang, cues.strip_marks)


@lru_cache(maxsize=None)
def _normalized(stems: tuple[str, ...], lang: str, strip_marks: bool) -> tuple[str, ...]:
    """The language's light-verb stems as the words are normalised, once per language (read for every noun trigger)."""
    return tuple(normalize(s, lang, strip_marks) for s in stems)


__all__ = ["compound_verb_noun", "light_verb_ending", "light_verb_suffix"]
