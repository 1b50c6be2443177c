"""The act a sentence's deaths were caused by: 'killed in the bombing', 'killed when a missile struck', 'the
bombing has killed 44'.

Why: a sentence that reports a strike and its toll gives two triggers, the act ('bombing', 'missile struck')
and the death ('killed'). The act's record names who did it when the sentence does ('killed by Russian
airstrikes' through the frame of 'airstrikes'), but the death verb's own frame has no agent: 'civilians were
killed' is passive and its 'in'/'by' phrase holds an act, not a side. ACLED codes one event, its actor 1 the
side that did the act that killed; so the death's record takes the doer of the act its sentence says caused
it, and only that act (never another clause's: 'X was killed; later, Y shelled the town').

Pure: tokens in, the causing trigger's head out. Used by events/extract.py once an article's reports are merged
and completed (`actor_fill.apply`): the act's record often gets its side there.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.events.fatalities import words as toll_words
from frontwatch.nlp.deps import NOUN_MODIFIERS

# 'killed in the shelling', 'killed by a suicide bombing', 'died during air raids', 'killed in a barrel bomb attack'
CAUSE_PREPS = frozenset({"in", "by", "during"})
# 'killed when a missile struck', 'died after shells hit': a clause of time whose verb is the act
_CAUSE_MARKERS = frozenset({"when", "after", "as"})
# The acts whose doer is the killer of the dead they cause: remote violence and violence against civilians. Not a
# battle ('killed in clashes with the SDF'): its dead may be of either side, so its actor 1 may be theirs.
CAUSE_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians"})
_NOUN_LINKS = NOUN_MODIFIERS  # 'barrel bomb [attack]': a word of the act noun's phrase


def is_death(tok) -> bool:
    """A verb or noun of dying or killing ('killed', 'died', 'executed'; data/fatalities.json's lists)."""
    w = toll_words()
    return tok.lower_ in w.death or tok.lower_ in w.kill


def _within(tok, head) -> bool:
    """`tok` is `head` or a word of its noun phrase ('barrel' of 'barrel bomb attack')."""
    for _ in range(3):
        if tok == head:
            return True
        if tok.dep_ not in _NOUN_LINKS or tok.head == tok:
            return False
        tok = tok.head
    return tok == head


def _harm_words(death) -> list:
    """The death verb and the harm words coordinated with it ('killed and [30 wounded] by', 'killed and wounded
    in'): an 'in'/'by' phrase the parser hangs on the last of them says what caused them all."""
    out = [death]
    for c in death.children:
        if c.dep_ == "conj":
            out.append(c)
            out.extend(g for g in c.children if g.dep_ == "acl")  # '30 [wounded]': the count the parser made the conjunct
    return out


def cause_objects(word) -> list:
    """The objects of the cause prepositions on `word` ('killed [in] the shelling', 'killed by a suicide bombing',
    'died during air raids'): what the death word says caused it."""
    return [g for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ in CAUSE_PREPS
            for g in c.children if g.dep_ == "pobj"]


def cause_of(death, acts: Sequence) -> int | None:
    """Index in `acts` (other triggers' head tokens of the sentence) of the act that `death` says killed:
    the act is the death verb's active subject ('the bombing has killed 44', 'a car bomb killed 26'), the
    object of its 'in'/'by'/'during' ('were killed in aerial attacks', 'killed and 30 wounded by a suicide
    bombing'), or the verb of its 'when'/'after' clause ('were killed when a missile struck'). None when
    `death` is no word of dying or no act is so tied."""
    if not is_death(death):
        return None
    harm = _harm_words(death)
    for k, act in enumerate(acts):
        if act == death:
            continue
        for child in death.children:
            if child.dep_ == "nsubj" and _within(act, child):
                return k
            if child.dep_ == "advcl" and child == act and any(
                    g.dep_ == "advmod" and g.lower_ in _CAUSE_MARKERS or g.dep_ == "mark" and g.lower_ in _CAUSE_MARKERS
                    for g in act.children):
                return k
        for word in harm:
            if any(_within(act, g) for g in cause_objects(word)):
                return k
    return None


def deaths_caused_by(act) -> list:
    """The words of dying in `act`'s sentence that say `act` killed: the death's 'when'/'after' clause, 'in'/'by'
    object or subject is the act (`cause_of`: 'two airmen were killed when their helicopter was shot down'), or a
    participle of killing hangs from the act itself ('shot down a helicopter, killing its crew'). Not a death
    verb with an active subject of its own: 'al-Nusra executed a pilot after his plane was shot down' is
    another act, done after the downing.

    Why: an act whose ACLED type carries no toll of its own (a shot-down aircraft is a Disrupted weapons use, a
    strategic development) still has the dead its sentence says it caused (`event_fatalities.KILLING_STRATEGIC`),
    and those dead are then the act's alone: the event coded from the death word itself gives its count up
    (events/extract.py, one toll per happening)."""
    out = []
    for tok in act.sent:
        if tok == act or not is_death(tok) or tok.lower_ in toll_words().kill and any(
                c.dep_ == "nsubj" for c in tok.children):
            continue  # (a killing with a doer of its own is that doer's act: 'X executed a pilot after his plane ...')
        if tok.dep_ == "advcl" and tok.head == act and tok.tag_ == "VBG" or cause_of(tok, [act]) == 0:
            out.append(tok)
    return out


def kills_by(act) -> bool:
    """A word of dying in `act`'s sentence says `act` killed (`deaths_caused_by`)."""
    return bool(deaths_caused_by(act))
