"""mlP52: an attacker's demonym is not the place's country — a force's country votes for where that force fights.

'Russian troops shelled Nikolayevka': the theatre and the country focus counted 'Russian' as the place's country, so
Nikolayevka went to a Russian Nikolayevka, though Russia's army fights in Ukraine (and the sentence is war copy about
a Ukrainian Mykolaivka). A demonym that modifies an armed force (the actor dictionary's military template: 'troops',
'forces', 'army'; by the parse in English, by the language's adjacency of actor and country words in the others,
`lang.event_actors.force_origin_words`) votes for the war theatres data/force_theatres.json lists for its country
(`geo.doer.origin_votes`), one definition for both paths. The police act at home ('Russian police detained ... in
Nikolayevka' stays in Russia), a place noun's demonym is the place's country ('the Russian village of Nikolayevka'),
and a country that fights at home keeps its own vote ('the Syrian army').
The English list is the probe list labelled before any run (dev/families/probes/mlP52_actor_origin_labels.txt); the
native sentences differ from the constructed probes."""

from __future__ import annotations

import pytest


def _english_country(geoparser, text: str, name: str) -> str | None:
    got = [t.place.country for t in geoparser.parse_texts([text])[0] if t.text == name and t.place is not None]
    return got[0] if got else None


def _native_countries(text: str, lang: str, geoparser, name: str) -> list[str | None]:
    from frontwatch.lang.geoparse import geoparse_text

    return [t.place.country for t in geoparse_text(text, lang, geoparser)[1] if t.text == name]


# The English probes: sentence, place, the gold place's country (labelled before any run).
ENGLISH_PROBES = [
    ("Russian troops shelled Nikolayevka overnight, killing two civilians.", "Nikolayevka", "UA"),
    ("Russian forces stormed Andreyevka on Tuesday after days of heavy fighting.", "Andreyevka", "UA"),
    ("Armenian forces shelled Tovuz overnight, killing a civilian.", "Tovuz", "AZ"),
    ("Russian troops shelled Nikolayevka in eastern Ukraine on Monday.", "Nikolayevka", "UA"),
    ("Armenian troops shelled Tovuz, in Azerbaijan, on Sunday.", "Tovuz", "AZ"),
    ("Police detained two men in the Russian village of Nikolayevka on Monday.", "Nikolayevka", "RU"),
    ("Russian police detained two men in Nikolayevka on Monday.", "Nikolayevka", "RU"),
    ("Residents of the Ukrainian village of Andreyevka said Russian troops had shelled it.", "Andreyevka", "UA"),
]


@pytest.mark.parametrize("text,name,country", ENGLISH_PROBES)
def test_english_probes(text, name, country, geoparser):
    assert _english_country(geoparser, text, name) == country


@pytest.mark.parametrize("text,lang,name,country", [
    ("Российские войска нанесли артиллерийский удар по Николаевке.", "ru", "Николаевке", "UA"),
    ("Ermeni askerleri Tovuz'a top atışı yaptı.", "tr", "Tovuz'a", "AZ"),
])
def test_native_force_country_is_not_the_place(text, lang, name, country, geoparser):
    assert _native_countries(text, lang, geoparser, name) == [country]


def test_native_police_country_stays(geoparser):
    """The police act at home: their country word is the place's, as before."""
    assert _native_countries("Российская полиция задержала в Николаевке трех человек.", "ru", geoparser,
                             "Николаевке") == ["RU"]


def test_origin_votes_table():
    from frontwatch.geo.doer import origin_votes

    assert origin_votes(["RU"]) == ["UA", "SY"]
    assert origin_votes(["SY"]) == ["SY"]  # a state that fights at home keeps its own vote
    assert origin_votes(["AM", "AZ"]) == ["AZ", "AM"]


def test_native_force_words_vote_for_the_war_theatres():
    from frontwatch.lang.geoparse import theatre_words

    assert theatre_words("Российские войска вошли в город.", "ru", []) == [("Российские", "UA"), ("Российские", "SY")]
    assert theatre_words("La policía rusa detuvo a diez personas.", "es", []) == [("rusa", "RU")]


def test_english_force_modifier(nlp):
    from frontwatch.geo.doer import modifies_force

    def flags(text: str) -> list[tuple[str, bool]]:
        return [(e.text, modifies_force(e)) for e in nlp(text).ents if e.label_ == "NORP"]

    assert flags("Russian troops advanced.") == [("Russian", True)]
    assert flags("Russian police detained two men.") == [("Russian", False)]
    assert flags("Syrian opposition forces attacked the town.") == [("Syrian", False)]  # rebels, not the army
