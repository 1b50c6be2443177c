"""Which sentences of an article report an act of violence: where the war's own country is a fair container.

An unlisted name after a place preposition ('killed in Al-Zara', 'the assault at the X Farms') lies in the
country the article's theatre is about when its sentence reports an act of that war; in a sentence about
something else ('worked as a machinist in X', 'the judgment in the X dispute') the name may lie anywhere, and
a country's point for it is a far guess (`unlisted.unlisted_toponyms`). The words are the project's own
definitions, not a new list: the attack verbs and nouns of the locative roles (data/locative.json) and the
words and phrases of killing and death of the fatality reader (data/fatalities.json).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.events.fatalities import phrase_at
from frontwatch.events.fatalities import words as fatality_words
from frontwatch.geo.locative import words
from frontwatch.nlp.doc_memo import doc_column, doc_lemmas, doc_lowers
from frontwatch.nlp.pipeline import sentence_index

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from frontwatch.model import Sentence


def reports_violence(lemma: str, lower: str) -> bool:
    """Is this word (its lemma and its lower-case form) one of an act of violence?"""
    w, f = words(), fatality_words()
    return lemma in w.attack_verbs or lemma in w.attack_nouns or lower in w.attack_nouns or lower in f.kill \
        or lower in f.death


def violent_sentences(doc: "Doc", sents: "list[Sentence]") -> frozenset[int]:
    """Indices of the sentences with a word of an act of violence (`reports_violence`) or a phrase of killing
    ('were gunned down near X': neither 'gun' nor 'down' is an attack word alone; evloc39)."""
    phrases = fatality_words().death_phrases  # 'gunned down', 'shot dead': read by the fatality reader as 'killed'
    # The document's columns, read once per document: no Token is made for any word (issue 17).
    lowers, lemmas = doc_lowers(doc), doc_lemmas(doc)
    alpha, has_lemma, idx = doc_column(doc, "IS_ALPHA"), doc_column(doc, "LEMMA"), doc_column(doc, "IDX")
    out: set[int] = set()
    for i, lower in enumerate(lowers):
        # `doc_lemmas` falls back on the lower-case form when a word has no lemma; this test never did
        if alpha[i] and (reports_violence(lemmas[i] if has_lemma[i] else "", lower)
                         or phrase_at(lowers, i, phrases) is not None):
            k = sentence_index(sents, idx[i])
            if k is not None:
                out.add(k)
    return frozenset(out)


__all__ = ["reports_violence", "violent_sentences"]
