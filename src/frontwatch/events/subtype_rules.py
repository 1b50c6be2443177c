"""The ACLED codebook's decision rules that name WHO acts, applied after the model.

Why after the model: the model learns from words, and the words of these pairs are the same on
both sides of the line the codebook draws. "Arrested" by the police is an Arrest; "arrested" by
an Islamist faction is an Abduction/forced disappearance (the codebook: an arrest is an act of
state authorities; a non-state group holding people is abducting them). The corpus has few
non-state "arrests", so the model follows the verb. The rules' actor layer already knows the
agent's kind (data/actors.csv, the UCDP actor list); here it decides.

Every rule here is applied in one place at run time (`subtype_model.retype`) and in the training
script's cross-validation alike, after `subtype_sides.side_subtype` (who gains ground).
"""

from __future__ import annotations

from collections.abc import Iterable

from frontwatch.events.subtype_sides import NONSTATE_KINDS, side_subtype

ARRESTS, ABDUCTION = "Arrests", "Abduction/forced disappearance"
PROTEST_INTERVENTION = "Protest with intervention"


def agent_kind(feats: Iterable[str]) -> str | None:
    """The kind of the event's agent as the rules found it (the model's `agent=` feature)."""
    return next((f[6:] for f in feats if f.startswith("agent=") and f != "agent=-"), None)


def taker_subtype(subtype: str, feats: Iterable[str]) -> str:
    """An arrest whose taker is a non-state armed group is an abduction (5-fold CV on the tune part,
    2026-12-05: weighted F1 .7709 -> .7724; Abduction/forced disappearance .73 -> .75+)."""
    if subtype == ARRESTS and agent_kind(feats) in NONSTATE_KINDS:
        return ABDUCTION
    return subtype


def protest_subtype(subtype: str, feats: Iterable[str]) -> str:
    """Arrests made at a protest are a Protest with intervention (the codebook: "arrests at a protest";
    an Arrest is one "not at a protest being dispersed"): the sentence also has a protest word of the
    trigger lexicon (`lex=protest`, the lexicon's own class: 'protest', 'demonstration', 'rally')."""
    if subtype == ARRESTS and "lex=protest" in feats:
        return PROTEST_INTERVENTION
    return subtype


def codebook_subtype(subtype: str, feats: Iterable[str]) -> str:
    """The sub-type after the codebook's actor rules: who gains ground (`side_subtype`), who takes people."""
    feats = list(feats)
    return protest_subtype(taker_subtype(side_subtype(subtype, feats), feats), feats)
