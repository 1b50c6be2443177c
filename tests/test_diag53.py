"""diag53 (docs/annotation/subtypes.md section 82, guideline 24.17): the two codebook rules section 79 found missing,
which left two rule-tested sentences to a retrained model's margin.

(a) A deal made or in force ('took effect', 'agreed to a ceasefire', 'was signed') in a sentence that tells no
    fighting act stays an Agreement whatever the model says (`subtype_deals.making_word`, `fighting_told`,
    `deal_in_force`): the parties named on the deal are its signatories, not a fight.
(b) An attack described, called or termed a bombing, a shelling, an air strike takes that means
    (`subtype_means.described_means`, `described_subtype`, `described_means_subtype`).

Each sentence runs through the whole pipeline three times: with the shipped model, with the shipped model made never
to override the rules (margin `min_prob` above 1), and with the shipped model made to answer Armed clash for
everything (its Armed clash bias raised, margin 0): the codebook, applied after the model, must decide these
sentences whatever the model says. Labels were written by the guideline before any run (doubts noted).
"""

from __future__ import annotations

import json

import pytest
from event_helpers import sentence_and_trigger

from frontwatch.events import subtype_deals as sd
from frontwatch.events import subtype_means as sm
from frontwatch.events import subtype_model, subtype_rules

AGREEMENT, CLASH, CHANGE = "Agreement", "Armed clash", "Change to group/activity"
IED, GRENADE, SHELLING = "Remote explosive/landmine/IED", "Grenade", "Shelling/artillery/missile attack"

DEALS = [  # guideline section 4 and 24.17(a): a deal agreed, signed or taking effect, no fighting told
    ("A ceasefire between the army and the rebels took effect on Monday.", AGREEMENT),  # test_sub64's
    ("A truce between the government and the Houthi rebels came into force at midnight.", AGREEMENT),
    ("The militia and the army agreed to a ceasefire in the northern district.", AGREEMENT),
    ("A peace deal between the rebels and the government was signed in the capital on Friday.", AGREEMENT),
]
DESCRIBED = [  # guideline 24.17(b): the description names the attack's means
    # test_sub62's claim; a truck bomb set by an armed group is a planted explosive (doubt: a suicide driver is not told)
    ("The Daesh group in a statement published by its affiliated Aamaq news agency said it carried out the attack "
     "in Qamishli describing it as a truck bombing that struck a complex of Kurdish offices.", IED),
    ("The militants claimed the attack on the checkpoint, describing it as a car bombing.", IED),
]


def _model_file(tmp_path, how: str) -> str:
    """A temporary copy of the shipped sub-type model: 'never' overrides the rules, 'clash' answers Armed clash."""
    data = json.loads(subtype_model.packaged_model_path().read_text(encoding="utf-8"))
    if how == "never":
        data["min_prob"] = 1.5  # margin mode: the model must lead the rules' sub-type by more than any probability
    else:
        data["bias"][data["classes"].index(CLASH)] += 50.0  # the model's answer is Armed clash, by any margin
        data["min_prob"] = 0.0
    path = tmp_path / f"{how}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("model", ["shipped", "never", "clash"])
def test_pipeline(main_subtypes, monkeypatch, tmp_path, model):
    """Each sentence's main event gets its sub-type whatever the sub-type model answers."""
    if model == "shipped":
        monkeypatch.delenv(subtype_model.MODEL_ENV, raising=False)
    else:
        monkeypatch.setenv(subtype_model.MODEL_ENV, _model_file(tmp_path, model))
    expected = dict(DEALS + DESCRIBED)
    assert main_subtypes(list(expected)) == expected


def test_the_deal_features(nlp):
    """`deal_made=<verb>` for a deal made or in force with no fighting told; none when fighting is told outside the
    deal's phrase, when the deal ended (24.11) or is only referred to (24.14), or is only called for."""
    cases = [
        ("A ceasefire between the army and the rebels took effect on Monday.", "ceasefire", [f"{sd.DEAL_MADE}take"]),
        ("The militia and the army agreed to a ceasefire in the northern district.", "ceasefire",
         [f"{sd.DEAL_MADE}agree"]),
        ("A peace deal was signed in the capital on Friday.", "deal", [f"{sd.DEAL_MADE}sign"]),
        ("Rebels shelled the town hours after a ceasefire took effect.", "ceasefire", []),
        ("The ceasefire between the army and the rebels collapsed on Tuesday.", "ceasefire",
         [f"{sd.DEAL_ENDED}collapse"]),
        ("Fighting continued despite the ceasefire.", "ceasefire", []),
        ("The UN called for a ceasefire in the city.", "ceasefire", []),
        ("The ceasefire took a heavy toll on the economy.", "ceasefire", []),
    ]
    for text, trigger, expected in cases:
        assert sd.deal_features(*sentence_and_trigger(nlp, text, trigger)) == expected, text


def test_deal_in_force_rule_and_chain():
    made = [f"{sd.DEAL_MADE}take", "trig=ceasefire"]
    assert sd.deal_in_force(CLASH, made) == AGREEMENT
    assert sd.deal_in_force(CLASH, ["trig=ceasefire"]) == CLASH
    assert subtype_rules.codebook_subtype(CLASH, made) == AGREEMENT
    assert subtype_rules.codebook_subtype(AGREEMENT, [f"{sd.DEAL_ENDED}collapse"]) == CHANGE
    assert sd.DEAL_MADE.startswith(subtype_model.RULES_ONLY)


@pytest.mark.parametrize("text,trigger,agent,expected", [
    ("The group called the attack on the checkpoint a car bombing.", "attack", "rebel group", IED),
    ("Officials described the attack on the police station as a grenade attack.", "attack", None, GRENADE),
    ("The rebels said they carried out the attack on the base, describing it as a mortar attack.", "attack",
     "rebel group", SHELLING),
    ("Rebels attacked the army base, calling it a legitimate target.", "attacked", "rebel group", None),  # no means
    ("The attack on the base killed five soldiers.", "attack", "rebel group", None),  # nothing described
])
def test_described_means(nlp, text, trigger, agent, expected):
    """The means a description names (`described_subtype`, typed with the doer's kind) and the codebook's use of it."""
    assert sm.described_subtype(*sentence_and_trigger(nlp, text, trigger), agent) == expected


def test_described_means_rule():
    feats = [f"{sm.DESCRIBED_MEANS}{IED}"]
    assert sm.described_means_subtype(CLASH, feats) == IED
    assert sm.described_means_subtype("Air/drone strike", feats) == IED  # the model's guess among the means
    assert sm.described_means_subtype(AGREEMENT, feats) == AGREEMENT
    assert subtype_rules.codebook_subtype(CLASH, feats) == IED
