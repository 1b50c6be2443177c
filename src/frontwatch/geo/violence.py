"""Which sentences of an article report an act of violence: where the war's own country is a fair container.

An unlisted name after a place preposition ('killed in Al-Zara', 'the assault at the X Farms') lies in the
country the article's theatre is about when its sentence reports an act of that war; in a sentence about
something else ('worked as a machinist in X', 'the judgment in the X dispute') the name may lie anywhere, and
a country's point for it is a far guess (`unlisted.unlisted_toponyms`). The words are the project's own
definitions, not a new list: the attack verbs and nouns of the locative roles (data/locative.json) and the
words and phrases of killing and death of the fatality reader (data/fatalities.json).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json
from frontwatch.geo.locative import words
from frontwatch.nlp.pipeline import sentence_index

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from frontwatch.model import Sentence


@lru_cache(maxsize=1)
def _killing_words() -> frozenset[str]:
    """The fatality reader's words of killing and death, as written ('killed', 'massacred', 'dead')."""
    raw = data_json("fatalities.json")
    return frozenset(w.lower() for key in ("kill_verbs", "death_words") for w in raw[key])


@lru_cache(maxsize=1)
def _killing_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The fatality reader's phrases of killing ('gunned down', 'shot dead', 'fatally shot': data/fatalities.json
    death_phrases, which events/fatalities.py reads as one word 'killed'), as word tuples by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data_json("fatalities.json")["death_phrases"]:
        parts = tuple(phrase.lower().split())
        out.setdefault(parts[0], []).append(parts)
    return {first: tuple(ps) for first, ps in out.items()}


def _killing_phrase_at(doc: "Doc", i: int) -> bool:
    """Does a phrase of killing ('gunned down', 'shot dead') start at token i?"""
    return any(i + len(p) <= len(doc) and all(doc[i + n].lower_ == w for n, w in enumerate(p))
               for p in _killing_phrases().get(doc[i].lower_, ()))


def reports_violence(lemma: str, lower: str) -> bool:
    """Is this word (its lemma and its lower-case form) one of an act of violence?"""
    w = words()
    return lemma in w.attack_verbs or lemma in w.attack_nouns or lower in w.attack_nouns or lower in _killing_words()


def violent_sentences(doc: "Doc", sents: "list[Sentence]") -> frozenset[int]:
    """Indices of the sentences with a word of an act of violence (`reports_violence`) or a phrase of killing
    ('were gunned down near X': neither 'gun' nor 'down' is an attack word alone; evloc39)."""
    out: set[int] = set()
    for tok in doc:
        if tok.is_alpha and (reports_violence(tok.lemma_.lower(), tok.lower_) or _killing_phrase_at(doc, tok.i)):
            k = sentence_index(sents, tok.idx)
            if k is not None:
                out.add(k)
    return frozenset(out)


__all__ = ["reports_violence", "violent_sentences"]
