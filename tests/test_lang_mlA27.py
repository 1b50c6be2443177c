"""Arabic, Persian, Turkish precision by mechanism (branch mlA27): a signature on an instrument of one party is no
agreement (lang/signed_instruments.py); the Turkish noun 'çağrı' (a call) is not the passive of 'çağır-' (be called).

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

from lang_helpers import coded

from frontwatch.lang.cues import load
from frontwatch.lang.event_tokens import words
from frontwatch.lang.signed_instruments import one_party_signatures
from frontwatch.lang.triggers import find_triggers


def test_tr_a_law_or_decree_signed_is_no_agreement() -> None:
    assert coded("Cumhurbaşkanı yeni kanunu imzaladı.", "tr") == []
    assert coded("Cumhurbaşkanı, atama kararnamesini imzaladı.", "tr") == []
    assert coded("Binlerce kişi dilekçeyi imzaladı.", "tr") == []


def test_fa_a_law_decree_or_petition_signed_is_no_agreement() -> None:
    assert coded("رئیس جمهور قانون جدید را امضا کرد.", "fa") == []
    assert coded("رئیس جمهور فرمان انتصاب وزیر را امضا کرد.", "fa") == []
    assert coded("هزاران نفر طوماری را امضا کردند.", "fa") == []


def test_fa_the_instrument_heading_a_relative_clause() -> None:
    """The object heads the relative clause the signing is told in ('منشور ... که ... امضا شد')."""
    assert coded("منشور حقوق شهروندی که هفته گذشته توسط رئیس جمهوری امضا شد اجرا می شود.", "fa") == []


def test_signing_between_parties_stays_an_agreement() -> None:
    """No instrument of one party near: two sides signing is an agreement (controls, coded before and after)."""
    assert coded("İki ülkenin dışişleri bakanları Ankara'da imzaladı.", "tr") == ["agreement"]
    assert coded("ایران و عراق در بغداد سند همکاری امنیتی امضا کردند.", "fa") == ["agreement"]


def test_a_named_agreement_keeps_the_signing_whatever_else_is_near() -> None:
    """With an agreement noun in the sentence, a law named beside it does not turn the signing into routine politics."""
    lang = "tr"
    cues = load(lang)
    text = "Hükümet ile isyancılar yeni kanun kapsamında ateşkes anlaşması imzaladı."
    ws = words(text, cues)
    triggers = find_triggers(ws, lang)
    assert any(t.type == "agreement" for t in triggers)
    assert one_party_signatures(triggers, ws, cues) == set()
    assert "agreement" in coded(text, lang)


def test_the_rule_is_off_without_the_lists() -> None:
    """Arabic sets no lists: its signing verb is no trigger alone ('وقع الرئيس مرسوما')."""
    cues = load("ar")
    assert not cues.signing and not cues.one_party_instruments


def test_tr_passive_of_call_is_no_appeal() -> None:
    """'diye çağrılırdı' (they were called so) names; the noun's forms still make the appeal."""
    assert coded("Bu gruba halk arasında Kara Kartallar diye çağrılırdı.", "tr") == []
    assert coded("Bakan, boykot çağrılarına tepki gösterdi.", "tr") == ["request"]
    assert coded("BM'nin çağrısıyla görüşmeler başladı.", "tr") != []


def test_a_commentator_interviewed_is_no_political_actor() -> None:
    """An expert, lecturer or analyst the outlet asks (cues `lay_domain`): the talk and the criticism are comment."""
    assert coded("در همین خصوص گفتگویی انجام شده است با دکتر «امیر» مدرس حقوق بین الملل که مشروح آن در زیر آمده است.", "fa") == []
    assert coded("انتقد الخبير الاقتصادي السياسات المالية في مقابلة مع الصحيفة.", "ar") == []
    assert coded("Ekonomi uzmanı, merkez bankasının faiz kararını eleştirdi.", "tr") == []


def test_a_commentator_beside_a_political_actor_keeps_the_act() -> None:
    """A UN expert is the UN's: the political actor named keeps the criticism (controls)."""
    assert coded("انتقد خبير الأمم المتحدة الحكومة السورية.", "ar") == ["accuse"]
    assert coded("BM uzmanı, Suriye hükümetini eleştirdi.", "tr") == ["accuse"]


def test_tr_content_before_a_verb_of_belief_is_an_opinion() -> None:
    """Turkish puts the verb of belief, hope or expectation after its content (cues_tr `stance_end`)."""
    assert coded("Muhalefet lideri, hükümetin istifa etmesi gerektiğini düşünüyor.", "tr") == []
    assert coded("Hükümet, saldırıyı muhalefetin düzenlediğini düşünüyor.", "tr") == []
    assert coded("Uzmanlar, iki ülkenin yakında anlaşma imzalayacağını umuyor.", "tr") == []


def test_tr_reported_content_and_blame_in_an_opinion_stay() -> None:
    """A reporting verb is no belief; a word of blame in an opinion is the speaker's act (controls)."""
    assert coded("Bakan, isyancıların kente saldırdığını söyledi.", "tr") == ["armed_clash"]
    assert coded("Bakan, muhalefetin yalan söylediğini düşünüyor.", "tr") == ["accuse"]


def test_tr_what_something_amounts_to_is_no_act() -> None:
    """'X, Y'ye saldırı niteliğinde': a characterisation of a statement or of inflation (cues_tr `tails`)."""
    assert coded("Bakan, bu açıklamanın demokrasiye saldırı niteliğinde olduğunu söyledi.", "tr") == []
    assert coded("Bu karar bir saldırı niteliği taşıyor.", "tr") == []
    assert coded("Militanların saldırısı, bölgedeki gerginliği artırdı.", "tr") == ["armed_clash"]


def test_tr_the_agreement_noun_in_a_case_is_no_negated_verb() -> None:
    """'anlaşmayı imzaladı', 'anlaşmaya vardı': the noun 'anlaşma' (longer stem, cues_tr `longest_stem`), not 'anlaş-ma-'."""
    assert coded("Hükümet ile muhalefet anlaşmaya vardı.", "tr") == ["agreement"]
    assert coded("Taraflar uzlaşmaya vardı.", "tr") == ["agreement"]


def test_tr_the_negated_verb_stays_negated() -> None:
    """'anlaşmadı' (did not agree) is no noun form: the verb row reads its negation (controls)."""
    assert coded("Taraflar anlaşmadı.", "tr") == []
    assert coded("Taraflar anlaşmayacak.", "tr") == []
    assert coded("Taraflar dün anlaştı.", "tr") == ["agreement"]


def test_a_threat_posed_or_faced_is_a_danger() -> None:
    """A threat noun governed by a verb of posing or facing (cues `danger_verbs`, lang/danger_sense.py)."""
    assert coded("قال الوزير إن الإرهاب يشكل تهديدا للأمن الإقليمي.", "ar") == []
    assert coded("تراقب الأمم المتحدة التطورات للكشف عن التهديدات التي تواجه السلم والأمن الدوليين.", "ar") == []
    assert coded("وزیر گفت تروریسم برای امنیت منطقه تهدید محسوب می شود.", "fa") == []
    assert coded("وزیر گفت تروریسم تهدیدی جدی برای امنیت منطقه ایجاد کرده است.", "fa") == []
    assert coded("Bakan, terörün bölge için ciddi bir tehdit oluşturduğunu söyledi.", "tr") == []
    assert coded("Bölge artan güvenlik tehditleriyle karşı karşıya.", "tr") == []


def test_a_threat_made_stays_a_threat() -> None:
    """Verbs of threatening and threats kept up by an actor (controls)."""
    assert "threaten" in coded("هدد الرئيس بفرض عقوبات على إيران.", "ar")
    assert coded("رئیس جمهور آمریکا ایران را به تحریم تهدید کرد.", "fa") == ["threaten"]
    assert coded("Cumhurbaşkanı, İran'ı yaptırımlarla tehdit etti.", "tr") == ["threaten"]
    assert coded("Örgüt, gazetecilere yönelik tehditlerini sürdürdü.", "tr") == ["threaten"]
