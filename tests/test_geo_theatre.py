"""The article's theatre: far homonyms need strong evidence; actors carry theatre and are no places.

Articles here are written for the test (constructed), with the real spaCy model, the
default gazetteer and the packaged actor dictionary (hand-made rows over UCDP's)."""

from __future__ import annotations

from frontwatch.geo.theatre import (
    FAR,
    INSIDE,
    NEAR,
    build_theatre,
    place_vote,
    theatre_penalty,
    unambiguous_country,
)
from frontwatch.model import Candidate, Place


def _cand(name: str, country: str, how: str = "exact", precision: str = "city", population: int = 5_000,
          code: str = "PPL") -> Candidate:
    place = Place(geonameid=abs(hash((name, country, precision))) % 10_000_000, name=name, lat=0.0, lon=0.0,
                  country=country, precision=precision, population=population, feature_code=code)
    return Candidate(place=place, score=1.0, how=how)


# ----------------------------------------------------------------- pure theatre logic

def test_theatre_rings_and_own_vote() -> None:
    t = build_theatre(place_votes={"idlib": "SY", "aleppo": "SY", "al-susah": "TN"}, countries=["SY"])
    assert t.ring("SY") == INSIDE
    assert t.ring("TR") == NEAR  # a neighbour of Syria
    assert t.ring("TN", own="TN") == FAR  # the far homonym's own vote is taken back
    assert t.ring("TN") == INSIDE  # ...but counts for the others


def test_actor_countries_enter_the_theatre_unless_everywhere() -> None:
    t = build_theatre(place_votes={"aleppo": "SY"}, actor_countries=[("SY", "TR"), tuple("IQ SY JO CM NG TD".split())])
    assert t.ring("TR") == INSIDE
    assert t.countries.get("CM") is None  # an actor fighting in six countries sets no theatre


def test_far_guess_costs_more_than_far_name_and_famous_city_passes() -> None:
    t = build_theatre(place_votes={"idlib": "SY", "aleppo": "SY", "homs": "SY"}, local_names=["idlib", "aleppo", "homs"])
    guess = _cand("Murmansk", "RU", how="fuzzy", population=300_000)
    name = _cand("Ferdows", "IR", population=30_000)
    famous = _cand("Geneva", "CH", population=183_000)
    assert theatre_penalty(guess, t) > theatre_penalty(name, t) > 0
    assert theatre_penalty(famous, t, others=[famous]) == 0.0
    assert theatre_penalty(_cand("Kilis", "TR"), t) == 0.0  # a border town's exact name
    assert theatre_penalty(_cand("Jordan", "JO", precision="country", population=10_000_000), t) == 0.0


def test_two_countries_with_local_names_are_both_home_to_guesses() -> None:
    # strikes reported in Iraq (five towns) then in Syria (two): a folded spelling of a Syrian
    # town is at home, though Syria has fewer lines than Iraq
    t = build_theatre(place_votes={"mosul": "IQ", "bayji": "IQ", "sinjar": "IQ", "rawah": "IQ", "tikrit": "IQ",
                                   "ar raqqah": "SY", "dayr az zawr": "SY"},
                      local_names=["mosul", "bayji", "sinjar", "rawah", "tikrit", "ar raqqah", "dayr az zawr"])
    assert t.ring("SY", main=True) == INSIDE
    assert theatre_penalty(_cand("Ayn Isa", "SY", how="folded"), t) == 0.0
    # one local name of the second country is still a mention, not a theatre
    one = build_theatre(place_votes={"mosul": "IQ", "bayji": "IQ", "sinjar": "IQ", "ar raqqah": "SY"},
                        local_names=["mosul", "bayji", "sinjar", "ar raqqah"])
    assert one.ring("SY", main=True) == NEAR
    assert theatre_penalty(_cand("Ayn Isa", "SY", how="folded"), one) > 0


def test_a_country_named_outright_counts_as_one_local_name_for_guesses() -> None:
    # Iraq's towns, then 'Syria:' and one Syrian town: Syria is the report's second main country
    towns = {"mosul": "IQ", "bayji": "IQ", "sinjar": "IQ", "ar raqqah": "SY"}
    both = build_theatre(place_votes={**towns, "syria": "SY", "iraq": "IQ"}, local_names=list(towns))
    assert both.ring("SY", main=True) == INSIDE
    assert theatre_penalty(_cand("Ayn Isa", "SY", how="folded"), both) == 0.0
    # a country named with no town of its own is still no home to guesses ('talks in Moscow')
    named = build_theatre(place_votes={**towns, "russia": "RU", "moscow": "RU"}, local_names=list(towns))
    assert named.ring("RU", main=True) == NEAR
    assert theatre_penalty(_cand("Kanash", "RU", how="fuzzy"), named) > 0


def test_weak_theatre_weighs_less() -> None:
    lone = build_theatre(place_votes={"paris": "FR"})
    weak = build_theatre(place_votes={"idlib": "SY", "aleppo": "SY"})
    strong = build_theatre(place_votes={"idlib": "SY", "aleppo": "SY", "homs": "SY"})
    far = _cand("Ferdows", "IR")
    assert theatre_penalty(far, lone) == 0.0  # one sure name is no theatre
    assert 0 < theatre_penalty(far, weak) < theatre_penalty(far, strong)


def test_votes_need_a_sure_name() -> None:
    # a country's own name, even when a state shares it, is no sure vote for the country
    assert unambiguous_country([_cand("Georgia", "GE", precision="country", population=3_700_000),
                                _cand("Georgia", "US", precision="admin1", population=10_000_000)]) is None
    assert unambiguous_country([_cand("Jordan", "JO", precision="country", population=10_000_000),
                                _cand("Jordan", "US", population=300)]) == "JO"
    # an everyday word that is some small town somewhere does not vote; a famous one does
    assert place_vote([_cand("Air Khas", "IN", how="alternate")], evidence=0.6, common_word=True) is None
    assert place_vote([_cand("Orlando", "US", population=280_000)], evidence=0.1, common_word=True) == "US"


# ----------------------------------------------------------------- real articles (constructed)


def _places(geoparser, text: str) -> dict[str, tuple[str, str | None]]:
    (tops,) = geoparser.parse_texts([text])
    return {t.text: (t.place.name, t.place.country) for t in tops if t.place is not None and not t.relative}


SYRIA_WITH_POWERS = (
    "Washington and Moscow traded blame on Monday after Russian jets struck the Ferdous district of "
    "Aleppo, killing 12 people, a monitoring group said. US officials said the raids also hit Turmanin. "
    "The Russian defence ministry in Moscow denied it. Fighters of Faylaq al-Sham and Daesh clashed "
    "near Al-Susah in Deir ez-Zor province.")


def test_syrian_article_keeps_syrian_homonyms(geoparser) -> None:
    got = _places(geoparser, SYRIA_WITH_POWERS)
    assert got["Aleppo"][1] == "SY"
    assert got.get("Al-Susah", ("", "SY"))[1] == "SY"  # As Susah, not Sousse (Tunisia)
    assert got.get("Turmanin", ("", "SY"))[1] == "SY"  # not Murmansk
    assert got.get("Ferdous", ("", "SY"))[1] == "SY"  # not Ferdows (Iran, never named here)
    assert "Daesh" not in got  # an actor's name, not a Russian town


def test_strike_report_on_two_countries_resolves_the_second_ones_spellings(geoparser) -> None:
    got = _places(geoparser, "Near Mosul, four strikes destroyed a tunnel. Near Rawah, one strike destroyed a vehicle. "
                             "Near Sinjar, two strikes hit a unit. Near Tal Afar, one strike hit a unit. "
                             "Syria: Near Ar Raqqah, one strike hit a unit. Near Ayn Isa, three strikes engaged two "
                             "ISIL tactical units. Near Dayr Az Zayr, five strikes destroyed three oil well heads.")
    assert got["Ayn Isa"][1] == "SY" and got["Dayr Az Zayr"][1] == "SY"


def test_tunisian_article_keeps_sousse(geoparser) -> None:
    got = _places(geoparser, "Police in Sousse arrested three men on Tuesday after the attack on a beach hotel. "
                             "The suspects had travelled from Monastir and Kairouan, the interior ministry said.")
    assert got["Sousse"] == ("Sousse", "TN")


def test_organisation_name_is_no_toponym(geoparser) -> None:
    got = _places(geoparser, "Fighters of Jaysh al-Islam shelled Damascus on Monday. Daesh claimed the bombing "
                             "in Homs, and Hay'at Tahrir al-Sham denied any role.")
    assert "Daesh" not in got and "Jaysh al-Islam" not in got
    assert got["Damascus"][1] == "SY" and got["Homs"][1] == "SY"


# ----------------------------------------------------------------- UCDP actors

def test_ucdp_original_language_alias_is_recognised() -> None:
    from frontwatch.events.actors import default_dictionary

    d = default_dictionary()
    entry = d.lookup("Faylaq al-Sham")  # UCDP's original-language name of the Sham Legion
    assert entry is not None and entry.kind == "rebel group"
    assert set(entry.theatre) >= {"SY", "TR"}
    assert d.lookup("Harakat Ahrar al-Sham al-Islamiyya").name == "Ahrar al-Sham"
    assert d.lookup("Hayat Tahrir al-Sham").name == "Hay'at Tahrir al-Sham"  # the hand-made row wins


def test_ucdp_actor_is_actor1_of_an_event() -> None:
    from datetime import datetime, timezone

    from frontwatch.evaluate.run import extract_texts

    (records,) = extract_texts(["Fighters of Faylaq al-Sham shelled government positions in Aleppo on Monday."],
                               published=[datetime(2016, 5, 2, tzinfo=timezone.utc)])
    assert any((r.get("actor1") or {}).get("name") == "Sham Legion" for r in records), records


def test_ucdp_table_keeps_its_attribution() -> None:
    from frontwatch.events.actors import packaged_ucdp_path

    head = " ".join(packaged_ucdp_path().read_text(encoding="utf-8").splitlines()[:3])
    assert head.startswith("#") and "UCDP" in head and "CC BY 4.0" in head and "Uppsala" in head


def test_ucdp_aliases_drop_generic_and_short_names() -> None:
    from frontwatch.events.ucdp import keep_alias

    assert not keep_alias("IS")
    assert not keep_alias("Syrian insurgents", frozenset({"syrian"}))
    assert not keep_alias("Government")
    assert keep_alias("Jaysh al-Islam")
