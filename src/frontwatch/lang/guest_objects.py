"""A verb-noun pair whose noun must be the verb's own object: a guest received ('принял в Сочи премьер-министра').

Why: 'принять' / 'прийняти' receive a visitor only when the visitor is their direct object; the lexicon's verb-noun
pairs (lang/verb_nouns.py) match the two words with up to two words between, so 'принял отставку министра' (accepted
a resignation; the minister is its genitive), 'приняла закон, предложенный президентом' (passed a law; the president
is the agent of another clause) would read as meetings. Russian and Ukrainian mark the object by case, so the
grammar decides, not a list of sentences: the noun of a class flagged `direct_object` (cues `[verb_nouns.<class>]`)
must have an accusative reading (an instrumental one after a passive participle: 'был принят президентом', the host),
no comma may stand between the two, and every noun between them must sit in a prepositional phrase ('в Сочи',
'у Києві'): a bare noun between is the verb's real object. Spanish marks a person object with the personal 'a',
which its rows carry ('recibir al presidente'), so it needs no check here.
"""

from __future__ import annotations

from functools import cache

from frontwatch.lang.cues import Cues
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import Word
from frontwatch.lang.morph import case_readings, part_of_speech
from frontwatch.lang.passive import is_passive
from frontwatch.lang.triggers import LangTrigger

# pymorphy3 parts of speech that head a noun phrase of their own, and the preposition that opens a phrase whose noun is
# not the verb's object
NOUN_TAGS = frozenset({"NOUN"})
PREPOSITION = "PREP"


@cache
def _direct_object_phrases(lang: str) -> frozenset[str]:
    """The lexicon phrases of the language's `direct_object` verb-noun classes (verb first, as verb_nouns writes them),
    built once per language: `stray_objects` runs on every sentence."""
    return frozenset(f"{verb} {noun}" for cls in load_cues(lang).verb_nouns if cls.direct_object
                     for verb in cls.verbs for noun in cls.nouns)


def stray_objects(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of `direct_object` pairs whose noun is not the verb's own object."""
    phrases = _direct_object_phrases(cues.lang)
    if not phrases:
        return set()
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.entry.phrase not in phrases or len(t.words) < 2:
            continue
        verb, noun = t.words[0], t.words[-1]
        want = "ablt" if is_passive(t, ws, cues) else "accs"
        if want not in case_readings(ws[noun].text, cues.lang) or "," in text[ws[verb].end:ws[noun].start] \
                or _bare_noun_between(ws[verb + 1:noun], cues.lang):
            out.add(k)
    return out


def _bare_noun_between(between: list[Word], lang: str) -> bool:
    """Is one of these words a noun outside a prepositional phrase (the verb's own object, not the guest)?"""
    in_phrase = False
    for w in between:
        pos = part_of_speech(w.text, lang)
        if pos == PREPOSITION:
            in_phrase = True
        elif pos in NOUN_TAGS:
            if not in_phrase:
                return True
            in_phrase = False
    return False


__all__ = ["stray_objects"]
