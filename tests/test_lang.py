"""The native (non-English) path: language gate, morphology, toponyms resolved to the same places.

Every text here was written for this test (short news-style sentences in each language); the
models are the real ones (lingua, natasha, spaCy fr, simplemma, pymorphy3) and the gazetteer
is the default one.
"""

from __future__ import annotations

import pytest

from frontwatch.clean import admitted_language, clean_article
from frontwatch.lang.detect import FOREIGN, detect_supported
from frontwatch.lang.morph import match_key, phrase_forms, word_forms
from frontwatch.lang.resources import load
from frontwatch.model import RawArticle

HEADLINES = {
    "ar": "مقتل ثلاثة مدنيين في قصف على ريف إدلب",
    "ru": "Беспилотники атаковали нефтебазу под Брянском ночью",
    "uk": "Вночі ворожі дрони атакували об'єкти енергетики на Київщині",
    "el": "Πυρκαγιά σε δασική έκταση κοντά στην Κόρινθο",
    "fr": "Des tirs d'artillerie ont visé la ville de Kharkiv dans la nuit",
    "es": "Un bombardeo nocturno deja cinco muertos en la ciudad de Jersón",
    "tr": "Gaziantep'te patlama: iki kişi yaralandı",
    "fa": "انفجار در یک انبار مهمات در نزدیکی شهر کرمانشاه",
}


@pytest.mark.parametrize("lang", sorted(HEADLINES))
def test_headline_language(lang: str) -> None:
    assert detect_supported(HEADLINES[lang])[0] == lang


def _article(text: str, language: str | None = None):
    return clean_article(RawArticle(text=text, source_ref="t", kind="text", language=language))


UK_ARTICLE = ("Увечері російські війська обстріляли Харків із реактивних систем залпового вогню. За словами "
              "голови обласної військової адміністрації, загинули двоє людей, ще семеро дістали поранення. "
              "Пошкоджено житлові будинки та школу в Основ'янському районі міста.")
DE_ARTICLE = ("Am Abend haben russische Truppen die Stadt Charkiw mit Raketenwerfern beschossen. Nach Angaben "
              "der Gebietsverwaltung wurden zwei Menschen getötet und sieben weitere verletzt. Beschädigt wurden "
              "Wohnhäuser und eine Schule im Süden der Stadt.")


def test_gate_admits_supported_languages_and_keeps_out_the_rest() -> None:
    assert admitted_language(_article(UK_ARTICLE)) == "uk"
    assert admitted_language(_article(DE_ARTICLE)) is None
    # A feed declared Russian that is in fact Ukrainian: lingua overrules the default...
    assert admitted_language(_article(UK_ARTICLE, "ru")) == "uk"
    # ...but a declared language the text does not contradict is honoured.
    assert admitted_language(_article(UK_ARTICLE, "uk")) == "uk"


def test_word_lists_load_for_every_language() -> None:
    for lang in FOREIGN:
        res = load(lang)
        assert res.stop and res.preps, lang
    with pytest.raises(KeyError):
        load("de")


def test_dictionary_forms() -> None:
    assert "Харків" in word_forms("Харкові", "uk")
    assert "Москва" in word_forms("Москве", "ru")
    assert "حلب" in word_forms("وبحلب", "ar")
    assert "القدس" in word_forms("للقدس", "ar")
    assert "Αθήνα" in word_forms("Αθήνας", "el")
    assert "İzmir" in word_forms("İzmir'de", "tr")
    assert "Донецька область" in phrase_forms(("Донецької", "області"), "uk")
    assert match_key("ادلب") == match_key("إدلب") and match_key("ΑΘΗΝΑ") == match_key("Αθήνα")



def _places(text: str, lang: str, geoparser) -> dict[str, tuple[str, str]]:
    from frontwatch.lang.geoparse import geoparse_text

    _, tops = geoparse_text(text, lang, geoparser)
    return {t.text: (t.place.country, t.place.precision) for t in tops if t.place is not None}


TEXTS = {
    "ru": ("Вечером ракеты ударили по Харькову, а в Донецкой области погибли двое, сообщил губернатор.",
           {"Харькову": ("UA", "city"), "Донецкой области": ("UA", "admin1")}),
    "uk": ("Уночі дрони атакували Одесу, а в Дніпропетровській області пошкоджено лінію електропередачі.",
           {"Одесу": ("UA", "city"), "Дніпропетровській області": ("UA", "admin1")}),
    "ar": ("قصفت الطائرات مدينة حلب وبلدة سراقب في ريف إدلب، حسب مصادر محلية في سوريا.",
           {"مدينة حلب": ("SY", "city"), "وبلدة سراقب": ("SY", "city"), "سوريا": ("SY", "country")}),
    "el": ("Ισχυρός σεισμός σημειώθηκε στην Κρήτη, ενώ ο δήμαρχος της Θεσσαλονίκης ζήτησε βοήθεια από την Αθήνα.",
           {"Θεσσαλονίκης": ("GR", "city"), "Αθήνα": ("GR", "city")}),
    "es": ("Un ataque con drones alcanzó una refinería cerca de Bagdad, informaron fuentes de seguridad en Irak.",
           {"Bagdad": ("IQ", "city"), "Irak": ("IQ", "country")}),
    "fr": ("Des frappes ont touché Alep dans la nuit, selon une ONG basée à Londres.",
           {"Alep": ("SY", "city"), "Londres": ("GB", "city")}),
    "tr": ("Hatay'da ve Gaziantep'te hasar tespit çalışmaları sürüyor.",
           {"Hatay'da": ("TR", "admin1"), "Gaziantep'te": ("TR", "city")}),
    "fa": ("حمله پهپادی به شهر اصفهان و استان خوزستان در ایران گزارش شد.",
           {"شهر اصفهان": ("IR", "city"), "استان خوزستان": ("IR", "admin1"), "ایران": ("IR", "country")}),
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_places_in_each_language(lang: str, geoparser) -> None:
    text, expected = TEXTS[lang]
    got = _places(text, lang, geoparser)
    for surface, (country, precision) in expected.items():
        assert got.get(surface, (None, None))[0] == country, (surface, got)
        if precision != "admin1":  # a province may resolve to its seat's division or the seat
            assert got[surface][1] == precision, (surface, got)


def test_everyday_words_and_bodies_are_not_places(geoparser) -> None:
    # 'بيان' (statement) and 'مالی' (financial) are villages in GeoNames; 'Charles' and 'Кубка України'
    # open and close longer names (a person, a sports cup).
    assert "بيان" not in _places("أصدرت الوزارة بيان رسمي حول الهجوم على مدينة حمص.", "ar", geoparser)
    assert "مالی" not in _places("حمایت مالی از گروه های مسلح در عراق ادامه دارد.", "fa", geoparser)
    assert "Charles" not in _places("El economista Charles Goodhart habló ayer en Sevilla.", "es", geoparser)
    assert "України" not in _places("Вона стала володаркою Кубка України з боксу у Львові.", "uk", geoparser)


def test_pipeline_gives_the_english_schema(geoparser) -> None:
    from frontwatch.pipeline import Pipeline

    arts = [_article(UK_ARTICLE, "uk"), _article("Rebels shelled Aleppo on Tuesday, killing four civilians, "
                                                  "a monitor said.", "en")]
    out = list(Pipeline().process(arts))
    assert [p.article.language for p in out] == ["uk", "en"]  # input order kept across the two paths
    uk = out[0]
    assert uk.sentences and uk.sentences[0].text.startswith("Увечері")
    kharkiv = [t for t in uk.toponyms if t.text == "Харків"]
    assert kharkiv and kharkiv[0].place.country == "UA" and kharkiv[0].place.lat is not None
    assert any(t.place is not None and t.place.name == "Aleppo" for t in out[1].toponyms)


def test_evaluate_geoparse_reads_lgl_layout_in_any_language(tmp_path) -> None:
    """An LGL-layout file whose texts are Russian and Arabic: recognised through the native path;
    a gold toponym without coordinates counts for recognition only."""
    from frontwatch.evaluate.run import run_geoparse

    ru = "Вечером ракеты ударили по Харькову, сообщил губернатор области."
    ar = "قصفت الطائرات مدينة حلب صباح اليوم، حسب مصادر محلية."
    a, b = ru.index("Харькову"), ar.index("مدينة حلب")
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1"><text><![CDATA[{ru}]]></text><toponyms>
    <toponym><start>{a}</start><end>{a + 8}</end><phrase>Харькову</phrase>
      <gaztag geonameid="706483"><name>Kharkiv</name><lat>49.98081</lat><lon>36.25272</lon></gaztag></toponym>
  </toponyms></article>
  <article docid="2"><text><![CDATA[{ar}]]></text><toponyms>
    <toponym><start>{b}</start><end>{b + 9}</end><phrase>مدينة حلب</phrase></toponym>
  </toponyms></article>
</articles>"""
    path = tmp_path / "mixed.xml"
    path.write_text(xml, encoding="utf-8")
    r = run_geoparse(path)
    assert r["recognition"]["tp"] == 2 and r["recognition"]["fp"] == 0
    assert r["resolution"]["n"] == 1 and r["resolution"]["acc161"] == 1.0
