"""Ground left by a side under the other side's assault: "the army withdrew from the farms as they faced a rebel
counter-offensive", "the group retreated after coming under attack from rival Islamist fighters".

Why: the guideline's Change to group/activity is a withdrawal "not transferring territory", and its territory types
are ground that changes hands after fighting (docs/annotation/subtypes.md section 52, sub46). A withdrawal the
sentence gives as the answer to an assault by a named other side is ground lost to that side, the same deed as a
side forced off its ground (events/forced_leaving.py: "a counter-offensive forced the units to withdraw"), told
with the assault in the leaving verb's adverbial clause or in its 'after'/'under' phrase instead of a forcing verb.
The features are forced_leaving's (`forced_off=`, `forced_off_by=`), so events/subtype_rules.forced_off_ground gives
the gainer's territory type; they are the codebook rules' only, so the learner's features do not move.

Not read as ground lost: a withdrawal after a strike from the air (no ground assault: the guideline's withdrawal
"not transferring territory", events/subtype_rules.withdrawal_beside_strike), a side's retreat after its own assault
(the assault's side is the leaver's, or unknown), a withdrawal the sentence does not tell as done, people who are
no side leaving ("residents left after the attack": displacement).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.events.forced_leaving import (
    FORCER,
    LOSER,
    civilians_only,
    party_side,
    told_done,
)
from frontwatch.events.subtype_features import Mention, cue_data, cues
from frontwatch.nlp.doc_memo import doc_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(leaving_words, assault_words, cause_prepositions, repelling_words) from data/subtype_cues.json: the handover
    rule's leaving verbs; a ground assault ("ground_assault_words" less the repelling words, and "about_sub46"
    "assault_nouns"); the prepositions that give an assault as a withdrawal's occasion (the time adjunct openers and
    "about_sub46" "pressure_prepositions"); the words of an assault beaten off (section 40's)."""
    data = cue_data()
    repelling = frozenset(data["repelling_words"])
    assaults = (frozenset(data["ground_assault_words"]) - repelling) | frozenset(data["assault_nouns"])
    openers = frozenset(data["time_adjunct_openers"]) | frozenset(data["pressure_prepositions"])
    return frozenset(data["leaving_words"]), assaults, openers, repelling


def _occasion(leaving: Token, lemmas: list[str]) -> Token | None:
    """The leaving verb's adverbial clause ("as they faced ...") or 'after'/'under' phrase ("after coming under
    attack ...") that holds a ground assault, or None. An occasion that tells the assault beaten off ("after they
    repelled an army offensive") is none: the assailants gained nothing."""
    _, assaults, openers, repelling = _words()
    for c in leaving.children:
        if not (c.dep_ == "advcl" or (c.dep_ == "prep" and c.lower_ in openers)):
            continue
        if any(lemmas[t.i] in repelling for t in c.subtree):
            continue
        for t in c.subtree:
            if lemmas[t.i] in assaults and t.pos_ in ("NOUN", "VERB") and not _from_the_air(t, lemmas):
                return c
    return None


def _from_the_air(assault: Token, lemmas: list[str]) -> bool:
    """Whether a modifier of the assault names aircraft ("an air attack", "aerial assault"): a strike, no ground."""
    return any(cues().get(lemmas[c.i]) == "air" for c in assault.children if c.dep_ in ("amod", "compound"))


def _assailant_side(occasion: Token, mentions: list[Mention], lemmas: list[str]) -> str:
    """The side of the first noun in the occasion that names one ("a rebel counter-offensive", "attack from rival
    Islamist fighters", "led by Al Nusra Front"), '-' if none does. Pronouns name no side: they are mostly the
    leavers ("as they faced")."""
    for t in occasion.subtree:
        if t.pos_ in ("NOUN", "PROPN"):
            side = party_side(t, mentions, lemmas)
            if side != "-":
                return side
    return "-"


def _leaver(leaving: Token) -> Token | None:
    """The subject of the leaving verb, or of the verb it is a conjunct of ("withdrew ... and retreated")."""
    t = leaving
    for _ in range(3):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or t.dep_ != "conj":
            return subj
        t = t.head
    return None


def leaving_under_assault_features(span: Span, mentions: Iterable[Mention] = ()) -> list[str]:
    """`forced_off=<side>` and `forced_off_by=<side>` for the first withdrawal told as done in answer to a ground
    assault by a named side other than the leavers', or nothing."""
    leaving_words = _words()[0]
    lemmas = doc_lemmas(span.doc)
    mentions = [m for m in mentions if hasattr(m, "start")]
    for i in range(span.start, span.end):  # (the lemma first: a Token is made only for a leaving word)
        if lemmas[i] not in leaving_words:
            continue
        tok = span.doc[i]
        if tok.pos_ != "VERB" or not told_done(tok):
            continue
        occasion = _occasion(tok, lemmas)
        if occasion is None:
            continue
        leaver = _leaver(tok)
        if leaver is not None and civilians_only(leaver, lemmas):
            continue
        loser, gainer = party_side(leaver, mentions, lemmas), _assailant_side(occasion, mentions, lemmas)
        if gainer == "-" or gainer == loser:
            continue
        return [f"{LOSER}{loser}", f"{FORCER}{gainer}"]
    return []
