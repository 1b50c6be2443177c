"""Arabic, Persian, Turkish precision by mechanism (branch mlA30): a Turkish verb written with a capital inside a
sentence is a word of a title (lang/trigger_names.py, cue `capital_verbs`); a Turkish sentence ending in a verb of
origin explains the acts its nouns name (lang/trigger_scope.explained_nouns, cue `cause_end`); Persian light verbs
with a solid 'می' tell a habit (cues_fa `verbs_untold`); sanctions lifted are no sanction (lang/lifted_acts.py).

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

from lang_helpers import coded


def test_tr_a_capitalised_verb_inside_a_sentence_is_a_title() -> None:
    """'Kaçarsan Yakala' names a film: no arrest."""
    assert coded("Ünlü yönetmenler Kaçarsan Yakala filminde birlikte çalıştılar.", "tr") == []


def test_tr_the_same_verb_in_lower_case_is_an_arrest() -> None:
    """Control: the verb in running text keeps its reading (coded before and after)."""
    assert coded("Polis iki şüpheliyi dün Ankara'da yakaladı.", "tr") == ["arrest"]


def test_tr_a_title_cased_noun_keeps_its_reading() -> None:
    """Control: Turkish title-cases named events, which are nouns; only verbs are read as titles."""
    assert coded("Dün Kabil'de Büyük Protesto yapıldı.", "tr") == coded("Dün Kabil'de büyük protesto yapıldı.", "tr")


def test_tr_a_sentence_ending_in_a_verb_of_origin_explains_the_war() -> None:
    assert coded("Suriye'deki iç çatışmaları da derinleştiren savaş, iki hanedan arasındaki eski uyuşmazlıktan "
                 "kaynaklanıyordu.", "tr") == []
    assert coded("Kıyıya yönelen ordu topçu ateşinin isabeti, tepelerdeki gözetleme noktalarından kaynaklanmaktadır.",
                 "tr") == []


def test_tr_the_war_told_without_an_origin_verb_is_coded() -> None:
    """Control: the same noun in a told clash (coded before and after)."""
    assert coded("Ordu dün sınırdaki köyde militanlarla çatıştı.", "tr") == ["armed_clash"]


def test_tr_a_verb_trigger_keeps_its_clause_before_an_origin_verb() -> None:
    """Control: a verb tells an act of its own clause; only the nouns the sentence explains are dropped."""
    assert "armed_clash" in coded("Ordu dün sınırdaki köyde militanlarla çatıştı ve gerginlik eski bir uyuşmazlıktan "
                                  "kaynaklanıyordu.", "tr")


def test_fa_a_light_verb_with_solid_mi_tells_no_happening() -> None:
    """'پیش میآید' (arise, present) and 'میکرد' (used to): the solid spelling of 'می آید', 'می کرد'."""
    assert coded("نماینده مجلس گفت: بین طرفداران این دو حزب اختلافات و درگیری هایی پیش میآید.", "fa") == []
    assert coded("وزیر گفت: پلیس معترضان را در خیابان بازداشت میکرد.", "fa") == []


def test_fa_the_past_light_verb_is_told() -> None:
    """Controls (coded before and after)."""
    assert coded("نماینده مجلس گفت: بین طرفداران این دو حزب در تهران اختلافات و درگیری هایی پیش آمد.", "fa") == [
        "armed_clash"]
    assert coded("وزیر گفت: پلیس معترضان را در خیابان بازداشت کرد.", "fa") == ["protest_intervention"]


def test_sanctions_lifted_are_no_sanction() -> None:
    assert coded("تحریم های نفتی و بانکی ایران لغو شد.", "fa") == []
    assert coded("تحریم ها علیه ایران برداشته شد.", "fa") == []
    assert coded("İran'a yönelik yaptırımlar kaldırıldı.", "tr") == []
    assert coded("رفعت الولايات المتحدة العقوبات عن إيران.", "ar") == []


def test_sanctions_imposed_or_extended_stay_sanctions() -> None:
    """Controls (coded before and after): imposing and extending are no undoing."""
    assert coded("آمریکا تحریم های جدیدی علیه ایران اعمال کرد.", "fa") == ["sanction"]
    assert coded("تحریم های اتحادیه اروپا علیه روسیه تمدید شد.", "fa") == ["sanction"]
    assert coded("ABD İran'a yeni yaptırımlar uyguladı.", "tr") == ["sanction"]
    assert coded("فرضت الولايات المتحدة عقوبات على إيران.", "ar") == ["sanction"]
