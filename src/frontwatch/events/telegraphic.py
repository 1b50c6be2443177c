"""Headline verbs the parser swallowed into a noun phrase ('Al-Shabaab seizes town in Somalia').

Why: with no article and a present-tense verb, the small English model often parses a whole
headline as one noun phrase: 'seizes' (tagged VERB) becomes a compound modifier of 'town', the
actor's name another modifier of 'town', and the verb has no subject and no object. The trigger
then fails its argument requirement ('a place must be taken') and the event is lost. The tag is
still right, so the repair is local: a VERB-tagged trigger hanging as a modifier (compound, amod,
nmod) on a noun to its right acts on that noun (and what follows it), and the modifiers of that
noun to the verb's left are its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.nlp.deps import NOUN_MODIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Token

MODIFIER_DEPS = NOUN_MODIFIERS


def swallowed_verb(tok: "Token") -> bool:
    """A verb parsed as a modifier of a noun after it ('seizes' in 'Al-Shabaab seizes town')."""
    head = tok.head
    return ((tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP", "VBD") and tok.dep_ in MODIFIER_DEPS
             and head.i > tok.i and head.pos_ in ("NOUN", "PROPN")) or misread_verb(tok))


def misread_verb(tok: "Token") -> bool:
    """A bare verb the tagger read as a noun inside one long compound, right after a plural
    noun: 'fighters [storm] army base', 'militants [shell] town'. A plural noun is all but never a
    compound's modifier in English ('fighters storm' is no noun compound), so the plural is the
    subject and the bare word after it the present-tense verb of a plural subject."""
    if tok.tag_ != "NN" or tok.dep_ != "compound" or tok.i == 0 or tok.lower_ != tok.lemma_.lower():
        return False
    head, prev = tok.head, tok.doc[tok.i - 1]
    return (head.i > tok.i and head.pos_ in ("NOUN", "PROPN") and prev.tag_ == "NNS" and prev.dep_ == "compound"
            and prev.head.i in (head.i, tok.i))


def passive_misread(tok: "Token") -> bool:
    """A passive participle the tagger read as a noun or an adjective: 'The town was [overrun] by Islamic State
    fighters' (overrun/NN, an attribute of 'was', its 'by' hung as an `agent` or a plain preposition). Why: a word
    with a passive agent, or a bare word (no determiner: no noun phrase) after 'be' with a 'by' phrase, is the
    passive the tag missed; with the tag alone the lexicon's verb rows never match and the event is lost
    (docs/annotation/subtypes.md section 91). The lexicon still decides which words are verbs of an event."""
    if tok.tag_ not in ("NN", "JJ"):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return True
    return (tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be" and tok.head.i < tok.i
            and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in tok.children)
            and any(c.dep_ == "prep" and c.lower_ == "by" and c.i == tok.i + 1 for c in tok.children))


def infinitive_misread(tok: "Token") -> bool:
    """A bare infinitive the tagger read as an adjective of the noun after it: 'Syrian troops managed to [wrest]
    control over the Mallah farms' (wrest/JJ, an `amod` of 'control', 'to' read as a preposition). Why: 'to' followed
    by a word in its base form hung as a modifier on the preposition's own object is the infinitive marker and its
    verb. Only a candidate: 'exposed to heavy fire' passes too, and the lexicon's verb rows (`triggers._pos_ok`)
    and the capture words (`subtype_sides._takes_ground`) decide which words are verbs of an event ('heavy' is none). docs/annotation/subtypes.md section 91."""
    if tok.tag_ != "JJ" or tok.dep_ != "amod" or tok.i == 0 or tok.lower_ != tok.lemma_.lower():
        return False
    j = tok.i - 1
    while j > 0 and tok.doc[j].pos_ == "ADV":  # "to completely wrest"
        j -= 1
    to = tok.doc[j]
    return to.lower_ == "to" and tok.head.dep_ == "pobj" and tok.head.head.i == to.i


def infinitive_marker(tok: "Token") -> "Token":
    """The 'to' of a misread infinitive (`infinitive_misread`): the preposition its noun is the object of."""
    return tok.head.head


def swallowed_object(tok: "Token") -> "Token":
    """The noun a swallowed verb acts on: the noun it was parsed as modifying."""
    return tok.head


def swallowed_subject(tok: "Token", actor_tokens: set[int]) -> "Token | None":
    """The subject of a swallowed verb: the object noun's modifier to the verb's left, an actor
    if one is there ('[Al-Shabaab] seizes town'), else the nearest noun."""
    left = [c for c in tok.head.children if c.i < tok.i and c.pos_ in ("NOUN", "PROPN")]
    for c in sorted(left, key=lambda c: -c.i):
        if any(t.i in actor_tokens for t in c.subtree):
            return c
    return left[-1] if left else None




def day_misread_as_head(tok: "Token") -> bool:
    """An adjective-tagged word hung on a date or time right after it, in an argument slot: 'rebels
    launched an [offensive] Friday on X' (news style drops 'on' before a weekday; the tagger then reads
    the event noun as an adjective of the day). A day or hour takes no such adjective, so the word
    heads the object and the date is its time ('the offensive, on Friday')."""
    head = tok.head
    return (head.i == tok.i + 1 and head.ent_type_ in ("DATE", "TIME") and head.pos_ in ("NOUN", "PROPN")
            and head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "npadvmod")
            and any(c.dep_ == "det" and c.i < tok.i for c in (*tok.children, *head.children)))


def misread_noun(tok: "Token") -> bool:
    """An event noun the tagger read as another part of speech in headline grammar:
    an adjective heading a subject or object ('regime [offensive] in Aleppo leaves 70 dead':
    an adjective is never a subject), a present-tense verb that is another verb's subject, or a gerund hung on the noun right before it with no
    object of its own ('children die in regime [shelling] at X'; not 'rebels fighting Assad',
    whose object makes it a verb)."""
    if tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return True
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and day_misread_as_head(tok):
        return True  # 'launched an [offensive] Friday': a day is never offensive; the word is the noun
    if tok.pos_ == "ADJ" and tok.dep_ == "ROOT":  # a verbless headline, not 'X is offensive'
        return not any(c.dep_ in ("nsubj", "dobj", "cop") or c.pos_ == "AUX" for c in tok.children)
    if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.i == tok.i - 1 and tok.head.pos_ in ("NOUN", "PROPN"):
        return not any(c.dep_ in ("dobj", "nsubj", "ccomp", "xcomp") for c in tok.children)
    # a plural noun read as a present-tense verb that is itself another verb's subject ('regime [airstrikes] on
    # Idlib killed nine'): a finite verb is never a subject, so the word is the subject noun
    return tok.tag_ in ("VBZ", "VBP") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")


__all__ = ["day_misread_as_head", "misread_noun", "misread_verb", "passive_misread", "infinitive_marker", "infinitive_misread", "swallowed_object", "swallowed_subject", "swallowed_verb"]
