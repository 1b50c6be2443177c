"""Change to group/activity told by its own words, and an activity under way when violence struck
(docs/annotation/subtypes.md section 87, sub73): recruiting, a name changed and allegiance pledged or broken are a
group's change (data/triggers.csv's sub73 rows); a non-violent trigger told as under way ('were patrolling') with a
'when'/'while' clause holding violence is that violence's setting, not an event of its own
(`subtype_scope.setting_triggers`, marked background in `extract`). Every pipeline sentence below was labelled by the
guideline before it was run; the first three tests failed on the code before this pass."""

from __future__ import annotations

from frontwatch.events import subtype_scope as sc

CHANGE = "Change to group/activity"


def test_group_changes_told_by_their_own_words(main_subtypes):
    expected = {
        "The militia has recruited hundreds of teenagers in the province.": CHANGE,
        "Al-Nusra Front changed its name to Jabhat Fateh al-Sham.": CHANGE,
        "The brigade pledged allegiance to the Islamic State.": CHANGE,
        # a look-alike that must not move: recruits as the victims of an attack
        "Recruits were killed when a suicide bomber struck the training centre.": "Suicide bomb",
    }
    assert main_subtypes(list(expected)) == expected


def test_a_patrol_under_way_is_the_blasts_setting(main_subtypes):
    expected = {
        "The soldiers were patrolling near the border when a roadside bomb exploded under their vehicle.":
            "Remote explosive/landmine/IED",
        # look-alikes that keep the deployment: no violence in the sentence, or none in a setting clause
        "Troops were patrolling the border villages on Monday.": CHANGE,
        "Troops were deployed to the border town after the clashes.": CHANGE,
    }
    assert main_subtypes(list(expected)) == expected


def test_the_patrol_is_no_event_of_its_own(extract):
    """Marked background, the patrol is no candidate and no coded event: the blast alone is reported."""
    recs = extract(["The soldiers were patrolling near the border when a roadside bomb exploded under their vehicle."])[0]
    assert [r.get("event_type") for r in recs] == ["explosive"]


def test_setting_triggers_reads_the_parse(nlp):
    doc = nlp("The soldiers were patrolling near the border when a roadside bomb exploded under their vehicle.")
    patrol, bomb = doc[3], doc[10]
    assert (patrol.lower_, bomb.lower_) == ("patrolling", "bomb")
    assert sc.setting_triggers([patrol, bomb], [False, True]) == {0}
    assert sc.setting_triggers([patrol, bomb], [False, False]) == set()  # nothing violent broke in
    done = nlp("The soldiers patrolled near the border when a roadside bomb exploded under their vehicle.")
    assert sc.setting_triggers([done[2], done[9]], [False, True]) == set()  # not told as under way
