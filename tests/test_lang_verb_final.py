"""Verb-final constructions of Persian and Turkish (mlA25): a verb phrase with its object's complements between its
noun and its verb (fa), a noun trigger whose light verb is an infinitive (tr), an act kept from happening (tr).

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.events import code_sentence


def _coded(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in code_sentence(text, lang, [], None)]


def _reported(text: str, lang: str) -> list[str]:
    return [t for t, m in _coded(text, lang) if m in REPORTED]


def test_fa_verb_phrase_spans_the_objects_complements() -> None:
    """'روابط ... قطع کرد' with 'دیپلماتیک خود را با ایران' between; 'از ... استقبال کرد' with a three-word object."""
    assert _reported("عربستان روابط دیپلماتیک خود را با ایران قطع کرد.", "fa") == ["sanction"]
    assert _reported("ایران از تصمیم شورای امنیت استقبال کرد.", "fa") == ["support"]
    assert _reported("ایران سفیر سوئیس را به وزارت خارجه احضار کرد.", "fa") == ["sanction"]


def test_fa_wide_verb_phrase_stops_at_another_clause() -> None:
    """A clause word ('که') or another light verb between the noun and the verb: the verb is another clause's."""
    assert _reported("روابط دو کشور که سال ها قطع بود برقرار شد.", "fa") == []
    assert _reported("روابط خوب است و قطع کرد.", "fa") == []


def test_fa_plan_cue_before_the_last_word_still_plans() -> None:
    """'گفتگو خواهند کرد' (will talk) stays a plan; a decision welcomed ('از تصمیم ... استقبال کرد') is told."""
    assert _coded("دو وزیر درباره تجارت گفتگو خواهند کرد.", "fa") == [("consult", "planned")]


def test_tr_light_verb_in_the_infinitive() -> None:
    """'protesto etmek yerine' (instead of protesting), 'saldırı düzenlemek için' (to stage an attack): no happening;
    the light verb in the past ('protesto etti') or under a phase verb ('etmeye başladı') tells one."""
    assert _reported("Öğrenciler sınav sonuçlarını protesto etmek yerine okula döndü.", "tr") == []
    assert _reported("Militanlar saldırı düzenlemek için sınırı geçti.", "tr") == []
    assert _reported("Öğrenciler sınav sonuçlarını protesto etti.", "tr") == ["protest"]


def test_tr_act_not_allowed_or_prevented_did_not_happen() -> None:
    assert _reported("Polis, gösteri yapılmasına izin vermedi.", "tr") == []
    assert _reported("Valilik, göstericilerin yürüyüş yapmasını engelledi.", "tr") == []
    assert _reported("Polis, gösteri yapılmasına izin verdi ve binlerce kişi gösteri yaptı.", "tr") == ["protest"]


def test_blame_quoted_after_a_speaker_and_a_colon_is_an_accusation() -> None:
    """A headline's 'X به Y: ...' reports the words after the colon, and the speaker named before it blames; the
    same words in the third person with no speaker and no colon report nothing (in the second person, 'از سخنان شما',
    they are someone's own words, a quote going on: mlC26, tests/test_lang_accusations.py)."""
    assert "accuse" in _reported("مطهری به ظریف: از سخنان شما تحقیر مجلس برداشت می شد", "fa")
    assert _reported("از سخنان وزیر تحقیر مجلس برداشت می شد", "fa") == []


def test_a_dateline_colon_reports_nothing() -> None:
    """'بغداد: ...' names where the item was filed; a word of blame after it is reported by no one."""
    from frontwatch.geo.geoparse import Geoparser
    from frontwatch.lang.geoparse import geoparse_text

    text = "بغداد: تحقیر مجلس برداشت می شد"
    mentions = geoparse_text(text, "fa", Geoparser.open(None))[1]
    assert [m.text for m in mentions] == ["بغداد"]
    assert [e.event_type for e in code_sentence(text, "fa", mentions, None) if e.modality in REPORTED] == []


def test_fa_compound_written_solid_is_the_same_entry() -> None:
    """'ابزاردست' (a tool, a puppet) written without space or ZWNJ reads as the lexicon's 'ابزار دست'."""
    assert _reported("وی گفت: آل سعود هم ابزاردست آنهاست.", "fa") == ["accuse"]
    assert _reported("وی گفت: آل سعود هم ابزار دست آنهاست.", "fa") == ["accuse"]
