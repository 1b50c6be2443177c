"""A country's capital named as the side that acts: 'Damascus launched air strikes', 'Ankara sent troops'.

Why: wire copy names a state by its capital (a metonym) as often as by its country ('Syria launched air
strikes'), and the actor dictionary knows countries and demonyms, not capitals: the geoparser keeps the capital
as a place and the act had no actor 1 (issue 14, act44). The class is general, no list of capitals: a toponym the
geoparser resolved to a country's capital (GeoNames PPLC) that is the active subject of a verb which acts on
something or says something ('launched strikes', 'sent troops', 'said') is a mention of that country, which
`actors.for_event` turns into its state forces (violence) or government, with the inter code of wherever it
acted. Left alone: a capital that undergoes ('Kabul fell', 'Damascus was shelled', 'Damascus shook'), a capital
in any other role ('in Damascus', 'Damascus residents'), and one a dictionary actor already covers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from frontwatch.events.actors import ActorDictionary, ActorMention
from frontwatch.model import Actor, Toponym

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# What an acting or speaking subject's verb has: an object it acts on, or a clause it says.
_ACTS_ON = frozenset({"dobj", "ccomp", "xcomp"})
# A state named by its capital is the bare name (a metonym); words before it that describe it ('the Syrian capital
# Damascus', 'rebel-held Damascus') name the city itself, and a misparse often makes such a phrase a subject.
_DESCRIBED_BY = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod"})
_DESCRIBING_POS = frozenset({"NOUN", "ADJ", "PROPN", "NUM"})


def _acting_subject(tok: "Token") -> bool:
    """The token is the active subject of a verb with an object or a said clause ('Damascus launched X')."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.pos_ == "VERB" and any(c.dep_ in _ACTS_ON for c in verb.children)


def _described(tok: "Token", t: Toponym, place_at: Callable[[int], Toponym | None]) -> bool:
    """Do words describe the capital as a city: a modifier of its own (`_DESCRIBED_BY`), or a noun or adjective right
    before its name that is no part of it ('... on the Syrian capital Damascus killed', which the parser may make
    the subject of 'killed')? A state named by its capital is the bare name."""
    if any(c.i < tok.i and c.dep_ in _DESCRIBED_BY and place_at(c.i) is not t for c in tok.children):
        return True
    first = tok.i
    while first > tok.sent.start and place_at(first - 1) is t:
        first -= 1
    return first > tok.sent.start and tok.doc[first - 1].pos_ in _DESCRIBING_POS


def capital_mentions(span: "Span", place_at: Callable[[int], Toponym | None], mentions: Sequence[ActorMention],
                     d: ActorDictionary) -> list[ActorMention]:
    """Country mentions for the capitals of `span` that act as their state (see the module docstring).

    `place_at`: the toponym at a token index (the extractor's place index), None when there is none."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out: list[ActorMention] = []
    doc = span.doc
    for i in range(span.start, span.end):
        # the place first (a dict look-up): a Token and its head only for a capital's word
        if i in taken:
            continue
        t = place_at(i)
        if t is None or t.derived or t.relative or t.place is None or t.place.feature_code != "PPLC":
            continue
        tok = doc[i]
        if not _acting_subject(tok):
            continue
        if _described(tok, t, place_at):
            continue  # 'the Syrian capital Damascus': a city described as a city is the place, not its state
        entry = d.countries.get(t.place.country or "")
        if entry is None:
            continue
        start = tok.i
        while start > span.start and place_at(start - 1) is t and start - 1 not in taken:
            start -= 1  # 'New Delhi', 'Abu Dhabi': the whole name
        text = span.doc[start:tok.i + 1].text
        actor = Actor(name=entry.name, text=text, kind="country", country=entry.country)
        out.append(ActorMention(start, tok.i + 1, tok.i, text, "country", [actor], entry, entry.country))
    return out


__all__ = ["capital_mentions"]
