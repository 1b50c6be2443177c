"""mlA36: warnings and dangers in Arabic, Persian and Turkish are no threats made (issue 19, report precision).

Sentences written for these tests. A warning word ('حذر', 'هشدار', 'uyardı') is a threat only in a sentence naming
coercion or an ultimatum (lang/warning_sense.py, now with the ar/fa/tr lists); a threat word whose object is a common
good ('يهدد الأمن', 'istikrarını tehdit') endangers it (lang/danger_sense.endangers_good). The controls hold on the base
as well: threats made, warnings naming a response or a condition, and 'the security forces' as an object.
"""

from __future__ import annotations

import pytest

from frontwatch.lang import cues
from frontwatch.lang.events import code_sentence

THREATEN = "threaten"


def threatens(text: str, lang: str) -> bool:
    """Is a threat coded in the sentence (with no places, as the unlabelled listing codes)?"""
    return any(e.event_type == THREATEN for e in code_sentence(text, lang, [], None))


@pytest.mark.parametrize("lang,text", [
    ("ar", "حذر وزير الخارجية من خطر توسع الحرب في المنطقة."),
    ("fa", "وزیر خارجه هشدار داد که احتمال جنگ در منطقه جدی است."),
    ("tr", "Bakan, savaşın bölgeye yayılabileceği konusunda uyardı."),
])
def test_warning_of_a_danger_is_no_threat(lang: str, text: str) -> None:
    assert not threatens(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ar", "حذر الرئيس من أن بلاده سترد بقوة على أي هجوم."),
    ("ar", "حذر الوزير إسرائيل من أن المنطقة ستنفجر ما لم توقف الحرب على غزة."),
    ("fa", "وزیر خارجه به آمریکا هشدار داد که ایران پاسخ قاطع خواهد داد."),
    ("tr", "Bakan, İsrail'i misilleme yapacakları konusunda uyardı."),
])
def test_warning_of_coercion_or_with_an_ultimatum_stays_a_threat(lang: str, text: str) -> None:
    assert threatens(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ar", "قال الوزير إن التصعيد العسكري يهدد الأمن الإقليمي."),
    ("fa", "وی گفت این اقدامات امنیت را تهدید می کند."),
    ("tr", "Erdoğan, bu saldırıların bölgenin istikrarını tehdit ettiğini söyledi."),
])
def test_threatening_a_common_good_is_a_danger(lang: str, text: str) -> None:
    assert not threatens(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ar", "هدد المسلحون قوات الأمن في مدينة الموصل."),
    ("ar", "هدد الرئيس الأمريكي إيران بفرض عقوبات جديدة."),
    ("fa", "سپاه پاسداران اسرائیل را تهدید کرد."),
    ("tr", "Militanlar güvenlik güçlerini tehdit etti."),
    ("tr", "İran, İsrail'i tehdit etti."),
])
def test_threats_made_stay(lang: str, text: str) -> None:
    assert threatens(text, lang)


def test_other_languages_have_no_endangered_list() -> None:
    """The new reading is opt-in by the cue list: Russian keeps its threat of security ('угрожает безопасности')
    as before, since cues_ru sets no `endangered` list."""
    assert cues.load("ru").endangered == ()
    assert cues.load("ar").endangered and cues.load("fa").endangered and cues.load("tr").endangered


def test_negatively_is_no_looting() -> None:
    """'سلبًا على' (negatively on) is the adverb, not the verb 'سلب' (to rob); robbing stays looting."""
    types = lambda s: {e.event_type for e in code_sentence(s, "ar", [], None)}  # noqa: E731
    assert "looting" not in types("أثرت الأزمة سلبًا على الاقتصاد.")
    assert "looting" in types("سلب المسلحون محتويات المتجر في المدينة.")


def test_readiness_is_an_intention() -> None:
    """'مستعدة لتقديم الدعم' (ready to give support) tells an intention, as the Persian 'آماده'; support given stays."""
    reported = lambda s: {e.event_type for e in code_sentence(s, "ar", [], None)  # noqa: E731
                          if e.modality in ("asserted", "claimed")}
    assert "aid" not in reported("قال الوزير إن تركيا مستعدة لتقديم الدعم للحكومة العراقية.")
    assert "cooperate" not in reported("أكد الرئيس استعداد سوريا للتعاون مع جميع الأطراف.")
