"""Locative roles (geo/locative.py): grammar that says a name is where something happened.

CONSTRUCTED sentences, written for this test. 'Qarmashin' and 'Kafr Wudayn' are invented
village names the gazetteer does not list (checked below, so the test fails loudly if a
future gazetteer happens to list them); the real spaCy model parses every sentence.
"""

from __future__ import annotations

import pytest

from frontwatch.geo.locative import locative_role, name_word
from frontwatch.geo.recognize import SpanCandidate
from frontwatch.geo.resolve import locative_evidence

pytestmark = pytest.mark.slow

UNLISTED = ("Qarmashin", "Kafr Wudayn")


@pytest.fixture(scope="module")
def geoparser():
    from frontwatch.geo.geoparse import Geoparser

    gp = Geoparser.open(None)
    for name in UNLISTED:
        assert not gp.finder.candidates(name, focus=(), limit=5), f"{name} is listed now: pick another invented name"
    return gp


def _role(nlp, text: str, name: str) -> str | None:
    doc = nlp(text)
    a = text.index(name)
    return locative_role(doc.char_span(a, a + len(name), alignment_mode="expand"))


@pytest.mark.parametrize("text, name, role", [
    ("Rebels shelled the village of Qarmashin on Monday.", "Qarmashin", "place_noun"),
    ("Two men were killed in the Qarmashin district of the city.", "Qarmashin", "place_noun"),
    ("Government troops advanced into Kafr Wudayn's western countryside.", "Kafr Wudayn", "place_noun"),
    ("Warplanes bomb Qarmashin", "Qarmashin", "territory"),         # headline: no article, present tense
    ("Militants stormed Qarmashin before dawn.", "Qarmashin", "territory"),
    ("Gunmen attacked Qarmashin on his way home.", "Qarmashin", "object"),
    ("Airstrikes on Qarmashin killed four civilians.", "Qarmashin", "target_noun"),
    ("The siege of Kafr Wudayn entered its third week.", "Kafr Wudayn", "target_noun"),
    ("A car bomb exploded near Qarmashin.", "Qarmashin", "prep"),
    ("The militants captured the Qarmashin hill after clashes.", "Qarmashin", "place_noun"),  # a site word after it
    ("Fighting raged near the western part of the Qarmashin Farms.", "Qarmashin Farms", "place_noun"),
    ("The army shelled positions on the southern slope of Kafr Wudayn.", "Kafr Wudayn", "place_noun"),
    ("Troops launched an assault west of Qarmashin on Thursday.", "Qarmashin", "prep"),
    ("Jets struck the Qarmashin and Kafr Wudayn suburbs overnight.", "Qarmashin", "place_noun"),  # a list
    ("Jets struck the Qarmashin and Kafr Wudayn suburbs overnight.", "Kafr Wudayn", "place_noun"),
    ("Rebels shelled the village of ‘Qarmashin on Monday.", "Qarmashin", "place_noun"),  # an ayn split off
    ("Qarmashin was part of the deal.", "Qarmashin", None),
    ("He is part of Qarmashin, the firm said.", "Qarmashin", None),  # 'part of' without a compass word
    ("Qarmashin said the talks had failed.", "Qarmashin", None),
    ("President Qarmashin visited the troops.", "Qarmashin", None),  # a title: a person
])
def test_locative_role(nlp, text: str, name: str, role: str | None) -> None:
    assert _role(nlp, text, name) == role


def test_role_evidence_takes_back_a_wrong_org_label() -> None:
    org = SpanCandidate(0, 5, "Xxxxx", "ORG", 0, locative="place_noun")
    plain = SpanCandidate(0, 5, "Xxxxx", "ORG", 0)
    demonym = SpanCandidate(0, 5, "Syrian", "NORP", 0, locative="place_noun")  # 'the Syrian town of X'
    assert locative_evidence(org) > 0.3
    assert locative_evidence(plain) == 0.0
    assert locative_evidence(demonym) == 0.0
    person_hit = SpanCandidate(0, 5, "Xxxxx", "PERSON", 0, locative="object")       # 'gunmen attacked X'
    person_seized = SpanCandidate(0, 5, "Xxxxx", "PERSON", 0, locative="territory")  # 'rebels seized X'
    assert locative_evidence(person_hit) == 0.0 < locative_evidence(person_seized)


def test_name_words() -> None:
    assert name_word("Dara’a") and name_word("Al-Bab") and not name_word("al-Bab") and not name_word("well-known")


def _toponyms(nlp, geoparser, text: str):
    from frontwatch.nlp.pipeline import sentences

    doc = nlp(text)
    return geoparser.parse_doc(doc, sentences(doc))


@pytest.mark.parametrize("text, name, country", [
    ("Rebels shelled the village of Qarmashin in the Idlib countryside on Monday.", "Qarmashin", "SY"),
    ("Gunmen shot dead a trader in the Kafr Wudayn district of Mogadishu.", "Kafr Wudayn", "SO"),
    ("Insurgents attacked Qarmashin village near Maiduguri, killing six.", "Qarmashin", "NG"),
    ("Troops clashed with militants in Kafr Wudayn in Kandahar province.", "Kafr Wudayn", "AF"),
    ("Gunmen killed nine people in the Somali village of Qarmashin.", "Qarmashin", "SO"),  # the theatre's country
    # no place and no NORP demonym, but the army's adjective names one country
    ("The Syrian Army entered the strategic town of Qarmashin on Monday.", "Qarmashin", "SY"),
    # a territory verb with the army's adjective: 'stormed X' is a place's grammar
    ("The Syrian Army stormed Qarmashin on Monday.", "Qarmashin", "SY"),
])
def test_unlisted_name_is_placed_where_it_lies(nlp, geoparser, text: str, name: str, country: str) -> None:
    tops = [t for t in _toponyms(nlp, geoparser, text) if name in t.text and not t.relative]
    assert len(tops) == 1, tops  # the name itself, or the name with its noun ('Qarmashin village')
    t = tops[0]
    assert t.place is not None and t.place.country == country
    assert t.score <= 0.5  # never surer than the place it is put in, and never a sure place


@pytest.mark.parametrize("text", [
    "Qarmashin said the army had shelled the town.",               # a speaker
    "Colonel Qarmashin was killed in the attack.",                 # a title before it
    "Fighters loyal to Qarmashin attacked the convoy.",            # no locative role
    "Rebels shelled the village of Qarmashin on Monday.",          # a role, but nothing to place it in
    "Police in Mogadishu said the Historic District was closed.",  # everyday words, not a village's name
])
def test_unlisted_name_not_invented(nlp, geoparser, text: str) -> None:
    assert not [t for t in _toponyms(nlp, geoparser, text) if "Qarmashin" in t.text]


@pytest.mark.parametrize("text, word", [
    ("Near Ar Raqqah, five strikes engaged two ISIL tactical units and destroyed a VBIED.", "VBIED"),  # an acronym
    ("Near Ar Raqqah, one strike destroyed a Humvee and damaged a supply route.", "Humvee"),  # counted with 'a'
])
def test_things_are_not_unlisted_places(nlp, geoparser, text: str, word: str) -> None:
    assert not [t for t in _toponyms(nlp, geoparser, text) if word in t.text]


def test_demonym_country_needs_one_country() -> None:
    from frontwatch.geo.unlisted import demonym_country
    from frontwatch.model import Candidate, Place

    def span(text: str) -> SpanCandidate:
        return SpanCandidate(start=0, end=len(text), text=text, label="ORG", sentence=0)

    def country(code: str) -> list[Candidate]:
        return [Candidate(place=Place(geonameid=hash(code) % 1000, name=code, lat=0.0, lon=0.0, country=code,
                                      precision="country"), score=1.0, how="demonym")]

    assert demonym_country([span("Syrian")], [country("SY")]) == "SY"
    assert demonym_country([span("Syrian"), span("Turkish")], [country("SY"), country("TR")]) is None  # split
    assert demonym_country([span("Aleppo")], [[]]) is None


def test_dominant_country() -> None:
    from frontwatch.geo.unlisted import dominant_country

    assert dominant_country({"SY": 3.0, "RU": 1.0}) == "SY"
    assert dominant_country({"SY": 1.0, "RU": 1.0, "US": 1.0}) is None  # split: no country for an unlisted name
    assert dominant_country({}) is None


def test_named_site_kept_at_its_town(nlp, geoparser) -> None:
    """'the Qarmashin Farms': a site a populated-places gazetteer does not list, named by its
    kind word, after a place preposition; kept at the town named with it, marked unlisted."""
    tops = _toponyms(nlp, geoparser, "Rebels stormed army positions at the Qarmashin Farms near Aleppo on Monday.")
    site = [t for t in tops if t.text.endswith("Farms") and not t.relative]
    assert len(site) == 1 and site[0].place is not None and site[0].place.country == "SY"
    assert site[0].candidates and site[0].candidates[0].how == "unlisted"


@pytest.mark.parametrize("text", [
    "He was treated at the Qarmashin Hospital in Aleppo.",  # an institution: not a site word
    "Residents of Aleppo met at the Qarmashin School.",
])
def test_institutions_are_not_named_sites(nlp, geoparser, text: str) -> None:
    assert not [t for t in _toponyms(nlp, geoparser, text) if "Qarmashin" in t.text]


def test_named_site_needs_a_site_word_and_a_place_role() -> None:
    from frontwatch.geo.unlisted import named_site

    assert named_site(SpanCandidate(0, 14, "Al-Jafra Farms", "ORG", 0, prep="at"))
    assert named_site(SpanCandidate(0, 19, "Panorama Checkpoint", "FAC", 0, locative="territory"))
    assert not named_site(SpanCandidate(0, 14, "Al-Jafra Farms", "ORG", 0))           # no role, no preposition
    assert not named_site(SpanCandidate(0, 15, "Kindi Hospital", "FAC", 0, prep="at"))  # an institution
    assert not named_site(SpanCandidate(0, 14, "Juantissa Hill", "PERSON", 0, prep="of"))  # a person's name
    assert not named_site(SpanCandidate(0, 5, "Farms", "ORG", 0, prep="at"))           # the kind word alone


def test_norp_label_after_the_town_of_is_a_name() -> None:
    from frontwatch.geo.unlisted import _named_by_place_noun

    assert _named_by_place_noun(SpanCandidate(0, 6, "Rastan", "NORP", 0, prep="of", locative="place_noun"))
    assert not _named_by_place_noun(SpanCandidate(0, 6, "Syrian", "NORP", 0, prep="of", locative="place_noun"))
    # 'Rastan town' names the town too since evloc39 (tests/test_evloc39.py); no place noun's frame, no name
    assert _named_by_place_noun(SpanCandidate(0, 6, "Rastan", "NORP", 0, locative="place_noun"))
    assert not _named_by_place_noun(SpanCandidate(0, 6, "Rastan", "NORP", 0))


def test_a_preposition_apart_from_the_name_still_counts() -> None:
    """'in northeastern Aleppo': the recogniser saw 'northeastern' before the name, the
    locative role saw 'in'; its evidence is added once, and PERSON does not count against it."""
    apart = SpanCandidate(0, 6, "Aleppo", "PERSON", 0, locative="prep")
    direct = SpanCandidate(0, 6, "Aleppo", "PERSON", 0, prep="in", locative="prep")
    assert locative_evidence(apart) > 0.3
    assert locative_evidence(direct) == 0.0  # resolve.evidence counts 'in' right before the name


@pytest.mark.parametrize("text, name", [
    ("The army continued its offensive in the southern Aleppo districts on Saturday.", "Aleppo"),  # Aleppo/JJ
    ("The latest deaths brought to 34 the number of people killed in Taez since Thursday.", "Taez"),
])
def test_mistagged_name_in_a_place_grammar_is_a_toponym(nlp, geoparser, text: str, name: str) -> None:
    """A capitalised word the tagger read as an adjective, after 'in' or before a place noun,
    is still offered to the resolver; the gazetteer decides."""
    assert [t for t in _toponyms(nlp, geoparser, text) if t.text == name and t.place is not None]


def test_an_opening_quote_is_not_an_ayn(nlp) -> None:
    from frontwatch.geo.locative import ayn_before

    doc = nlp("King, an actress in ‘Hart of Dixie’, was there; troops entered the village of ‘Ayishah.")
    hart = next(t.i for t in doc if t.text == "Hart")
    ayishah = next(t.i for t in doc if t.text == "Ayishah")
    assert ayn_before(doc, hart) == 0 and ayn_before(doc, ayishah) == 1


def test_dominant_division_needs_most_of_the_local_places() -> None:
    from frontwatch.geo.unlisted import dominant_division
    from frontwatch.model import Place, Toponym

    def top(name: str, admin1: str, precision: str = "city", country: str = "NG") -> Toponym:
        place = Place(geonameid=abs(hash(name)) % 10_000_000, name=name, lat=0.0, lon=0.0, country=country,
                      precision=precision, admin1_code=admin1)
        return Toponym(start=0, end=1, text=name, place=place, precision=precision)

    benue = [top("Makurdi", "26"), top("Benue", "26", "admin1"), top("Abagana", "26")]
    assert dominant_division(benue, "NG") == ("NG", "26")
    assert dominant_division(benue[:1], "NG") is None  # one place is no article's division
    assert dominant_division([top("Makurdi", "26"), top("Kano", "29"), top("Jos", "49")], "NG") is None  # split
    assert dominant_division(benue, "SY") is None  # only the theatre country's own divisions
