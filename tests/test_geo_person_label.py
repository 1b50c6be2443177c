"""A town the small model labels PERSON is still a place where the grammar says so."""

from __future__ import annotations

import pytest

from frontwatch.evaluate.run import extract_texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, country", [
    ("Israeli aircraft struck a house in Khan Younis, killing 5 people.", "PS"),  # 'in X' (labelled PERSON)
])
def test_in_a_town_labelled_person_is_the_town(text: str, country: str) -> None:
    (events,) = extract_texts([text])
    assert [(e["location"] or {}).get("country") for e in events] == [country]


def test_a_person_is_not_made_a_place() -> None:
    (events,) = extract_texts(["Gunmen attacked Smith in his home."])
    assert all(e["location"] is None for e in events)
