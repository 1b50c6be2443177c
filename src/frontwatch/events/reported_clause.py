"""The doer of an act a monitor or an outlet reports: the reported clause's own subject, not the reporter.

Why: 'The Syrian Observatory ... announced on Sunday that militants from Faylaq al-Sham ... mounted an attack',
'the Observatory said insurgents ... captured government-held positions': a source that only reports (the subject
of a speech or report verb whose complement holds the act) is not the side that acts; an ACLED coder takes the
subject of the reported clause as actor 1, and leaves actor 1 empty when that clause names none. The parser often
gets these long sentences wrong (it made the Observatory the subject of 'mounted'), so the reported clause is read
from the words: it starts right after the speech verb, and its subject is the first side written in it, before the
act's own word.

A speaker the actor dictionary does not know ('according to the Observatory' read as a person) is dropped the same
way, unless the reported clause's subject is a personal pronoun ('Trump said he ordered strikes': its own act).

Speech verbs are the one list of data/actor_fill.json (`actor_roles.role_words().speech`); who only reports is
`actors.SOURCE_KINDS`. Pure: spaCy tokens and mentions in, a mention out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontwatch.events.actor_roles import role_words
from frontwatch.events.actors import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far after the source's last word its speech verb may stand ('the Observatory said', 'SOHR, a monitor, said'
# is left to the parse): a name, then at most an auxiliary or adverb ('has said', 'also reported').
_VERB_REACH = 3


def speech_verb_of(source: ActorMention, doc) -> Token | None:
    """The speech or report verb the source is the subject of: by the parse, else the verb written right after
    the source's name (the parse may hang the name on the reported verb instead: 'X announced that Y mounted')."""
    speech = role_words().speech
    tok = doc[source.head]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in speech and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    for t in doc[source.end:min(len(doc), source.end + _VERB_REACH)]:
        if t.lemma_.lower() in speech and t.tag_.startswith("VB"):
            return t
        if t.pos_ not in ("AUX", "ADV", "PART"):
            return None
    return None


def reported_subject(source: ActorMention, head: Token, candidates: Sequence[ActorMention]) -> ActorMention | None:
    """The first candidate side written between the source's speech verb and the act's word (`head`), i.e. the
    subject of the reported clause; None when the act is not reported after the verb or no side stands there.
    `candidates`: the sides that may act (the caller leaves out the harmed, the holders and the speakers)."""
    doc = head.doc
    verb = speech_verb_of(source, doc)
    if verb is None or verb.i >= head.i:
        return None
    inside = [m for m in candidates if verb.i < m.start and m.end <= head.i]
    return min(inside, key=lambda m: m.start) if inside else None


def reports_own_act(source: ActorMention, head: Token) -> bool:
    """'Trump said he ordered missile strikes', 'the group said it killed 50': the reported clause's subject, written
    between the speech verb and the act, is a personal pronoun, which stands for the speaker: it reports its own act."""
    doc = head.doc
    verb = speech_verb_of(source, doc)
    if verb is None or verb.i >= head.i:
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "PRP" for t in doc[verb.i + 1:head.i])
