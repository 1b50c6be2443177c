"""Actor dictionary (data file + user file) and actor mentions resolved with country context."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_events_support import run

from frontwatch.events.actors import (
    ACTORS_ENV,
    ActorDataError,
    default_dictionary,
    find_mentions,
    for_event,
    normalize,
    read_actor_rows,
)


def mentions(nlp, text, country=None):  # noqa: F811
    doc = nlp(text)
    return find_mentions(doc[:], default_dictionary(), country)


def names(nlp, text, country=None):  # noqa: F811
    return [[a.name for a in m.actors] for m in mentions(nlp, text, country)]


def test_packaged_dictionary_has_countries_generics_and_named_actors():
    d = default_dictionary()
    assert d.country_code("Syrian") == "SY" and d.country_code("Iraqis") == "IQ"
    assert d.lookup("OSDH").name == "Syrian Observatory for Human Rights"
    assert d.lookup("hizbollah").name == "Hezbollah"
    assert d.lookup("government forces").generic
    assert normalize("Hay’at Tahrir al-Sham") == "hayat tahrir al sham"


@pytest.mark.parametrize("text,country,want", [
    ("The Syrian army says it is redeploying.", None, ["Military Forces of Syria"]),
    ("Government forces have focused on the city.", "IQ", ["Military Forces of Iraq"]),
    ("Assad’s forces collapse.", None, ["Military Forces of Syria"]),
    ("Iraqi militias massed near the border.", None, ["Militias (Iraq)"]),
    ("The jihadists are 20 km away.", "SY", ["Rebels (Syria)"]),
    ("Hezbollah fighters arrived.", None, ["Hezbollah"]),
    ("Police arrested protesters.", "KE", ["Police Forces of Kenya", "Protesters (Kenya)"]),
])
def test_generic_mentions_take_their_country_from_the_phrase_or_the_article(nlp, text, country, want):  # noqa: F811
    got = [n[0] for n in names(nlp, text, country)]
    assert got == want


def test_coordinated_owners_give_several_actors(nlp):  # noqa: F811
    got = names(nlp, "The foreign ministers of Iran, Russia and Turkey have begun talks.")
    assert ["Government of Iran", "Government of Russia", "Government of Turkey"] in got


def test_a_country_in_subject_position_owns_a_generic_speaker(nlp):  # noqa: F811
    got = names(nlp, "Iraq is not seeking an intervention, a government spokesman said.", "SY")
    assert ["Government of Iraq"] in got


def test_names_need_capitals_acronyms_need_exact_case_and_adjectives_are_not_actors(nlp):  # noqa: F811
    assert names(nlp, "It is what IS claimed.") == [["Islamic State"]]
    assert names(nlp, "They ate turkey and chad.") == []
    assert names(nlp, "Iraq rejects a military intervention.") == [["Iraq"]]


def test_a_named_actors_lower_case_alias_matches_lower_case_text(nlp):  # noqa: F811
    # data/actors.csv writes 'coalition warplanes' in lower case: running text writes it so too
    assert ["Global Coalition against Daesh"] in names(nlp, "Activists said coalition warplanes bombed Raqqa.")
    assert ["Global Coalition against Daesh"] in names(nlp, "Jets of the international coalition bombed Raqqa.")
    assert ["Global Coalition against Daesh"] not in names(nlp, "A coalition of rebel groups seized Idlib.")
    assert ["Turkey"] not in names(nlp, "They ate turkey on Thursday.")  # capitalised aliases still need capitals


def test_a_country_acts_through_its_military_or_its_government(nlp):  # noqa: F811
    m = mentions(nlp, "Israel bombed the crossing.")[0]
    d = default_dictionary()
    assert for_event(m, d, violent=True).name == "Military Forces of Israel"
    assert for_event(m, d, violent=False).name == "Government of Israel"


def test_unknown_people_come_from_ner(nlp):  # noqa: F811
    ms = mentions(nlp, "Rami Abdel Rahman told the French news agency that fighting continued.")
    assert [(m.text, m.kind) for m in ms] == [("Rami Abdel Rahman", "person"), ("French news agency", "media")]
    assert ms[1].actor.name == "Agence France-Presse"


def test_user_actor_file_extends_and_overrides(nlp, tmp_path: Path, monkeypatch):  # noqa: F811
    f = tmp_path / "actors.csv"
    f.write_text("name,aliases,kind,country,role\n"
                 "Jaish al-Fatah,Army of Conquest,rebel group,SY,\n"
                 "Rebel Coalition of {country},rebels,rebel group,,\n")
    assert names(nlp, "The Army of Conquest seized the town.") == []
    monkeypatch.setenv(ACTORS_ENV, str(f))
    assert names(nlp, "The Army of Conquest seized the town.") == [["Jaish al-Fatah"]]
    assert names(nlp, "Rebels seized the town.", "SY") == [["Rebel Coalition of Syria"]]


def test_bad_actor_files_are_clear_errors(tmp_path: Path):
    f = tmp_path / "a.csv"
    f.write_text("name,aliases,kind,country,role\nX,,warlord,SY,\n")
    with pytest.raises(ActorDataError, match=r"a\.csv:2: unknown actor kind 'warlord'"):
        read_actor_rows(f)
    f.write_text("name,aliases,kind,country,role\nX,,rebel group,Syria,\n")
    with pytest.raises(ActorDataError, match="ISO alpha-2"):
        read_actor_rows(f)
    f.write_text("name,kind\nX,rebel group\n")
    with pytest.raises(ActorDataError, match="header must be"):
        read_actor_rows(f)
    with pytest.raises(ActorDataError, match="cannot read"):
        read_actor_rows(tmp_path / "nope.csv")


WITHDRAWALS = [
    ("Rebel fighters seized the southern city of Daraa on Saturday after government troops withdrew, residents said.",
     "Military Forces of Syria"),
    ("Government forces withdrew from Quneitra overnight and rebels entered the town on Saturday.",
     "Military Forces of Syria"),
    ("Russian troops pulled out of Kharkiv on Friday, Ukrainian officials said.", "Military Forces of Russia"),
]


def test_the_side_that_withdrew_is_never_the_side_that_acquires_the_place(nlp):  # noqa: F811
    """ACLED's actor1 of a change of territory is the side acquiring it: a withdrawal coded as a transfer puts
    the withdrawing forces second (the control timeline would otherwise hand them the place they left)."""
    transfers = 0
    for text, leaving in WITHDRAWALS:
        for e in run(nlp, text):
            if e.acled_sub_event_type in ("Non-violent transfer of territory", "Government regains territory",
                                          "Non-state actor overtakes territory"):
                transfers += 1
                assert not (e.actor1 and e.actor1.name == leaving), (text, e.event_type, e.actor1)
    assert transfers, "no withdrawal was coded as a change of territory: the test checks nothing"
