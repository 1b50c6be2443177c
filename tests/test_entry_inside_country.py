"""Section 89 (lead, twenty-fifth session): an entry with no border crossed stays the territory rules' answer
(`subtype_rules.entry_inside_country`, the mirror of sub34's `entry_across_border`).

The features are those the pipeline gives "Government troops entered the village of Kafr Nabl on Tuesday." (read
with the retrained pair of section 89, whose model answered Change to group/activity there).
"""

from __future__ import annotations

from frontwatch.events import subtype_rules as sr

ENTERED = ["trig=enter", "w=enter", "w=government", "w=troop", "w=village", "w=of", "w=on", "subj_kind=state forces",
           "gain_done", "gain_done_side=state", "gain_side=state", "int=territory_regained",
           "rule=Government regains territory", "obj@t=village", "cue=territory_gain"]


def test_an_entry_inside_the_country_is_the_rules_gain():
    assert sr.entry_inside_country(sr.GROUP_CHANGE, ENTERED) == sr.GOVERNMENT_GAIN
    nonstate = [f.replace("Government regains territory", sr.NONSTATE_GAIN).replace("=state", "=nonstate")
                for f in ENTERED]
    assert sr.entry_inside_country(sr.GROUP_CHANGE, nonstate) == sr.NONSTATE_GAIN


def test_what_the_mirror_leaves_alone():
    # a border named, a killing or a fight told, another trigger, no side told as gaining, the rules' own answer not
    # a gain, another model answer: left as answered
    for extra in (["w=border"], ["w=kill"], ["w=clash"]):
        assert sr.entry_inside_country(sr.GROUP_CHANGE, ENTERED + extra) == sr.GROUP_CHANGE, extra
    captured = [f.replace("trig=enter", "trig=capture") for f in ENTERED]
    assert sr.entry_inside_country(sr.GROUP_CHANGE, captured) == sr.GROUP_CHANGE
    no_side = [f for f in ENTERED if not f.startswith("gain_done_side=")]
    assert sr.entry_inside_country(sr.GROUP_CHANGE, no_side) == sr.GROUP_CHANGE
    other_rule = [f.replace("rule=Government regains territory", "rule=" + sr.NONVIOLENT_TRANSFER) for f in ENTERED]
    assert sr.entry_inside_country(sr.GROUP_CHANGE, other_rule) == sr.GROUP_CHANGE
    assert sr.entry_inside_country(sr.ARMED_CLASH, ENTERED) == sr.ARMED_CLASH


def test_the_chain_keeps_the_cross_border_deployment():
    crossed = ENTERED + ["w=cross", "w=border", "w=turkish"]
    assert sr.codebook_subtype(sr.GROUP_CHANGE, crossed) == sr.GROUP_CHANGE
    assert sr.codebook_subtype(sr.GROUP_CHANGE, ENTERED) == sr.GOVERNMENT_GAIN
