"""theatre45: an intervening army's adjective is not the ground (issue 14).

'Russian warplanes', 'Turkish and American air raids', "Israel's strikes": a country's name or
demonym modifying a noun of a craft that strikes or of an attack names the sender, and casts no
vote for the article's country focus or theatre (geo/doer.py, geo/geoparse.py). A people's
demonym ('Lebanese villagers') and a force's ('Syrian troops': the war's own army, most often)
still vote, and a town before an attack noun ('Aleppo airstrikes') is still the attack's place.
CONSTRUCTED sentences, through the real parser and geoparser.
"""

from __future__ import annotations

import pytest
from geo_helpers import span_of, toponyms

from frontwatch.geo.doer import doer_nouns, modifies_doer


def test_doer_nouns_are_the_existing_craft_and_attack_words() -> None:
    nouns = doer_nouns()
    # the craft of the subtype cues, the locative attack nouns
    assert {"warplane", "jet", "drone", "helicopter", "raid", "airstrikes", "assaults", "shelling"} <= nouns
    # not a force itself (it stands on its ground), nor people or places
    assert not {"troops", "army", "forces", "villagers", "residents", "man", "towns", "government"} & nouns


@pytest.mark.slow
@pytest.mark.parametrize("text, name, doer", [
    ("Russian warplanes struck the town on Monday.", "Russian", True),
    ("Turkish and American air raids were conducted over the town.", "Turkish", True),
    ("Turkish and American air raids were conducted over the town.", "American", True),  # a later conjunct
    ("Israel's strikes on the port killed five.", "Israel", True),
    ("The US raid killed a commander.", "US", True),
    ("Syrian villagers fled the shelling.", "Syrian", False),  # a people
    ("Syrian troops shelled the town.", "Syrian", False),  # a force: the war's own army, most often
    ("Five Lebanese men were wounded.", "Lebanese", False),
    ("Airstrikes in Syria killed five.", "Syria", False),  # the attack's place, not its doer
])
def test_a_name_modifying_a_force_craft_or_attack_noun_is_a_doer(nlp, text: str, name: str, doer: bool) -> None:
    assert modifies_doer(span_of(nlp(text), name)) is doer


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    # fail before: the doer's country was the whole focus, and the Syrian town's folded sense was refused
    ("Russian warplanes struck Al-Bab on Monday.", "Al-Bab", "SY"),
    ("Turkish and American air raids were conducted over Al-Bab on Monday.", "Al-Bab", "SY"),
    # hold: a town before an attack noun still votes for its own country
    ("Death toll from Aleppo bomb attack at least 112", "Aleppo", "SY"),
    ("Syrian troops shelled Daraa on Monday.", "Daraa", "SY"),
])
def test_the_doers_adjective_does_not_set_the_ground(nlp, geoparser, text: str, name: str, country: str) -> None:
    got = [t for t in toponyms(nlp, geoparser, text) if t.text == name]
    assert got and got[0].place.country == country, [(t.text, t.place.name, t.place.country) for t in got]


@pytest.mark.slow
def test_a_doers_adjective_puts_no_far_namesake_in_its_country(nlp, geoparser) -> None:
    """'Russian jet fighters ... Tochka': with the doer's vote, 'Tochka' (a missile's name) was Tomsk, Russia
    (fails before); without it, no place of the doer's country is made of it."""
    text = "Militants said they had shot down one of the Russian jet fighters that had bombed their Tochka positions."
    got = [t for t in toponyms(nlp, geoparser, text) if t.text == "Tochka"]
    assert all(t.place.country != "RU" for t in got), [(t.text, t.place.name, t.place.country) for t in got]


def test_the_doers_country_keeps_its_vote_when_the_text_names_a_place_of_it() -> None:
    from frontwatch.geo.doer import home_ground

    # 'Syrian warplanes hit Al-Quds hospital in Aleppo': Aleppo's best-known bearer is Syrian
    assert home_ground({"SY"}, ["IL", "SY"])
    # 'Russian assaults near Pokrovsk': Pokrovsk's best-known bearer is Ukrainian
    assert not home_ground({"RU"}, ["UA"])
    assert not home_ground(set(), ["SY"])
