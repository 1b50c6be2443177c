"""Change to group/activity told by its own words (docs/annotation/subtypes.md section 87, sub73): recruiting, a
name changed and allegiance pledged, sworn or broken are a group's change (data/triggers.csv's sub73 rows; section 4:
a group formed, split, merged, renamed). Every sentence below was labelled by the guideline before it was run; the
test failed on the code before this pass (run on 37235713)."""

from __future__ import annotations

CHANGE = "Change to group/activity"


def test_group_changes_told_by_their_own_words(main_subtypes):
    expected = {
        "The militia has recruited hundreds of teenagers in the province.": CHANGE,
        "Al-Nusra Front changed its name to Jabhat Fateh al-Sham.": CHANGE,
        "The brigade pledged allegiance to the Islamic State.": CHANGE,
        "The Nusra Front broke allegiance with al-Qaeda.": CHANGE,
        "Two rebel commanders swore allegiance to the new emir.": CHANGE,
        # a look-alike that must not move: recruits as the victims of an attack
        "Recruits were killed when a suicide bomber struck the training centre.": "Suicide bomb",
    }
    assert main_subtypes(list(expected)) == expected
