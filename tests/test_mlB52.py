"""mlB52: Persian and Greek false events on prose that reports no event (issue 19) — a Greek cup, title or medal
'conquered' is won, no ground taken (cues_el `[scope.object_senses] territory_taken`); a fight against high prices or
inflation is a policy (cues_el `social_ills`); a 'διαγραφή' of loans or debt is a write-off
(cues_el `[scope.object_senses] sanction`); a Greek noun act 'scheduled' or 'expected' is a plan (cues_el
`planned`); a Persian act dated 'در سال N' is background, N read in the Solar Hijri era when it is one
(lang/event_dates._years, cues_fa `year_era_offset`, `undated_years_past`); the act the victims' kin are named by
('οι συγγενείς των θυμάτων της επίθεσης', 'خانواده شهدای حمله') is background (cues `kin_heads`,
lang/protest_topics.headed_topics). Sentences written for the test, labelled by
the guideline before any run; none is from a development set. Each runs the real pipeline (the native geoparser,
then the coder)."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types


@pytest.mark.parametrize("text", [
    "Η ομάδα κατέκτησε τον τίτλο στην Αθήνα.",
    "Η Ελληνίδα αθλήτρια κατέκτησε το χρυσό μετάλλιο στο Τόκιο.",
    "Ο ΠΑΟΚ κατέκτησε το Κύπελλο Ελλάδας στη Λάρισα.",
])
def test_greek_trophy_conquered_is_won_not_ground_taken(text, geoparser):
    assert ml_reported_types(text, "el", geoparser) == []


def test_greek_town_conquered_stays_ground_taken(geoparser):
    got = ml_reported_types("Οι αντάρτες κατέλαβαν χθες την πόλη Κιντάλ στο βόρειο Μάλι.", "el", geoparser)
    assert "territory_taken" in got, got


@pytest.mark.parametrize("text", [
    "Η μάχη κατά της ακρίβειας είναι η πρώτη προτεραιότητα της κυβέρνησης.",
    "Η κυβέρνηση δίνει μάχη με την ακρίβεια στα σούπερ μάρκετ.",
])
def test_greek_fight_against_prices_is_a_policy(text, geoparser):
    assert ml_reported_types(text, "el", geoparser) == []


def test_greek_battle_between_armed_sides_stays(geoparser):
    got = ml_reported_types("Σφοδρή μάχη ξέσπασε χθες ανάμεσα στον στρατό και τους αντάρτες κοντά στη Γκόμα.",
                            "el", geoparser)
    assert "armed_clash" in got, got


@pytest.mark.parametrize("text", [
    "Νέες κινητοποιήσεις αναμένονται στην Αθήνα από τους αγρότες.",
    "Η συνάντηση είναι προγραμματισμένη για τον Δεκέμβριο στις Βρυξέλλες.",
    "Η συνάντηση στη Λευκωσία αναμένεται με ενδιαφέρον.",
])
def test_greek_noun_act_scheduled_or_expected_is_a_plan(text, geoparser):
    assert ml_reported_types(text, "el", geoparser) == []


@pytest.mark.parametrize("text", [
    "در سال ۱۳۵۹ ارتش عراق به خاک ایران حمله کرد.",
    "در سال 2003 هواپیماهای آمریکایی بغداد را بمباران کردند.",
    "طی سال ۱۳۶۷ مذاکرات آتش بس میان ایران و عراق در ژنو برگزار شد.",
])
def test_persian_act_dated_by_its_year_is_background(text, geoparser):
    assert ml_reported_types(text, "fa", geoparser) == []


def test_persian_year_naming_a_thing_leaves_the_act(geoparser):
    got = ml_reported_types("پلیس امروز عاملان حمله سال ۱۳۹۶ به مجلس را در تهران بازداشت کرد.", "fa", geoparser)
    assert "arrest" in got, got


def test_greek_write_off_of_loans_is_no_expulsion(geoparser):
    assert ml_reported_types("Η Βουλή ενέκρινε τη διαγραφή δανείων των κομμάτων.", "el", geoparser) == []


def test_greek_expulsion_of_a_deputy_stays(geoparser):
    got = ml_reported_types("Η διαγραφή του βουλευτή από την Κοινοβουλευτική Ομάδα έγινε χθες.", "el", geoparser)
    assert got == ["sanction"], got


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Οι συγγενείς των θυμάτων της επίθεσης συναντήθηκαν χθες με τον πρωθυπουργό.", "el", ["consult"]),
    ("خانواده شهدای حمله تروریستی خواستار محاکمه عاملان شدند.", "fa", ["request"]),
])
def test_the_act_the_victims_kin_are_named_by_is_background(text, lang, want, geoparser):
    got = ml_reported_types(text, lang, geoparser)
    assert got == want, got


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Οι οικογένειες των ομήρων πραγματοποίησαν διαδήλωση στο Τελ Αβίβ.", "el", "protest"),
    ("یک خانواده در حمله هوایی در غزه کشته شدند.", "fa", "air_strike"),
])
def test_the_kins_own_act_and_a_family_as_victim_stay(text, lang, want, geoparser):
    got = ml_reported_types(text, lang, geoparser)
    assert want in got, got
