"""A violent noun with none of its arguments named is a word in passing, not a reported happening.

Why: in Arabic, Persian and Turkish most violent triggers are nouns ('القصف', 'حمله', 'کشتار',
'çatışma'), and analysis, background, captions and rhetoric name attacks and wars without telling
one: 'حملة القصف اللاحقة' (the later bombing campaign), '80 درصد حملات تروریستی' (80 % of terrorist
attacks), 'شروع به کشتار انسان ها' (began killing people), 'iç çatışmaları' (internal conflicts).
A reported attack says at least one of who did it, to whom, where (a place in a locative phrase,
not a place named for another reason), how many died, or when. This is the noun's frame, read from
the coder's own findings (actors, victims, locative places, fatalities, dates), so it is general
by construction; it is switched on per language by cue `[scope] noun_arguments` (ar, fa, tr),
since the languages whose violent triggers are mostly verbs have not been measured with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.lang.proximity import any_within

DATE_WINDOW = 4  # words between the noun and a date expression that dates it ('حمله دوشنبه', '1388'de ... yağmaladı')
COUNT_WINDOW = 6  # words between the noun and a count of its victims ('انفجار بمب در یک ساختمان مسکونی پنج زخمی')


def has_argument(*, actor: bool, victims: bool, fatalities: int, placed: bool,
                 trigger_span: tuple[int, int], dates: Sequence[tuple[int, int]], counts: Sequence[int] = ()) -> bool:
    """Whether a violent noun trigger has one of the arguments of a reported happening.

    `actor`: a doer or a target actor was found for it; `victims`: civilians or protesters right
    after it; `fatalities`: the sentence's count of dead; `placed`: one of its chosen places stands
    in a locative phrase (a preposition, or a Turkish locative case ending); `dates`: the
    (start, end) word spans of the sentence's date expressions; `counts`: the word indices of its numbers
    (the wounded, the arrested: a count near the noun is of its victims; not 'one', which is also the
    indefinite article: 'یک', 'bir')."""
    if actor or victims or fatalities > 0 or placed:
        return True
    s, e = trigger_span
    if any(-COUNT_WINDOW <= i - s <= COUNT_WINDOW + (e - s) for i in counts):
        return True
    return any_within((s, e), dates, DATE_WINDOW, side="either", inclusive=True, overlap=True)


__all__ = ["COUNT_WINDOW", "DATE_WINDOW", "has_argument"]
