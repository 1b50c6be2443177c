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
