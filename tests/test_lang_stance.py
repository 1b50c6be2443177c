"""Stance readings (lang/stance.py, cues `[modality] stance`): what a speaker believes, expects, hopes or deems
possible is not a report. Branch mlA20, issue 19. Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from frontwatch.lang.events import code_sentence


def _types(text: str, lang: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in ("asserted", "claimed")]


def test_a_believed_or_seeming_act_is_no_event() -> None:
    assert _types("نیروهای ارتش به روستا حمله کردند.", "fa")  # the same act told: an event
    assert not _types("به نظر می رسد نیروهای ارتش به روستا حمله کردند.", "fa")  # it seems that ...
    assert not _types("اعتقاد بر این است که هواپیما در اقیانوس سرنگون شده است.", "fa")  # it is believed that ...
    assert _types("قصف الجيش المدينة أمس.", "ar")
    assert not _types("يعتقد الخبراء أن الجيش قصف المدينة.", "ar")  # experts believe that ...
    assert _types("Ordu köye saldırdı.", "tr")
    assert not _types("Bence ordu köye saldırdı.", "tr")  # in my opinion ...


def test_a_stance_word_does_not_reach_past_a_colon_or_full_stop() -> None:
    # 'he said the problem seems serious: the army attacked the village yesterday' - the quotation reports
    assert _types("او گفت به نظر می رسد مشکل جدی است: ارتش دیروز به روستا حمله کرد.", "fa")
    # a trigger before the stance word is not its content
    assert _types("ارتش دیروز به روستا حمله کرد و به نظر می رسد مشکل جدی است.", "fa")


def test_obligation_governs_its_whole_clause() -> None:
    # 'the United States, as an ally of the Emirates, should have called on it to cooperate ...': no cooperation
    text = "كان على الولايات المتحدة، باعتبارها حليفا لدولة الإمارات، دعوتها فورا إلى التعاون مع اللجنة الجديدة."
    assert "cooperate" not in _types(text, "ar")
    assert "cooperate" in _types("تعاونت الولايات المتحدة مع اللجنة الجديدة.", "ar")


def test_a_habit_or_a_generality_is_no_event() -> None:
    """mlA21: 'usually', 'often', 'always' tell what happens as a rule (cues `[modality] stance`)."""
    assert _types("جنگنده ها مناطق مسکونی را بمباران کردند.", "fa")
    assert not _types("معمولا جنگنده ها مناطق مسکونی را بمباران می کنند.", "fa")
    assert _types("اعتقلت الشرطة الصحفيين في القاهرة.", "ar")
    assert not _types("غالبا ما تعتقل الشرطة الصحفيين في القاهرة.", "ar")
    assert _types("Polis gazetecileri tutukladı.", "tr")
    assert not _types("Polis gazetecileri sık sık tutuklar.", "tr")


def test_a_risk_or_a_picture_of_an_act_is_no_event() -> None:
    """mlA21: a noun after 'risk of' or 'picture of' (cues `[scope] heads`, Turkish `tails`) names no happening."""
    assert not _types("يواجه الناشطون خطر الاعتقال والتعذيب.", "ar")
    assert not _types("صورة أرشيفية لمظاهرة في القاهرة.", "ar")
    assert not _types("فعالان با خطر بازداشت و شکنجه روبرو هستند.", "fa")


def test_a_turkish_aorist_or_conditional_verb_is_no_event() -> None:
    """mlA21: the aorist tells a habit or a plot, -sA a condition (cues_tr `generic_verb`, lang/events `_verb_suffix`)."""
    assert _types("Askerler köylüleri kurşuna dizdiler.", "tr")
    assert not _types("Askerler köylüleri kurşuna dizerler.", "tr")  # a habit or a plot
    assert _types("Polis iki gazeteciyi tutukladı.", "tr")
    assert not _types("Polis gazetecileri bu ülkede tutuklar.", "tr")
    assert not _types("Polis gazetecileri tutuklarsa protesto olur.", "tr")  # if the police arrest ...


def test_a_cancelled_or_postponed_meeting_did_not_take_place() -> None:
    """mlA21: cues `[modality] failed` for ar, fa, tr (as ru 'отменен*'): the noun's act did not happen."""
    assert _types("Cenevre görüşmeleri yapıldı.", "tr")
    assert not _types("Cenevre görüşmeleri ertelendi.", "tr")
    assert _types("نشست وزیران خارجه برگزار شد.", "fa")
    assert not _types("نشست وزیران خارجه لغو شد.", "fa")
    assert not _types("المفاوضات تأجلت إلى الأسبوع المقبل.", "ar")


def test_a_state_named_by_its_adjective_is_an_actor() -> None:
    """mlA21: cues `[countries]` of ar, fa, tr hold the region's states and the powers news names ('سعودی', 'Suudi'):
    'Saudi planes bombed the city' has its doer, as 'Russian planes' had."""
    assert _types("هواپیماهای روسی شهر را بمباران کردند.", "fa")
    assert _types("هواپیماهای سعودی شهر را بمباران کردند.", "fa")
