"""Who condemns an act is not who did it: the subject of a condemnation is no doer of the act it condemns.

'В МИД РФ осудили теракт в Дамаске', 'أدانت وزارة الخارجية الاعتداء الإرهابي', "Dışişleri Bakanlığı, Mısır'da ...
terör saldırısını kınadı", 'سخنگوی وزارت امور خارجه حمله تروریستی ... را محکوم کرد', 'El Ministerio del Interior
condenó el atentado de ETA'.

Why: an act's noun takes the nearest actor on its subject side as its doer (lang/events._agent_patient), and in a
condemnation that actor is the condemnation's own subject: the ministry, the spokesman, the president. One condemns,
accuses or denounces another's act, never one's own, so the act's doer is someone else (named after the noun, 'the
attack by ETA', or unnamed); the coder wrote the Russian foreign ministry as the doer of a bombing in Damascus.
The subject and the object of a verb stand in the language's order, which tells them apart without a parse:

- subject, verb, object (Russian, Spanish, Greek, Ukrainian; Arabic too may front its subject): the actor stands
  before the condemning word and the act's noun after it;
- subject, object, verb (Turkish, Persian: `object_first`; a noun after the verb is another clause's): the act's noun stands between the actor that leads the
  sentence and the verb, with no other actor between the noun and the verb (that one would be the verb's subject);
- verb, subject, object (Arabic: `verb_first`): the condemning verb first, then the actor, then the act's noun.

A claim of an act is no condemnation ('Hamas said its attack ...'): only the accusing acts (ontology type
`accuse`: condemn, denounce, accuse) are read, and only violent acts are taken as what they condemn (a call or a
statement after a condemnation is the same subject's next act: 'kınadı ... ve diplomasi çağrısında bulundu').
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

ACCUSING_TYPES = frozenset({"accuse"})


class _Span(Protocol):
    start: int
    end: int


PHRASE_GAP = 1  # words between two actors of one subject phrase ('El Gobierno de Estados Unidos', 'وزارة الخارجية')


def _phrase(actors: Sequence[_Span], k: int, commas: frozenset[int] = frozenset()) -> set[int]:
    """Actor `k` and the actors chained to it, each within PHRASE_GAP words of the next and no comma between: one
    noun phrase the actor list reads as several ('Gobierno' + 'Estados Unidos', 'وزارة' + 'الخارجية'); `commas`:
    the words right after a comma ("Bakanlığı, İsrail ordusunun": the subject ends at its comma)."""
    order = sorted(range(len(actors)), key=lambda j: actors[j].start)
    pos = order.index(k)
    out = {k}
    for step in (-1, 1):
        i = pos
        while 0 <= i + step < len(order):
            a, b = sorted((actors[order[i]], actors[order[i + step]]), key=lambda x: x.start)
            if b.start - a.end > PHRASE_GAP or any(a.end <= i <= b.start for i in commas):
                break
            i += step
            out.add(order[i])
    return out


def condemners(act: _Span, accusations: Sequence[_Span], actors: Sequence[_Span], *, verb_first: bool = False,
               object_first: bool = False, verb_words: frozenset[int] = frozenset(),
               commas: frozenset[int] | set[int] = frozenset()) -> list[int]:
    """Indices into `actors` of the subjects of a condemnation whose object holds the act's noun `act` (all spans
    half-open word spans with `start` and `end`); `verb_words`: the word indices of verb triggers (the verb-first
    order is the verb's only); `commas`: the words right after a comma (see `_phrase`)."""
    commas = frozenset(commas)
    out: set[int] = set()
    for p in accusations:
        between = [k for k, b in enumerate(actors) if p.end <= b.start and b.end <= act.start]
        if not object_first and p.end <= act.start:
            before = [k for k, a in enumerate(actors) if a.end <= p.start]
            if before and not between:  # S V O: the nearest actor before the verb, none between it and the act
                out |= _phrase(actors, max(before, key=lambda k: actors[k].end), commas)
            elif verb_first and p.start in verb_words and between:  # V S O: the first actor after the verb
                first = min(between, key=lambda k: actors[k].start)
                out |= {k for k in _phrase(actors, first, commas) if k in between}
        elif object_first and act.end <= p.start:  # S O V
            leading = [k for k, a in enumerate(actors) if a.end <= act.start]
            # the subject leads the clause (an actor between it and the noun is the noun's own: "İsrail'in
            # saldırılarını"); another actor between the noun and the verb would be the verb's subject
            if leading and not any(act.end <= b.start and b.end <= p.start for b in actors):
                out |= {k for k in _phrase(actors, min(leading, key=lambda k: actors[k].start), commas) if k in leading}
    return sorted(out)


__all__ = ["ACCUSING_TYPES", "condemners"]
