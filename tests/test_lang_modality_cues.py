"""Cue-driven readings added for issue 19 (third pass, el/es/ru/uk): a future particle in a noun's
clause, acts that failed, generic attack words without a doer, sport, time heads and 'scheduled for'.
Sentences written for these tests, coded by the real pipeline (lexicons, cues, simplemma, pymorphy3);
each pair shows that the reading can go either way.
"""

from __future__ import annotations

from datetime import date

from frontwatch.lang.cues import load
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.noun_tense import future_nouns
from frontwatch.lang.triggers import find_triggers

PUBLISHED = date(2024, 12, 7)
REPORTED = ("asserted", "claimed")


def types(lang: str, text: str) -> set[str]:
    """Internal types of the events a sentence reports as fact or claim (no places given)."""
    return {e.event_type for e in code_sentence(text, lang, [], PUBLISHED) if e.modality in REPORTED}


def modalities(lang: str, text: str, typ: str) -> set[str]:
    return {e.modality for e in code_sentence(text, lang, [], PUBLISHED) if e.event_type == typ}


def test_greek_future_particle_in_a_nouns_clause_makes_it_a_plan() -> None:
    planned = "Η πορεία που θα πραγματοποιήσει την Παρασκευή η ομοσπονδία θα ξεκινήσει από το νοσοκομείο."
    ws = words(planned, load("el"))
    trigs = find_triggers(ws, "el")
    assert [trigs[k].type for k in future_nouns(trigs, ws, planned, load("el"))] == ["protest"]
    assert "protest" not in types("el", planned)
    # the same noun with a past verb in its clause is a march that took place
    done = "Η πορεία των γιατρών πραγματοποιήθηκε χθες στο κέντρο της πόλης."
    ws = words(done, load("el"))
    assert not future_nouns(find_triggers(ws, "el"), ws, done, load("el"))


def test_talks_that_broke_down_did_not_take_place() -> None:
    assert modalities("ru", "Как сообщили источники, встреча министров сорвалась из-за разногласий.", "consult") == {"denied"}
    assert "consult" not in types("ru", "Переговоры сорвались, и делегации разъехались.")
    assert "consult" in types("ru", "Вчера в Минске прошли переговоры министров иностранных дел России и Украины.")


def test_generic_attack_word_needs_a_doer() -> None:
    violent = {"attack", "armed_clash"}  # a generic attack word with no victim named reads as a clash
    assert not types("es", "Uno de los detenidos tuvo que ser reducido, ya que atacó a los guardias civiles con un martillo.") & violent
    assert not types("el", "Επιτέθηκε στον πρωθυπουργό λέγοντας ότι είπε ψέματα.") & violent
    assert types("es", "Un comando de ETA atacó ayer el cuartel de la Guardia Civil de Vitoria.") & violent


def test_sport_meeting_is_no_consultation() -> None:
    assert "consult" not in types("uk", "Тетяна Коб у фіналі зустрілась з киянкою Сніжаною Холодковою.")
    assert "consult" in types("uk", "Президент України зустрівся з прем'єр-міністром Польщі у Варшаві.")


def test_scheduled_meetings_and_the_eve_of_talks_are_no_meetings() -> None:
    assert "consult" not in types("ru", "На 22 мая назначена первая встреча рабочей подгруппы, пояснил он.")
    assert "consult" not in types("ru", "Об этом заявил в преддверии переговоров главный санитарный врач России.")
    assert "consult" in types("ru", "Министры провели встречу в Москве и обсудили поставки газа.")
