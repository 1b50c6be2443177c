"""mlP54: country adjectives made from the countries' names, French [place_country], and the actor of a place.

The cues' [countries] lists were a war list, so 'в испанском городе Мерида', 'στη λιβανική πόλη Τρίπολη', 'در شهر
اسپانیایی مریدا' named no country and the place noun's own country (mlP53, lang/place_country.py) was not read: the
adjectives are now made from every country's name by the language's word formation (lang/country_adjectives.py,
data/country_adjectives.json). French reads the adjective after the place noun like Spanish ('la ville
vénézuélienne de Mérida'). A statement by a community of foreign origin named with its place ('азербайджанська
діаспора Полтавщини засуджує') is placed at that place, not in the country of origin (lang/events._actor_of_place).
The sentences here differ from the constructed probes (dev/families/probes/mlP54_country_adjective_labels.txt).
"""

from __future__ import annotations

import pytest


def _country_of(text: str, lang: str, geoparser, name: str) -> list[str | None]:
    from frontwatch.lang.geoparse import geoparse_text

    return [t.place.country if t.place else None for t in geoparse_text(text, lang, geoparser)[1] if t.text == name]


@pytest.mark.parametrize("text,lang,name,country", [
    ("Демонстранты перекрыли дорогу в испанском городе Мерида.", "ru", "Мерида", "ES"),
    ("У ліванському місті Тріполі пролунав вибух.", "uk", "Тріполі", "LB"),
    ("Διαδηλωτές συγκεντρώθηκαν στη λιβανική πόλη Τρίπολη.", "el", "Τρίπολη", "LB"),
    ("تظاهرات در شهر اسپانیایی مریدا برگزار شد.", "fa", "مریدا", "ES"),
    ("Une manifestation a eu lieu dans la ville vénézuélienne de Mérida.", "fr", "Mérida", "VE"),
])
def test_derived_adjective_of_the_place_noun(text, lang, name, country, geoparser):
    """On the base: Mérida in Mexico (ru), Venezuela (fa) or Mexico (fr), Tripoli in Libya (uk, el)."""
    assert _country_of(text, lang, geoparser, name) == [country]


@pytest.mark.parametrize("lang,form,code", [
    ("ru", "испанский", "ES"), ("ru", "мексиканский", "MX"), ("ru", "никарагуанский", "NI"),
    ("uk", "венесуельський", "VE"), ("el", "ισπανικ*", "ES"), ("el", "μεξικανικ*", "MX"),
    ("ar", "اسباني", "ES"), ("ar", "مكسيكية", "MX"), ("fa", "اسپانیایی", "ES"), ("fa", "مکزیکی", "MX"),
    ("tr", "meksikalı", "MX"), ("es", "mexicano", "MX"), ("es", "hondureño", "HN"), ("es", "libanés", "LB"),
    ("fr", "mexicain", "MX"), ("fr", "italien", "IT"), ("fr", "nicaraguayen", "NI"),
])
def test_adjectives_made_from_the_names(lang, form, code):
    from frontwatch.lang.country_adjectives import derived_country_words

    assert derived_country_words(lang).get(form) == code


def test_shared_and_dropped_forms_name_no_country():
    """'malais' is made from 'Mali' but is the Malay adjective (dropped); the Arabic 'باني' (from 'ألبانيا' read with
    an article) is a builder."""
    from frontwatch.lang.country_adjectives import derived_country_words

    assert "malais" not in derived_country_words("fr")
    assert "باني" not in derived_country_words("ar")


def test_cue_words_stay_first():
    """The table only adds: a country word of the cues keeps its country, and it is read from the text."""
    from frontwatch.lang.event_actors import country_word_votes

    got = country_word_votes("Протест прошёл в испанском городе, российские СМИ молчат.", "ru")
    assert [(w, c) for w, c, _, _ in got] == [("испанском", "ES"), ("российские", "RU")]


@pytest.mark.parametrize("text,lang,place", [
    ("Польська громада Житомирщини засуджує акти вандалізму.", "uk", "Житомирщини"),
    ("Армянская диаспора Краснодара осудила нападение на школу.", "ru", "Краснодара"),
])
def test_a_community_named_with_its_place_speaks_there(text, lang, place, geoparser):
    """The country word is the community's origin, the place after its noun where it is: on the base the statement
    went to Poland's and Armenia's centre points."""
    from frontwatch.lang.events import code_sentence
    from frontwatch.lang.geoparse import geoparse_text

    evs = code_sentence(text, lang, geoparse_text(text, lang, geoparser)[1], None)
    assert [(e.event_type, e.location.text if e.location else None) for e in evs] == [("accuse", place)]


def test_a_made_adjective_alone_names_no_state(geoparser):
    """A control: an adjective only the made table has qualifies the noun beside it (teachers of that nation); it is
    no state actor, so the march stays a protest (with 'chilenos' read as the Government of Chile, 'marcharon' was
    read as troops advancing, as 'peruanos' of the cues still is). Passes on the base too, where 'chilenos' was no
    country word."""
    from frontwatch.lang.events import code_sentence
    from frontwatch.lang.geoparse import geoparse_text

    text = "Miles de docentes chilenos marcharon ayer en Valparaíso para reclamar aumentos salariales."
    evs = code_sentence(text, "es", geoparse_text(text, "es", geoparser)[1], None)
    assert [(e.event_type, e.actor1) for e in evs] == [("protest", None)]
