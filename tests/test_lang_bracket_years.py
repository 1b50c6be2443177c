"""A happening named with a bare year in brackets is a past one recalled (lang/bracket_years.py, mlB23).

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

from lang_helpers import coded as _coded


def test_greek_massacre_named_with_its_year_is_background() -> None:
    assert _coded("Οι βετεράνοι τίμησαν τα θύματα της σφαγής του Διστόμου (1944).", "el") == []


def test_russian_assault_named_with_its_year_is_background_and_the_meeting_stays() -> None:
    assert _coded("Ветераны вспоминали штурм Грозного (1995) на встрече.", "ru") == ["consult"]


def test_only_languages_that_opt_in() -> None:
    """The Turkish Wikipedia file codes dated history as events: the reading is off there."""
    from frontwatch.lang.cues import load

    assert all(load(x).bracket_years for x in ("ru", "uk", "el", "es"))
    assert not load("tr").bracket_years
