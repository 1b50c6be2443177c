"""Locative roles (geo/locative.py): grammar that says a name is where something happened.

CONSTRUCTED sentences, written for this test. 'Qarmashin' and 'Kafr Wudayn' are invented
village names the gazetteer does not list (checked below, so the test fails loudly if a
future gazetteer happens to list them); the real spaCy model parses every sentence.
"""

from __future__ import annotations

import pytest

from frontwatch.geo.locative import locative_role, name_word
from frontwatch.geo.resolve import locative_evidence
from frontwatch.geo.recognize import SpanCandidate

pytestmark = pytest.mark.slow

UNLISTED = ("Qarmashin", "Kafr Wudayn")


@pytest.fixture(scope="module")
def nlp():
    from frontwatch.nlp.pipeline import load_nlp

    return load_nlp()


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


def test_dominant_country() -> None:
    from frontwatch.geo.unlisted import dominant_country

    assert dominant_country({"SY": 3.0, "RU": 1.0}) == "SY"
    assert dominant_country({"SY": 1.0, "RU": 1.0, "US": 1.0}) is None  # split: no country for an unlisted name
    assert dominant_country({}) is None
