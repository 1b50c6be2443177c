"""Arabic, Persian and Turkish readings of issue 19 (fourth pass): a demonstrative before a political
noun points back to a known happening, Turkish relative participles name people by an act, Turkish
'had to', right/news tails, and political-act words filled from the English lexicon's classes.
Sentences written for these tests, coded by the real pipeline (lexicons, cues, simplemma); each
pair shows the reading can go either way.
"""

from __future__ import annotations

from datetime import date

from frontwatch.lang.cues import load
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import candidate_events, code_sentence
from frontwatch.lang.participle_nouns import prenominal_participles
from frontwatch.lang.trigger_scope import defined_nouns, headed_nouns, modal_clauses
from frontwatch.lang.triggers import find_triggers

PUBLISHED = date(2024, 12, 7)
REPORTED = ("asserted", "claimed")


def types(lang: str, text: str) -> set[str]:
    """Internal types of the events a sentence reports as fact or claim (no places given)."""
    return {e.event_type for e in code_sentence(text, lang, [], PUBLISHED) if e.modality in REPORTED}


def defined(lang: str, text: str) -> list[str]:
    ws = words(text, load(lang))
    trigs = find_triggers(ws, lang)
    return sorted(trigs[k].type for k in defined_nouns(trigs, ws, load(lang), text))


def participles(lang: str, text: str) -> list[str]:
    ws = words(text, load(lang))
    trigs = find_triggers(ws, lang)
    return sorted(trigs[k].type for k in prenominal_participles(trigs, ws, text, load(lang)))


def test_a_demonstrative_points_back_to_a_known_meeting() -> None:
    assert defined("ar", "قال الوزير إن هذا الاجتماع كان مفيدا للبلدين.") == ["consult"]
    assert defined("ar", "عقد الوزيران اجتماعا في عمان أمس.") == []
    assert defined("tr", "Bakan bu görüşmenin iki ülke için önemli olduğunu söyledi.") == ["consult"]
    assert defined("fa", "وزیر گفت این دیدار برای دو کشور مهم است.") == ["consult"]


def test_a_persian_past_light_verb_still_tells_the_meeting_held() -> None:
    # the apposition between the noun and its verb stays inside the clause
    text = "این نشست به دعوت وزیر خارجه، رئیس شورا با حضور سفیران در تهران برگزار شد."
    assert defined("fa", text) == []
    assert "consult" in types("fa", text)


def test_violent_nouns_are_not_read_as_known() -> None:
    # only the political types of the cue list: 'this attack' still tells an attack
    assert defined("ar", "أسفر هذا الهجوم عن مقتل خمسة جنود.") == []


def test_a_turkish_relative_participle_names_people_by_an_act() -> None:
    text = "Polis tarafından tutuklanan gazeteciler dün mahkemeye çıkarıldı."
    assert participles("tr", text) == ["arrest"]
    assert "arrest" not in types("tr", text)
    assert "arrest" in types("tr", "Polis dün üç gazeteciyi tutukladı.")
    # the ablative '-madan' (without doing) is no participle
    assert participles("tr", "Ordu köyü bombalamadan önce halkı uyardı.") == []


def test_turkish_had_to_tells_a_happening() -> None:
    def modality(text: str) -> set[str]:
        return {e.modality for e in candidate_events(text, "tr", [], PUBLISHED) if e.event_type == "armed_clash"}

    assert modality("Hükümet komşu ülkeyle savaşa girmek zorunda kaldı.") == {"asserted"}
    assert modality("Hükümet komşu ülkeyle savaşa girmek istemiyor.") == {"planned"}


def test_turkish_right_and_news_tails() -> None:
    assert "consult" not in types("tr", "Avukatların ziyaret etme hakkı dün kısıtlandı.")
    assert "consult" in types("tr", "Dışişleri Bakanı dün Ankara'yı ziyaret etti.")


def test_persian_we_ask_an_addressee() -> None:
    assert "request" in types("fa", "وزیر گفت: از دولت می خواهیم به کشاورزان کمک کند.")
    assert "request" not in types("fa", "وزیر گفت: می خواهیم به کشاورزان کمک کنیم.")


def test_filled_political_act_words() -> None:
    assert "accuse" in types("ar", "شجبت وزارة الخارجية الهجوم على السفارة.")
    assert "concede" in types("ar", "اعتذر الوزير للنواب عن تصريحاته.")
    assert "accuse" in types("fa", "سخنگوی وزارت خارجه این اقدام را نکوهش کرد.")


def test_arabic_support_with_a_glued_preposition_is_an_adjunct() -> None:
    # 'with the support of' names backing of another act; 'enjoys the support' a state
    assert "aid" not in types("ar", "سيطرت القوات الحكومية بدعم من الحلفاء على المدينة أمس.")
    assert "aid" not in types("ar", "قال الوزير إن الخطة تحظى بدعم الأمم المتحدة.")
    # a verb whose object takes the preposition tells the act ('قامت ... بدعم', carried out support)
    assert headed("ar", "قامت المنظمة الدولية بدعم اللاجئين في المخيمات.") == []
    assert headed("ar", "انتهت الحملة بدعم من الحلفاء.") == ["aid"]


def headed(lang: str, text: str) -> list[str]:
    ws = words(text, load(lang))
    trigs = find_triggers(ws, lang)
    return sorted(trigs[k].type for k in headed_nouns(trigs, ws, load(lang), text))


def test_a_turkish_clause_ending_in_a_modal_verb_reports_nothing() -> None:
    # the clause's last word is its verb; a bracketed gloss neither ends the clause nor holds its verb
    assert "agreement" not in types("tr", "İki ülke gelecek ay bir antlaşma (barış antlaşması) imzalayabilir.")
    assert "agreement" in types("tr", "İki ülke dün Ankara'da bir barış antlaşması imzaladı.")
    ws = words("Ordu isyancılarla çatışırsa, sivil kayıplar artar.", load("tr"))
    trigs = find_triggers(ws, "tr")
    assert [trigs[k].type for k in modal_clauses(trigs, ws, "Ordu isyancılarla çatışırsa, sivil kayıplar artar.",
                                                 load("tr"))] == ["armed_clash"]
