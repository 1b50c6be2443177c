"""Countries named as the bare subject of a finite verb: the state acting, not the place (issue 19, topo38).

WHY: wire copy names a state by its country ('Rusia instó hoy a reforzar ...', 'donde Estados Unidos ha sentado
su influencia', 'recordó que España es la segunda potencia'). That is metonymy: the country stands for its
government, which speaks, signs and decides, and CoNLL-2002 tags such a name ORG, not LOC (counted on the Spanish
tune part: countries as the bare subject of a finite verb are ORG 8 times, LOC twice; towns and regions in the same
position stay places in the gold, 'Valladolid acogió hoy', 'Andalucía asumió en 1984', so only countries). A
country after a preposition or inside a noun phrase ('en España', 'el presidente de Nicaragua') is not a subject
and keeps its place reading.

The rule needs no parser: the country opens a clause (the sentence's first words, or after a comma, a quote, a dash
or one of the language's `subject_openers`: 'que', 'donde', 'y') and the next word, past the `subject_gap` words
that may stand between a subject and its verb ('no', 'hoy', clitic pronouns), is a finite verb: a word whose
lemma (simplemma) is a verb's infinitive (`verb_infinitive_endings`) while the word itself has no non-finite
ending (`verb_nonfinite_endings`: the infinitive, the gerund, the participle). A function word of the language's
`stop` list counts only when its lemma is an auxiliary ('es', 'ha' → 'ser', 'haber'; not 'como' → 'comer').
Opt-in per language: without `subject_openers` nothing is changed (Greek's elNER keeps such subjects as GPE).
"""

from __future__ import annotations

import re

from frontwatch.lang.event_tokens import word_lemma
from frontwatch.lang.resources import LangResources, load
from frontwatch.model import Toponym

_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
MAX_ASIDE = 4  # words of an aside between the subject and its verb
_CLAUSE_MARKS = frozenset({",", ";", ":", "-", "–", "—", '"', "“", "”", "«", "»", "(", "."})


def finite_verb(word: str, lang: str) -> bool:
    """Is `word` a finite form of a verb ('instó', 'ha', 'estará'), by its lemma and its ending?"""
    res = load(lang)
    low = word.casefold()
    if not word.isalpha() or low in res.preps or low.endswith(res.verb_nonfinite_endings):
        return False
    lemma = word_lemma(low, lang)
    if lemma == low or not lemma.endswith(res.verb_infinitive_endings):
        return False
    return low not in res.stop or lemma in res.auxiliaries


def _list_start(text: str, start: int, res: LangResources) -> int:
    """Where the list that the name at `start` closes begins ('España y Francia' → the offset of 'España'): a list's
    items share the governor of its first item ('de España y Francia se comprometieron': 'de', no subject)."""
    lo = max(0, start - 200)
    toks = [(m.start() + lo, m.group()) for m in _TOKEN.finditer(text[lo:start])]
    first, k = start, len(toks)
    while k >= 2 and (toks[k - 1][1] == "," or toks[k - 1][1].casefold() in res.and_words) \
            and toks[k - 2][1][:1].isupper():
        k -= 1
        while k >= 1 and toks[k - 1][1][:1].isupper():
            k -= 1  # the earlier item's words ('Estados Unidos')
        first = toks[k][0]
    return first


def _opens_clause(text: str, start: int, res: LangResources) -> bool:
    """Does the name (or list) at `start` open a clause: the text's first word, or one after a sentence's end, a
    comma, quote, dash or a `subject_openers` word ('que España es', 'donde Estados Unidos ha')?"""
    before = _TOKEN.findall(text[max(0, start - 40):start])
    if not before:
        return True
    last = before[-1]
    return last in _CLAUSE_MARKS or last.casefold() in res.subject_openers


def _verb_follows(text: str, end: int, lang: str, res: LangResources) -> bool:
    """Is the first word after `end`, past the `subject_gap` words and an aside between commas ('Rusia, a su vez,
    rechaza'), a finite verb? An aside that opens a clause ('Etiopía, que rechazó ...': a relative clause) is no
    aside, and the name's verb is not read past it."""
    toks = _TOKEN.findall(text[end:end + 120])
    if toks[:1] == [","]:
        close = next((k for k, tok in enumerate(toks[1:MAX_ASIDE + 2], 1) if tok == ","), None)
        if close is None or close == 1 or toks[1].casefold() in res.subject_openers \
                or any(not tok.isalpha() for tok in toks[1:close]):
            return False
        toks = toks[close + 1:]
    for tok in toks[:4]:
        if tok.casefold() in res.subject_gap:
            continue
        return tok.islower() and finite_verb(tok, lang)  # an all-capital headline's words are not read
    return False


def state_subjects(text: str, lang: str, toponyms: list[Toponym]) -> set[int]:
    """Indices of `toponyms` that are countries named as the bare subject of a finite verb."""
    res = load(lang)
    if not res.subject_openers:
        return set()
    countries = [k for k, t in enumerate(toponyms)
                 if t.place is not None and (t.place.feature_code or "").startswith("PCL") and not t.relative]
    out: set[int] = set()
    for k in countries:
        t = toponyms[k]
        first = _list_start(text, t.start, res)
        if _opens_clause(text, first, res) and _verb_follows(text, t.end, lang, res):
            out.update(j for j in countries if first <= toponyms[j].start <= t.start)  # 'España y Francia firmaron'
    return out


__all__ = ["finite_verb", "state_subjects"]
