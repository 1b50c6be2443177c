"""mlA53: Persian events (issue 19) — prose that names acts without telling them, and the 'مورد ... قرار' frame.

Readings by Persian grammar, each driven by a cue list of cues_fa.toml: the frame 'مورد N قرار گرفت/داد' tells the act
N (lang/trigger_scope.compound_frame_heads), where 'مورد' alone is the head 'regarding'; a threat, an accusation or a
demand that is the object of a verb of calling or deeming is what the speaker judges (trigger_scope.judged_nouns); a
verb-final clause ends at its first verb, so a negated future there leaves a noun after 'این' untold
(trigger_scope.defined_nouns); a ranked threat is a danger (danger_sense.dangers); a charge heads the act it names; the
body's, a germ's or a pest's attack is no armed attack; freeing goods or prices retakes no town. The sentences are
written for the tests (none is a probe or a development sentence); the pipeline runs the native geoparser, then the
coder, as `evaluate ml-events --places resolved`."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types


@pytest.mark.parametrize("text,expected", [
    # a post was attacked by gunmen: the passive frame tells the attack
    ("یک پاسگاه مرزی در میرجاوه دیشب مورد حمله افراد مسلح قرار گرفت.", "armed_clash"),
    # criticised the agency: the active frame tells the criticism
    ("وزیر امور خارجه گزارش تازه آژانس را به شدت مورد انتقاد قرار داد.", "accuse"),
    # criticised by the deputies, an agent between the noun and the frame's closer
    ("عملکرد وزیر نیرو در جلسه امروز مجلس مورد انتقاد شدید نمایندگان قرار گرفت.", "accuse"),
])
def test_the_frame_with_qarar_tells_its_act(text, expected, geoparser):
    assert expected in ml_reported_types(text, "fa", geoparser)


def test_regarding_without_the_frame_stays_a_topic(geoparser):
    # 'در مورد انتقادها' (about the criticisms): no 'قرار' closes a frame, so 'مورد' is the head 'regarding'
    assert ml_reported_types("خبرنگاران در مورد انتقادهای وزیر از مجلس پرسش کردند.", "fa", geoparser) == []


def test_the_frame_in_the_future_tells_no_act(geoparser):
    # the closer's own light verb tells the tense: will be examined and criticised, not yet
    assert "accuse" not in ml_reported_types("این طرح هفته آینده در مجلس مورد انتقاد قرار خواهد گرفت.", "fa", geoparser)


@pytest.mark.parametrize("text", [
    # called the threat a violation: the threat is what is judged
    "نماینده ایران تهدید ریاض به قطع کمک‌ها را نقض آشکار منشور سازمان ملل خواند.",
    # deemed the accusations baseless
    "سخنگوی وزارت خارجه اتهامات اخیر واشنگتن را بی‌اساس دانست.",
])
def test_a_speech_act_judged_by_a_verb_of_calling_is_no_event_of_its_own(text, geoparser):
    types = ml_reported_types(text, "fa", geoparser)
    assert "threaten" not in types and "request" not in types


def test_the_judgement_itself_stays_an_accusation(geoparser):
    # 'نقض' after the object marker is the speaker's accusation, kept
    types = ml_reported_types("نماینده ایران تهدید ریاض به قطع کمک‌ها را نقض آشکار منشور سازمان ملل خواند.", "fa",
                              geoparser)
    assert "accuse" in types


def test_a_threat_made_stays_a_threat(geoparser):
    assert "threaten" in ml_reported_types("سپاه پاسداران آمریکا را به پاسخ قاطع تهدید کرد.", "fa", geoparser)


def test_a_negated_future_ends_the_clause_of_a_noun_after_a_demonstrative(geoparser):
    # 'will not sit idle before these accusations', then 'and stressed that': the past verb is another clause's
    assert "accuse" not in ml_reported_types(
        "سخنگوی پلیس در نشستی در بصره گفت پلیس در برابر این اتهام ها ساکت نخواهد نشست و تاکید کرد که از منتشرکنندگان آن"
        " شکایت خواهد کرد.", "fa", geoparser)


def test_a_ranked_threat_is_a_danger(geoparser):
    assert "threaten" not in ml_reported_types("وزیر کشور گفت تهدید اصلی امنیت کشور امروز اعتیاد جوانان است.", "fa",
                                               geoparser)


def test_the_charge_of_an_arrest_is_no_second_event(geoparser):
    types = ml_reported_types("پلیس سه نفر را به اتهام حمله به یک بانک در شیراز بازداشت کرد.", "fa", geoparser)
    assert "arrest" in types and "armed_clash" not in types


@pytest.mark.parametrize("text", [
    "یک نویسنده سرشناس بر اثر حمله قلبی در بیمارستانی در مشهد درگذشت.",
    "حمله ویروس کرونا به ریه بیماران در روزهای اخیر صدها نفر را در گیلان راهی بیمارستان کرد.",
])
def test_the_bodys_or_a_germs_attack_is_no_armed_attack(text, geoparser):
    assert "armed_clash" not in ml_reported_types(text, "fa", geoparser)


def test_freeing_goods_retakes_no_town(geoparser):
    types = ml_reported_types("مدیرکل گمرک از آزادسازی کالاهای اساسی در بندر بوشهر خبر داد.", "fa", geoparser)
    assert "territory_regained" not in types


def test_a_town_freed_stays_retaken(geoparser):
    types = ml_reported_types("ارتش سوریه شهر تدمر را از داعش آزاد کرد.", "fa", geoparser)
    assert types != []


def test_the_frame_tells_a_sanction(geoparser):
    assert "sanction" in ml_reported_types(
        "سه شرکت کشتیرانی ایرانی از سوی وزارت خزانه‌داری آمریکا مورد تحریم قرار گرفتند.", "fa", geoparser)


def test_a_verbal_attack_is_no_armed_attack(geoparser):
    assert "armed_clash" not in ml_reported_types("چند نماینده در جلسه علنی امروز به وزیر بهداشت حمله لفظی کردند.", "fa",
                                                  geoparser)


def test_the_mastermind_of_an_attack_names_it_as_his_charge(geoparser):
    # the mastermind arrested: the arrest is told, the bombing is what he is named by
    types = ml_reported_types("طراح حمله انتحاری به مسجد زاهدان در عملیات ماموران اطلاعات بازداشت شد.", "fa", geoparser)
    assert "arrest" in types and "suicide_bombing" not in types
