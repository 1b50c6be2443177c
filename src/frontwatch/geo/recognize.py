"""Toponym recognition: which spans of an article might be places.

The small English model mislabels transliterated Syrian towns (Halepi and Homs as ORG
or PERSON, Dderaa as NORP) and misses some (Suaydah), so the entity label cannot decide
what is a place. Every entity span, whatever its label, becomes a candidate span, plus
capitalised proper-noun runs the model missed; the label and the words around the span
are kept as *evidence* for the resolver, which decides with the gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from frontwatch.model import Sentence
from frontwatch.nlp.pipeline import sentence_index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Labels that are never place names.
NON_PLACE_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE",
                              "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Prepositions that introduce places ('in X', 'near X', 'fall of X').
PLACE_PREPS = frozenset({"in", "near", "at", "from", "to", "towards", "toward", "into", "across", "outside",
                         "around", "of", "inside", "through", "on", "via", "between", "north", "south", "east",
                         "west", "within", "throughout", "over", "onto", "off", "beyond", "along", "entering"})

# Words after a name that say what kind of place it is ('Daraa province', 'Aleppo city').
TYPE_WORDS = {
    "province": "admin1", "governorate": "admin1", "state": "admin1", "region": "admin1", "oblast": "admin1",
    "county": "admin2", "district": "admin2", "parish": "admin2", "municipality": "admin2",
    "city": "city", "town": "city", "village": "city", "countryside": "city", "suburb": "city",
    "neighbourhood": "city", "neighborhood": "city", "camp": "city", "area": "city", "border": "border",
    "country": "country", "republic": "country",
}

# Words that make a span an organisation or a person, not a place, whatever the gazetteer says.
ORG_WORDS = frozenset({
    "observatory", "ministry", "army", "forces", "force", "council", "organization", "organisation", "agency",
    "television", "tv", "news", "party", "front", "brigade", "brigades", "movement", "committee", "commission",
    "company", "corporation", "inc", "ltd", "university", "bank", "times", "post", "press", "union", "association",
    "institute", "foundation", "court", "police", "department", "office", "club", "group", "network", "church",
    "school", "hospital", "airlines", "airways", "fund", "program", "programme", "coalition", "guard", "guards",
    "militia", "militias", "service", "services", "radio", "journal", "herald", "tribune", "daily",
})
TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "general", "gen", "colonel", "col",
                         "sheikh", "king", "prince", "senator", "sen", "rep", "governor", "mayor", "judge", "st"})
DETERMINERS = frozenset({"the", "The"})


@dataclass
class SpanCandidate:
    """A span that may name a place, with the context the resolver weighs."""

    start: int
    end: int
    text: str
    label: str  # spaCy label, or 'PROPN' for runs the model did not label
    sentence: int
    prep: str | None = None  # preposition before the span
    type_word: str | None = None  # 'province', 'city'… right after (or ending) the span
    lookup: list[str] = field(default_factory=list)  # strings to look up, best first
    sentence_initial: bool = False
    org_like: bool = False
    person_like: bool = False
    in_org_entity: bool = False


def _strip_determiner(span: "Span") -> "Span":
    while len(span) > 1 and span[0].lower_ in ("the",):
        span = span[1:]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    # possessive: "Syria's" → "Syria"
    if len(span) > 1 and span[-1].tag_ == "POS":
        span = span[:-1]
    return span


def _context(doc: "Doc", span: "Span", label: str, sents: list[Sentence]) -> SpanCandidate:
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    prep = None
    if before is not None and before.lower_ in PLACE_PREPS:
        prep = before.lower_
    elif before is not None and before.lower_ in ("the",) and span.start > 1 and doc[span.start - 2].lower_ in PLACE_PREPS:
        prep = doc[span.start - 2].lower_
    words = [t.lower_ for t in span]
    type_word = None
    lookups = [span.text]
    if after is not None and after.lower_ in TYPE_WORDS:
        type_word = after.lower_
    elif len(span) > 1 and words[-1] in TYPE_WORDS:
        type_word = words[-1]
        lookups.append(span[:-1].text)
    # "Deir ez-Zor" style tokens are kept whole; hyphenated demonym pairs are for relative.py.
    sent_idx = sentence_index(sents, span.start_char)
    sentence_initial = span.start == span.sent.start or (before is not None and before.is_punct and before.text in "“\"'(")
    org_like = any(w in ORG_WORDS for w in words)
    person_like = (before is not None and before.lower_.rstrip(".") in TITLE_WORDS) or label == "PERSON"
    return SpanCandidate(
        start=span.start_char, end=span.end_char, text=span.text, label=label,
        sentence=sent_idx if sent_idx is not None else -1, prep=prep, type_word=type_word, lookup=lookups,
        sentence_initial=sentence_initial, org_like=org_like, person_like=person_like,
    )


def _propn_runs(doc: "Doc", covered: set[int]) -> list["Span"]:
    """Capitalised proper-noun runs the NER did not cover (e.g. 'Suaydah')."""
    runs = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if i not in covered and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha:
            j = i
            while j + 1 < n and (j + 1) not in covered and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
                j += 1
            runs.append(doc[i : j + 1])
            i = j + 1
        else:
            i += 1
    return runs


def recognise(doc: "Doc", sents: list[Sentence]) -> list[SpanCandidate]:
    """All spans that might be places, in text order, with their context."""
    out: list[SpanCandidate] = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in NON_PLACE_LABELS:
            continue
        covered.update(range(ent.start, ent.end))
        span = _strip_determiner(ent)
        cand = _context(doc, span, ent.label_, sents)
        out.append(cand)
        # Places inside organisation names ('Syrian Observatory', 'Aleppo Media Center') are
        # not events' places; but a multi-word ORG/PERSON span may hide a place the model
        # glued to its neighbour ('Hama Syria'): offer its proper-noun tokens separately.
        if ent.label_ in ("ORG", "PERSON", "NORP") and len(span) > 1 and not cand.org_like and not cand.person_like:
            for tok in span:
                if tok.pos_ == "PROPN" and tok.text[:1].isupper() and len(tok) > 2:
                    sub = _context(doc, doc[tok.i : tok.i + 1], ent.label_, sents)
                    sub.in_org_entity = True
                    out.append(sub)
    for run in _propn_runs(doc, covered):
        out.append(_context(doc, run, "PROPN", sents))
    out.sort(key=lambda c: (c.start, -c.end))
    return out
