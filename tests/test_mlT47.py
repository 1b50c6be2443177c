"""mlT47: Arabic and Persian events (issue 19) — whole verb families, not single forms.

Arabic: the imperfect of the derived verbs (forms IV, VII, VIII, X) drops the perfect's alef ('تعدم', 'تنفجر',
'ينسحبون', 'تستولي'), and a defective verb drops its final ى before a person suffix ('استولوا', 'استدعت'), so the
lexicon's 3ms past met only part of each paradigm. Persian compound verbs and nouns missing as families ('زندانی کرد',
'انکار کرد', 'بازپس گرفت', 'تظاهرکنندگان'). A seizing verb whose object is a rank, a post, a fire, a complaint or a
summit takes no ground (`[scope.object_senses]`, the object before a Persian verb). Sentences from
dev/families/probes/mlT47_paradigms.txt (written for the purpose and labelled before any run) and written for the
object senses; none is from a development set. The pipeline tests run the native geoparser, then the coder."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types

from frontwatch.lang.event_tokens import keys_of


@pytest.mark.parametrize("word,perfect", [
    ("يعدم", "اعدم"),  # form IV
    ("تنفجر", "انفجر"),  # form VII
    ("ينسحبون", "انسحب"),  # form VII, plural suffix stripped after
    ("نعتقل", "اعتقل"),  # form VIII, first person plural
    ("ويستولي", "استولي"),  # form X defective, behind the conjunction (ى folded to ي)
    ("تدين", "ادان"),  # hollow form IV: the imperfect's ي is the perfect's ا
    ("يشيد", "اشاد"),
])
def test_arabic_imperfect_gives_the_derived_perfect(word, perfect):
    assert perfect in keys_of(word, "ar")


@pytest.mark.parametrize("word,not_key", [
    ("يسقط", "اسقط"),  # falls (form I), not shoots down
    ("تضرب", "اضرب"),  # hits, not strikes work
    ("يستشهد", "استشهد"),  # cites
    ("تنفجر", "افجر"),  # no second person prefix behind the first
    ("عدم", "اعدم"),  # 'non-' behind no person prefix
])
def test_arabic_imperfect_rule_limits(word, not_key):
    assert not_key not in keys_of(word, "ar")


@pytest.mark.parametrize("word,perfect", [("استولوا", "استولي"), ("واستولت", "استولي"), ("يستولون", "استولي"),
                                          ("استدعوا", "استدعي")])
def test_arabic_defective_verb_takes_back_its_final_letter(word, perfect):
    assert perfect in keys_of(word, "ar")


def test_arabic_first_person_plural_is_stripped_but_not_from_a_name():
    assert "رفض" in keys_of("نرفض", "ar")  # we reject
    assert "زار" not in keys_of("نزار", "ar")  # the given name, no 'we visit'


def test_persian_copula_we_are_is_stripped_from_a_long_stem_only():
    assert "خواستار" in keys_of("خواستاریم", "fa")
    assert "تحر" not in keys_of("تحریم", "fa")  # a sanction, no stem + 'we are'


def test_arabic_short_stem_takes_no_final_letter():
    assert "اجلي" not in keys_of("أجلت", "ar")  # postponed, not evacuated


@pytest.mark.parametrize("lang,text,types", [
    ("ar", "مقاتلو التنظيم استولوا على مدينة سرت الساحلية.", {"territory_taken"}),
    ("ar", "السلطات تعدم خمسة مدانين بتهم إرهاب في بغداد.", {"attack_civilians", "attack"}),
    ("ar", "القوات الأمريكية تنسحب من قاعدة التنف.", {"retreat"}),
    ("ar", "المقاتلون ينسحبون من أحياء حلب الشرقية.", {"retreat"}),
    ("ar", "وزير الخارجية العماني يتفاوض مع نظيره الإيراني في مسقط.", {"consult"}),
    ("ar", "الطرفان يتفقان على وقف النار في غزة.", {"ceasefire", "agreement"}),
    ("ar", "حماس تفرج عن ثلاثة رهائن في رفح.", {"release"}),
    ("ar", "ندين بشدة الهجوم الإرهابي على المسجد في كابول.", {"accuse"}),
    ("ar", "نرفض أي تدخل أجنبي في شؤون لبنان.", {"reject"}),
    ("fa", "آشوبگران چند بانک را در شیراز به آتش کشیدند.", {"riot"}),
    ("fa", "وزارت خارجه ایران این گزارش را انکار کرد.", {"reject"}),
    ("fa", "بازپس گیری شهر تدمر از داعش توسط ارتش سوریه", {"territory_regained"}),
    ("fa", "کارگران معترض افزایش دستمزد را از دولت مطالبه کردند.", {"request", "protest"}),
    ("fa", "ما خواستاریم که دولت به این وضعیت پایان دهد.", {"request"}),  # the copula 'we are' glued on
])
def test_family_forms_code_their_event(lang, text, types, geoparser):
    assert types & set(ml_reported_types(text, lang, geoparser))


@pytest.mark.parametrize("lang,text", [
    ("ar", "مستوطنون يضرمون النار في أراض زراعية قرب نابلس."),
    ("ar", "أضرم محتجون النار في مقر الحزب في البصرة."),
])
def test_arson_is_property_destruction(lang, text, geoparser):
    assert "looting" in ml_reported_types(text, lang, geoparser)  # 'destruction' is ACLED's Looting/property destruction


@pytest.mark.parametrize("lang,text", [
    ("ar", "يسقط المطر بغزارة على العاصمة عمان."),
    ("ar", "العاصفة تضرب السواحل الشرقية لليبيا."),
    ("ar", "أجلت الحكومة الانتخابات البلدية في تونس إلى العام المقبل."),
    ("ar", "يعاني سكان بلدانهم من عدم الاستقرار الاقتصادي."),
    ("ar", "يستشهد الكاتب بأقوال المؤرخين عن تاريخ القدس."),
    ("ar", "يطلق على مدينة الإسكندرية اسم عروس البحر."),
    ("ar", "قال نزار الحلبي في دمشق إن الأسعار ارتفعت."),  # the name Nizar, no visit
    ("ar", "يدين الشعب له بالفضل في بيروت."),  # owes him, condemns no one
    ("fa", "کشورهای ثروتمند می خواهند امتیازات بیشتری برای خود مطالبه کنند."),
    ("fa", "بانک ها مطالبات معوق خود را از مشتریان وصول کردند."),
    ("fa", "این موافقتنامه سال آینده امضا خواهد شد."),
])
def test_other_senses_of_the_new_forms_code_nothing(lang, text, geoparser):
    assert ml_reported_types(text, lang, geoparser) == []


@pytest.mark.parametrize("lang,text", [
    ("ar", "تحتل مصر المرتبة الأولى في إنتاج القطن في أفريقيا."),  # ranks first
    ("ar", "دخل القرار حيز التنفيذ في بغداد أمس."),  # came into force
    ("ar", "تمكن الدفاع المدني من السيطرة على الحريق في دمشق."),  # brought the fire under control
    ("ar", "حرر الشرطي محضرا في القاهرة."),  # drew up a police report
    ("ar", "سيطرت فرق الإطفاء على الحريق في مصنع بالقاهرة."),  # fire-fighting teams (VSO) controlled the fire
    ("ar", "واصلت فرق الإنقاذ البحث عن ناجين في حلب."),  # rescue teams, no protest dispersed
    ("fa", "وزیر ورزش شکایت خود را در تهران پس گرفت."),  # withdrew his complaint
    ("fa", "نماینده مجلس استعفای خود را در تهران پس گرفت."),  # withdrew his resignation
    ("fa", "کوهنوردان ایرانی قله دماوند را در مازندران فتح کردند."),  # conquered the summit
])
def test_object_of_another_sense_takes_no_ground(lang, text, geoparser):
    assert ml_reported_types(text, lang, geoparser) == []


@pytest.mark.parametrize("lang,text,typ", [
    ("ar", "استعاد الجيش السيطرة على مدينة تدمر.", "territory_regained"),
    ("fa", "ارتش سوریه در حلب مواضع را پس گرفت.", "territory_regained"),
    ("ar", "سيطرت قوات النظام السوري على مدينة حلب.", "territory_regained"),
    ("ar", "فرقت الشرطة المتظاهرين في الخرطوم.", "protest_intervention"),
])
def test_ground_taken_keeps_its_event(lang, text, typ, geoparser):
    assert typ in ml_reported_types(text, lang, geoparser)


def test_object_side_follows_word_order():
    from frontwatch.lang.cues import load
    from frontwatch.lang.object_senses import object_side
    from frontwatch.lang.triggers import LangEntry, LangTrigger

    verb = LangTrigger(0, 1, (0,), LangEntry("پس گرفت*", "V", "territory_regained", 0.8))
    noun = LangTrigger(0, 1, (0,), LangEntry("تسخیر", "N", "territory_taken", 0.8))
    assert object_side(verb, load("fa")) == "before"
    assert object_side(noun, load("fa")) == "after"
    assert object_side(verb, load("ar")) == "after"
