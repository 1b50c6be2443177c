"""A bare 'the coalition' names the multinational coalition of the article's war.

Why: news names its war's coalition once in full ('the US-led coalition', 'the Saudi-led coalition') and then
writes 'the coalition' ('strikes appeared to have been carried out by the coalition'); which coalition that is
depends on the theatre, not on the words, so the dictionary (one alias, one actor) cannot hold it. The table of
theatre -> coalition is data (data/theatre_coalitions.json). Pure: a sentence span, the taken tokens and the
theatre in; token spans with the dictionary entry out.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, TypeVar

from frontwatch.data_files import data_json
from frontwatch.nlp.doc_memo import doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

Entry = TypeVar("Entry", covariant=True)


class NameLookup(Protocol[Entry]):
    """What this module needs of the actor dictionary (events.actors.ActorDictionary): a look-up by name. A
    protocol, not an import, because events.actors calls this module (an import back would be a cycle)."""

    def lookup(self, name: str) -> Entry | None: ...

_NOUN = "coalition"
_QUALIFIERS = frozenset({"amod", "compound", "nmod", "poss", "nummod", "appos", "relcl", "acl"})


@lru_cache(maxsize=1)
def theatre_coalitions() -> dict[str, str]:
    """ISO2 theatre -> the dictionary name of the coalition a bare 'the coalition' names there."""
    return dict(data_json("theatre_coalitions.json")["coalitions"])


def bare_coalitions(span: "Span", d: NameLookup[Entry], theatre: str | None,
                    taken: set[int]) -> list[tuple[int, int, Entry]]:
    """(start, end, entry) of each bare lower-case 'the coalition' in the span that the theatre's table names:
    not a capitalised name ('the Coalition' said: the Syrian National Coalition), not qualified by a modifier,
    an 'of' phrase, an apposition or a clause ('a rebel coalition', 'the coalition of factions', 'the
    coalition which calls itself Ansar al-Sharia'), not a token already read as an actor, and none in an
    article that writes 'the Coalition' as a name."""
    name = theatre_coalitions().get(theatre or "")
    entry = d.lookup(name) if name else None
    if entry is None:
        return []
    doc = span.doc
    lowers = doc_lowers(doc)  # `_NOUN` is lower case: a Token only for a word whose lower-case form it is
    out = []
    for i in range(span.start + 1, span.end):
        if lowers[i] != _NOUN or i in taken:
            continue
        tok = doc[i]
        if tok.text != _NOUN:
            continue
        det = doc[tok.i - 1]
        if det.lower_ != "the" or det.head != tok:
            continue
        if any(c.dep_ in _QUALIFIERS or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
            continue
        out.append((det.i, tok.i + 1, entry))
    # the article-wide check last, and only for a sentence that has a bare 'the coalition': it reads the whole Doc
    return [] if out and _named_coalition(doc) else out


def _named_coalition(doc) -> bool:
    """The article writes 'the Coalition' (or 'The Coalition') as a name (the Syrian opposition's National Coalition
    in its own releases): its bare 'the coalition' is that body, not the theatre's military coalition."""
    return any(t.text == "Coalition" and t.i > 0 and doc[t.i - 1].lower_ == "the" for t in doc)


__all__ = ["bare_coalitions", "theatre_coalitions"]
