"""mlA54: Arabic wire copy (issue 19) — a clause reported after 'أن'/'إن' is told, not wished; 'تراجع' of a quantity is a
decline, no withdrawal; a case, a file or a story of an act names it as a matter, not a happening.

Classes found on wire-copy probes written for the purpose and labelled by the guideline before any run
(dev/events-ml/constructed-ar.jsonl, 'cst54', tune part): 'قال بيان للجيش إن مسلحين هاجموا نقطة تفتيش' (the complementizer
'إنّ', written like the subjunctive's 'أنْ', made the attack a wish); 'تراجع عدد الهجمات', 'بسبب تراجع عائدات السياحة'
(coded a retreat); 'تحولت قضية اتهام الوزير ...', 'يروي الفيلم قصة حصار بيروت' (an accusation and a siege coded as acts).
The sentences below are written for the tests (none is a probe or a development sentence); each class has a control that
must keep its reading. The pipeline tests run the native geoparser, then the coder, as `evaluate ml-events --places
resolved`."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types


@pytest.mark.parametrize("text,kept", [
    # the complementizer's clause: a subject between 'أن'/'إن' and the verb (all fail on the base: coded 'planned')
    ("قال المتحدث باسم الشرطة إن مسلحين هاجموا مركزا أمنيا في مدينة بعقوبة.", "armed_clash"),
    ("أفادت الشرطة المحلية أن مسلحين قتلوا مزارعا في قرية قرب مدينة كركوك.", "attack_civilians"),
    ("ذكر بيان للجيش أن قواته اعتقلت أربعة مطلوبين في مدينة الرمادي.", "arrest"),
])
def test_a_clause_after_the_complementizer_is_told(text, kept, geoparser):
    types = ml_reported_types(text, "ar", geoparser)
    assert kept in types or (kept == "attack_civilians" and "armed_clash" in types), types


@pytest.mark.parametrize("text,gone", [
    # the subjunctive's particle right before its verb, or with only a negator between: a plan, a wish, a promise
    ("قررت الحكومة أن تعتقل كل من يخالف حظر التجول.", "arrest"),
    ("تعهدت الفصائل أن لا تهاجم المواقع الحكومية خلال الهدنة.", "armed_clash"),
    # 'تراجع' with a quantity after it: a decline, no withdrawal (fail on the base)
    ("تراجع عدد الزوار الأجانب بنسبة كبيرة خلال فصل الصيف.", "retreat"),
    ("تراجعت قيمة العملة المحلية أمام الدولار في تعاملات أمس.", "retreat"),
    ("أعلنت الشركة خسائر كبيرة بسبب تراجع مبيعاتها في الأسواق الأوروبية.", "retreat"),
    # a case, a file or a story of an act: the matter discussed or narrated (fail on the base)
    ("أثارت قضية اعتقال المدون جدلا واسعا على مواقع التواصل الاجتماعي.", "arrest"),
    ("يعرض المسلسل قصة حصار مدينة حمص من خلال يوميات عائلة.", "restriction"),
    ("تروي المسرحية قصة اعتقال شاب في أحد السجون.", "arrest"),
    # the maṣdar of a fight against acts, and a report about them: a purpose or a topic (fail on the base)
    ("خصصت الحكومة أموالا إضافية لمكافحة الاعتداءات على رجال الإطفاء.", "armed_clash"),
    ("تدرس الوزارة خطوات جديدة للحد من الهجمات على المستشفيات.", "armed_clash"),
    ("نشرت المنظمة تقريرا عن الاعتقالات في السجون السرية.", "arrest"),
])
def test_no_act_is_told(text, gone, geoparser):
    assert gone not in ml_reported_types(text, "ar", geoparser)


@pytest.mark.parametrize("text,gone", [
    # a year written bare after 'عام' dates its clause as history when no publication date is known (fail on the base)
    ("دمرت القوات العثمانية قلعة المدينة عام 1840 بعد حصار طويل.", "looting"),
    ("وقعت الحكومة والمتمردون اتفاق السلام عام 1994 في أروشا.", "agreement"),
])
def test_a_bare_year_dates_history(text, gone, geoparser):
    assert gone not in ml_reported_types(text, "ar", geoparser)


@pytest.mark.parametrize("text,kept", [
    # a caption's bracketed closing year dates the document: the caption's act stays (as the Wojood set labels it)
    ("نظم الطلاب اعتصاما أمام مبنى الجامعة عام (1936).", "protest"),
    # controls: forces falling back, an arrest told plainly, an accusation made
    ("تراجعت القوات المتمردة من مواقعها جنوب مدينة الحديدة بعد معارك عنيفة.", "retreat"),
    ("اعتقلت الشرطة المدون في منزله بالعاصمة بعد نشره مقالا ينتقد الحكومة.", "arrest"),
    ("اتهمت المعارضة الحكومة بتزوير نتائج الانتخابات.", "accuse"),
    # a unit named after what it counters still acts
    ("اعتقلت قوات مكافحة الإرهاب ثلاثة مشتبه بهم في مدينة تكريت.", "arrest"),
    ("فرقت قوات مكافحة الشغب مسيرة للطلاب في مدينة أربيل.", "protest_intervention"),
])
def test_controls_keep_their_reading(text, kept, geoparser):
    assert kept in ml_reported_types(text, "ar", geoparser)
