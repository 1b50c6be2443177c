"""The fatalities column of one coded event: which events carry a toll, and which reader counts it.

Why a module of its own: the word counter (`events/fatalities.py`, pure text) and the parse reader
(`events/fatality_parse.py`, which reads the counter's word lists) are two readers of one sentence;
this module holds ACLED's event-level policy (violent types only, nothing for denied or planned acts
or for protests ACLED defines as without deaths) and asks the counter first, then the parse. Kept
apart so that neither reader imports the other's caller (no import cycle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.events.fatalities import _DEATH_HINT, count_fatalities
from frontwatch.events.fatality_parse import aggregate_clauses, parse_fatalities
from frontwatch.nlp.doc_memo import span_ents

if TYPE_CHECKING:
    from spacy.tokens import Span

# ACLED event types whose events can have fatalities. Strategic developments and
# PLOVER-only events (statements, diplomacy) that share a sentence with a killing do not
# carry its toll: the violent event coded from the same sentence does.
VIOLENT_ACLED_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots",
                                 "Protests"})
NOT_HAPPENED = frozenset({"denied", "planned"})
# ACLED's codebook defines these protests as ones where no one is killed (protesters killed by force make
# "Excessive force against protesters"): a count in their sentence is their grievance or another event's.
NO_DEATH_SUB_TYPES = frozenset({"Peaceful protest", "Protest with intervention"})
# The strategic development whose act can itself kill: an aircraft shot down, a bomb set off while it was defused.
# It carries the toll its sentence says it caused ('two airmen were killed when their helicopter was shot down',
# `toll_act.kills_by`), not one that only shares its sentence (act43).
KILLING_STRATEGIC = frozenset({"Disrupted weapons use"})


def event_fatalities(sentence: str | Span, acled_event_type: str | None, modality: str = "asserted",
                     sub_event_type: str | None = None, killed: bool = False) -> int:
    """The fatalities column of one event coded from `sentence`: violent ACLED types only, never for denied or
    planned acts nor for a protest ACLED defines as without deaths. Given a spaCy span, its PERSON entities
    count as named victims ("X and Y were killed": 2). `killed`: the sentence says this act caused its deaths
    (`toll_act.kills_by`), which lets a `KILLING_STRATEGIC` sub-type carry them."""
    violent = acled_event_type in VIOLENT_ACLED_TYPES or (killed and sub_event_type in KILLING_STRATEGIC)
    if not violent or modality in NOT_HAPPENED or sub_event_type in NO_DEATH_SUB_TYPES:
        return 0
    if isinstance(sentence, str):
        return count_fatalities(sentence)
    text, persons = _sentence_persons(sentence)
    found = count_fatalities(text, persons)
    if found:
        blanks = aggregate_clauses(sentence)
        if blanks:  # a war's total ('the war that has claimed 300000 lives'): only counts outside it are the event's
            chars = list(text)
            for lo, hi in blanks:
                chars[lo:hi] = " " * (hi - lo)
            kept = tuple(p for p in persons if not any(lo < p[1] and p[0] < hi for lo, hi in blanks))
            found = count_fatalities("".join(chars), kept)
    if found or not _DEATH_HINT.search(text):
        return found
    return parse_fatalities(sentence)


_last_sentence: list = [None, None]  # [(doc, start, end), (text, person spans)] of the sentence last read


def _sentence_persons(sentence: Span) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The sentence's text and its PERSON entities' character spans in it, read once for all
    the events coded from it (`Span.ents` walks the whole document's entities)."""
    key = (sentence.doc, sentence.start, sentence.end)
    last = _last_sentence[0]
    if last is None or last[0] is not key[0] or last[1:] != key[1:]:
        base = sentence.start_char
        persons = tuple((e.start_char - base, e.end_char - base) for e in span_ents(sentence) if e.label_ == "PERSON")
        _last_sentence[0], _last_sentence[1] = key, (sentence.text, persons)
    return _last_sentence[1]
