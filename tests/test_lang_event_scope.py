"""What a non-English trigger reports: a happening, a plan (infinitive), a topic of another act, a wire
slug; and the part of a country a compass word names (lang/event_scope.py, lang/dateline.py,
lang/directions.py). Sentences written for these tests; places as the geoparser gives them, or from
the real gazetteer where the test says so.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontwatch.geometry import haversine_km
from frontwatch.lang.cues import load
from frontwatch.lang.dateline import dateline_places, slug_end
from frontwatch.lang.directions import part_point
from frontwatch.lang.event_scope import infinitive_triggers, topic_triggers
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.morph import word_forms
from frontwatch.lang.triggers import find_triggers
from frontwatch.model import Place, Toponym

PUBLISHED = date(2024, 12, 7)
REPORTED = ("asserted", "claimed")


def reported(lang: str, text: str, places: list[Toponym] | None = None) -> list[tuple[str, str]]:
    """(internal type, modality) of the events a sentence reports as fact or claim."""
    return [(e.event_type, e.modality) for e in code_sentence(text, lang, places or [], PUBLISHED)
            if e.modality in REPORTED]


def types(lang: str, text: str, places: list[Toponym] | None = None) -> set[str]:
    return {t for t, _ in reported(lang, text, places)}


def triggers(lang: str, text: str):
    ws = words(text, load(lang))
    return ws, find_triggers(ws, lang)


def test_infinitive_is_a_plan_not_a_happening() -> None:
    # 'called to impose sanctions': the call happened, the sanctions did not
    ws, trigs = triggers("ru", "Премьер-министр призвал ввести жесткие санкции против России.")
    inf = infinitive_triggers(trigs, ws, load("ru"))
    assert [trigs[k].type for k in inf] == ["sanction"]
    got = types("ru", "Премьер-министр призвал ввести жесткие санкции против России.")
    assert "request" in got and "sanction" not in got
    # Spanish infinitive by its ending; the finite verb of the same lemma is a happening
    assert "consult" not in types("es", "El ministro propuso negociar con los sindicatos.")
    assert "arrest" in types("es", "La policía detuvo a tres dirigentes del partido.")


def test_a_phase_verb_makes_the_infinitive_happen() -> None:
    ws, trigs = triggers("ru", "Войска начали обстреливать город утром.")
    assert not infinitive_triggers(trigs, ws, load("ru"))
    ws, trigs = triggers("ru", "Войска собирались обстреливать город утром.")
    assert infinitive_triggers(trigs, ws, load("ru"))


def test_greek_complement_particle_reads_like_an_infinitive() -> None:
    got = reported("el", "Ο υπουργός ζήτησε από τη Γερμανία να στηρίξει την πρόταση.")
    assert ("request", "asserted") in got and not any(t == "support" for t, _ in got)


def test_a_topic_noun_of_a_political_act_is_no_event_of_its_own() -> None:
    text = "Лидеры договорились о прекращении огня на востоке страны."
    ws, trigs = triggers("ru", text)
    topics = {trigs[k].type for k in topic_triggers(trigs, ws, text)}
    assert topics == {"ceasefire"}
    # the same noun after a comma starts its own clause: not a topic
    text2 = "Лидеры договорились, прекращение огня вступило в силу."
    ws2, trigs2 = triggers("ru", text2)
    assert not topic_triggers(trigs2, ws2, text2)


def test_verb_final_topic_before_its_verb() -> None:
    text = "مسکو مشارکت در حمله به کاروان را رد کرد."
    ws, trigs = triggers("fa", text)
    assert {trigs[k].type for k in topic_triggers(trigs, ws, text, object_first=True)} == {"attack"}
    assert not topic_triggers(trigs, ws, text, object_first=False)


def test_russian_noun_needs_a_past_verb_in_its_own_clause() -> None:
    # talks in passing (the past verb belongs to another clause) vs talks that were held
    assert "consult" not in types("ru", "Он заявил, что в ходе переговоров стороны обсудят сотрудничество.")
    assert "consult" in types("ru", "Президенты провели переговоры в Кремле.")


def test_lexicon_prefixes_do_not_catch_everyday_words() -> None:
    assert not triggers("el", "Στο νεκροταφείο του χωριού.")[1]  # cemetery, not 'dead'
    assert not triggers("el", "Συζήτησαν τα ζητήματα της ημέρας.")[1][1:]  # issues, not 'asked'
    assert not triggers("tr", "Binanın yenilenmesine karar verildi.")[1]  # renewal, not 'defeated'


def _toponym(text: str, surface: str, name: str, lat: float, lon: float, cc: str, precision: str) -> Toponym:
    i = text.index(surface)
    return Toponym(i, i + len(surface), surface, Place(abs(hash(name)) % 10**7, name, lat, lon, cc, precision=precision))


def test_wire_dateline_and_slug() -> None:
    text = "LIBANO - ISRAEL / RETIRADA - Beirut - Intensos bombardeos alcanzaron Tiro."
    tops = [_toponym(text, "LIBANO", "Lebanon", 33.8, 35.8, "LB", "country"),
            _toponym(text, "ISRAEL", "Israel", 31.5, 34.8, "IL", "country"),
            _toponym(text, "Beirut", "Beirut", 33.89, 35.50, "LB", "city"),
            _toponym(text, "Tiro", "Tyre", 33.27, 35.20, "LB", "city")]
    dl = dateline_places(text, tops)
    assert {tops[k].text for k in dl} == {"LIBANO", "Beirut"}  # 'ISRAEL /' is inside the slug
    assert text[slug_end(text, tops, dl):].startswith("Intensos")
    events = [e for e in code_sentence(text, "es", tops, PUBLISHED) if e.modality in REPORTED]
    assert [e.event_type for e in events] == ["air_strike"]  # the slug 'RETIRADA' codes nothing
    assert events[0].location.place.name == "Tyre"  # the body's place, not the dateline's
    # an all-capitals headline with the dateline at its end has no body: nothing is a slug
    head = "ETIOPIA LANZA NUEVA OFENSIVA Addis Abeba (EFE)."
    htops = [_toponym(head, "Addis Abeba", "Addis Ababa", 9.0, 38.7, "ET", "city")]
    assert slug_end(head, htops, dateline_places(head, htops)) == 0


def test_part_point_takes_the_towns_furthest_along_the_bearing() -> None:
    towns = [(float(lat), 35.0) for lat in range(30, 40)]  # a north-south strip of ten towns
    south = part_point(towns, "S")
    north = part_point(towns, "N")
    assert south is not None and north is not None and south[0] < 32 and north[0] > 37
    assert part_point(towns[:3], "S") is None  # too few towns to tell a part



@pytest.mark.parametrize(("lang", "text", "phrase"), [
    ("es", "La aviación bombardeó hoy el sur del Líbano.", "sur del Líbano"),
    ("ar", "قصفت الطائرات جنوب لبنان أمس.", "جنوب لبنان"),
    ("tr", "Uçaklar dün Lübnan'ın güneyini bombaladı.", "Lübnan'ın güneyini"),
])
def test_south_of_lebanon_is_placed_in_the_south(geoparser, lang: str, text: str, phrase: str) -> None:
    """On the real gazetteer: the part lies near Tyre and Nabatieh, not at Lebanon's point in the Bekaa."""
    from frontwatch.lang.geoparse import geoparse_text

    _, tops = geoparse_text(text, lang, geoparser)
    part = [t for t in tops if t.relative and t.text == phrase]
    assert part, [(t.text, t.precision) for t in tops]
    rel = part[0].relative
    assert haversine_km(rel["lat"], rel["lon"], 33.27, 35.40) < 25  # southern Lebanon
    assert any(t.text != phrase and t.place and t.place.country == "LB" and not t.relative for t in tops)
    # the coder places the strike in the part
    events = [e for e in code_sentence(text, lang, tops, PUBLISHED) if e.modality in REPORTED]
    assert events and all(e.location is not None and e.location.relative for e in events)


def test_a_short_lemma_is_not_a_names_dictionary_form() -> None:
    assert "kara" not in [f.casefold() for f in word_forms("Karakurum'u", "tr")]
    assert "İzmir" in word_forms("İzmir'de", "tr")


def test_a_deal_with_a_company_is_business_not_an_event() -> None:
    # procurement: a ministry contracting a firm (legal form, tender word)
    assert "agreement" not in types("uk", "Міністерство 4 травня за результатами тендеру уклало угоду з ТОВ «Альфа».")
    assert "agreement" not in types("el", "Το υπουργείο υπέγραψε συμφωνία με την εταιρεία Άλφα ΑΕ.")
    assert "agreement" not in types("tr", "Bakanlık dün Beta Holding A.Ş. ile anlaşma imzaladı.")
    # between states, no company named: an agreement
    assert "agreement" in types("uk", "Україна та Молдова вчора уклали угоду про співпрацю.")
    assert "agreement" in types("el", "Η Ελλάδα και η Βουλγαρία υπέγραψαν συμφωνία χθες.")


def test_a_generic_attack_word_beside_a_specific_one_is_one_happening() -> None:
    text = "Επίθεση αυτοκτονίας σκότωσε πέντε στη Βαγδάτη."
    a = text.index("Βαγδάτη")
    place = [Toponym(a, a + 7, "Βαγδάτη", Place(98182, "Baghdad", 33.34, 44.40, "IQ", precision="city"))]
    got = types("el", text, place)
    assert "suicide_bombing" in got and "armed_clash" not in got


def test_turkish_opinion_noun_is_no_meeting() -> None:
    assert "consult" not in types("tr", "Parti, kurucusunun görüşlerini savunuyordu.")
    assert "consult" in types("tr", "Dışişleri Bakanı dün Rus mevkidaşıyla görüştü.")


def test_an_explosion_with_no_weapon_and_no_one_behind_it_is_no_event() -> None:
    text = "Ισχυρή έκρηξη σημειώθηκε σε εργοστάσιο χημικών στην Καμπούλ."
    bomb = "Έκρηξη βόμβας σκότωσε πέντε στρατιώτες στην Καμπούλ."
    kabul = Place(1138958, "Kabul", 34.53, 69.17, "AF", precision="city")

    def at_kabul(s: str) -> list[Toponym]:
        a = s.index("Καμπούλ")
        return [Toponym(a, a + 7, "Καμπούλ", kabul)]

    assert "explosive" not in types("el", text, at_kabul(text))  # an industrial accident
    assert "explosive" in types("el", bomb, at_kabul(bomb))  # the bomb is the act
    assert "explosive" not in types("uk", "Вибух на хімічному заводі забрав життя трьох робітників.")
    assert "explosive" in types("uk", "Бойовики влаштували вибух біля блокпосту.")


def test_support_verb_before_that_is_an_opinion() -> None:
    from frontwatch.lang.event_scope import opinion_verbs

    ws, trigs = triggers("el", "Ο υπουργός υποστήριξε ότι η κυβέρνηση έκανε λάθος.")
    assert [trigs[k].type for k in opinion_verbs(trigs, ws, load("el"))] == ["support"]
    assert "support" not in types("el", "Ο υπουργός υποστήριξε ότι η κυβέρνηση έκανε λάθος.")
    assert "support" in types("el", "Η Γαλλία στήριξε χθες την Ελλάδα στο Συμβούλιο.")
    assert "support" not in types("uk", "Депутат підтримав думку, що уряд помиляється.")
    assert "support" in types("uk", "Польща підтримала Україну в Раді безпеки.")
