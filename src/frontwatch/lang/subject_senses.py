"""A verb's subject decides its sense: 'ο σεισμός έπληξε την Κρήτη' (an earthquake struck Crete), 'η «βόμβα» των
κόκκινων δανείων απειλεί τις τράπεζες' (the bad-loan 'bomb' threatens the banks), 'η μάχη κατά του καρκίνου απαιτεί
έγκαιρη διάγνωση' (the fight against cancer requires early diagnosis).

Why: the verbs of striking, threatening and demanding name an act between actors only when an actor does them; with
a natural hazard, a disease, an economic or social ill or an abstract task as the subject they tell a disaster, a
danger or a need — weather, health and economy news, which the guideline skips (docs/annotation/multilingual-events.md
§2, §3). mlB30's object_senses reads the object; this reads the subject, as a dictionary separates the senses. The
subject is found by grammar: in Greek a nominative article (cues `subject_articles`: 'ο', 'η', 'οι') opens a
subject phrase, since no preposition governs the nominative; the phrase runs from it (or from the sentence's start)
to the verb, in one clause, within SUBJECT_WINDOW words, and its head or a genitive of it is a word of the class
(cues `[scope] inanimate_subjects`). A subject after its verb ('έπληξε ο σεισμός') is read the same way within
INVERTED_WINDOW words. Only verb triggers of the types cues `subject_sense_types` names; a language without them
is unchanged.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_scope import same_clause
from frontwatch.lang.event_tokens import Word, cue_phrases, normalize
from frontwatch.lang.triggers import LangTrigger

# words from the subject's article to its verb: article, head, genitive article, modifiers, noun; (mlB54) or a phrase
# naming two parties between the head and the verb ('ο εμπορικός πόλεμος ανάμεσα σε ΗΠΑ και Κίνα πλήττει')
SUBJECT_WINDOW = 8
INVERTED_WINDOW = 4  # words after the verb: the subject's article, its head and a genitive ('έπληξε η κακοκαιρία')


def inanimate_subjects(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of verb triggers whose subject phrase holds a word of an inanimate class."""
    if not cues.inanimate_subjects or not cues.subject_sense_types:
        return set()
    hits = {i for s, e, _, _ in cue_phrases(cues.lang, cues.inanimate_subjects).find(ws) for i in range(s, e)}
    if not hits:
        return set()
    # the article as written: a lemma match would take 'των', 'την' (lemma 'ο') for the nominative
    nominative = {normalize(a, cues.lang) for a in cues.subject_articles}
    openers = {w.i for w in ws if normalize(w.text, cues.lang) in nominative}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.type not in cues.subject_sense_types or t.entry.pos != "V":
            continue
        if _subject_before(t.start, ws, text, hits, openers) or _subject_after(t.end, ws, text, hits, openers):
            out.add(k)
    return out


def _subject_before(v: int, ws: list[Word], text: str, hits: set[int], openers: set[int]) -> bool:
    """Does the subject phrase before the verb at word v (from the nearest nominative article, or the sentence's
    start, within SUBJECT_WINDOW words) hold a class word?"""
    if v == 0:
        return False
    start = next((j for j in range(v - 1, max(-1, v - 1 - SUBJECT_WINDOW), -1) if j in openers),
                 0 if v <= SUBJECT_WINDOW else None)
    if start is None or not same_clause(ws, text, start, v):
        return False
    return any(j in hits for j in range(start, v))


def _subject_after(end: int, ws: list[Word], text: str, hits: set[int], openers: set[int]) -> bool:
    """Does a nominative article right after the verb open a subject phrase holding a class word?"""
    if end >= len(ws) or end not in openers or not same_clause(ws, text, end - 1, end):
        return False
    return any(j in hits for j in range(end + 1, min(len(ws), end + INVERTED_WINDOW)))


__all__ = ["inanimate_subjects"]
