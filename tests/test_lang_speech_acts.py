"""Persian and Arabic readings added for issue 19's enlarged ar/fa development set: speech acts said in
the first person present, nouns that a following word makes another thing ('cyber attacks'), and
head words that make a noun an adjunct, a state or a setting (lang/trigger_scope.py, cues_fa/cues_ar).
Sentences written for these tests, coded by the real pipeline (lexicons, cues, simplemma).
"""

from __future__ import annotations

from datetime import date

from frontwatch.lang.cues import load
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.trigger_scope import headed_nouns, untold_nouns
from frontwatch.lang.triggers import find_triggers
from frontwatch.model import Place, Toponym

PUBLISHED = date(2024, 12, 7)
REPORTED = ("asserted", "claimed")


def types(lang: str, text: str) -> set[str]:
    """Internal types of the events a sentence reports as fact or claim."""
    return {e.event_type for e in code_sentence(text, lang, [], PUBLISHED) if e.modality in REPORTED}


def scoped(fn, lang: str, text: str, *extra) -> list[str]:
    ws = words(text, load(lang))
    trigs = find_triggers(ws, lang)
    return sorted(trigs[k].type for k in fn(trigs, ws, *extra, load(lang)))


def test_a_speech_act_in_the_first_person_present_is_done() -> None:
    # 'I apologise to the deputies': saying it is the apology
    apology = "وزیر خارجه در صحن مجلس گفت: از نمایندگان عذرخواهی می کنم."
    assert not scoped(untold_nouns, "fa", apology, apology)
    assert "concede" in types("fa", apology)
    # a material act in the first person present is a plan: 'we are sending more troops to the border'
    plan = "فرمانده گفت: ما نیروهای بیشتری به مرز شرقی اعزام می کنیم."
    assert scoped(untold_nouns, "fa", plan, plan) == ["deployment"]
    assert "deployment" not in types("fa", plan)
    # the third person present stays a habit: 'he apologises to the people every week'
    habit = "او هر هفته از مردم عذرخواهی می کند."
    assert scoped(untold_nouns, "fa", habit, habit) == ["concede"]


def test_a_refusal_to_attend_is_a_rejection() -> None:
    assert "reject" in types("fa", "وزیر خارجه بریتانیا از شرکت در نشست وزیران خودداری کرد.")


def test_cyber_attacks_are_no_armed_attack() -> None:
    fa = "آمریکا روسیه را به حملات سایبری علیه وزارت خارجه متهم کرد."
    assert scoped(headed_nouns, "fa", fa) == ["attack"]
    got = types("fa", fa)
    assert "accuse" in got and not got & {"armed_clash", "attack", "attack_civilians"}
    ar = "اتهمت الحكومة روسيا أمس بشن الهجمات الإلكترونية على وزارة الخارجية."
    assert not types("ar", ar) & {"armed_clash", "attack", "attack_civilians"}
    # an attack with no such word after it is still one
    assert types("fa", "افراد مسلح دیروز به پاسگاه مرزی حمله کردند.") & {"armed_clash", "attack", "attack_civilians"}


def test_under_siege_is_a_state() -> None:
    state = "هزاران نفر در مناطق تحت محاصره بدون غذا مانده اند."
    assert scoped(headed_nouns, "fa", state) == ["restriction"]
    assert "restriction" not in types("fa", state)


def test_a_meeting_named_as_the_setting_of_words_is_not_coded() -> None:
    # 'on the sidelines of the ministers' meeting he told reporters ...': the news is what he said
    sidelines = "وزیر خارجه اسلواکی در حاشیه نشست وزیران به خبرنگاران گفت که اروپا متحد است."
    assert "consult" not in types("fa", sidelines)
    assert "consult" in types("fa", "وزیران خارجه اتحادیه اروپا دیروز در بروکسل نشست برگزار کردند.")


def test_with_the_support_of_is_an_adjunct() -> None:
    adjunct = "این گروه با حمایت کشورهای غربی در سال گذشته تشکیل شد."
    assert scoped(headed_nouns, "fa", adjunct) == ["support"]
    assert "support" not in types("fa", adjunct)


def test_a_reply_names_an_accusation_told_before() -> None:
    # 'in reaction to Riyadh's accusations the commanders declared their support': a head may be a phrase
    reply = "فرماندهان عراقی در واکنش به اتهامات ریاض از نیروهای مردمی حمایت کردند."
    assert "accuse" in scoped(headed_nouns, "fa", reply)
    assert "accuse" not in types("fa", reply)
    assert "accuse" in types("fa", "وزارت خارجه عراق دیروز عربستان را به دخالت در امور داخلی متهم کرد.")


def test_a_bracketed_aside_does_not_close_the_clause() -> None:
    # the date in brackets sits inside the clause; the light verb after it is the noun's
    plan = "وزیران دو کشور مذاکرات را امروز (پنجشنبه 22 سپتامبر / اول مهر) در ژنو برگزار کنند."
    assert scoped(untold_nouns, "fa", plan, plan) == ["consult"]
    held = "وزیران دو کشور مذاکرات را دیروز (چهارشنبه 21 سپتامبر / 31 شهریور) در ژنو برگزار کردند."
    assert not scoped(untold_nouns, "fa", held, held)
    assert "consult" in types("fa", held)


def test_interviews_seminars_ships_and_match_legs_are_no_events() -> None:
    # 'said in an interview with the IRNA reporter': an interview is no talk between sides
    assert "consult" not in types("fa", "وزیر راه در گفتگو با خبرنگار ایرنا از ساخت جاده جدید خبر داد.")
    # 'specialist sessions on cultural exchange were held': a seminar
    assert "consult" not in types("fa", "نشست های تخصصی تبادل فرهنگی در دانشگاه برگزار شد.")
    # 'the return leg remains': sport
    assert "consult" not in types("fa", "دیدار برگشت هنوز باقی مانده است و تیم باید خوب ظاهر شود.")
    # 'ship' is no killing
    assert not types("fa", "یک کشتی باری دیروز به بندر بوشهر رسید.") & {"armed_clash", "attack", "attack_civilians"}
    # talks between two ministers are still talks
    assert "consult" in types("fa", "وزیران خارجه ایران و ترکیه دیروز در آنکارا گفتگو کردند.")


def test_control_is_a_takeover_only_when_taken() -> None:
    def at_aleppo(text: str) -> set[str]:
        a = text.index("حلب")
        aleppo = Toponym(a, a + 3, "حلب", Place(170063, "Aleppo", 36.2, 37.16, "SY"))
        return {e.event_type for e in code_sentence(text, "fa", [aleppo], PUBLISHED) if e.modality in REPORTED}

    assert "territory_taken" in at_aleppo("شورشیان دیروز شهر حلب را تحت کنترل خود درآوردند.")
    # remote control, traffic control
    assert "territory_taken" not in at_aleppo("بزرگترین ربات کنترل از راه دور در حلب ساخته شد.")


def test_a_span_of_time_before_a_noun_is_a_duration() -> None:
    # 'the system went offline because of 8 years of sanctions': a state, not a new sanction
    duration = "این سامانه به علت 8 سال تحریم از دسترس خارج شد."
    assert scoped(headed_nouns, "fa", duration) == ["sanction"]
    assert "sanction" not in types("fa", duration)


def test_a_volume_of_visits_is_a_figure() -> None:
    figure = "ارتفع حجم الزيارات إلى موقع الشركة خلال الشهر الماضي."
    assert scoped(headed_nouns, "ar", figure) == ["consult"]
    assert "consult" not in types("ar", figure)
    assert "consult" in types("ar", "زار وزير الخارجية الأردني دمشق أمس والتقى نظيره السوري.")


def test_a_support_noun_without_a_verb_names_a_thing() -> None:
    # 'the financial support of its citizens for the group': no one is reported backing anyone
    thing = "اعتراف وزارت کشور به حمایت های مالی شهروندان از این گروه، خبر اصلی روزنامه ها بود."
    assert "support" in scoped(untold_nouns, "fa", thing, thing)
    assert "support" not in types("fa", thing)
    # 'the commanders declared their support for the popular forces': told by the verb
    told = "فرماندهان عراقی دیروز حمایت خود را از نیروهای مردمی اعلام کردند."
    assert "support" not in scoped(untold_nouns, "fa", told, told)
    assert "support" in types("fa", told)
