"""mlB55: Greek names of foreign towns read by their Latin spellings, and Greek acts dated by a month or a part of a
year with its year (issue 19).

- the Greek sound key (lang/phonetic.greek_keys) reads 'χ' as Latin 'kh' or 'h' and drops the neuter '-ο' Greek adds to
  a name ending in a consonant; lang/index matches it against every Latin name GeoNames lists for a town of 30,000 or
  more ('Kharkov', 'Bakhmut', 'Avdiivka'), answered with the town's own name, not a division named after it;
- a dictionary form made from a word that is an everyday word ('Έλληνα', from 'Έλληνες') is not read by its sound, and
  a name found only by its sound inside quotes ('στο «Λουζνίκι»') is a venue's, not a place;
- Greek writes the year in the genitive with its article after a month or a part of a year ('τον Ιούλιο του 2017',
  'στα τέλη του 2011'): that is a date (lang/event_dates), and with no publication date it dates the past, as a bare
  year does; a relative day nearer the act ('χθες') dates it to the news's days.

Sentences written for the tests, labelled by the guideline before any run; none is from a development set or the probe
files. Each runs the real pipeline (the native geoparser, then the coder)."""

from __future__ import annotations

import pytest
from event_helpers import ml_event_places, ml_reported_types

from frontwatch.lang.geoparse import geoparse_text


def _places(text: str, geoparser) -> list[tuple[str, str | None]]:
    return [(t.text, t.place.name if t.place else None) for t in geoparse_text(text, "el", geoparser)[1]]


@pytest.mark.parametrize("text, name, place", [
    ("Οι βομβαρδισμοί συνεχίστηκαν στο Χάρκοβο όλη τη νύχτα.", "Χάρκοβο", "Kharkiv"),
    ("Συγκρούσεις σημειώθηκαν έξω από τη Χερσώνα και κοντά στο Χάρκοβο.", "Χάρκοβο", "Kharkiv"),
    ("Οι ουκρανικές δυνάμεις αποσύρθηκαν από την πόλη Μπαχμούτ.", "Μπαχμούτ", "Bakhmut"),
    ("Σκληρές μάχες δόθηκαν στην Αβντιίβκα.", "Αβντιίβκα", "Avdiyivka"),
    ("Δύο άνθρωποι σκοτώθηκαν στην Κανταχάρ.", "Κανταχάρ", "Kandahār"),
])
def test_greek_name_of_a_foreign_town_by_its_latin_spellings(text, name, place, geoparser):
    got = _places(text, geoparser)
    assert (name, place) in got, got


def test_greek_event_at_a_ukrainian_town_has_its_place(geoparser):
    got = ml_event_places("Ρωσικά drones έπληξαν πολυκατοικίες στο Μπαχμούτ.", "el", geoparser)
    assert got == ["Bakhmut"], got


def test_greek_everyday_word_form_is_not_read_by_its_sound(geoparser):
    got = _places("Στη συνάντηση μίλησαν Έλληνες επιχειρηματίες από τη Θεσσαλονίκη.", geoparser)
    assert [n for n, _ in got] == ["Θεσσαλονίκη"], got


def test_greek_quoted_name_found_only_by_sound_is_no_place(geoparser):
    got = _places("Ο αγώνας θα γίνει στο «Λουζνίκι» της Μόσχας.", geoparser)
    assert [n for n, _ in got] == ["Μόσχας"], got


def test_greek_town_with_a_greek_key_keeps_it(geoparser):
    assert ("Μαριούπολη", "Mariupol") in _places("Διαδήλωση έγινε στη Μαριούπολη.", geoparser)


@pytest.mark.parametrize("text", [
    "Τον Μάιο του 2014 η αστυνομία συνέλαβε στην Πάτρα τρία μέλη της σπείρας.",
    "Στα τέλη του 2010 οι εργαζόμενοι διαδήλωσαν μπροστά στο υπουργείο.",
    "Το φθινόπωρο του 2013 αντάρτες επιτέθηκαν σε στρατιωτική βάση στο Χαλέπι.",
])
def test_greek_act_dated_by_a_month_or_part_of_a_year_with_its_year_is_background(text, geoparser):
    assert ml_reported_types(text, "el", geoparser) == []


@pytest.mark.parametrize("text, kind", [
    ("Η αστυνομία συνέλαβε σήμερα στην Πάτρα τρία μέλη της σπείρας.", "arrest"),
    ("Τον Μάιο η αστυνομία συνέλαβε στην Πάτρα τρία μέλη της σπείρας.", "arrest"),
    ("Ο άνδρας, που είχε αποφυλακιστεί τον Ιούνιο του 2016, συνελήφθη χθες στην Κόρινθο.", "arrest"),
])
def test_greek_act_of_the_news_days_stays(text, kind, geoparser):
    assert kind in ml_reported_types(text, "el", geoparser)
