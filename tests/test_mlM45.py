"""Issue 19, mlM45: acts named by a verb and a noun together (lang/verb_nouns.py, `[verb_nouns.<class>]` of
cues_<lang>.toml). A light verb and the noun of a speech act ('выразил возмущение', 'lanzó un llamamiento') is the act
in every language, a verb of freeing with a captive on either side is a release, not a place retaken nor a
kidnapping, and sanctions adopted are a sanction. Real lemmatisers and lexicons; every sentence is made up for the
test, none is from a development set.
"""

from __future__ import annotations

import pytest

from frontwatch.lang.cues import Cues, VerbNouns
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.triggers import find_triggers
from frontwatch.lang.verb_nouns import verb_noun_phrases


def _coded(text: str, lang: str) -> set[str]:
    return {e.event_type for e in code_sentence(text, lang, [], None)}


def _types(text: str, lang: str) -> set[str]:
    return {t.type for t in find_triggers(words(text, load_cues(lang)), lang)}


@pytest.mark.parametrize(("lang", "text", "typ"), [
    # criticism, praise and appeals told by a light verb and the act's noun
    ("ru", "Министр выразил возмущение действиями Киева.", "accuse"),
    ("ru", "Профсоюз выдвинул требование к правительству.", "request"),
    ("uk", "Громада звернулася до уряду з вимогою.", "request"),
    ("el", "Ο υπουργός εξέφρασε την αγανάκτησή του για την απόφαση.", "accuse"),
    ("el", "Ο Πάπας έκανε έκκληση για ειρήνη.", "request"),
    ("es", "El alcalde expresó su indignación por el cierre de la fábrica.", "accuse"),
    ("es", "El Gobierno expresó su agradecimiento a los bomberos.", "support"),
    ("es", "El Papa lanzó un llamamiento a la paz.", "request"),
    ("fr", "Le ministre a exprimé sa solidarité avec Kiev.", "support"),
    ("ar", "أعرب الوزير عن استيائه من القرار.", "accuse"),
    ("ar", "أعربت الحكومة عن تضامنها مع الضحايا.", "support"),
    ("fa", "وزیر خارجه ابراز همبستگی کرد.", "support"),
    ("tr", "Bakan, memnuniyetini dile getirdi.", "support"),
    ("tr", "Muhalefet lideri hükümete sert eleştiriler yöneltti.", "accuse"),
    # a release of captives, with the captive after or before the verb of freeing
    ("es", "Tres rehenes fueron liberados ayer.", "release"),
    ("fr", "Les rebelles ont libéré trois otages.", "release"),
    ("el", "Οι αντάρτες απελευθέρωσαν τους ομήρους.", "release"),
    ("fa", "گروگان ها آزاد شدند.", "release"),
    # sanctions adopted: a verb of deciding a measure with sanctions as its object
    ("ru", "Евросоюз утвердил новые санкции против Ирана.", "sanction"),
    ("uk", "Уряд Канади затвердив нові санкції проти Ірану.", "sanction"),
    ("es", "Washington aprobó nuevas sanciones contra Caracas.", "sanction"),
])
def test_a_verb_and_its_noun_code_the_act(lang: str, text: str, typ: str) -> None:
    assert typ in _coded(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Tres rehenes fueron liberados ayer."),
    ("fr", "Les rebelles ont libéré trois otages."),
    ("tr", "Militanlar rehineleri serbest bıraktı."),
    ("el", "Οι αντάρτες απελευθέρωσαν τους ομήρους."),
])
def test_freed_hostages_are_no_kidnapping(lang: str, text: str) -> None:
    assert "abduction" not in _coded(text, lang)


@pytest.mark.parametrize(("lang", "text", "typ"), [
    # a freeing verb with a place is a place retaken, no release
    ("es", "El ejército liberó la ciudad de Mosul.", "release"),
    # concern and hope expressed are attitudes, no act between actors (guideline §4): left out on purpose
    ("ru", "Министр выразил обеспокоенность ситуацией.", "accuse"),
    ("es", "El ministro expresó su esperanza de que la situación mejore.", "support"),
    # the Turkish verbal noun of supporting is no noun of support ('desteklemesini', its supporting)
    ("tr", "Raporda ülkenin projeyi desteklemesini ifade etti.", "support"),
])
def test_other_pairs_stay_out(lang: str, text: str, typ: str) -> None:
    assert typ not in _types(text, lang)


def test_the_product_follows_each_class_order() -> None:
    cues = Cues(lang="xx", verb_nouns=(
        VerbNouns(("express",), "accuse", ("anger",), 0.7),
        VerbNouns(("voice",), "support", ("support",), 0.7, noun_first=True),
        VerbNouns(("free",), "release", ("hostage",), 0.8, both_orders=True),
    ))
    assert verb_noun_phrases(cues) == [("express anger", "accuse", 0.7), ("support voice", "support", 0.7),
                                       ("free hostage", "release", 0.8), ("hostage free", "release", 0.8)]


def test_a_listed_pair_keeps_the_lexicons_row() -> None:
    """'выразить благодарность' is a row of triggers_ru.csv (0.7) and a product of the express class: one entry."""
    from frontwatch.lang.triggers import lexicon

    phrases = [e.phrase for e in lexicon("ru").values]
    assert phrases.count("выразить благодарность") == 1
