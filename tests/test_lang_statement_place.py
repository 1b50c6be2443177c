"""A statement is not made at a place named as its addressee's or owner's (cues_ar `dative_prefixes`, mlA20).
Sentence written for this test (not corpus text); places come from the native geoparser.
"""

from __future__ import annotations

from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.events import code_sentence
from frontwatch.lang.geoparse import geoparse_text


def test_a_protest_telegram_is_placed_where_it_was_sent_from() -> None:
    # the sender's town is named: an unnamed mayor's country is not guessed from the places (mlA39), which here
    # are the addressee's and the condemned attacks'
    text = ("برقية من رئيس بلدية طولكرم الى الحاكم العسكري للضفة الغربية استنكارا للاعتداءات على الطلبة "
            "في مدينة نابلس.")
    mentions = geoparse_text(text, "ar", Geoparser.open(None))[1]
    assert any(m.text.startswith("لل") for m in mentions)  # the West Bank is recognised with its clitic
    accusations = [e for e in code_sentence(text, "ar", mentions, None) if e.event_type == "accuse"]
    assert accusations and all(e.location is not None and not e.location.text.startswith("لل") for e in accusations)
    assert {e.location.text for e in accusations} == {"طولكرم"}


def test_a_territory_taken_is_not_its_taker_in_the_genitive() -> None:
    # cues_tr genitive_suffixes (mlA20): "Almanya'nın" owns the invasion; Poland is the territory taken
    text = "Almanya'nın Polonya'yı işgal etmesi savaşı başlattı."
    mentions = geoparse_text(text, "tr", Geoparser.open(None))[1]
    assert {m.text for m in mentions} == {"Almanya'nın", "Polonya'yı"}
    places = [e.location.text for e in code_sentence(text, "tr", mentions, None) if e.event_type.startswith("territory")]
    assert places == ["Polonya'yı"]
