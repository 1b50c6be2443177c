"""mlR46: the place of events in other languages and Greek events.

A country named after a locative preposition stays the country when the text names no other country
(`lang.country_towns`: an empty country list asked the gazetteer for the name's towns anywhere, and
uk 'в Малі' became Mary, Turkmenistan); a country's case form that is also a foreign village's alternate
name is the country (`lang.toponyms`: uk 'в Гані' was Gasny, France). Greek: the remedies before a
court join the civil-suit words (`[scope] lawsuit`), and a sized 'πρόκληση' is a challenge (`idioms`).
Sentences written and labelled by docs/annotation/multilingual-events.md before any run."""

from __future__ import annotations

import pytest
from event_helpers import ml_event_places


def _places(text: str, lang: str, geoparser) -> list[str | None]:
    from frontwatch.lang.geoparse import geoparse_text

    return [t.place.name if t.place is not None else None for t in geoparse_text(text, lang, geoparser)[1]]


def _types(text: str, lang: str) -> list[str]:
    from frontwatch.lang.events import code_sentence

    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality == "asserted"]


@pytest.mark.parametrize("lang,text,place", [
    # no other country named: the country, not a namesake town abroad (Mary, Turkmenistan, is 'Mali')
    ("uk", "Бойовики атакували військову базу в Малі.", "Mali"),
    # a country's locative that is a foreign village's alternate name ('Гані' → Gasny, France)
    ("uk", "Протестувальники вийшли на вулиці в Гані.", "Ghana"),
    ("ru", "Тысячи людей вышли на акцию протеста в Молдове.", "Moldova"),
])
def test_country_in_locative_is_the_event_place(lang, text, place, geoparser):
    assert place in ml_event_places(text, lang, geoparser)


def test_country_in_locative_is_the_toponym(geoparser):
    # 'operation' codes no event by itself (doubtful by the guideline): the toponym is what is tested
    assert _places("Французькі військові провели операцію в Малі.", "uk", geoparser) == ["Mali"]


@pytest.mark.parametrize("lang,text,place", [
    ("uk", "Вибух стався в Києві.", "Kyiv"),  # a town's case form: its lemma is no country, nothing changes
    ("uk", "Бої тривають під Бахмутом.", "Bakhmut"),
    ("ru", "Бои идут в Чаде.", "Chad"),  # the surface form already the country's key
])
def test_other_case_forms_unchanged(lang, text, place, geoparser):
    assert _places(text, lang, geoparser) == [place]


def test_country_town_needs_a_named_country(geoparser):
    # mlN45's Amman is still read where Jordan is named (control; the rule itself is unchanged there)
    assert "Amman" in ml_event_places("استقبل وزير الخارجية الأردني نظيره المصري في عمان لبحث الأوضاع في غزة.", "ar",
                                    geoparser)


@pytest.mark.parametrize("text", [
    # a court rejecting an appeal or an application: administrative and civil litigation, no event (guideline §2)
    "Το Συμβούλιο της Επικρατείας απέρριψε την προσφυγή των κατοίκων κατά της κατασκευής του δρόμου.",
    "Το Εφετείο απέρριψε την έφεση του δημάρχου.",
    # a great challenge is no provocation
    "Ο υπουργός τόνισε ότι η ενεργειακή κρίση υπήρξε μια μεγάλη πρόκληση για την Ευρώπη.",
])
def test_greek_no_event(text):
    assert _types(text, "el") == []


@pytest.mark.parametrize("text,kind", [
    ("Ο πρωθυπουργός απέρριψε την πρόταση της αντιπολίτευσης.", "reject"),  # no court: the rejection stays
    ("Ο υπουργός Εξωτερικών κατήγγειλε την πρόκληση της Τουρκίας στο Αιγαίο.", "accuse"),
])
def test_greek_controls(text, kind):
    assert kind in _types(text, "el")
