"""Fatalities read from the dependency parse, where the word-sequence counter finds none.

Why a second reader: `events/fatalities.py` reads counts from the words around a verb of
killing, within a few words. Real sentences put the victims far from the verb ("nine
members of the Army of Conquest rebel alliance who were working in the clinic were also
killed", "An employee of the Port Qasim Authority, who was ..., was gunned down") or leave
out the article of a headline-style victim ("shot and killed prominent Muslim cleric").
The parse links the verb to its victim whatever stands between them:

* passive or intransitive death ("were killed", "died", "were found dead"): the victim is
  the subject;
* active killing ("killed", "executed", "shot dead"): the victim is the direct object;
* the victim's count is its number modifier ("nine members"), the number itself ("nine
  were killed"), or one for a singular common noun, a person or a singular personal pronoun
  ("a cleric", "the victim", "shot him dead").

It only ever adds a count to a sentence the word counter left at 0, and never to one that
states a running or area-wide total, or mixes killed and wounded in one number (those rules
stay with the word counter, `total_or_mixed_cue`). Pure: a spaCy span in, an int out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.events.fatalities import (
    Words,
    dated_year,
    number_value,
    total_or_mixed_cue,
    words,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECT = frozenset({"nsubjpass", "nsubj"})
_MODAL = frozenset({"could", "may", "might", "would", "will", "should", "must", "can"})
_PRONOUNS = frozenset({"PRON"})
_ONE_PERSON = frozenset({"him", "her", "he", "she"})
_SINGULAR_TAGS = frozenset({"NN", "NNP"})
# attachments of "dead"/"death" that turn a verb into a killing ("found dead", "shot dead", "beaten to death")
_RESULT_DEPS = frozenset({"acomp", "oprd", "advmod", "xcomp", "ccomp", "dobj", "conj"})


def _is_killing(tok: Token, w: Words) -> tuple[bool, bool]:
    """(the token reports a death, its victim is its object) for a verb or 'dead' adjective."""
    low = tok.lower_
    if tok.pos_ not in ("VERB", "AUX", "ADJ"):
        return False, False
    if low in w.kill:
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        return True, not passive and tok.tag_ != "VBN" or any(c.dep_ == "dobj" for c in tok.children)
    if low in w.death:
        return True, False
    if low == "gunned" and any(c.lower_ == "down" for c in tok.children):
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        return True, not passive
    if any(c.lower_ == "dead" and c.dep_ in _RESULT_DEPS for c in tok.children) \
            or any(c.lower_ == "fatally" for c in tok.children):
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or tok.lower_ == "found"
        return True, not passive
    return False, False


def _not_real(tok: Token) -> bool:
    """Negated or only possible: 'were not killed', 'could have died'."""
    return any(c.dep_ == "neg" or c.lower_ in _MODAL for c in tok.children)


def _victim(tok: Token, by_object: bool) -> Token | None:
    """The victim noun: the verb's object when it kills, else its subject (a conjoined verb shares the
    first verb's subject: 'were shot and killed')."""
    deps = ("dobj",) if by_object else tuple(_SUBJECT)
    if tok.pos_ == "ADJ" and tok.dep_ in _RESULT_DEPS and not by_object:
        tok = tok.head  # "found dead": the subject is the verb's
    for c in tok.children:
        if c.dep_ in deps:
            return c
    if not by_object and (tok.dep_ == "conj" or tok.head.lemma_ == "be" and tok.head is not tok):
        for c in tok.head.children:  # "were shot and killed"; "were on Wednesday night killed" (parsed under 'were')
            if c.dep_ in _SUBJECT:
                return c
    return None


def _injured_after(noun: Token, w: Words) -> bool:
    """'at least 160 people were injured': the noun is the subject of an injury, whatever the parse says."""
    doc = noun.doc
    for k in range(noun.i + 1, min(noun.i + 4, len(doc) - 1)):
        if doc[k].lower_ in ("who", "which", "that"):
            return False  # "officers who were abducted ... have been executed": a relative clause, not the verb
        if doc[k].lower_ in ("was", "were", "are", "is", "been") and doc[k + 1].lower_ in w.injury:
            return True
    return False


def _dateline_year(num: Token) -> bool:
    """'Thu Jul 30 2015 Rebel commander killed': the number closes a date (`fatalities.dated_year`)."""
    n = number_value(num.text)
    if n is None or not 1900 <= n <= 2100 or num.i < 2:
        return False
    before = [t.lower_ for t in num.doc[num.i - 2:num.i + 1]]
    return dated_year(before, 2, words().units)


def _count_of(noun: Token) -> int:
    """Deaths a victim noun stands for: its number, or one for a singular person noun; 0 when unknown."""
    if noun.pos_ in _PRONOUNS:
        return 1 if noun.lower_ in _ONE_PERSON else 0  # "shot him dead": one victim; "killed them": unknown
    if noun.like_num:
        return 0 if _dateline_year(noun) else number_value(noun.text) or 0
    for c in noun.children:
        if c.dep_ == "nummod" and c.like_num:
            return 0 if _dateline_year(c) else number_value(c.text) or 0
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.subtree) for c in noun.children):
        return 0  # "a family of five": a group, left to the word counter
    if noun.tag_ in _SINGULAR_TAGS and (noun.tag_ == "NN" or noun.ent_type_ == "PERSON"):
        return 1
    return 0


_RELATIVE_TAGS = frozenset({"WDT", "WP"})  # 'that', 'which', 'who' as a relative clause's subject
_OWN_CLAUSE_DEPS = frozenset({"conj", "cc", "parataxis", "ccomp", "advcl"})  # another clause joined to the verb


def _aggregate_subject(verb: Token, w: Words) -> bool:
    """The verb's doer is a war, a conflict or an uprising: its subject ('Syria's civil war ... has killed'), or
    the noun its relative clause hangs on ('the five-year war that has claimed over 300000 lives')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in _RELATIVE_TAGS]
    if verb.dep_ == "relcl" and not subjects:
        subjects = [verb.head]  # 'the war that has claimed ...': the relative pronoun stands for the war
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(s.lower_ in w.aggregates for s in subjects)


def aggregate_clauses(span: Span) -> tuple[tuple[int, int], ...]:
    """Character spans (from the span's start) of the clauses whose verb of death has a war, a conflict or an
    uprising for its doer: the count they hold is a war's total, not one event's (act46; the guideline's
    cumulative totals). A clause is the verb with its dependents, less other clauses joined to it."""
    w = words()
    base = span.start_char
    out: list[tuple[int, int]] = []
    for tok in span:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if not (tok.lower_ in w.kill or tok.lemma_ in w.aggregate_lives_verbs) or not _aggregate_subject(tok, w):
            continue
        own = [tok] + [t for c in tok.children if c.dep_ not in _OWN_CLAUSE_DEPS and c.dep_ != "nsubj"
                       for t in c.subtree]
        for t in own:
            out.append((t.idx - base, t.idx - base + len(t.text)))
    return tuple(out)


def parse_fatalities(span: Span) -> int:
    """The largest victim count the parse links to a verb of killing in the span; 0 when none."""
    text = span.text
    w = words()
    if total_or_mixed_cue(text):
        return 0
    best = 0
    base = span.start_char
    aggregate = aggregate_clauses(span)
    for tok in span:
        killing, by_object = _is_killing(tok, w)
        if not killing or _not_real(tok):
            continue
        if any(lo <= tok.idx - base < hi for lo, hi in aggregate):
            continue  # the war's toll ('the war ... has killed 350,000'), not one event's
        noun = _victim(tok, by_object)
        if noun is None or _injured_after(noun, w):
            continue
        n = _count_of(noun)
        if n and any(c.dep_ == "conj" for c in noun.children):
            n += sum(_count_of(c) for c in noun.children if c.dep_ == "conj")
        best = max(best, n)
    return best
