"""Who gains ground when the capture word's own subject does not name a side: a speaker's 'we', a gain undone.

Why: the territory sub-types turn on who gains (`subtype_sides`: the capture verb's subject, passive agent, ...).
Two forms of news English leave that reading empty or wrong (docs/annotation/subtypes.md section 53):

- a quoted or reported first person ('"We have captured the town," an army spokesman said', 'a rebel commander said
  "our fighters have retaken the base"'): 'we' names the speaker's side, so the gainer is the side of the subject of
  the speech verb the capture is the complement of (the speech verbs of data/actor_fill.json, one list);
- a capture undone later in the same sentence ('the town, which was seized by rebels on 28 Nov. before being
  reclaimed by loyalist forces'; 'rebels captured the base on Monday, but troops recaptured it on Friday'): the
  ground changes hands twice and stays with the later gainer, the change the sentence ends with; the earlier gain
  is told as its background (as a capture in a time adjunct is, `subtype_sides.in_main_clause`).

Emitted as `gain_speaker_side=<side>` and `gain_later_side=<side>` (rules-only: `subtype_model.RULES_ONLY`);
`later_gain_subtype` turns a territory answer to that side's type. Pure: spaCy tokens in, strings out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from frontwatch.data_files import word_lists
from frontwatch.events.actor_roles import role_words
from frontwatch.events.subtype_features import Mention
from frontwatch.events.subtype_sides import (
    GOVERNMENT_GAIN,
    NONSTATE_GAIN,
    attempted,
    gainer,
    qualifier_side,
    side_of,
    territory_context,
)
from frontwatch.nlp.doc_memo import doc_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SPEAKER_SIDE, LATER_SIDE = "gain_speaker_side=", "gain_later_side="
FEATURE_PREFIXES = ("gain_speaker_side=", "gain_later_side=")
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})  # a reported clause under its speech verb
LATER_DEPS = frozenset({"conj", "advcl", "pcomp"})  # how a later capture hangs on the earlier one


def gain_words() -> dict[str, frozenset[str]]:
    """{'first_person' | 'later_markers': words} of data/subtype_gains.json."""
    return word_lists("subtype_gains.json")


def first_person(tok: Token) -> bool:
    """Whether a gainer names its side only as the speaker's: 'we', or 'our forces', 'our fighters'."""
    first = gain_words()["first_person"]
    return tok.lower_ in first or any(c.dep_ == "poss" and c.lower_ in first for c in tok.children)


def speaker_of(verb: Token) -> Token | None:
    """The subject of the speech verb whose reported clause holds `verb`, up through coordination ('we advanced and
    captured'), or of the speech verb told as a clause of the capture (the parse of a quote put first: '"We have
    captured the town," the army said' is sometimes parsed with 'said' under 'captured')."""
    speech = role_words().speech
    lemmas = doc_lemmas(verb.doc)
    t = verb
    for _ in range(4):
        if t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ in REPORTED_DEPS and lemmas[t.head.i] in speech:
            return _subject(t.head)
        break
    said = next((c for c in t.children if c.dep_ in REPORTED_DEPS and lemmas[c.i] in speech), None)
    return _subject(said) if said is not None else None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def speaker_side(tok: Token, mentions: list[Mention], lemmas: list[str]) -> str | None:
    """The side a speaker speaks for: its own (`side_of`: 'the army', 'rebels', a dictionary actor), else the side its
    words name ('an army spokesman', 'a rebel commander': `qualifier_side`; 'the army's spokesman', 'a spokesman
    for the rebels')."""
    side = side_of(tok, mentions, lemmas) or qualifier_side(tok)
    if side:
        return side
    for c in tok.children:
        if c.dep_ in ("poss", "compound"):
            side = side_of(c, mentions, lemmas)
        elif c.dep_ == "prep" and c.lower_ in ("for", "of"):
            side = next((s for g in c.children if g.dep_ == "pobj" and (s := side_of(g, mentions, lemmas))), None)
        if side:
            return side
    return None


def done(verb: Token) -> bool:
    """Whether a capture is told as done: no modal ('before troops could retake it') and not only aimed at
    (`subtype_sides.attempted`: 'before moving to retake it')."""
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and not attempted(
        verb, doc_lemmas(verb.doc))


def later_capture(verb: Token, others: Iterable[Token]) -> Token | None:
    """A capture word told as done and as coming after `verb`: hung on it as a conjunct or a clause and marked as
    later (`later_markers`: 'before being retaken', 'but ... recaptured it', 'then took')."""
    markers = gain_words()["later_markers"]
    for w in others:
        if w.i <= verb.i or w.dep_ not in LATER_DEPS or not done(w):
            continue
        up = w.head
        if w.dep_ == "pcomp" and up.dep_ == "prep":  # "before being retaken": the preposition hangs on the verb
            if up.lower_ in markers and up.head.i == verb.i:
                return w
            continue
        if up.i != verb.i:
            continue
        if any(c.lower_ in markers and c.dep_ in ("cc", "mark", "advmod", "prep") for c in w.children) or any(
                c.lower_ in markers and c.dep_ == "cc" and verb.i < c.i < w.i for c in verb.children):
            return w
    return None


def gain_features(span: Span, trigger_tokens: list[int], mentions: Iterable[Mention] = (),
                  trigger: str = "", rule_type: str = "") -> list[str]:
    """`gain_speaker_side=` when the capture's gainer is a first person whose speaker has a side, `gain_later_side=`
    when a later capture of the sentence has a gainer with a side (see module docstring)."""
    found = territory_context(span, trigger_tokens, mentions, trigger, rule_type)
    if found is None:
        return []
    verbs, mentions, lemmas = found
    v = verbs[0]
    feats = []
    g = gainer(v)
    if g is not None and first_person(g):
        speaker = speaker_of(v)
        side = speaker_side(speaker, mentions, lemmas) if speaker is not None else None
        if side:
            feats.append(f"{SPEAKER_SIDE}{side}")
    later = later_capture(v, verbs[1:])
    lg = gainer(later) if later is not None else None
    if lg is not None:
        side = side_of(lg, mentions, lemmas)
        if side:
            feats.append(f"{LATER_SIDE}{side}")
    return feats


def later_gain_subtype(subtype: str, feats: Iterable[str]) -> str:
    """A territory answer whose ground a later capture of the sentence takes again is that later gainer's type, and
    one whose gainer is a speaker's 'we' is the speaker's side's type (`gain_features`); the later capture decides
    first, it is where the ground stays."""
    if subtype not in (GOVERNMENT_GAIN, NONSTATE_GAIN):
        return subtype
    feats = list(feats)
    side = next((f[len(p):] for p in (LATER_SIDE, SPEAKER_SIDE) for f in feats if f.startswith(p)), None)
    return {"state": GOVERNMENT_GAIN, "nonstate": NONSTATE_GAIN}.get(side, subtype)
