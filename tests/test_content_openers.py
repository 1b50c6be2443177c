"""The word that opens a reported clause ends the search for its speaker, in every language that has one (lead,
twenty-seventh session, after mlA55; docs/ml-events-errors.md, "Review at merge (lead, twenty-seventh session)").

mlA55 traced an Arabic killing told by 'sources' that coded nothing: the reporting verb's forward window ran over
'أن' into the reported clause and took the killers for the speaker, and a death verb with no doer left is no act.
The same reading failed in Spanish, French, Greek, Russian and Ukrainian ('que', 'ότι', 'что', 'що'); each
language's complementizer is now its cues' `[attribution] content_openers`. The sentences are written for the
test (none is a probe or a development sentence); the real native pipeline codes them, its own geoparse first.
"""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types

VIOLENT = {"armed_clash", "attack_civilians"}


@pytest.mark.parametrize("text,lang", [
    # unnamed sources, then the killers and a death verb: no event on 745108d2 (the merge before this change)
    ("Fuentes policiales informaron que guerrilleros mataron a un campesino en Cali.", "es"),
    ("Des sources locales ont indiqué que des hommes armés ont tué un paysan près de Gao.", "fr"),
    ("Πηγές ανέφεραν ότι ένοπλοι σκότωσαν έναν άνδρα στη Λαμία.", "el"),
    ("Источники сообщили, что боевики убили мужчину в Донецке.", "ru"),
    ("Джерела повідомили, що бойовики вбили чоловіка в Донецьку.", "uk"),
    # controls: a named speaker before the clause kept its event already
    ("La policía dijo que hombres armados atacaron una comisaría en Cúcuta.", "es"),
    ("Le ministère a affirmé que des rebelles ont attaqué un poste militaire à Bria.", "fr"),
])
def test_the_reported_clause_keeps_its_doer(text, lang, geoparser):
    assert VIOLENT & set(ml_reported_types(text, lang, geoparser))


@pytest.mark.parametrize("text,lang,killers", [
    ("Источники сообщили, что боевики убили мужчину в Донецке.", "ru", "боевики"),
    ("Fuentes policiales informaron que guerrilleros mataron a un campesino en Cali.", "es", "guerrilleros"),
])
def test_the_killers_are_the_doer_not_the_speaker(text, lang, killers):
    """The coder alone: a candidate whose doer is the armed group, which is not among who told it."""
    from frontwatch.lang.events import candidate_events

    events = candidate_events(text, lang, [], None)
    assert events, "no candidate event"
    assert events[0].actor1 is not None and events[0].actor1.text == killers, events[0].actor1
    assert not any(killers in s for s in events[0].reported_by), events[0].reported_by
