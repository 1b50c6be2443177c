"""Coreference-lite: pronouns to the last fitting actor, 'the city' to the last fitting place.

A full coreference model is heavy and not in our pipeline; news prose is regular
enough that two rules carry most of the weight: a pronoun refers to the most recent
compatible actor, preferring grammatical subjects (the centering heuristic: "One of
*their* commanders" after "jihadists control Deraa"); a definite place noun refers to
the most recent place of that kind ("reinforcements are arriving to defend the city").
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.symbols import NOUN

from frontwatch.events.actor_roles import is_speaker
from frontwatch.events.actors import SOURCE_KINDS, ActorMention
from frontwatch.model import Toponym
from frontwatch.nlp.doc_memo import doc_column, doc_lemmas, doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
PRONOUNS = PLURAL_PRONOUNS | NEUTER_PRONOUNS | PERSON_PRONOUNS
GROUP_KINDS = frozenset({"state forces", "government", "rebel group", "political militia", "identity militia",
                         "armed group", "protesters", "rioters", "mob", "civilians", "igo"})

# Place nouns that point back to a place, and which precisions they accept.
_CITY = ("city", "point")
_ADMIN = ("admin1", "admin2")
PLACE_NOUNS: dict[str, tuple[str, ...]] = {
    "city": _CITY, "town": _CITY, "village": _CITY, "capital": _CITY, "settlement": _CITY,
    "province": _ADMIN, "region": _ADMIN, "governorate": _ADMIN, "district": _ADMIN + _CITY,
    "area": _CITY + _ADMIN, "country": ("country",), "border": ("border",),
}
_DEICTIC = frozenset({"there"})


def _is_subject(tok: "Token") -> bool:
    t = tok
    for _ in range(3):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.dep_ not in ("conj", "appos", "compound"):
            return False
        t = t.head
    return False


def fits(pronoun: str, m: ActorMention) -> bool:
    p = pronoun.lower()
    if p in PERSON_PRONOUNS:
        return m.kind == "person"
    if m.kind == "person" or m.kind in SOURCE_KINDS:
        return False
    if p in PLURAL_PRONOUNS:
        return m.plural or m.kind in GROUP_KINDS
    if p in NEUTER_PRONOUNS:
        return not m.plural
    return False


def resolve_pronoun(tok: "Token", history: list[ActorMention]) -> ActorMention | None:
    """The antecedent of a pronoun among earlier mentions (most recent first, subjects preferred).

    A pronoun that only reports ('It said three children were among the dead', the subject of a speech verb:
    `actor_roles.is_speaker`) may point back to a monitor or an outlet ('... the state SANA news agency said. It
    said ...'): sources are candidates then, and when one is the antecedent the pronoun names no actor (None). Why:
    a source is never a side (act40), and skipping it made 'it' the last actor before it, a capital's government
    that had only been named as a place (act45)."""
    if tok.lower_ not in PRONOUNS:
        return None
    reports = tok.lower_ in NEUTER_PRONOUNS | PLURAL_PRONOUNS and is_speaker(tok)
    before = [m for m in history if m.end <= tok.i]
    cands = [m for m in reversed(before) if fits(tok.lower_, m) or (reports and _source_fits(tok.lower_, m))][:8]
    doc = tok.doc
    found = next((m for m in cands if _is_subject(doc[m.head])), cands[0] if cands else None)
    return None if found is not None and found.kind in SOURCE_KINDS else found


def _source_fits(pronoun: str, m: ActorMention) -> bool:
    """A monitor or an outlet as the antecedent of a reporting 'it' (one source) or 'they' (several)."""
    return m.kind in SOURCE_KINDS and (m.plural if pronoun.lower() in PLURAL_PRONOUNS else not m.plural)


def place_anaphors(span: "Span", toponym_tokens: set[int]) -> list["Token"]:
    """Definite place nouns ('the city') and 'there' that name no place of their own."""
    out = []
    doc = span.doc
    # the document's columns: a Token only for 'there' or a place noun ('' is the lemma of a word without one)
    lowers, lemmas, has_lemma, pos = doc_lowers(doc), doc_lemmas(doc), doc_column(doc, "LEMMA"), doc_column(doc, "POS")
    for i in range(span.start, span.end):
        if i in toponym_tokens:
            continue
        place_noun = pos[i] == NOUN and (lemmas[i] if has_lemma[i] else "") in PLACE_NOUNS
        if not place_noun and lowers[i] not in _DEICTIC:
            continue
        t = doc[i]
        if t.lower_ in _DEICTIC and t.dep_ == "advmod":
            out.append(t)
            continue
        if not place_noun:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
            continue
        if any(c.i in toponym_tokens for c in t.subtree if c.i != t.i):
            continue  # "the city of Homs", "the capital Damascus": the place is named
        if t.dep_ in ("compound",) or (t.head.i in toponym_tokens and t.dep_ != "pobj"):
            continue
        out.append(t)
    return out


def _precision(t: Toponym) -> str | None:
    if t.relative and t.relative.get("kind") == "border":
        return "border"
    if t.precision:
        return t.precision
    return t.place.precision if t.place else None


def resolve_place(tok: "Token", toponyms: list[Toponym]) -> Toponym | None:
    """The most recent earlier toponym of the kind a place noun names."""
    want = PLACE_NOUNS.get(tok.lemma_.lower()) if tok.lower_ not in _DEICTIC else _CITY + _ADMIN + ("border",)
    if not want:
        return None
    start = tok.idx
    # "the country" points back to a country named, not to a nationality ("the French news agency")
    earlier = [t for t in toponyms if t.end <= start and (t.place is not None or t.relative) and not from_demonym(t)]
    for t in sorted(earlier, key=lambda t: t.start, reverse=True):
        if _precision(t) in want:
            return t
    return None


def from_demonym(t: Toponym) -> bool:
    """A toponym the geoparser read from a nationality word ("Syrian", "French")."""
    return bool(t.candidates) and getattr(t.candidates[0], "how", None) == "demonym"


def main_country(toponyms: list[Toponym]) -> str | None:
    """The country most places in the article belong to (ties: the first mentioned)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for t in toponyms:
        c = t.place.country if t.place else (t.relative or {}).get("country")
        if c:
            counts[c] += 1
            first.setdefault(c, t.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def country_toponym(code: str, toponyms: list[Toponym], near: int = 0) -> Toponym | None:
    """A country-level mention of `code` in the article, the nearest to a position."""
    hits = [t for t in toponyms if t.place is not None and t.place.country == code and _precision(t) == "country"]
    if not hits:
        return None
    return min(hits, key=lambda t: abs(t.start - near))


def synthetic_country(code: str, name: str | None, start: int, end: int) -> Toponym:
    """A country location when the article never names the country as a place."""
    return Toponym(start=start, end=end, text=name or code, place=None, precision="country",
                   relative={"kind": "country", "country": code, "name": name or code})


def border_between(a: str, b: str, names: tuple[str | None, str | None], start: int, end: int, text: str) -> Toponym:
    """'the border' resolved from context: the border of the actor's country with the one named."""
    pair = sorted([a, b])
    label = "–".join(n or c for n, c in sorted(zip(names, (a, b)), key=lambda x: x[1]))
    return Toponym(start=start, end=end, text=text, place=None, precision="border",
                   relative={"kind": "border", "countries": pair, "name": f"{label} border"})
