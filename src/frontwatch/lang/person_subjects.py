"""Is a bare name that opens a sentence the subject of a verb only people do? (Turkish, issue 19.)

Without an NER model for Turkish the gazetteer is the only recogniser, and surnames and given names
are also towns somewhere ('Kavakçı', 'Brecht', 'Willis'). Turkish is subject-object-verb: a name in
the bare nominative (no case suffix after an apostrophe) at the head of a sentence is its subject,
and a verb whose subject must be a person -- is born, dies, marries, says, believes
(`person_verbs`, stems) -- in a finite form in that sentence makes the name a person's
('Kavakçı, 1968'de Sakarya'da doğdu'); so does a predicate without a verb that only a person takes, born-in or
aged (`person_predicates`: 'Kavakçı, 1968'de Sakarya doğumlu'). A state speaks through its capital ('Ankara açıkladı'), so a
country or a large city is left alone; the caller applies that test with the place it resolved.
"""

from __future__ import annotations

import re

from frontwatch.lang.resources import load
from frontwatch.model import Sentence

_WORD = re.compile(r"\w+", re.UNICODE)


def _finite(word: str, stem: str, res) -> bool:
    """Is `word` the verb `stem` with a finite tense ending (optionally negated, then a copula or plural)?
    'doğdu', 'davranıyordu', 'katılmıyordu', 'ederdi'; not the participle 'doğduğu' nor the noun 'doğu'."""
    if not word.startswith(stem):
        return False
    rest = word[len(stem):]
    rests = [(rest, False)] + [(rest[len(n):], True) for n in res.verb_negations if rest.startswith(n)]
    for rest, negated in rests:
        for tense in res.verb_tenses:
            if rest.startswith(tense) and not (negated and tense in res.verb_aorists):
                tail = rest[len(tense):]
                if tail == "" or tail in res.verb_tails:
                    return True
    return False


def _person_verb_in(words: list[str], res) -> bool:
    if any(word in res.person_predicates for word in words):
        return True  # 'Kavakçı, 1968'de Sakarya doğumlu': a predicate without a verb that only a person takes
    for k, word in enumerate(words):
        for lemma in res.person_verbs:
            *lead, stem = lemma.split()
            if _finite(word, stem, res) and (not lead or words[max(0, k - len(lead)):k] == lead):
                return True
    return False


def person_subjects(text: str, lang: str, sents: list[Sentence], spans: list[tuple[int, int]]) -> set[int]:
    """Indices of `spans` ((start, end) pairs) that open their sentence in the bare nominative and whose
    sentence has a finite person verb: a person's name as the subject, by the word order."""
    res = load(lang)
    if not res.person_verbs and not res.person_predicates:
        return set()
    out: set[int] = set()
    for k, (start, end) in enumerate(spans):
        sent = next((s for s in sents if s.start <= start < s.end), None)
        if sent is None or text[sent.start:start].strip(" \"'“”«»(") or "'" in text[start:end] \
                or "’" in text[start:end] or text[end:end + 1].isalnum() or text[end:end + 1] in "'’":
            continue
        words = [w.casefold() for w in _WORD.findall(text[end:sent.end])]
        if words and words[0] in res.person_titles and text[end:end + 1] == " ":
            continue  # 'Bozyazı valisi açıkladı': the name qualifies an office, whose holder is the subject
        if _person_verb_in(words, res):
            out.add(k)
    return out


__all__ = ["person_subjects"]
