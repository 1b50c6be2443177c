"""Event coding of sentences in ar, ru, uk, el, es, tr, fa, fr (frontwatch.lang.events).

Sentences written for these tests (not from any corpus); places are given as the
geoparser would give them (offsets and a resolved gazetteer entry).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontwatch.events import ontology
from frontwatch.events.actors import default_dictionary
from frontwatch.lang.cues import SUPPORTED, UnsupportedLanguage, load
from frontwatch.lang.event_actors import actor_for, cue_values
from frontwatch.lang.events import code_sentence
from frontwatch.lang.triggers import lexicon
from frontwatch.model import Place, Toponym

PUBLISHED = date(2024, 12, 7)  # a Saturday

COORDS = {
    "Aleppo": (36.20, 37.16, "SY"), "Kharkiv": (49.99, 36.23, "UA"), "Bogota": (4.61, -74.08, "CO"),
    "Mopti": (14.49, -4.19, "ML"), "Afrin": (36.51, 36.87, "SY"), "Erbil": (36.19, 44.01, "IQ"),
    "Ankara": (39.93, 32.85, "TR"), "Gaza": (31.50, 34.47, "PS"), "Idlib": (35.93, 36.63, "SY"),
    "Athens": (37.98, 23.73, "GR"), "Madrid": (40.42, -3.70, "ES"), "Syria": (35.0, 38.0, "SY"),
}


def place(sentence: str, surface: str, key: str, precision: str = "city") -> Toponym:
    i = sentence.index(surface)
    lat, lon, cc = COORDS[key]
    gid = abs(hash(key)) % 10_000_000
    return Toponym(i, i + len(surface), surface, Place(gid, key, lat, lon, cc, precision=precision))


def code(lang: str, sentence: str, *places: tuple[str, str], published: date | None = PUBLISHED):
    return code_sentence(sentence, lang, [place(sentence, s, k) for s, k in places], published)


def one(events, acled_sub: str | None = None, plover: str | None = None):
    hits = [e for e in events if (acled_sub is None or e.acled_sub_event_type == acled_sub)
            and (plover is None or e.plover == plover)]
    assert len(hits) == 1, [(e.event_type, e.acled_sub_event_type, e.plover) for e in events]
    return hits[0]


def test_arabic_air_strike_with_clitics_date_source_and_deaths():
    s = "قصفت الطائرات الحربية الروسية مدينة حلب أمس، ما أدى إلى مقتل عشرة مدنيين، بحسب المرصد السوري."
    e = one(code("ar", s, ("حلب", "Aleppo")), "Air/drone strike")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Russia"
    assert e.location is not None and e.location.place.name == "Aleppo"
    assert (e.date, e.date_precision) == ("2024-12-06", "day")
    assert e.fatalities == 10 and e.modality == "asserted"
    assert e.reported_by == ["المرصد السوري"]
    assert e.evidence_text == s and e.plover == "ASSAULT"


def test_russian_shelling_kills_civilians_one_event_not_two():
    s = "Российские войска вчера обстреляли Харьков, погибли пять мирных жителей."
    events = code("ru", s, ("Харьков", "Kharkiv"))
    e = one(events)  # the deaths are the shelling's outcome, not a second event
    assert e.acled_sub_event_type == "Shelling/artillery/missile attack"
    assert e.actor1.name == "Military Forces of Russia" and e.fatalities == 5
    assert e.date == "2024-12-06"


def test_ukrainian_drone_attack_and_source_after_verb():
    s = "Уночі російські дрони атакували Харків, повідомили в ОВА."
    e = one(code("uk", s, ("Харків", "Kharkiv")))
    assert e.acled_sub_event_type == "Air/drone strike"
    assert e.location.place.name == "Kharkiv" and e.date == "2024-12-07"
    assert e.reported_by == ["Government of Ukraine"]


def test_greek_bombing_by_state_is_air_strike_with_according_to():
    s = "Σύμφωνα με το Παρατηρητήριο, οι συριακές δυνάμεις βομβάρδισαν χθες το Χαλέπι, σκοτώνοντας πέντε αμάχους."
    e = one(code("el", s, ("Χαλέπι", "Aleppo")), "Air/drone strike")
    assert e.actor1.name == "Military Forces of Syria" and e.fatalities == 5
    assert e.reported_by == ["Παρατηρητήριο"] and e.date == "2024-12-06"


def test_spanish_arrest_of_protesters_is_protest_with_intervention():
    s = "Ayer la policía detuvo a doce manifestantes en Bogotá durante una protesta."
    e = one(code("es", s, ("Bogotá", "Bogota")), acled_sub="Protest with intervention")
    assert e.actor1.name == "Police Forces of Colombia" and e.actor2.kind == "protesters"
    assert e.fatalities == 0  # arrests are not deaths


def test_french_attack_on_civilians_weekday_and_source():
    s = "Selon l'armée malienne, des hommes armés ont attaqué vendredi un village près de Mopti, tuant sept civils."
    e = one(code("fr", s, ("Mopti", "Mopti")), "Attack")
    assert e.actor1.kind == "armed group" and e.actor1.country == "ML"
    assert (e.date, e.fatalities) == ("2024-12-06", 7)
    assert e.reported_by == ["Military Forces of Mali"]


def test_turkish_clash_stem_matching_and_oblique_country():
    s = "Suriye'nin kuzeyindeki Afrin'de dün çıkan çatışmalarda 3 kişi hayatını kaybetti."
    e = one(code("tr", s, ("Suriye", "Syria"), ("Afrin", "Afrin")))
    assert e.acled_sub_event_type == "Armed clash" and e.location.place.name == "Afrin"
    assert e.actor1 is None  # 'Suriye'nin' (Syria's) names where, not who
    assert e.fatalities == 3 and e.date == "2024-12-06"


def test_persian_drone_strike_source_is_not_the_doer():
    s = "به گفته مقامات محلی، دیروز در حمله پهپادی به شهر اربیل دو نفر کشته شدند."
    e = one(code("fa", s, ("اربیل", "Erbil")))
    assert e.acled_sub_event_type == "Air/drone strike" and e.fatalities == 2
    assert e.actor1 is None and e.reported_by and e.modality == "asserted"


def test_political_meeting_has_plover_only():
    s = "Министр иностранных дел России встретился в Анкаре с турецким коллегой."
    e = one(code("ru", s, ("Анкаре", "Ankara")), plover="CONSULT")
    assert e.acled_event_type is None and e.actor1.name == "Government of Russia"
    assert e.location.place.name == "Ankara"


def test_arabic_denial_and_negation():
    s = "نفى الجيش الإسرائيلي أن يكون قد قصف مستشفى في غزة."
    assert one(code("ar", s, ("غزة", "Gaza"))).modality == "denied"
    s2 = "Армия не захватила Идлиб."
    assert one(code("ru", s2, ("Идлиб", "Idlib"))).modality == "denied"
    s3 = "Ordu dün İdlib'e saldırmadı."  # Turkish negates the verb itself
    assert one(code("tr", s3, ("İdlib", "Idlib"))).modality == "denied"
    s4 = "Ordu dün İdlib'e saldırdı."
    assert one(code("tr", s4, ("İdlib", "Idlib"))).modality == "asserted"


def test_plans_and_conditions():
    s = "Η κυβέρνηση θα υπογράψει συμφωνία με την Τουρκία."
    assert all(e.modality == "planned" for e in code("el", s)) and code("el", s)
    s2 = "Si los rebeldes atacan Madrid, el ejército responderá."
    assert not [e for e in code("es", s2, ("Madrid", "Madrid")) if e.acled_event_type == "Battles"]


def test_history_is_background_and_unknown_publication_keeps_no_relative_date():
    s = "Лет назад армия обстреляла Харьков."
    assert one(code("ru", s, ("Харьков", "Kharkiv"))).modality == "background"
    e = one(code("ru", "Вчера армия обстреляла Харьков.", ("Харьков", "Kharkiv"), published=None))
    assert e.date is None and e.date_precision == "unknown"


def test_absolute_date_through_dateparser():
    e = one(code("fr", "Le 3 décembre, l'armée a bombardé Idlib.", ("Idlib", "Idlib")))
    assert (e.date, e.date_precision) == ("2024-12-03", "day")


def test_takeover_needs_a_place_and_codes_each_place_taken():
    assert code("ar", "سيطرت الفصائل على المنطقة.") == []
    s = "Боевики захватили Идлиб и Алеппо."
    events = code("ru", s, ("Идлиб", "Idlib"), ("Алеппо", "Aleppo"))
    assert sorted(e.location.place.name for e in events) == ["Aleppo", "Idlib"]
    assert {e.acled_sub_event_type for e in events} == {"Non-state actor overtakes territory"}


def test_evidence_and_places_shift_with_the_sentence_offset():
    s = "Ayer el ejército bombardeó Idlib."
    e = one(code_sentence(s, "es", [place(s, "Idlib", "Idlib")], PUBLISHED, article_id="a1", offset=100))
    assert (e.evidence_start, e.evidence_end, e.article_id) == (100, 100 + len(s), "a1")
    assert e.location.start == 100 + s.index("Idlib")
    assert set(e.to_record()) >= {"event_type", "acled", "plover", "actor1", "location", "date", "evidence"}


def test_no_trigger_no_event_and_unsupported_language():
    assert code("tr", "Ankara'da hava bugün güneşli.", ("Ankara", "Ankara")) == []
    with pytest.raises(UnsupportedLanguage):
        code_sentence("Hallo Welt", "de", [], PUBLISHED)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_data_files_are_complete(lang):
    cues = load(lang)
    assert len(cues.weekdays) == 7 and cues.relative_days and cues.according and cues.reporting
    entries = lexicon(lang).values
    assert all(ontology.known(e.type) for e in entries)
    covered = {ontology.get(ontology.refine(e.type)).acled[0] for e in entries if ontology.get(e.type).acled}
    assert covered >= {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                       "Strategic developments"}
    d = default_dictionary()
    assert [v for v in cue_values(lang) if actor_for(v, "SY", d) is None] == []


@pytest.mark.parametrize("lang", SUPPORTED)
@pytest.mark.parametrize("text", ["", "   ", "12345 67", "\u200c\u200c", "x" * 5000, "قصف\x00 Харків σύγκρουση ataque"])
def test_odd_input_codes_without_error(lang, text):
    events = code_sentence(text, lang, [], PUBLISHED)
    assert all(e.evidence_text == text and e.evidence_end == len(text) for e in events)
