"""mlA48: Arabic events (issue 19) — readings by grammar, not by sentence.

- The future of a verb-subject-object clause: the prefix سـ (or 'سوف', 'لن') on the verb before the noun it governs makes
  the noun a plan ('سيعقد وزراء الخارجية العرب اجتماعا'); a prefixed future is told from a noun of the same letters by
  the lemmatiser's dictionary ('سيعقد' is not a word of it, 'يعقد' is; 'سيارة', 'سنوات' are). A future verb after the
  noun written with the conjunction 'و' opens a clause of its own ('عقد الوزيران اجتماعا ... وسيلتقيان'), and so does a
  relative pronoun past the noun and its adjective ('مظاهرة حاشدة ضد الحكومة التي ستجري انتخابات').
- The complementizer 'أنّ/إنّ' takes a pronoun ('قالت الشرطة إنها اعتقلت'), the subjunctive 'أنْ' never: the clause it
  opens is told, not wished.
- A verb never takes the article: a verb trigger so written is its masdar ('ضحايا التعذيب': victims of torture), read by
  the noun rules.
- 'In the year N' dates its clause as the past with no publication date ('في عام 1967 احتل الجيش ...'); a bare
  'عام (1987)' closing an archive caption does not.
- A speaker's remembering ('يتذكر ... كيف هاجم الجنود القرية') makes the rest background, as ru 'вспомнил'.
- Document and topic heads ('نص اتفاقية', 'بخصوص اعتقال'), spans of decades ('منذ عقود') and the words of the pitch.
Sentences from dev/families/probes/mlA48_ar.txt (written for the purpose and labelled before any run); none is from a
development set. Each runs the real pipeline (the native geoparser, then the coder)."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types

from frontwatch.lang.cues import load
from frontwatch.lang.event_tokens import is_prefixed_future


@pytest.mark.parametrize("word,future", [
    ("سيعقد", True), ("ستجري", True), ("وسيلتقي", True),
    ("سيارة", False), ("سنوات", False), ("سياسة", False), ("سيطرة", False), ("سيناء", False), ("ستة", False),
])
def test_prefixed_future_is_told_from_nouns_of_the_same_letters(word, future):
    assert is_prefixed_future(word, load("ar")) is future


@pytest.mark.parametrize("text", [
    "سيعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة يوم الأحد.",
    "لن يشارك الوفد في المفاوضات المقررة في جنيف.",
    "سوف تبدأ المفاوضات الأسبوع المقبل في جنيف.",
    "ولن تعقد القمة العربية هذا العام.",
])
def test_a_future_verb_makes_the_noun_it_governs_a_plan(text, geoparser):
    assert ml_reported_types(text, "ar", geoparser) == []


def test_a_coordinated_future_clause_leaves_the_act_before_it(geoparser):
    assert ml_reported_types("عقد الوزيران اجتماعا في الرياض وسيلتقيان مجددا الشهر المقبل.", "ar", geoparser) == ["consult"]


def test_a_relative_clause_of_another_noun_leaves_the_act(geoparser):
    assert ml_reported_types("شهدت المدينة مظاهرة حاشدة ضد الحكومة التي ستجري انتخابات مبكرة.", "ar", geoparser) == ["protest"]


def test_the_complementizer_with_a_pronoun_reports_its_clause(geoparser):
    assert ml_reported_types("قالت الشرطة إنها اعتقلت خمسة مشتبه بهم في مدينة الموصل.", "ar", geoparser) == ["arrest"]


@pytest.mark.parametrize("text", [
    "تعالج المنظمة ضحايا التعذيب في مراكزها في عمان.",  # the masdar of 'عذب' after a head word
    "تقدم المنظمة الرعاية الطبية لضحايا العنف الجنسي في جنوب السودان.",
    "نص اتفاقية الهدنة بين الأردن وإسرائيل عام (1949).",
    "رسالة من قائد الشرطة في جنين بخصوص اعتقال عدد من الأهالي (1936).",
    "يطالب اللاجئون منذ عقود بحق العودة إلى قراهم.",
    "شن مهاجم الهلال هجوما خطيرا قبل أن يتصدى الحارس للكرة.",
])
def test_no_event_in_names_documents_and_standing_claims(text, geoparser):
    assert ml_reported_types(text, "ar", geoparser) == []


def test_a_remembered_act_is_background(geoparser):
    assert ml_reported_types("يتذكر أبو محمد كيف هاجم الجنود القرية عندما كان طفلا.", "ar", geoparser) == []


def test_a_mentioning_verb_is_no_remembering(geoparser):
    assert ml_reported_types("تذكر الوكالة أن طائرات حربية قصفت مواقع في ريف إدلب.", "ar", geoparser) == ["air_strike"]


def test_a_clause_dated_in_a_past_year_is_background(geoparser):
    assert ml_reported_types("في عام 1967 احتل الجيش الإسرائيلي مدينة القدس الشرقية.", "ar", geoparser) == []


def test_a_caption_year_alone_does_not_date_its_act(geoparser):
    # the Wojood archive captions label their own happening (docs/annotation/multilingual-events.md §7)
    got = ml_reported_types("نظم طلاب الجامعات مسيرة في مدينة نابلس تضامنا مع الأسرى عام (1987).", "ar", geoparser)
    assert got == ["protest"]


@pytest.mark.parametrize("text", [
    "مسيرة لطلاب الجامعات في مدينة نابلس تضامنا مع الأسرى.",
    "خرجت مسيرة جماهيرية حاشدة في مدينة غزة.",
])
def test_a_march_is_no_drone(text, geoparser):
    assert "air_strike" not in ml_reported_types(text, "ar", geoparser)


@pytest.mark.parametrize("text,types", [
    ("اعتقلت الشرطة المصرية صحفيا في الإسكندرية.", {"arrest"}),
    ("هدمت السلطات الإسرائيلية منزلا فلسطينيا في القدس الشرقية.", {"looting", "destruction"}),
    ("قصفت طائرات حربية مواقع للمسلحين في ريف إدلب الجنوبي.", {"air_strike"}),
])
def test_acts_are_still_coded(text, types, geoparser):
    got = ml_reported_types(text, "ar", geoparser)
    assert got and set(got) <= types, got
