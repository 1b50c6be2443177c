"""Attribution: who a sentence says reported its content.

Conflict reporting is almost always second-hand ("…, the Observatory said",
"according to one official", "X told AFP"), and a user deciding whether to believe a
map marker needs to see the chain. The parse gives the speaker as the subject of a
reporting verb; where a sentence-final "…, a commander and the Observatory said" has
lost its subject in the parse, the noun phrases between the last comma and the verb
are taken instead. Named sources are given by their canonical name; generic ones
("army sources", "one official") as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.symbols import AUX, VERB

from frontwatch.events.actors import ActorDictionary, ActorMention, mention_at
from frontwatch.nlp.doc_memo import doc_column, doc_lemmas, doc_lowers, subtree_indexes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_VERB_AUX = frozenset({VERB, AUX})  # `doc_column(doc, "POS")` ids of a reporting verb's tags
REPORTING_VERBS = frozenset({
    "say", "tell", "report", "confirm", "claim", "announce", "state", "add", "quote", "deny", "insist",
    "warn", "allege", "assert", "note", "explain", "declare", "acknowledge", "admit", "stress", "tweet",
    "write", "post", "cite", "accuse", "reiterate", "reveal", "announce",
})
# Passive "X are said to have…" reports without a speaker: a hedge, not an attribution.
_DETERMINERS = ("the ", "a ", "an ")


@dataclass
class Attribution:
    verb: "Token"
    lemma: str
    speakers: list["Token"] = field(default_factory=list)  # head tokens of the speaker phrases
    sources: list[str] = field(default_factory=list)
    channel: list[str] = field(default_factory=list)  # "told AFP": the medium
    according: bool = False


def _phrase(tok: "Token", span: "Span") -> str:
    """The noun phrase of a speaker, without determiners, brackets and trailing clauses."""
    toks = [t for t in tok.subtree if span.start <= t.i < span.end]
    # Stop at clause boundaries and the speaker's own conjuncts ("State television and army sources").
    cut = {t.i for c in tok.children if c.dep_ in ("conj", "cc", "relcl", "acl", "punct") and c.i > tok.i
           for t in c.subtree}
    toks = [t for t in toks if t.i not in cut]
    text = " ".join(t.text for t in toks if t.text not in ("(", ")"))
    text = text.replace(" ’s", "’s").replace(" 's", "'s").replace(" - ", "-").strip(" ,")
    low = text.lower()
    for d in _DETERMINERS:
        if low.startswith(d):
            text = text[len(d):]
            break
    return text


def _span_source(part: "Span", mentions: list[ActorMention]) -> str | None:
    inner = [m for m in mentions if m.named and part.start <= m.start < part.end
             and (m.kind != "country" or (m.start, m.end) == (part.start, part.end))]
    if inner:
        return inner[0].actor.name
    text = " ".join(t.text for t in part if t.text not in ("(", ")")).strip(" ,")
    for det in _DETERMINERS:
        if text.lower().startswith(det):
            return text[len(det):]
    return text or None


def _own_tokens(tok: "Token") -> list[int]:
    """A phrase's tokens without its coordinated siblings ("A and B": A's own words)."""
    cut = {t.i for c in tok.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t.i for t in tok.subtree if t.i not in cut]


def _source_name(tok: "Token", span: "Span", mentions: list[ActorMention], d: ActorDictionary) -> str | None:
    if tok.pos_ == "PRON":
        return None
    own = _own_tokens(tok)
    named = [m for m in mentions if m.named and any(m.start <= i < m.end for i in own)
             and (m.kind != "country" or (m.start, m.end) == (min(own), max(own) + 1))]
    # "One of their commanders, Hassan Abdel Ghani," - the apposed name is the source.
    for c in tok.children:
        if c.dep_ == "appos" and c.ent_type_ == "PERSON" and not any(m.start <= c.i < m.end for m in named):
            return _phrase(c, span)
    if named:  # a named actor inside the phrase ("the organisation Syrian Observatory … (OSDH)")
        return named[0].actor.name
    return _phrase(tok, span) or None


def _fallback_speakers(verb: "Token", span: "Span") -> list["Span"]:
    """Speaker phrases of '…, a commander and the NGO said.' when the parse lost the subject.

    Only for a sentence-final reporting verb (nothing but punctuation, adverbs or a
    date after it), whose speaker phrase contains no verb of its own.
    """
    doc = span.doc
    after = [t for t in doc[verb.i + 1:span.end] if not (t.is_punct or t.is_space)]
    if len(after) > 4 or any(t.pos_ == "VERB" for t in after):
        return []
    j = verb.i - 1
    while j >= span.start and doc[j].text not in (",", ";", ":", "—", "–") and verb.i - j <= 20:
        j -= 1
    if j < span.start or j == verb.i - 1:
        return []
    parts: list[Span] = []
    start = j + 1
    for t in [*doc[j + 1:verb.i], None]:  # split on 'and'
        if t is None or t.lower_ == "and":
            end = t.i if t is not None else verb.i
            part = doc[start:end]
            if any(x.pos_ == "VERB" for x in part):
                return []
            if any(x.pos_ in ("NOUN", "PROPN") for x in part):
                parts.append(part)
            if t is not None:
                start = t.i + 1
    return parts


def find_attributions(span: "Span", mentions: list[ActorMention], d: ActorDictionary) -> list[Attribution]:
    """Reporting verbs and 'according to' phrases in a sentence, with their sources."""
    doc = span.doc
    out: list[Attribution] = []
    # the document's columns: a Token only for 'according' or a reporting verb's lemma ('' for a word without one)
    lowers, lemmas, has_lemma, pos = doc_lowers(doc), doc_lemmas(doc), doc_column(doc, "LEMMA"), doc_column(doc, "POS")
    for i in range(span.start, span.end):
        if lowers[i] != "according" and (pos[i] not in _VERB_AUX
                                         or (lemmas[i] if has_lemma[i] else "") not in REPORTING_VERBS):
            continue
        tok = doc[i]
        if tok.lower_ == "according" and tok.i + 1 < span.end and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            pobjs = [c for c in to.children if c.dep_ == "pobj"]
            heads = [h for p in pobjs for h in (p, *p.conjuncts)]
            a = Attribution(tok, "according", heads, according=True)
            a.sources = [s for s in (_source_name(h, span, mentions, d) for h in heads) if s]
            out.append(a)
            continue
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in REPORTING_VERBS:
            continue
        if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            continue  # "are said to have": a hedge (see modality), no speaker
        subs = [c for c in tok.children if c.dep_ in ("nsubj",)]
        if not subs and tok.dep_ == "conj":
            subs = [c for c in tok.head.children if c.dep_ == "nsubj"]
        heads: list[Token] = []
        for s in subs:
            heads.extend([s, *s.conjuncts])
        a = Attribution(tok, tok.lemma_.lower(), heads)
        if heads:
            a.sources = [s for s in (_source_name(h, span, mentions, d) for h in heads) if s]
        else:
            parts = _fallback_speakers(tok, span)
            a.speakers = [p.root for p in parts]
            a.sources = [s for s in (_span_source(p, mentions) for p in parts) if s]
        if a.lemma == "tell":
            for c in tok.children:
                if c.dep_ in ("dobj", "dative"):
                    m = mention_at(mentions, c.i)
                    if m is not None and m.kind == "media" and m.named:
                        a.channel.append(m.actor.name)
        if a.speakers or a.according:
            out.append(a)
    return out


def sources_for(head: "Token", attributions: list[Attribution], *, exclude_verb: "Token | None" = None) -> list[str]:
    """Sources reporting a trigger: every attribution in its sentence not inside the trigger itself."""
    if not attributions:
        return []
    inside = set(subtree_indexes(head)) - {head.i}  # (the trigger's subtree, walked once per document)
    out: list[str] = []
    for a in attributions:
        if exclude_verb is not None and a.verb.i == exclude_verb.i:
            continue
        if a.verb.i == head.i or (a.verb.i in inside and not a.according):
            continue
        for s in [*a.sources, *a.channel]:
            if s not in out:
                out.append(s)
    return out
