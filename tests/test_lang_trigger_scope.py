"""Arabic and Persian noun triggers that name no happening of their own (lang/trigger_scope.py), threat
and violation nouns that need a speaker, and statements placed at a wire dateline (lang/dateline.py).
Sentences written for these tests, coded by the real pipeline (lexicons, cues, simplemma).
"""

from __future__ import annotations

from datetime import date

from frontwatch.lang.cues import load
from frontwatch.lang.dateline import dateline_places
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.trigger_scope import headed_nouns, off_topic, untold_nouns
from frontwatch.lang.triggers import find_triggers
from frontwatch.model import Place, Toponym

PUBLISHED = date(2024, 12, 7)
REPORTED = ("asserted", "claimed")


def types(lang: str, text: str, places: list[Toponym] | None = None) -> set[str]:
    """Internal types of the events a sentence reports as fact or claim."""
    return {e.event_type for e in code_sentence(text, lang, places or [], PUBLISHED) if e.modality in REPORTED}


def scoped(fn, lang: str, text: str, *extra) -> list[str]:
    ws = words(text, load(lang))
    trigs = find_triggers(ws, lang)
    return sorted(trigs[k].type for k in fn(trigs, ws, *extra, load(lang)))


def test_a_noun_after_a_head_word_is_a_modifier() -> None:
    # 'the minutes of the council's meeting' is a document, 'the Liberation Party' a name
    minutes = "أرشيف: محضر اجتماع مجلس إدارة الشركة في الخليل عام 1970."
    assert scoped(headed_nouns, "ar", minutes) == ["consult"]
    assert "consult" not in types("ar", minutes)
    party = "أصدر حزب التحرير بيانا في مدينة الخليل."
    at = party.index("مدينة")
    hebron = Toponym(at, len(party) - 1, party[at:-1], Place(281184, "Hebron", 31.53, 35.09, "PS"))
    assert not types("ar", party, [hebron]) & {"territory_regained", "territory_taken"}
    # 'at the time of the attack' is a time reference; the meeting itself is a happening
    assert not types("fa", "ارتش در زمان حمله به شهر در آن منطقه بود.") & {"armed_clash", "attack"}
    assert "consult" in types("ar", "اجتمع وزير الخارجية مع نظيره الأردني أمس.")


def test_published_is_no_deployment() -> None:
    assert "deployment" not in types("ar", "نشرت وزارة الخارجية محضر اجتماع الوزير مع السفير الأمريكي.")
    assert "deployment" in types("ar", "نشرت القوات التركية تعزيزات قرب مدينة حلب أمس.")


def test_the_persian_light_verb_tells_whether_the_noun_happened() -> None:
    told = "پلیس سه نفر را در تهران بازداشت کرد."
    assert not scoped(untold_nouns, "fa", told, told)
    assert "arrest" in types("fa", told)
    # present ('is being sent'), a state ('is in custody'): no happening
    for text in ("سربازان تازه نفس به مرز شرقی اعزام می شوند.", "متهم اصلی پرونده هنوز در بازداشت است."):
        assert scoped(untold_nouns, "fa", text, text), text
        assert not types("fa", text) & {"deployment", "arrest"}, text
    assert "deployment" in types("fa", "سربازان تازه نفس به مرز شرقی اعزام شدند.")


def test_a_participle_before_is_makes_the_perfect() -> None:
    # 'the ministry has called this act a plain breach of international law': an accusation that was made
    text = "وزارت خارجه این اقدام را نقض آشکار قوانین بین المللی خوانده است."
    assert not scoped(untold_nouns, "fa", text, text)
    assert "accuse" in types("fa", text)


def test_sport_words_make_political_nouns_none() -> None:
    sport = "پس از دیدار دو تیم در لیگ برتر، سرمربی از داوری انتقاد کرد."
    assert scoped(off_topic, "fa", sport)
    assert not types("fa", sport) & {"consult", "accuse"}
    assert "consult" in types("fa", "وزیران خارجه دو کشور در تهران دیدار کردند.")


def test_a_threat_noun_needs_someone_reported_threatening() -> None:
    assert "threaten" not in types("fa", "این وضعیت تهدیدی جدی برای امنیت مرزها است.")
    assert "threaten" not in types("ar", "تدرس اللجنة التهديدات التي تواجه الاقتصاد الوطني.")
    assert "threaten" in types("fa", "وزیر خارجه گفت که آمریکا ایران را تهدید کرد.")


def test_a_verbal_row_is_an_accusation_not_a_battle() -> None:
    got = types("fa", "دو وزیر دیروز با یکدیگر درگیری لفظی پیدا کردند.")
    assert "accuse" in got and "armed_clash" not in got


def test_a_statement_is_placed_at_the_bracketed_dateline() -> None:
    text = "(عمان) - اتهمت منظمة العفو الدولية اليوم الحكومة بارتكاب انتهاكات في دمشق."
    beirut = Toponym(1, 5, "عمان", Place(250441, "Amman", 31.96, 35.95, "JO"))
    damascus_at = text.index("دمشق")
    damascus = Toponym(damascus_at, damascus_at + 4, "دمشق", Place(170654, "Damascus", 33.51, 36.29, "SY"))
    assert dateline_places(text, [beirut, damascus]) == {0}
    events = [e for e in code_sentence(text, "ar", [beirut, damascus], PUBLISHED) if e.event_type == "accuse"]
    assert events and events[0].location is not None and events[0].location.text == "عمان"


def test_a_negator_inside_a_name_negates_nothing() -> None:
    # 'Doctors Without Borders handed out aid': 'بلا' (without) is part of the name
    text = "وزعت منظمة أطباء بلا حدود مساعدات إنسانية على العائلات في المخيم."
    assert {(e.event_type, e.modality) for e in code_sentence(text, "ar", [], PUBLISHED)} >= {("aid", "asserted")}
    assert "attack" not in types("ar", "لم تقصف الطائرات المدينة ولا يوجد أي هجوم.")


def test_no_clitic_is_stripped_behind_the_arabic_article() -> None:
    keys = [w.keys for w in words("البحث وبالقصف وبقصف", load("ar"))]
    assert "بحث" in keys[0] and "حث" not in keys[0]  # 'the research', not 'ب' + 'حث' (urged)
    assert "قصف" in keys[1] and "قصف" in keys[2]  # conjunction + preposition (+ article) still come off


def test_the_persian_clause_ends_at_its_verb() -> None:
    # 'the leaders are to hold another meeting in Brussels on this matter': the subjunctive closes the clause
    plan = "وزیران نفت در وین نشست تازه ای را با حضور کارشناسان برگزار کنند."
    assert scoped(untold_nouns, "fa", plan, plan) == ["consult"]
    # a verb after 'که' (that) belongs to another clause: 'the meeting that is held' does not make it unreal
    held = "نشست وزیران که در بروکسل است دیروز برگزار شد."
    assert not scoped(untold_nouns, "fa", held, held)


def test_the_arabic_future_prefix_makes_a_plan() -> None:
    assert "consult" not in types("ar", "سيزور وزير الخارجية الأردني دمشق الأسبوع المقبل.")
    assert "consult" not in types("ar", "سيلتقي الرئيس نظيره التركي في أنقرة.")
    assert "consult" in types("ar", "التقى الرئيس نظيره التركي في أنقرة أمس.")
    # 'سيطر' (took control) begins with the letter of the future prefix: it is no future
    text = "سيطر الجيش على مدينة تدمر."
    at = text.index("مدينة")
    palmyra = Toponym(at, len(text) - 1, text[at:-1], Place(170017, "Palmyra", 34.56, 38.27, "SY"))
    assert "territory_taken" in types("ar", text, [palmyra]) or "territory_regained" in types("ar", text, [palmyra])


def test_a_headline_slash_ends_a_clause() -> None:
    # 'sharp criticism of the embassy / the ministry asked the ambassador for an explanation':
    # the criticism is no topic of the request, which is in another headline part
    got = types("fa", "انتقاد شدید نمایندگان از سفارت / وزارت خارجه از سفیر سوئیس توضیح خواست")
    assert {"accuse", "request"} <= got


def test_persian_condemned_or_convicted() -> None:
    # 'محکوم' with an active light verb is a condemnation; passive, or 'to prison', a court's sanction
    assert "accuse" in types("fa", "وزارت خارجه این اقدام را محکوم کرد.")
    assert "sanction" in types("fa", "این فعال سیاسی به پنج سال زندان محکوم شد.")
    assert "accuse" not in types("fa", "این فعال سیاسی به پنج سال زندان محکوم شد.")


def test_a_place_named_again_in_a_locative_phrase_keeps_the_statement_there() -> None:
    # the mayor's protest names the town twice, once as 'in the town of X': the accusation stays in X
    # instead of going to the acting government's country
    text = "رئيس بلدية نابلس يوجه استنكارا إلى الحاكم العسكري بسبب الاعتداءات على الطلاب في مدينة نابلس."
    nablus = Place(282615, "Nablus", 32.22, 35.25, "PS")
    first = text.index("نابلس")
    second = text.index("مدينة نابلس")
    places = [Toponym(first, first + 5, "نابلس", nablus), Toponym(second, second + 11, "مدينة نابلس", nablus)]
    events = [e for e in code_sentence(text, "ar", places, PUBLISHED) if e.event_type == "accuse"]
    assert events and events[0].location is not None and events[0].location.place is not None
    assert events[0].location.place.name == "Nablus"


def test_a_visit_to_a_named_place_has_someone_visiting() -> None:
    # a caseless script shows no names: 'on a trip to Khuzestan province' is someone's visit all the same
    text = "هیئت پارلمانی صبح امروز در سفر به استان خوزستان از مناطق مرزی بازدید کرد."
    at = text.index("استان")
    khuzestan = Toponym(at, at + len("استان خوزستان"), "استان خوزستان", Place(127082, "Khuzestan", 31.43, 49.04, "IR"))
    assert "consult" in types("fa", text, [khuzestan])
    assert "consult" not in types("fa", "سفر های خارجی گران شده است.")
