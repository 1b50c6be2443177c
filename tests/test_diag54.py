"""diag54 (docs/annotation/subtypes.md section 88): a killing told by its means takes the means' sub-type.

ACLED's codebook types remote violence by its means (guideline section 2 rule 4, section 4: 'civilians killed by
bombing -> the remote-violence type'): when a death or harm word's subject, passive agent or cause ('in', 'by',
'during') is a means noun ('Air strikes kill 12', 'a car bomb killed five', 'killed in air strikes') or an act noun
typed by its doer ('School bombing kills 30'), the killing is that means' act, whatever verb tells the deaths and
whatever a sub-type model answers (`subtype_means.killing_means`, `killing_means_subtype`).

Each sentence runs through the whole pipeline with the shipped model and with copies of it made to answer one
sub-type for everything (Armed clash, Mob violence, Grenade: a generic answer, a crowd's, another means): the
codebook, applied after the model, must decide the killing's sub-type whatever the model says. Labels were written
by the guideline before any run (doubts noted).
"""

from __future__ import annotations

import json

import pytest
from event_helpers import sentence_and_trigger

from frontwatch.events import subtype_means as sm
from frontwatch.events import subtype_model

AIR, SHELLING, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
SUICIDE, CLASH, ATTACK = "Suicide bomb", "Armed clash", "Attack"

HEADLINES = [  # a title's means noun as the killing verb's subject
    ("Air strikes kill 12 in Idlib", AIR),
    ("Drone strike kills four militants in Yemen", AIR),
    ("Shelling kills three civilians in Aleppo", SHELLING),
    ("Car bomb kills five in Afrin", IED),
    ("Roadside bomb kills three soldiers in Kandahar", IED),
    # doubt: 'bombing' with no doer named; the headlines guideline (section 2) and `ontology.refine` make it an air strike
    ("School bombing kills 30 children in Syria", AIR),
    # the parse wreck of headline 166's shape: a means noun and a subject juxtaposed with no comma
    ("Coalition air strikes Turkish army kill 8 IS group militants", AIR),
]
PROSE = [  # the same in running text, with other harm words and doers
    ("A wave of air strikes killed 12 civilians in the town on Monday.", AIR),
    ("Heavy shelling killed three civilians and wounded ten others in Aleppo on Sunday.", SHELLING),
    ("A roadside bomb wounded four soldiers near the checkpoint on Tuesday.", IED),
    ("Two civilians were killed by a car bomb in the market on Friday.", IED),
    ("Government air strikes injured 15 people in the village on Wednesday.", AIR),
    ("Five civilians were killed in air strikes on the town of Saraqeb on Thursday.", AIR),
]
CONTROLS = [  # the means noun is not the killer
    ("A man who survived the bombing last year was shot dead by gunmen on Monday.", ATTACK),
]
# Labelled Armed clash before any run (doubt: the strikes could be read as a second event; the deaths are the
# clashes'); the pipeline's main event is the air strike on the base code too (the 'killed in clashes' record folds
# into it): a main-event question left (section 88), so it is a control of the feature only (`test_the_feature`).
KILLINGS = HEADLINES + PROSE


def _forced(tmp_path, subtype: str) -> str:
    """A temporary copy of the shipped sub-type model that answers `subtype` for everything (its bias raised, margin
    0): what a retrained model that weighs the words against the means would do at its worst."""
    data = json.loads(subtype_model.packaged_model_path().read_text(encoding="utf-8"))
    data["bias"][data["classes"].index(subtype)] += 50.0
    data["min_prob"] = 0.0
    path = tmp_path / "forced.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _killing_subtypes(extract, nlp, texts: list[str]) -> dict[str, list[str]]:
    """text -> the sub-types of its records whose trigger holds a word of dying or harm (`subtype_means.harm_word`:
    the killing's own event, 'kills' or the phrase 'Car bomb kills'). A killing the pipeline folded into the means
    noun's own trigger ('killed by a car bomb' -> 'car bomb') has none: that record is typed by its means word."""
    out: dict[str, list[str]] = {}
    for text, recs in zip(texts, extract(texts)):
        out[text] = [r["acled"]["sub_event_type"] for r in recs if r.get("acled") and r.get("trigger")
                     and any(sm.harm_word(t) for t in nlp(r["trigger"]))]
    return out


def test_main_event_shipped(main_subtypes, monkeypatch):
    """With the shipped model, each killing told by its means is its means' event, and each control is not."""
    monkeypatch.delenv(subtype_model.MODEL_ENV, raising=False)
    expected = dict(KILLINGS + CONTROLS)
    assert main_subtypes(list(expected)) == expected


@pytest.mark.parametrize("forced", [CLASH, "Mob violence", "Grenade"])
def test_whatever_the_model_says(extract, nlp, monkeypatch, tmp_path, forced):
    """The killing's own record takes its means' sub-type whatever the model answers; the two titles a retrained
    model lost (section 83: the act noun 'bombing', the juxtaposed subject) do have such a record."""
    monkeypatch.setenv(subtype_model.MODEL_ENV, _forced(tmp_path, forced))
    expected = dict(KILLINGS)
    got = _killing_subtypes(extract, nlp, list(expected))
    assert {t: [expected[t]] * len(subs) for t, subs in got.items()} == got
    assert got[HEADLINES[6][0]]
    # section 89: the means noun that kills reads the killing's means too, so 'School bombing kills 30' may be one
    # record, the killing folded into 'bombing'; every record of the title is its means' sub-type either way
    title, means = HEADLINES[5]
    recs = [r for r in extract([title])[0] if r.get("acled")]
    assert recs and all(r["acled"]["sub_event_type"] == means for r in recs)


def test_the_feature(nlp):
    """`killing_means=<sub-type>` for a harm word whose doer or cause is a means; none for the controls' killings,
    for a means that is only told beside the killing, or for a killing whose doer names no means."""
    cases = [
        ("School bombing kills 30 children in Syria", "kills", f"{sm.KILLING_MEANS}{AIR}"),
        ("Militants' bombing of the market killed nine people.", "killed", f"{sm.KILLING_MEANS}{IED}"),
        ("Five civilians were killed in air strikes on the town of Saraqeb on Thursday.", "killed",
         f"{sm.KILLING_MEANS}{AIR}"),
        ("Coalition air strikes Turkish army kill 8 IS group militants", "kill", f"{sm.KILLING_MEANS}{AIR}"),
        ("Three fighters were killed in clashes with the army after air strikes on the town.", "killed", None),
        # tune's fakes:256:0 shape (gold Armed clash, doubt): a fight and a means coordinated as the killers
        ("Thirty militants have been killed in clashes and air strikes in the north over the last day.", "killed", None),
        ("A man who survived the bombing last year was shot dead by gunmen on Monday.", "shot dead", None),
        ("Gunmen killed five villagers near the town where an air strike had hit a school.", "killed", None),
    ]
    for text, trigger, want in cases:
        span, toks = sentence_and_trigger(nlp, text, trigger)
        feats = [f for f in sm.own_means_features(span, toks, _agent(text)) if f.startswith(sm.KILLING_MEANS)]
        assert feats == ([want] if want else []), text


def _agent(text: str) -> str | None:
    """The doer's kind the extractor passes for the sentences of `test_the_feature` (an armed group's bombing)."""
    return "rebel group" if text.startswith("Militants") else None
