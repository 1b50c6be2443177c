"""Locative roles: grammar that says a name is *where* something happened.

Conflict reports name small towns, districts and bases that the small English model
labels ORG or PERSON ('seize control of Azaz', 'a suburb of Karachi') and that a
populated-places gazetteer often does not list at all ('the village of Huwaysis in the
east Homs countryside', 'Mogadishu's Wadajir district'). The words around such a name
still say 'place': a place noun ('the town of X', 'X district', 'X countryside'), the
object of an attack verb -- also in headline grammar with no article ('Warplanes bomb X',
'SDF shell X') -- a nominal attack ('airstrikes on X', 'the siege of X'), or a locative
preposition.

Two uses, both general:
* `locative_evidence` adds to the resolver's evidence that a span is a place, and stops
  the model's ORG/PERSON label from counting against it in such a role;
* `unlisted_toponyms` keeps a name in a strong locative role that the gazetteer does not
  list, placed at the place it lies in (the town or province named with it, as
  `feature_toponyms` places streets), with that place's precision: as precise as the
  gazetteer can honestly be, and the event keeps the name the text gives.

Word lists are in data/locative.json (this module is its only loader).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span

    from frontwatch.geo.recognize import SpanCandidate
    from frontwatch.geo.resolve import Resolution
    from frontwatch.model import Place, Toponym


@dataclass(frozen=True)
class LocativeWords:
    prepositions: frozenset[str]
    strong_prepositions: frozenset[str]
    skip_before: frozenset[str]
    place_nouns: frozenset[str]
    suffix_nouns: frozenset[str]
    facility_words: frozenset[str]
    attack_verbs: frozenset[str]
    attack_nouns: frozenset[str]
    attack_nouns_of: frozenset[str]
    territory_verbs: frozenset[str]
    weights: dict


@lru_cache(maxsize=1)
def words() -> LocativeWords:
    """Load data/locative.json once."""
    raw = json.loads((resources.files("frontwatch") / "data" / "locative.json").read_text("utf-8"))
    sets = {k: frozenset(w.lower() for w in raw[k]) for k in (
        "prepositions", "strong_prepositions", "skip_before", "place_nouns", "suffix_nouns", "facility_words", "attack_verbs",
        "attack_nouns", "attack_nouns_of", "territory_verbs")}
    return LocativeWords(**sets, weights=dict(raw["weights"]))


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def locative_role(span: "Span") -> str | None:
    """The locative role of a name, or None.

    'place_noun': 'the town of X', 'X district', 'X's countryside', 'X northern countryside';
    'territory' / 'object': the object of a verb that takes territory ('seize', 'shell') / of
    another attack verb ('attack', 'hit'), by the parse or right after the verb (headlines);
    'target_noun': 'airstrikes on X', 'the siege of X', 'an attack against X';
    'prep': after a strong locative preposition ('in', 'near', 'outside'...).
    The first that holds, in that order."""
    from frontwatch.geo.recognize import TITLE_WORDS

    w = words()
    doc = span.doc
    i, j = span.start, span.end
    if i > 0 and doc[i - 1].lower_.rstrip(".") in TITLE_WORDS:
        return None  # 'President X', 'Sheikh X': a person, whatever follows
    k = i - 1
    while k >= 0 and doc[k].lower_ in w.skip_before:
        k -= 1
    prev = doc[k] if k >= 0 else None
    # after the name: 'X district', "X's countryside", 'X northern countryside'
    m = j
    if m < len(doc) and doc[m].tag_ == "POS":
        m += 1
    while m < len(doc) and doc[m].lower_ in w.skip_before and doc[m].lower_ not in ("the", "a", "an"):
        m += 1
    if m < len(doc) and doc[m].lower_ in w.suffix_nouns and m - j <= 2:
        return "place_noun"
    if prev is not None and prev.lower_ == "of" and k > 0:
        n = k - 1
        while n > 0 and doc[n].lower_ in w.skip_before:
            n -= 1
        if doc[n].lower_ in w.place_nouns:
            return "place_noun"
        if doc[n].lower_ in w.attack_nouns_of:
            return "target_noun"
    if prev is not None and prev.lower_ in ("on", "against", "upon") and k > 0:
        n = k - 1
        if doc[n].lower_ in w.attack_nouns or _lemma(doc[n]) in w.attack_nouns:
            return "target_noun"
    root = span.root
    tok = root
    for _ in range(4):
        if tok.dep_ != "conj":
            break
        tok = tok.head
    verb = None
    if tok.dep_ in ("dobj", "obj") and _lemma(tok.head) in w.attack_verbs:
        verb = _lemma(tok.head)
    # Headline grammar: the tagger reads 'bomb', 'shell', 'target' as nouns; the word right
    # before the name is still the verb.
    elif prev is not None and k == i - 1 and (_lemma(prev) in w.attack_verbs or prev.lower_ in w.attack_verbs) \
            and prev.pos_ in ("VERB", "NOUN", "PROPN", "AUX") and prev.text[:1].islower():
        verb = _lemma(prev) if _lemma(prev) in w.attack_verbs else prev.lower_
    if verb is not None:
        # 'seize X', 'shell X' take territory; 'attack X', 'hit X' take people as often
        return "territory" if verb in w.territory_verbs else "object"
    # the name's own last word: 'Bama Town', 'Jobar District', 'Al-Bab City'
    if j - i > 1 and doc[j - 1].lower_ in w.suffix_nouns and doc[i].text[:1].isupper():
        return "place_noun"
    if prev is not None and prev.lower_ in w.strong_prepositions:
        return "prep"
    return None


def locative_evidence(span: "SpanCandidate") -> float:
    """What a locative role adds to the resolver's evidence for a span (resolve.evidence).

    Only the roles the recogniser's own cues do not already count (its preposition, 'the
    fall of X', 'rebels seized X' are scored there); and in any locative role the model's
    ORG or PERSON label is taken back: nobody shells a person's name or lives in a company."""
    role = span.locative
    if role is None or span.label == "NORP":
        return 0.0  # 'the Syrian town of X': the demonym is not the town
    wt = words().weights
    e = 0.0
    if role == "place_noun" and not span.place_of and not span.type_word:
        e += float(wt["place_noun"])
    elif (role == "territory" or role == "object" and span.label != "PERSON") and not span.territory_object:
        e += float(wt["object"])  # 'attack X', 'hit X' take people as often: not for a PERSON
    elif role == "target_noun" and not span.place_of:
        e += float(wt["target_noun"])
    if wt.get("label_neutral") and role != "prep":  # 'in Congress', 'at Reuters': organisations too
        if span.label == "ORG" and not span.org_like:
            e += 0.1  # ORG's prior is -0.1
        elif span.label == "PERSON" and role not in ("prep", "object") and not (span.prep in _PLACE_ONLY or span.territory_object):
            e += 0.25  # PERSON's prior is -0.25 (resolve.evidence already clears it after 'near', 'in'...)
    return e


_PLACE_ONLY = frozenset({"near", "outside", "inside", "towards", "toward", "in"})  # = resolve.PLACE_ONLY_PREPS


# A name the gazetteer does not list must still look like a name: capitalised words,
# an Arabic article joined by a hyphen or apostrophe ('al-Mayadin', 'Deir Al-‘Assafir').
_NAME = re.compile(r"^(?:[A-Z][\w’'‘`-]*|(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z][\w’'‘`-]*)"
                   r"(?:[\s-](?:[A-Z][\w’'‘`.-]*|al|el|ad|ar|as|ash|at|az|an|de|du|la|le|of)){0,4}$")
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[’'‘`-][A-Za-z][a-z]*)+$")


def name_word(text: str) -> bool:
    """A capitalised word with an apostrophe or hyphen inside ('Dara’a', 'Al-Bab', 'Ma'arat'):
    a transliterated name the tokenizer keeps whole, though not 'alphabetic'."""
    return bool(_NAME_WORD.match(text))


_BEFORE_GAP = 30  # characters: "Mogadishu's X district", 'in Homs, the village of X'; farther is another clause
_ARTICLES = frozenset("al el ad ar as ash at az an of de la le du".split())
_CONTAINER_GAP = re.compile(r"^\s*(?:,|in|in the|near|of)\s*$")
# Roles strong enough to keep an unlisted name as a place.
_UNLISTED_ROLES = frozenset({"place_noun", "territory", "object", "target_noun", "prep"})


def _anchor(span: "SpanCandidate", toponyms: "Sequence[Toponym]", text: str,
            scene: "frozenset[tuple[int, int]]" = frozenset()) -> "Toponym | None":
    """The place an unlisted name lies in: a resolved place of its own sentence, the one
    named right after it first ('X in Y', 'X, north of Y', 'X district of Y'), then the one
    it is a part of ("Y's X district"), then the nearest before it; a town, district or
    province; a place farther before it only when it sets the scene itself ('In the Latakia
    countryside, troops captured X': `scene` holds the spans in a locative role). (A country named beside it is often an actor's, 'US officials said the raids
    hit X': the caller's theatre country is the fallback, not the sentence's.)"""
    local = [t for t in toponyms if t.place is not None and t.sentence == span.sentence
             and (t.precision or t.place.precision) in ("city", "admin2", "admin1")
             and (t.end <= span.start or t.start >= span.end)]
    after = [t for t in local if t.start >= span.end and t.start - span.end <= 60]
    if after:
        return after[0]
    before = [t for t in local if t.end <= span.start
              and (span.start - t.end <= _BEFORE_GAP or (t.start, t.end) in scene)]
    return before[-1] if before else None


def dominant_country(countries: "dict[str, float]") -> str | None:
    """The country an article's theatre is about, when one holds DOMINANT_SHARE of its sure
    evidence ('Syrian army', 'Aleppo', 'Homs' against one 'Russian'); None when it is split
    ('US officials said the raids hit X' in a report on Russia and Syria)."""
    total = sum(v for v in countries.values() if v > 0)
    if total <= 0:
        return None
    top, weight = max(countries.items(), key=lambda kv: kv[1])
    return top if weight >= float(words().weights["dominant_share"]) * total else None


def unlisted_toponyms(spans: "Sequence[SpanCandidate]", resolutions: "Sequence[Resolution]",
                      toponyms: "Sequence[Toponym]", text: str, country: "Place | None" = None) -> "list[Toponym]":
    """Names in a strong locative role that the gazetteer does not resolve, each placed at
    the place of its sentence it lies in (`_anchor`), with that place's precision and a
    low score. A name that reads as a person, a date, an organisation or a part of a
    longer name is never kept; neither is one with no place to put it in. `country`: the
    one country the article is about (its theatre), where a name whose sentence names no
    place is put, at country precision."""
    from frontwatch.geo.words import common_word
    from frontwatch.model import Toponym

    out: list[Toponym] = []
    taken = [(t.start, t.end) for t in toponyms]
    scene = frozenset((s.start, s.end) for s in spans if s.locative in ("prep", "place_noun"))
    facility = words().facility_words
    for span, res in zip(spans, resolutions):
        if res.place is not None or span.locative not in _UNLISTED_ROLES:
            continue
        last = span.text.lower().split()[-1] if span.text.split() else ""
        own_noun = len(span.text.split()) > 1 and last in words().suffix_nouns  # 'Bama Town'
        if span.person_like and (span.label != "PERSON"
                                 or not (own_noun or span.locative in ("place_noun", "territory", "prep"))):
            continue  # a title before it, or a PERSON only as an object ('hit Trooper X'): people are attacked too
        if (span.calendar or span.person_name or span.speech_subject or span.short_code
                or span.label in ("NORP", "DATE") or span.sentence_initial
                or (span.org_like and last not in facility)):
            continue
        words_ = span.text.split()
        if len(words_) > 1 and words_[-1] in words().place_nouns:
            words_ = words_[:-1]  # 'Qarmashin village' labelled as one entity: the name is before the noun
        if (span.in_org_entity or span.inner or not _NAME.match(" ".join(words_)) or len(span.text) < 3
                or not words_[-1][:1].isupper()):
            continue
        arabic = words_[0].lower().split("-")[0] in _ARTICLES and "-" in words_[0]
        attacked_site = span.locative in ("territory", "object", "target_noun") and last in facility
        if not (arabic or attacked_site) and all(common_word(x) for x in words_ if x.lower() not in _ARTICLES):
            continue  # 'Historic District', 'Dragon City', 'House': everyday words, not a village's name
        if any(not (span.end <= a or span.start >= b) for a, b in taken):
            continue
        anchor = _anchor(span, toponyms, text, scene)
        if anchor is None and country is not None and span.locative != "prep":
            anchor = Toponym(start=-1, end=-1, text=country.name, place=country, score=0.5, precision="country")
        if anchor is None:
            continue
        if span.locative == "prep" and span.label not in ("GPE", "LOC", "FAC") and last not in facility \
                and not (anchor.start >= span.end and _CONTAINER_GAP.match(text[span.end:anchor.start])):
            continue  # 'in X' alone: only where the model says place, or 'in X in Y', 'in X, Y'
        contained = anchor.start >= span.end and bool(_CONTAINER_GAP.match(text[span.end:anchor.start]))
        if span.locative != "place_noun" and not contained and any(c.how in ("exact", "alternate") for _, c in res.ranked):
            continue  # listed under this name and the resolver said no: only 'the town of X' or 'X in Y' overrule it
        taken.append((span.start, span.end))
        out.append(Toponym(start=span.start, end=span.end, text=span.text, place=anchor.place,
                           score=round(min(anchor.score, 0.5), 3), precision=anchor.precision or anchor.place.precision,
                           sentence=span.sentence))
    return out


__all__ = ["LocativeWords", "dominant_country", "locative_evidence", "locative_role", "name_word", "unlisted_toponyms", "words"]
