"""Toponym recognition and resolution with the article as context, on sentences written here.

A small gazetteer is built from rows in this file (homonyms on purpose: Paris in France,
Texas and Tennessee; Patterson and Thursday Island as traps; Henry County in two states),
and the real spaCy model parses the sentences, so each test exercises one mechanism of
`recognize.py` / `resolve.py` end to end through `Geoparser.parse_doc`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.geo.candidates import CandidateFinder
from frontwatch.geo.gazetteer import Gazetteer, build_gazetteer
from frontwatch.geo.geoparse import Geoparser
from frontwatch.geo.recognize import is_feature_name
from frontwatch.geo.resolve import romanised
from frontwatch.geo.sources import PlaceRow
from frontwatch.geo.areas import area_rows

P = "P"
ROWS = [
    PlaceRow(3017382, "France", 46.0, 2.0, feature_class="A", feature_code="PCLI", country="FR", population=66_000_000),
    PlaceRow(6252001, "United States", 39.76, -98.5, alternates=["U.S.", "USA"], feature_class="A", feature_code="PCLI",
             country="US", population=327_000_000),
    PlaceRow(163843, "Syria", 35.0, 38.0, feature_class="A", feature_code="PCLI", country="SY", population=22_000_000),
    PlaceRow(6255146, "Africa", 7.19, 21.09, feature_class="L", feature_code="CONT", population=1_000_000_000),
    PlaceRow(4736286, "Texas", centroid=(31.26, -98.55), feature_class="A", feature_code="ADM1", country="US",
             admin1_code="TX", alternates=["Tex."]),
    PlaceRow(4662168, "Tennessee", centroid=(35.86, -86.35), feature_class="A", feature_code="ADM1", country="US",
             admin1_code="TN", alternates=["Tenn."]),
    PlaceRow(4197000, "Georgia", centroid=(32.75, -83.5), feature_class="A", feature_code="ADM1", country="US",
             admin1_code="GA"),
    PlaceRow(2988507, "Paris", 48.85, 2.35, feature_class=P, feature_code="PPLC", country="FR", admin1_code="11",
             population=2_138_551),
    PlaceRow(4717560, "Paris", 33.66, -95.56, feature_class=P, country="US", admin1_code="TX", population=24_782),
    PlaceRow(4647963, "Paris", 36.30, -88.33, feature_class=P, country="US", admin1_code="TN", population=10_156),
    PlaceRow(4649420, "Puryear", 36.44, -88.33, feature_class=P, country="US", admin1_code="TN", population=671),
    PlaceRow(4628829, "Henry County", 36.33, -88.32, feature_class="A", feature_code="ADM2", country="US",
             admin1_code="TN", admin2_code="079"),
    PlaceRow(4196991, "Henry County", 33.45, -84.15, feature_class="A", feature_code="ADM2", country="US",
             admin1_code="GA", admin2_code="151", population=200_000),
    PlaceRow(5380437, "Patterson", 37.47, -121.13, feature_class=P, country="US", admin1_code="CA", population=21_000),
    PlaceRow(2154855, "Thursday Island", -10.58, 142.22, alternates=["Thursday"], feature_class=P, country="AU",
             population=2_805),
    PlaceRow(5165418, "Ohio", centroid=(40.25, -83.0), feature_class="A", feature_code="ADM1", country="US",
             admin1_code="OH"),
    PlaceRow(5152333, "Dublin", 40.10, -83.11, feature_class=P, country="US", admin1_code="OH", population=45_098),
    PlaceRow(5145028, "Richland", 40.45, -82.47, feature_class=P, country="US", admin1_code="OH", population=9_000),
    PlaceRow(170063, "Aleppo", 36.20, 37.16, alternates=["Halab", "Halep"], feature_class=P, country="SY",
             admin1_code="09", population=2_098_210),
    PlaceRow(170905, "Dar‘ā", 32.62, 36.10, alternates=["Daraa", "Deraa"], feature_class=P, country="SY",
             admin1_code="06", population=97_969),
    PlaceRow(170903, "Dar'ā", feature_class="A", feature_code="ADM1", country="SY", admin1_code="06",
             alternates=["Daraa Governorate"], centroid=(32.89, 36.10)),
    PlaceRow(4229476, "Virden", 39.50, -89.77, feature_class=P, country="US", admin1_code="IL", population=3_400),
    PlaceRow(170794, "Deir ez-Zor", 35.34, 40.14, alternates=["Dayr az Zawr"], feature_class=P, country="SY",
             admin1_code="07", population=242_565),
    PlaceRow(163000, "Māri‘", 36.50, 37.20, alternates=["Mar'a"], feature_class=P, country="SY", admin1_code="09", population=16_000),
    PlaceRow(153000, "Mara", -1.5, 34.0, feature_class=P, country="TZ", admin1_code="08", population=40_000),
    PlaceRow(6251999, "Canada", 60.1, -113.6, feature_class="A", feature_code="PCLI", country="CA", population=37_000_000),
    PlaceRow(6695072, "European Union", 48.69, 9.14, alternates=["EU"], feature_class="A", feature_code="ZN",
             population=741_000_000),
    PlaceRow(170592, "Douma", 33.57, 36.40, feature_class=P, country="SY", admin1_code="08", population=110_893),
    PlaceRow(5138000, "Owensboro", 37.77, -87.11, feature_class=P, country="US", admin1_code="KY", population=59_809),
    PlaceRow(272103, "Lebanon", 33.83, 35.83, feature_class="A", feature_code="PCLI", country="LB", population=6_848_925),
    PlaceRow(5197517, "Lebanon", 40.34, -76.41, feature_class=P, country="US", admin1_code="PA", population=25_740),
    PlaceRow(5213000, "Hershey", 40.29, -76.65, feature_class=P, country="US", admin1_code="PA", population=14_257),
    PlaceRow(4862182, "Iowa", centroid=(42.0, -93.5), feature_class="A", feature_code="ADM1", country="US",
             admin1_code="IA"),
    PlaceRow(4847385, "Atlantic", 41.40, -95.01, feature_class=P, country="US", admin1_code="IA", population=6_833),
    PlaceRow(4362000, "Middle East", 39.30, -76.59, feature_class=P, country="US", admin1_code="MD", population=1_872),
    PlaceRow(4232000, "Arthur", 39.71, -88.47, feature_class=P, country="US", admin1_code="IL", population=2_288),
    PlaceRow(4896000, "Illinois", centroid=(40.0, -89.25), feature_class="A", feature_code="ADM1", country="US",
             admin1_code="IL"),
    PlaceRow(281133, "Gaza", 31.50, 34.47, feature_class=P, country="PS", admin1_code="GZ", population=410_000),
    PlaceRow(1046058, "Gaza", -23.5, 33.0, feature_class="A", feature_code="ADM1", country="MZ", admin1_code="02",
             population=384_964),
    PlaceRow(1020000, "Mozambique", -18.25, 35.0, feature_class="A", feature_code="PCLI", country="MZ",
             population=30_000_000),
    PlaceRow(1496000, "Ous", 60.9, 61.5, feature_class=P, country="RU", admin1_code="71", population=1_639),
    PlaceRow(2635167, "United Kingdom", 54.76, -2.70, alternates=["UK", "Britain"], feature_class="A",
             feature_code="PCLI", country="GB", population=66_488_991),
    PlaceRow(6269131, "England", 52.16, -0.70, feature_class="A", feature_code="ADM1", country="GB",
             admin1_code="ENG", population=53_000_000),
    PlaceRow(4679000, "Canadian", 35.91, -100.38, feature_class=P, country="US", admin1_code="TX", population=3_013),
    PlaceRow(6115047, "Quebec", 52.0, -72.0, alternates=["Québec", "Quebec City"], feature_class="A",
             feature_code="ADM1", country="CA", admin1_code="10", population=8_000_000),
    PlaceRow(6325494, "Québec", 46.81, -71.21, alternates=["Quebec", "Quebec City"], feature_class=P,
             country="CA", admin1_code="10", population=528_595),
    PlaceRow(4140963, "Washington", 38.90, -77.04, feature_class=P, feature_code="PPLC", country="US",
             admin1_code="DC", population=689_545),
    PlaceRow(5815135, "Washington", 47.50, -120.50, feature_class="A", feature_code="ADM1", country="US",
             admin1_code="WA", population=7_600_000),
    PlaceRow(5332921, "California", centroid=(37.25, -119.75), feature_class="A", feature_code="ADM1",
             country="US", admin1_code="CA", population=39_000_000),
    PlaceRow(2017370, "Russia", 60.0, 100.0, feature_class="A", feature_code="PCLI", country="RU",
             population=144_000_000),
    PlaceRow(538560, "Kursk", 51.73, 36.19, feature_class=P, feature_code="PPLA", country="RU", admin1_code="41",
             population=448_733),
    PlaceRow(538555, "Kurskaya oblast'", 51.5, 36.0, alternates=["Kursk Oblast"], feature_class="A",
             feature_code="ADM1", country="RU", admin1_code="41", population=1_100_000),
    PlaceRow(690791, "Ukraine", 49.0, 32.0, feature_class="A", feature_code="PCLI", country="UA",
             population=40_000_000),
    PlaceRow(703448, "Kyiv", 50.45, 30.52, feature_class=P, feature_code="PPLC", country="UA", admin1_code="12",
             population=2_952_301),
    PlaceRow(706483, "Kharkiv", 49.98, 36.25, feature_class=P, feature_code="PPLA", country="UA", admin1_code="07",
             population=1_421_125),
    PlaceRow(706482, "Kharkivska oblast", 49.98, 36.25, alternates=["Kharkiv"], feature_class="A",
             feature_code="ADM1", country="UA", admin1_code="07", population=3_048_471),
    PlaceRow(3516000, "Cantón Sinaí", 15.2, -92.3, alternates=["Sinai"], feature_class=P, country="MX",
             admin1_code="05", population=817),
    PlaceRow(172955, "Ar Raqqah", 35.95, 39.01, alternates=["Raqqah", "Raqqa"], feature_class=P, country="SY",
             admin1_code="04", population=531_952),
    PlaceRow(163808, "Tadmur", 34.56, 38.28, alternates=["Palmyra", "Tadmor"], feature_class=P, country="SY",
             admin1_code="11", population=51_015),
    PlaceRow(5204964, "Palmyra", 40.31, -76.59, feature_class=P, country="US", admin1_code="PA", population=7_451),
    PlaceRow(4299276, "Louisville", 38.25, -85.76, feature_class=P, country="US", admin1_code="KY", population=624_444),
    PlaceRow(5160783, "Louisville", 40.84, -81.26, feature_class=P, country="US", admin1_code="OH", population=9_126),
    PlaceRow(4509177, "Columbus", 39.96, -83.00, feature_class=P, feature_code="PPLA", country="US",
             admin1_code="OH", population=898_553),
    PlaceRow(5149222, "Canton", 40.80, -81.38, feature_class=P, country="US", admin1_code="OH", population=70_447),
    PlaceRow(6254925, "Kentucky", centroid=(37.5, -85.0), feature_class="A", feature_code="ADM1", country="US",
             admin1_code="KY"),
    PlaceRow(2634715, "Washington", 54.90, -1.52, feature_class=P, country="GB", admin1_code="ENG", population=67_085),
    PlaceRow(2643743, "London", 51.51, -0.13, feature_class=P, feature_code="PPLC", country="GB", admin1_code="ENG",
             population=8_961_989),
    PlaceRow(2643123, "Manchester", 53.48, -2.24, feature_class=P, country="GB", admin1_code="ENG", population=552_858),
    PlaceRow(4749950, "Broadway", 38.61, -78.80, feature_class=P, country="US", admin1_code="VA", population=3_807),
    PlaceRow(6254928, "Virginia", centroid=(37.5, -78.85), alternates=["Va."], feature_class="A", feature_code="ADM1",
             country="US", admin1_code="VA", population=8_000_000),
    *area_rows(),
]


@pytest.fixture(scope="module")
def geo(tmp_path_factory: pytest.TempPathFactory) -> Geoparser:
    path = Path(tmp_path_factory.mktemp("gaz")) / "g.sqlite"
    build_gazetteer(path, ROWS, source="test rows")
    gaz = Gazetteer(path)
    return Geoparser(gaz, CandidateFinder(gaz))


@pytest.fixture(scope="module")
def parse(geo: Geoparser):
    from frontwatch.nlp.pipeline import load_nlp, sentences

    nlp = load_nlp()

    def run(text: str, hint: tuple[str, ...] = (), admin_hint: dict | None = None) -> dict[str, list]:
        doc = nlp(text)
        out: dict[str, list] = {}
        for t in geo.parse_doc(doc, sentences(doc), hint=hint, admin_hint=admin_hint):
            if not t.relative:
                out.setdefault(t.text, []).append(t)
        return out

    return run


def test_surname_of_a_named_person_is_not_a_town(parse) -> None:
    found = parse("Harold Patterson, a retired teacher, won the prize in Paris, Texas. "
                  "\"It was a surprise,\" Patterson said on Monday.")
    assert "Patterson" not in found
    assert [t.place.geonameid for t in found["Paris"]] == [4717560]


def test_calendar_words_are_not_places(parse) -> None:
    found = parse("The council of Dublin, Ohio, met on Thursday to discuss the budget.")
    assert "Thursday" not in found
    assert found["Dublin"][0].place.geonameid == 5152333


def test_qualifier_after_comma_picks_the_homonym(parse) -> None:
    assert parse("She grew up in Paris, Tenn., and moved away.")["Paris"][0].place.geonameid == 4647963
    # Alone, the capital of France.
    assert parse("The summit was held in Paris last year.")["Paris"][0].place.geonameid == 2988507


def test_local_names_decide_the_state(parse) -> None:
    text = ("Residents of Puryear and Paris gathered on Friday. Henry County officials said the "
            "new road will open in the spring.")
    found = parse(text)
    assert found["Paris"][0].place.geonameid == 4647963
    assert found["Henry County"][0].place.geonameid == 4628829  # Tennessee's, not the larger one in Georgia


def test_place_embedded_in_an_organisation_name(parse) -> None:
    found = parse("A spokesman for the Ohio Department of Transportation said the lanes were closed.")
    assert found["Ohio"][0].place.geonameid == 5165418


def test_all_caps_dateline(parse) -> None:
    found = parse("Accident claims a life.\nRICHLAND -- A one-vehicle accident occurred about 4 a.m. on Sunday.")
    assert found["RICHLAND"][0].place.geonameid == 5145028


def test_street_named_in_full_is_placed_at_its_town(parse) -> None:
    found = parse("A fire broke out in a house on Darby Street in Dublin, Ohio, late Tuesday.")
    street = found["Darby Street"][0]
    assert street.place.geonameid == 5152333 and street.precision == "city"
    assert "Darby" not in found


def test_transliterated_misspelling_in_focus_country(parse) -> None:
    found = parse("Since the fall of Halepi last week, government forces have been collapsing across Syria.")
    assert found["Halepi"][0].place.geonameid == 170063


def test_one_edit_from_a_latin_script_village_is_not_enough(parse) -> None:
    assert "Verduin" not in parse("Preliminary results show Verduin drowned, police in Texas said.")


def test_bare_name_is_the_town_and_province_is_the_division(parse) -> None:
    found = parse("Rebels seized Deraa on Sunday. Fighting spread across Daraa province in Syria.")
    assert found["Deraa"][0].place.geonameid == 170905
    assert found["Daraa"][0].place.geonameid == 170903  # the model's span stops before 'province'


def test_continent_adjective(parse) -> None:
    assert parse("African leaders met to discuss the crisis.")["African"][0].place.geonameid == 6255146


def test_romanised_countries() -> None:
    assert romanised("SY") and romanised("RU") and not romanised("US") and not romanised("FR")


@pytest.mark.parametrize("text, want", [
    ("Darby Street", True), ("Highway 19", True), ("County Road 43", True), ("Seventh Street N.W.", True),
    ("Kanawha River", True), ("AK-47", False), ("The Way", False), ("Washington", False),
])
def test_feature_names(text: str, want: bool) -> None:
    assert is_feature_name(text.lower().split(), text) is want


def test_name_split_by_an_arabic_article_and_a_leading_preposition(parse) -> None:
    found = parse("- Near Dayr az Zawr, an airstrike struck an oil collection point in Syria.")
    assert found["Dayr az Zawr"][0].place.geonameid == 170794


def test_feed_country_hint_decides_a_one_line_report(parse) -> None:
    line = "- Near Mar’a, one strike engaged a tactical unit."
    hinted = parse(line, hint=("SY",))["Mar’a"][0]
    assert hinted.place.geonameid == 163000
    bare = parse(line).get("Mar’a", [])
    assert not bare or bare[0].score < hinted.score  # without the feed's country, less sure (or nothing)


def test_possessive_place_noun_and_unlabelled_institution(parse) -> None:
    found = parse("Douma's fall would seal the rebels' worst defeat in Syria.")
    assert found["Douma"][0].place.geonameid == 170592
    found = parse("Superintendents for Owensboro Public Schools met on Monday.")
    assert found["Owensboro"][0].place.geonameid == 5138000


def test_country_inside_an_organisation_name_and_a_union(parse) -> None:
    found = parse("Tim Strauss, vice president of Air Canada Cargo, spoke to the European Union.")
    assert found["Canada"][0].place.geonameid == 6251999
    assert found["European Union"][0].place.geonameid == 6695072  # 'Union' is not an organisation word here
    assert "Air" not in found and "Cargo" not in found


@pytest.mark.parametrize("text,want", [
    ("A Lebanon man was charged on Thursday.", True),
    ("He is survived by Pamela Rittle of Lebanon and a son.", True),
    ("Terry Lee Jolly, 60, Lebanon, was arrested Thursday.", True),
    ("Services will be at the funeral home, 508 Cumberland St., Lebanon.", True),
    ("Israel struck targets in Lebanon on Sunday.", False),
    ("The president of Lebanon spoke on Sunday.", False),
])
def test_grammar_of_local_news_that_names_a_town(text: str, want: bool) -> None:
    from frontwatch.geo.recognize import recognise
    from frontwatch.nlp.pipeline import load_nlp, sentences

    doc = load_nlp()(text)
    spans = [c for c in recognise(doc, sentences(doc)) if c.text == "Lebanon"]
    assert spans and spans[0].town_form is want


def test_town_grammar_counts_against_the_country(parse) -> None:
    from frontwatch.geo.recognize import SpanCandidate
    from frontwatch.geo.resolve import DocContext, sense
    from frontwatch.model import Candidate, Place

    country = Candidate(place=Place(geonameid=272103, name="Lebanon", lat=33.83, lon=35.83, country="LB",
                                    precision="country", population=6_848_925), score=1.0, how="exact")
    plain = SpanCandidate(start=0, end=7, text="Lebanon", label="GPE", sentence=0)
    local = SpanCandidate(start=0, end=7, text="Lebanon", label="GPE", sentence=0, town_form=True)
    assert sense(local, country, DocContext()) < sense(plain, country, DocContext())
    found = parse("A Lebanon man was charged on Thursday in Hershey.")
    assert found["Lebanon"][0].place.geonameid == 5197517


def test_the_before_a_name_is_not_a_town(parse) -> None:
    found = parse("Storms form in the tropical Atlantic each year, forecasters in Iowa said. "
                  "He served two tours in the Middle East.")
    assert found["Atlantic"][0].place.name == "Atlantic Ocean"  # the ocean, not Atlantic, Iowa
    assert found["Middle East"][0].place.name == "Middle East"  # the region, not Middle East, Maryland
    # A town's name modifying a noun keeps its article: 'the Atlantic city council' is the town's.
    assert parse("Officials in Atlantic, Iowa, met on Monday.")["Atlantic"][0].place.geonameid == 4847385


def test_two_edits_from_a_latin_script_town_is_another_word(parse) -> None:
    from frontwatch.geo.recognize import SpanCandidate
    from frontwatch.geo.resolve import FAR_LATIN_FUZZY, DocContext, sense
    from frontwatch.model import Candidate, Place

    arthur = Place(geonameid=4232000, name="Arthur", lat=39.71, lon=-88.47, country="US", precision="city",
                   population=2_288)
    span = SpanCandidate(start=0, end=6, text="Darfur", label="GPE", sentence=0)
    one, two = (Candidate(place=arthur, score=0.8, how="fuzzy", features={"edits": e}) for e in (1.0, 2.0))
    assert sense(span, one, DocContext()) - sense(span, two, DocContext()) == pytest.approx(FAR_LATIN_FUZZY)
    # Darfur is two edits from Arthur, Illinois: the region of Sudan, never the village.
    found = parse("Peace in Darfur is a priority, officials in Illinois said on Monday.")
    assert found["Darfur"][0].place.country == "SD"


def test_dotted_initialism_is_the_country(parse) -> None:
    found = parse("The U.S. expelled 60 Russian diplomats on Monday.")
    assert found["U.S."][0].place.geonameid == 6252001


def test_seas_and_straits_are_places(parse) -> None:
    found = parse("A drone boat struck a tanker in the Red Sea on Sunday, and shipping through the "
                  "Strait of Hormuz slowed. El Niño warms the eastern Pacific.")
    assert found["Red Sea"][0].place.name == "Red Sea" and found["Red Sea"][0].place.geonameid < 0
    assert found["Strait of Hormuz"][0].place.lat == pytest.approx(26.6, abs=0.5)
    assert found["Pacific"][0].place.name == "Pacific Ocean"


def test_nation_adjective_is_the_nation(parse) -> None:
    found = parse("English football fans were attacked in Moscow, British officials said.")
    assert found["English"][0].place.geonameid == 6269131  # England, not the United Kingdom
    assert found["British"][0].place.geonameid == 2635167


def test_demonym_is_the_country_not_a_town_spelled_so(parse) -> None:
    found = parse("Canadian officials said on Monday that talks in Texas had failed.")
    assert found["Canadian"][0].place.geonameid == 6251999
    assert parse("The fire started near Canadian, Texas, on Monday.")["Canadian"][0].place.geonameid == 4679000


def test_a_name_ending_in_city_is_the_city(parse) -> None:
    found = parse("Trudeau spoke to reporters in Quebec City on Friday.")
    assert found["Quebec City"][0].place.geonameid == 6325494


def test_a_list_item_is_of_its_neighbours_kind(parse) -> None:
    found = parse("Firms are moving from western states such as California or Washington, the report said.")
    assert found["Washington"][0].place.geonameid == 5815135  # the state, beside a state
    assert parse("The delegation flew to Washington on Monday.")["Washington"][0].place.geonameid == 4140963


def test_regions_of_conflict_news(parse) -> None:
    found = parse("Russian forces advanced in the Donbas, and Israel struck targets in the Golan Heights.")
    donbas, golan = found["Donbas"][0].place, found["Golan Heights"][0].place
    assert (donbas.country, donbas.precision) == ("UA", "admin1") and donbas.geonameid < 0
    assert (golan.country, golan.precision) == ("SY", "admin1")
    balkans = parse("Leaders from the Balkans met in Paris.")["Balkans"][0].place
    assert balkans.country is None and balkans.precision == "country"


def test_a_city_beats_a_foreign_province_of_no_more_people(parse) -> None:
    assert parse("Hamas fighters in Gaza fired rockets on Monday.")["Gaza"][0].place.geonameid == 281133
    # A village is not a populous city, whatever a region's (unknown) population.
    assert parse("Fighting was reported in Sinai on Monday, officials said.")["Sinai"][0].place.country == "EG"
    # ...unless the article says where: the province is still reachable.
    found = parse("Floods hit Gaza province in southern Mozambique on Monday.")
    assert found["Gaza province"][0].place.geonameid == 1046058


def test_a_glued_list_is_read_item_by_item(parse) -> None:
    from frontwatch.geo.recognize import list_items
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()("Drones struck Kyiv, Kharkiv and Odesa. Bosnia and Herzegovina voted.")
    assert [i.text for i in list_items(doc[2:7])] == ["Kyiv", "Kharkiv", "Odesa"]
    assert list_items(doc[8:11]) == []  # no comma: one name
    # The model reads 'Kyiv, Kharkiv and' as one organisation: each item is still a city.
    found = parse("Russian drones struck Kyiv, Kharkiv and Zaporizhzhia overnight.")
    assert found["Kharkiv"][0].place.geonameid == 706483 and found["Kyiv"][0].place.geonameid == 703448


def test_a_city_with_region_after_it_is_its_division(parse) -> None:
    found = parse("Ukrainian troops pushed into Russia's Kursk region on Tuesday.")
    assert found["Kursk"][0].place.geonameid == 538555  # Kursk Oblast, whose names are not 'Kursk'
    assert parse("Ukrainian drones hit Kursk on Tuesday.")["Kursk"][0].place.geonameid == 538560


def test_a_place_preposition_outweighs_a_person_label(parse) -> None:
    from frontwatch.geo.recognize import SpanCandidate
    from frontwatch.geo.resolve import STRONG_PREPS, evidence

    near = SpanCandidate(start=0, end=7, text="Palmyra", label="PERSON", sentence=0, prep="near")
    said = SpanCandidate(start=0, end=7, text="Palmyra", label="PERSON", sentence=0)
    assert evidence(near) == pytest.approx(STRONG_PREPS["near"]) and evidence(said) < 0
    found = parse("Syria: Near Palmyra, one strike destroyed an ISIL tank, the coalition said.")
    assert found["Palmyra"][0].place.geonameid == 163808


def test_another_spelling_of_a_romanised_name_counts_as_much_as_a_folded_one(parse) -> None:
    from frontwatch.geo.resolve import _same_romanisation

    assert _same_romanisation("Raqqah", "Ar Raqqah") and _same_romanisation("Hodeidah", "Al Ḩudaydah")
    assert not _same_romanisation("Kaliningrad", "Korolev")  # a former name, not a spelling
    found = parse("Fighters fled to Raqqah on Monday, the coalition in Syria said.")  # PERSON to spaCy
    assert found["Raqqah"][0].place.geonameid == 172955


def test_water_named_with_of_and_its_kind(parse) -> None:
    found = parse("The fleet patrols the Arabian Gulf, Gulf of Oman, Gulf of Aden and the Red Sea.")
    assert found["Gulf of Oman"][0].place.name == "Gulf of Oman"  # a name the model does not tag
    assert found["Gulf of Aden"][0].place.name == "Gulf of Aden"
    assert found["Arabian Gulf"][0].place.name == "Persian Gulf"
    from frontwatch.geo.recognize import _of_joined
    from frontwatch.nlp.pipeline import load_nlp

    doc = load_nlp()("Ships left the Gulf of U.S. waters for the Sea of Azov.")
    assert [s.text for s in _of_joined(doc)] == ["Sea of Azov"]  # 'Gulf of' alone is no name


def test_an_organisations_name_goes_on_past_the_models_entity(parse) -> None:
    found = parse("The Islamic State of Iraq and the Levant claimed the attack in Syria.")
    assert "Levant" not in found  # the group's name, not the region
    found = parse("The Ministry of Foreign Affairs of France and the United States signed it.")
    assert found["United States"][0].place.geonameid == 6252001  # a country named there still counts


def test_a_famous_city_beats_its_small_homonym_without_local_evidence(parse) -> None:
    # The dateline leans the article's focus to Ohio, but a national story's team 'against
    # Louisville' is Kentucky's city, not the Ohio village.
    found = parse("COLUMBUS, Ohio (AP) - After wins in Texas and Tennessee, the Buckeyes lost at home "
                  "against Louisville on Saturday night.")
    assert found["Louisville"][0].place.geonameid == 4299276
    # What vouches for the village: a qualifier, a neighbour within 50 km, the outlet's home ground.
    assert parse("Louisville, Ohio, approved a school levy.")["Louisville"][0].place.geonameid == 5160783
    near = parse("Residents of Canton and Louisville lined up for the Ohio fair on Saturday.")
    assert near["Louisville"][0].place.geonameid == 5160783
    home = parse("The council of Louisville met on Monday night.", admin_hint={("US", "OH"): 0.5})
    assert home["Louisville"][0].place.geonameid == 5160783


def test_obscure_homonym_penalty_bounds() -> None:
    from dataclasses import replace

    from frontwatch.geo.resolve import FAMOUS_CITY, OBSCURE_HOMONYM, DocContext, obscure_homonym
    from frontwatch.model import Place

    village = Place(geonameid=1, name="Louisville", lat=40.84, lon=-81.26, country="US", admin1_code="OH",
                    precision="city", population=9_126)
    bare = DocContext()
    assert 0 < obscure_homonym(village, 624_444, bare) <= OBSCURE_HOMONYM
    assert obscure_homonym(village, 9_126_000_000, bare) == OBSCURE_HOMONYM  # capped
    assert obscure_homonym(village, FAMOUS_CITY - 1, bare) == 0.0  # the other one is not famous
    assert obscure_homonym(replace(village, population=20_000), 150_000, bare) == 0.0  # not ten times bigger
    assert obscure_homonym(village, 624_444, DocContext(outlet_home=frozenset({("US", "OH")}))) == 0.0
    assert obscure_homonym(village, 624_444, DocContext(admin_focus={("US", "OH"): 0.6})) == 0.0
    nation = DocContext(admin_focus={("US", "OH"): 0.6}, nation_sized=frozenset({("US", "OH")}))
    assert obscure_homonym(village, 624_444, nation) > 0  # focus on a nation-sized division is not local
    assert obscure_homonym(village, 624_444, DocContext(anchors=[(40.80, -81.38)])) == 0.0  # Canton, 11 km
    assert obscure_homonym(village, 624_444, DocContext(anchors=[(39.96, -83.00)])) > 0  # Columbus, 170 km


def test_a_hyphenated_modifier_after_the_is_not_a_definite_name(parse) -> None:
    # 'the' belongs to 'group': 'Washington' is the capital, not 'the Washington' of an ocean or a building.
    found = parse("Officials at the Washington-based group said the report was late.")
    assert found["Washington"][0].place.geonameid == 4140963


def test_nation_sized_divisions_are_found_among_the_candidates(geo) -> None:
    # England (53 M people) is nation-sized; Ohio (no population in these rows) and DC (no row) are not.
    cands = [geo.finder.candidates(name, focus=(), limit=25) for name in ("Washington", "Louisville")]
    assert geo._nation_sized(cands) == {("GB", "ENG")}


def test_an_everyday_word_is_not_the_village_spelled_so(parse) -> None:
    # 'Broadway' is a word (and New York's theatres) before it is a Virginia village of 3,800...
    assert "Broadway" not in parse("The musical opened on Broadway last spring to strong reviews.")
    # ...unless something local vouches for the village: a qualifier, the outlet's home ground.
    assert parse("Broadway, Va., approved a new budget.")["Broadway"][0].place.geonameid == 4749950
    home = parse("A barn burned down in Broadway on Monday night.", admin_hint={("US", "VA"): 0.5})
    assert home["Broadway"][0].place.geonameid == 4749950


def test_word_weight() -> None:
    from frontwatch.geo.recognize import SpanCandidate
    from frontwatch.geo.resolve import word_weight

    def span(text: str, **kw) -> SpanCandidate:
        return SpanCandidate(start=0, end=len(text), text=text, label="GPE", sentence=0, **kw)

    assert word_weight(span("Broadway")) == 1.0
    assert word_weight(span("Hershey", prep="in")) == 0.5  # 'in Hershey': the town is likelier
    assert word_weight(span("Lebanon", town_form=True)) == 0.0  # 'a Lebanon man' names a town
    assert word_weight(span("Halepi")) == 0.0 and word_weight(span("Lake Vermont")) == 0.0


def test_a_shops_name_repeated_is_not_the_town_the_article_names_most() -> None:
    """A street named apart from any town goes to the town the article names most; pieces of an
    organisation's name ('[Market] District' of a store, resolved to some county) do not count."""
    from frontwatch.geo.recognize import SpanCandidate
    from frontwatch.geo.resolve import _feature_anchor
    from frontwatch.model import Place, Toponym

    def top(name: str, start: int, sentence: int) -> Toponym:
        place = Place(geonameid=abs(hash(name)) % 10_000_000, name=name, lat=0.0, lon=0.0, country="US",
                      precision="city")
        return Toponym(start=start, end=start + len(name), text=name, place=place, sentence=sentence)

    shop = [top("Marquette", 10, 0), top("Marquette", 200, 2), top("Marquette", 400, 4)]
    town = [top("Shadyside", 100, 1), top("Shadyside", 300, 3)]
    local = sorted(shop + town, key=lambda t: t.start)
    street = SpanCandidate(start=500, end=513, text="Squirrel Hill", label="GPE", sentence=5)
    text = " " * 600
    assert _feature_anchor(street, local, text).place.name == "Marquette"
    inner = frozenset((t.start, t.end) for t in shop)
    assert _feature_anchor(street, local, text, inner).place.name == "Shadyside"
