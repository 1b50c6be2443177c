"""lang/proximity: one definition of "within N words of", each parameter's effect and its bounds."""

from __future__ import annotations

import pytest

from frontwatch.lang.proximity import any_within, gap, within, words_within

TRIGGER = (5, 7)  # words 5 and 6


def test_gap_counts_the_words_strictly_between() -> None:
    assert gap(TRIGGER, (7, 8), "after") == 0  # adjacent
    assert gap(TRIGGER, (9, 10), "after") == 2  # words 7 and 8 between
    assert gap(TRIGGER, (3, 5), "before") == 0
    assert gap(TRIGGER, (1, 2), "before") == 3
    assert gap(TRIGGER, (6, 8), "after") == -1  # overlapping
    with pytest.raises(ValueError):
        gap(TRIGGER, (7, 8), "either")  # type: ignore[arg-type]


def test_exclusive_bound_admits_gaps_below_the_window() -> None:
    assert within(TRIGGER, (9, 10), 3, side="after")  # gap 2
    assert not within(TRIGGER, (10, 11), 3, side="after")  # gap 3
    assert within(TRIGGER, (1, 3), 3, side="before")  # gap 2
    assert not within(TRIGGER, (0, 2), 3, side="before")  # gap 3


def test_inclusive_bound_admits_a_gap_equal_to_the_window() -> None:
    assert within(TRIGGER, (10, 11), 3, side="after", inclusive=True)
    assert not within(TRIGGER, (11, 12), 3, side="after", inclusive=True)
    assert within(TRIGGER, (0, 2), 3, side="before", inclusive=True)


def test_side_decides_which_direction_counts() -> None:
    after, before = (8, 9), (2, 4)
    assert within(TRIGGER, after, 2, side="after") and not within(TRIGGER, after, 2, side="before")
    assert within(TRIGGER, before, 2, side="before") and not within(TRIGGER, before, 2, side="after")
    assert within(TRIGGER, after, 2, side="either") and within(TRIGGER, before, 2, side="either")
    with pytest.raises(ValueError):
        within(TRIGGER, after, 2, side="around")  # type: ignore[arg-type]


def test_overlap_admits_negative_gaps_down_to_minus_the_window() -> None:
    inside = (6, 7)  # the trigger's own last word: gap after -1, gap before -2
    assert not within(TRIGGER, inside, 2, side="either")
    assert within(TRIGGER, inside, 2, side="after", overlap=True)
    assert within(TRIGGER, (6, 8), 1, side="after", overlap=True)  # gap after -1
    assert not within(TRIGGER, (5, 8), 1, side="after", overlap=True)  # gap after -2
    assert within(TRIGGER, (3, 6), 1, side="before", overlap=True)  # gap before -1
    assert not within(TRIGGER, (3, 6), 1, side="after", overlap=True)  # gap after -4: the other side, too far
    assert not within(TRIGGER, (3, 6), 1, side="before")  # no overlap: the gap must be at least 0


def test_a_window_of_zero_admits_nothing_exclusive_and_adjacency_inclusive() -> None:
    assert not within(TRIGGER, (7, 8), 0, side="after")
    assert within(TRIGGER, (7, 8), 0, side="after", inclusive=True)
    assert not within(TRIGGER, (8, 9), 0, side="after", inclusive=True)


def test_any_within_reads_phrase_hits_by_their_first_two_items() -> None:
    hits = [(12, 13, [12], "x"), (8, 9, [8], "y")]  # as PhraseList.find returns them
    assert any_within(TRIGGER, hits, 2, side="after")
    assert not any_within(TRIGGER, hits[:1], 2, side="after")
    assert not any_within(TRIGGER, [], 2, side="either")


def test_a_position_between_words_is_an_empty_span() -> None:
    slot = (9, 9)  # a bracket between words 8 and 9
    assert within(TRIGGER, slot, 3, side="after")  # gap 2 (words 7, 8)
    assert not within(TRIGGER, slot, 2, side="after")


@pytest.mark.parametrize("inclusive", [False, True])
@pytest.mark.parametrize("side", ["after", "before"])
@pytest.mark.parametrize("window", [0, 1, 2, 4])
def test_words_within_lists_exactly_the_single_words_within_admits(side: str, window: int, inclusive: bool) -> None:
    length = 12
    for anchor in [(0, 1), (2, 3), TRIGGER, (10, 12)]:
        listed = list(words_within(anchor, window, length, side=side, inclusive=inclusive))  # type: ignore[arg-type]
        expected = [j for j in range(length)
                    if within(anchor, (j, j + 1), window, side=side, inclusive=inclusive)]  # type: ignore[arg-type]
        assert listed == expected


def test_words_within_is_clipped_to_the_sentence() -> None:
    assert list(words_within(TRIGGER, 3, 8, side="after")) == [7]
    assert list(words_within((1, 2), 3, 8, side="before")) == [0]
    assert list(words_within(TRIGGER, 2, 20, side="after", inclusive=True)) == [7, 8, 9]
    with pytest.raises(ValueError):
        words_within(TRIGGER, 2, 20, side="either")  # type: ignore[arg-type]
