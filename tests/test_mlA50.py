"""mlA50: Arabic and Persian false events (issue 19) — trigger words in names, people nouns and clauses that tell no act.

Classes found on wire-copy probes written for the purpose and labelled by the guideline before any run
(dev/events-ml/constructed-{ar,fa}.jsonl, 'cst50'): a square or a street named after an act ('ميدان التحرير',
'میدان آزادی'); a Persian light verb taken from another compound ('آزادی ... شرکت کردند'); the people noun of a
passive participle ('بازداشت‌شدگان', the detainees); a zero determiner passed through an Arabic construct head ('لم
تسجل أي حالات اعتقال'); a length of time before an act noun ('بعد سنوات من الاعتقال'); a war as the genitive of a
casualty noun ('جرحى الحرب'). The sentences below are written for the tests (none is a probe or a development
sentence). The pipeline tests run the native geoparser, then the coder, as `evaluate ml-events --places resolved`."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types

from frontwatch.lang.event_tokens import keys_of


@pytest.mark.parametrize("text,lang", [
    # a square, a street, a stadium named after liberation, independence or the revolution: a protest there, no town freed
    ("احتشد آلاف المحتجين في ميدان التحرير بالقاهرة للمطالبة برحيل الحكومة.", "ar"),
    ("صدها نفر از دانشجویان در میدان آزادی تهران تجمع کردند.", "fa"),
])
def test_a_place_named_after_an_act_is_no_act(text, lang, geoparser):
    types = ml_reported_types(text, lang, geoparser)
    assert "protest" in types
    assert not {"territory_regained", "territory_taken"} & set(types)


def test_a_persian_light_verb_belongs_to_the_noun_right_before_it(geoparser):
    # 'آزادی خرمشهر شرکت کردند': 'کردند' is 'شرکت کرد' (took part), no 'آزاد کرد' (freed)
    assert ml_reported_types("نمایندگان احزاب در مراسم سالروز آزادی خرمشهر شرکت کردند.", "fa", geoparser) == []


def test_a_persian_light_verb_after_the_future_auxiliary_keeps_its_noun(geoparser):
    # 'آزاد خواهد کرد': the auxiliary may stand between the noun and its light verb; the act is a plan, not reported
    assert ml_reported_types("دولت فردا ده زندانی سیاسی را آزاد خواهد کرد.", "fa", geoparser) == []


def test_a_persian_adjacent_light_verb_still_codes(geoparser):
    assert ml_reported_types("نیروهای امنیتی دو گروگان خارجی را در زاهدان آزاد کردند.", "fa", geoparser)


def test_persian_passive_participle_plural_is_a_people_noun():
    assert "بازداشت" not in keys_of("بازداشت\u200cشدگان", "fa")  # the detainees
    assert "بازداشت" in keys_of("بازداشت\u200cها", "fa")  # arrests: a plural keeps its noun


def test_detainees_named_are_no_arrest(geoparser):
    assert "arrest" not in ml_reported_types("وکلای بازداشت\u200cشدگان با رئیس قوه قضاییه دیدار کردند.", "fa",
                                             geoparser)


def test_persian_arrest_told_by_a_verb_still_codes(geoparser):
    assert "arrest" in ml_reported_types("پلیس چهار نفر را در شیراز بازداشت کرد.", "fa", geoparser)


def test_arabic_zero_determiner_reaches_through_a_construct_head(geoparser):
    # 'لم ترصد أي عمليات قصف': no shelling operations were observed
    assert "shelling" not in ml_reported_types("لم ترصد أي عمليات قصف على أحياء مدينة حمص خلال اليومين الماضيين.",
                                               "ar", geoparser)


def test_arabic_zero_determiner_stops_at_a_head_that_is_a_trigger(geoparser):
    # 'أي إصابات' (no casualties) negates the casualties only: the strike on the base is told
    types = ml_reported_types("قصفت طائرات حربية قاعدة عسكرية قرب مدينة حماة ولم تسجل أي إصابات.", "ar", geoparser)
    assert "air_strike" in types


def test_arabic_years_of_an_act_are_background(geoparser):
    types = ml_reported_types("عاد الصحفي إلى عمله في عمان بعد ثلاث سنوات من الاعتقال.", "ar", geoparser)
    assert "arrest" not in types


def test_arabic_casualties_of_a_war_are_people_not_an_attack(geoparser):
    types = ml_reported_types("افتتحت الحكومة مركزا لتأهيل جرحى الحرب في مدينة الحديدة.", "ar", geoparser)
    assert not {"armed_clash", "attack_civilians"} & set(types)


def test_arabic_wounded_told_by_an_attack_still_code(geoparser):
    types = ml_reported_types("قتل ثلاثة مدنيين وجرح خمسة آخرون في هجوم مسلح على سوق في مدينة الحديدة.", "ar", geoparser)
    assert types


def test_persian_anniversary_in_its_other_word_is_no_retaking(geoparser):
    # 'سالروز آزادسازی خرمشهر': the anniversary of the city's liberation (1982), as 'سالگرد'
    types = ml_reported_types("مراسم سالروز آزادسازی خرمشهر با حضور فرماندهان سپاه در اهواز برگزار شد.", "fa", geoparser)
    assert "territory_regained" not in types


def test_arabic_committee_named_by_talks_holds_none(geoparser):
    # 'لجنة المفاوضات': the negotiating committee, a body's name (as 'هيئة', 'منظمة'); the member's words are opinion
    assert ml_reported_types("قال عضو في لجنة المفاوضات إن الوضع صعب.", "ar", geoparser) == []
