"""Spanish national teams (issue 19, branch topo33): Spanish names show no case, so in a sentence about a match a
country is its team only where a word governs it as one ('ante Paraguay', 'la selección de Paraguay'). Sentences
written for these tests (not corpus text), on the real gazetteer.
"""

from __future__ import annotations

from lang_helpers import place_names


def test_spanish_match_words_are_found_without_accents_and_by_prefix() -> None:
    from frontwatch.lang.team_names import match_sentence

    assert match_sentence("El SELECCIONADOR habló tras el amistoso.", "es")
    assert match_sentence("Marcó dos goles en la semifinal.", "es")
    # 'partido' is also a political party: no match word
    assert not match_sentence("El partido de Chile firmó el acuerdo.", "es")


def test_a_country_after_a_word_of_opposition_is_its_team(geoparser) -> None:
    got = place_names("Los jugadores de Farina disputarán tres amistosos ante Paraguay en Sídney.", "es", geoparser)
    assert "Paraguay" not in got, got
    assert "Sídney" in got or "Sydney" in got, got


def test_a_country_after_a_team_noun_and_de_is_its_team_and_a_list_shares_it(geoparser) -> None:
    got = place_names("El ex seleccionador de Bolivia y Chile dará una charla a los entrenadores en Logroño.",
                      "es", geoparser)
    assert "Bolivia" not in got and "Chile" not in got, got
    assert "Logroño" in got, got


def test_a_bare_country_or_one_after_another_preposition_stays_a_place_in_spanish(geoparser) -> None:
    # no case: the bare subject and a place after 'de', 'para', 'en' keep the place reading
    got = place_names("Tras los mundiales de Francia, Australia es favorita en la copa que se juega en Japón.",
                      "es", geoparser)
    assert {"Francia", "Australia", "Japón"} <= set(got), got


def test_a_country_after_a_word_of_opposition_outside_a_match_stays_a_place(geoparser) -> None:
    got = place_names("El ministro habló ante Paraguay y Brasil sobre el comercio.", "es", geoparser)
    assert "Paraguay" in got, got
