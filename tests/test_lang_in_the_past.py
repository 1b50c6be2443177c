"""'In the past' (Greek 'στο παρελθόν') dates an act before the news: background (cues `[dates] history`, mlB25).

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

from lang_helpers import coded as _coded


def test_an_arrest_in_the_past_is_background() -> None:
    text = "Οι τρεις άνδρες, που έχουν συλληφθεί στο παρελθόν για κλοπές, εντοπίστηκαν χθες στην Πάτρα."
    assert _coded(text, "el") == []


def test_an_arrest_of_the_news_is_told() -> None:
    assert _coded("Η αστυνομία συνέλαβε χθες στην Πάτρα τρεις άνδρες για κλοπές.", "el") == ["arrest"]
