"""mlU47: Greek, Turkish, Russian, Ukrainian and Spanish events (issue 19) — whole families rather than words of one
sentence: the Greek present stems simplemma leaves unlemmatised ('συλλαμβάνονται'), the aorists of fighting, extermination and demolition with an armed doer; the armed groups of data/actors.csv in the
five languages (the Houthis, al-Qaeda, al-Shabaab ...), so that an 'agent' trigger codes with them as doers; a Turkish
release from prison ('cezaevinden tahliye') and 'alıkoy-' by an armed doer; and words that are no events in context (a
greeting speech, a team that 'fought'; the charge a suspect is held for, 'подозреваемого в убийстве'). Sentences from dev/families/probes/mlU47_families.txt, written for the purpose
and labelled before any run; none is from a development set. Each runs the real pipeline (the native geoparser, then
the coder)."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types


@pytest.mark.parametrize("lang,text,types", [
    ("el", "Συλλαμβάνονται δύο ύποπτοι για την έκρηξη στη Θεσσαλονίκη.", {"arrest"}),
    ("el", "Η τουρκική αστυνομία συλλαμβάνει δεκάδες δημοσιογράφους στην Κωνσταντινούπολη.", {"arrest"}),
    ("el", "Κρατούνται στην Αδριανούπολη οι δύο Έλληνες στρατιωτικοί.", {"arrest"}),
    ("el", "Ένοπλοι εξόντωσαν δώδεκα χωρικούς στο βόρειο Μάλι.", {"attack", "attack_civilians", "armed_clash"}),
    ("el", "Οι ισραηλινές αρχές γκρέμισαν σπίτια Παλαιστινίων στην Ανατολική Ιερουσαλήμ.", {"destruction", "looting"}),
    ("tr", "İki gazeteci cezaevinden tahliye edildi.", {"release"}),
    ("tr", "Silahlı kişiler iki mühendisi Nijer'de alıkoydu.", {"abduction"}),
])
def test_family_forms_are_coded(lang, text, types, geoparser):
    got = ml_reported_types(text, lang, geoparser)
    assert got and set(got) <= types, got


@pytest.mark.parametrize("lang,text", [
    ("tr", "Husiler Kızıldeniz'de bir ticaret gemisini vurdu."),
    ("ru", "Хуситы атаковали британское судно в Красном море."),
    ("uk", "Хусити атакували британське судно в Червоному морі."),
    ("es", "Los hutíes atacaron un buque británico en el mar Rojo."),
])
def test_a_named_armed_group_is_the_doer(lang, text, geoparser):
    assert {"armed_clash", "attack", "strike"} & set(ml_reported_types(text, lang, geoparser))


def test_named_groups_name_the_actor():
    from frontwatch.lang.cues import load
    from frontwatch.lang.event_actors import find_actors
    from frontwatch.lang.event_tokens import words

    for lang, text, name in [("el", "Οι Χούθι επιτέθηκαν σε πλοίο.", "Houthis"),
                             ("ru", "Боевики Аш-Шабаб напали на базу.", "Al-Shabaab"),
                             ("es", "Boko Haram secuestró a cien niñas.", "Boko Haram"),
                             ("tr", "El Kaide saldırıyı üstlendi.", "Al-Qaeda")]:
        names = [a.actor.name for a in find_actors(words(text, load(lang)), text, lang, None)]
        assert name in names, (lang, names)


@pytest.mark.parametrize("lang,text", [
    ("el", "Στον χαιρετισμό του ο δήμαρχος αναφέρθηκε στην ιστορία της πόλης."),
    ("el", "Η ομάδα πολέμησε μέχρι το τελευταίο λεπτό αλλά ηττήθηκε στη Λάρισα."),
    ("tr", "Fırtına Karadeniz sahillerini vurdu."),
    ("tr", "Annesi onu Ankara'da okuldan alıkoydu."),
])
def test_no_event_in_context(lang, text, geoparser):
    assert ml_reported_types(text, lang, geoparser) == []



@pytest.mark.parametrize("lang,text", [
    ("ru", "Полиция задержала подозреваемого в убийстве в Москве."),
    ("uk", "Поліція затримала підозрюваного у вбивстві в Києві."),
    ("es", "La policía detuvo en Sevilla al sospechoso del asesinato de la joven."),
    ("el", "Συνελήφθη στη Λάρισα ο ύποπτος για τη δολοφονία του ηλικιωμένου."),
])
def test_the_charge_of_a_suspect_is_no_second_event(lang, text, geoparser):
    assert ml_reported_types(text, lang, geoparser) == ["arrest"]


def test_seized_by_the_police_is_an_arrest(geoparser):
    assert ml_reported_types("Полицейские схватили подозреваемого в Казани.", "ru", geoparser) == ["arrest"]
