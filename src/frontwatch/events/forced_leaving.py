"""Ground lost by a side made to leave it: "forcing IS to withdraw from several points", "a counter-offensive forced
the government units to withdraw", "were forced to abandon their positions and retreat".

Why: the codebook's territory types need ground to change hands, and the capture words (data/subtype_cues.json
"territory_gain") are not the only way a sentence tells it. A side that an assault forces off its positions has lost
them to the side that forced it (docs/annotation/subtypes.md section 40): the one who forces gains, the one forced
loses. The capture-word reader (events/subtype_sides.territory_features) never sees such a sentence, so the rules
and the model type it by its fighting or strike word. The features here are the codebook rules' only (`FEATURE_PREFIXES`,
`subtype_model.RULES_ONLY`; events/subtype_rules.forced_off_ground reads them), so the learner's features do not move.

Not read as ground lost: a forcing the sentence tells as present or habitual ("the army is forced to retreat": a
state of the war, no reported event), the result of a repelled assault ("repelled the assault, forcing the attackers
to retreat": the guideline's Armed clash, the attackers only go back where they came from), people who are no side
("forced residents to leave": displacement).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.events.subtype_features import Mention, cue_data, cues
from frontwatch.events.subtype_sides import owners, side_of
from frontwatch.nlp.doc_memo import doc_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

LOSER, FORCER = "forced_off=", "forced_off_by="  # the side made to leave, the side that made it ('-': unknown)
FEATURE_PREFIXES = ("forced_off",)
DONE_TAGS = frozenset({"VBD", "VBG", "VBN"})  # a forcing told as done (with a past auxiliary for the VBN)
PRESENT_AUX = frozenset({"is", "are", "am", "be", "'re", "'s"})  # "are forced to retreat", "may be forced"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(leaving_words, forcing_words, repelling_words): the words of a side leaving (the handover rule's list), of
    making someone do it, and of an assault beaten off (data/subtype_cues.json "about_sub36")."""
    data = cue_data()
    return frozenset(data["leaving_words"]), frozenset(data["forcing_words"]), frozenset(data["repelling_words"])


def _forcing(leaving: Token, lemmas: list[str]) -> tuple[Token, Token] | None:
    """(the forcing verb, the side forced) of a leaving verb that is its infinitive complement ("forced X to
    withdraw", "X were forced to abandon ... and retreat"), or None. The small parser hangs the infinitive after a
    relative clause on the forced party from that clause's verb ("forcing the groups which are affiliated to Al-Nusra
    to withdraw"): read there too."""
    _, forcing, _ = _words()
    x = leaving.head if leaving.dep_ == "conj" and leaving.head.dep_ == "xcomp" else leaving
    if x.dep_ != "xcomp":
        return None
    f = x.head
    if lemmas[f.i] not in forcing:
        if f.dep_ == "relcl" and f.head.dep_ == "dobj" and lemmas[f.head.head.i] in forcing:
            return f.head.head, f.head
        return None
    party = next((c for c in f.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return (f, party) if party is not None else None


def told_done(f: Token) -> bool:
    """Whether the forcing is told as done: a past verb or participle, no present or modal auxiliary."""
    if f.tag_ not in DONE_TAGS:
        return False
    return not any(c.dep_ in ("aux", "auxpass") and (c.lower_ in PRESENT_AUX or c.tag_ == "MD") for c in f.children)


def _forcer(f: Token) -> Token | None:
    """The side that forces: the verb's subject or a passive's agent; for a participle with none ("struck the
    defences, forcing the latter to withdraw", "in a special operation forcing ..."), the subject of the nearest
    clause above it (the participle's controller). A passive with no agent names none ("were forced to abandon"):
    the clause above tells someone else's deed."""
    if any(c.dep_ == "nsubjpass" for c in f.children) and not any(c.dep_ == "agent" for c in f.children):
        return None
    t = f
    for _ in range(6):
        for c in t.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        if t.head.i == t.i or t.dep_ in ("relcl", "ccomp"):
            return None
        t = t.head
    return None


def party_side(tok: Token | None, mentions: list[Mention], lemmas: list[str]) -> str:
    """The side of a party ('state', 'nonstate', '-'), or of the doer its 'by' names when it is an act."""
    if tok is None:
        return "-"
    side = side_of(tok, mentions, lemmas)
    for owner in ([] if side else owners(tok)):
        side = side_of(owner, mentions, lemmas)
        if side:
            break
    return side or "-"


def civilians_only(party: Token, lemmas: list[str]) -> bool:
    """Whether the party forced out is people who are no side ("residents", "hundreds of families")."""
    return any(cues().get(lemmas[t.i]) == "civilian" for t in (party, *owners(party)))


def forced_leaving_features(span: Span, mentions: Iterable[Mention] = ()) -> list[str]:
    """`forced_off=<side>` and `forced_off_by=<side>` ('state', 'nonstate' or '-') for the first side the sentence
    tells forced off its ground, or nothing."""
    leaving, _, repelling = _words()
    lemmas = doc_lemmas(span.doc)
    mentions = [m for m in mentions if hasattr(m, "start")]
    for i in range(span.start, span.end):  # (the lemma first: a Token is made only for a leaving word)
        if lemmas[i] not in leaving:
            continue
        tok = span.doc[i]
        if tok.pos_ != "VERB":
            continue
        found = _forcing(tok, lemmas)
        if found is None:
            continue
        f, party = found
        if not told_done(f) or civilians_only(party, lemmas):
            continue
        if f.dep_ in ("advcl", "acl", "conj") and lemmas[f.head.i] in repelling:
            continue  # "repelled the assault, forcing the attackers to retreat": an Armed clash
        return [f"{LOSER}{party_side(party, mentions, lemmas)}", f"{FORCER}{party_side(_forcer(f), mentions, lemmas)}"]
    return []
