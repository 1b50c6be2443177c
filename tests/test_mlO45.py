"""mlO45: Persian, Turkish and Arabic acts whose verb says they did not, may or will happen, read from the grammar
of the verb: a Persian verb phrase's light verb (lang/trigger_scope.untold_nouns), a Turkish noun's light verb
(lang/light_verbs.py, cues_tr `light_verbs`, the impotential in `negative_verb`), a Turkish conditional on the trigger
itself (lang/trigger_scope.modal_clauses), a Turkish noun act before a demand's noun ('ateşkes çağrısı', event_scope
`topic_triggers`), and Arabic 'قد' before the imperfect (lang/mood.py). Sentences written for the tests, labelled by
docs/annotation/multilingual-events.md before the coder was run on them."""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.light_verbs import light_verb_suffix
from frontwatch.lang.triggers import find_triggers


def _reported(text: str, lang: str) -> list[str]:
    return sorted(e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED)


@pytest.mark.parametrize("text", [
    "وزارت خارجه ایران سفیر انگلیس را احضار نکرد.",  # the light verb after the phrase's nominal part, negated
    "سپاه پاسداران آمریکا را تهدید نکرد.",  # the phrase's own light verb, negated
    "نیروهای دو طرف در مرز درگیر نشدند.",
    "پلیس سلاح و مهمات قاچاق را در زاهدان کشف و ضبط نکرد.",
    "ایران درخواست آمریکا را رد نکرد.",
    "دولت سفیر فرانسه را احضار خواهد کرد.",  # the future
])
def test_a_persian_verb_phrase_with_a_negated_or_future_light_verb_is_no_event(text: str) -> None:
    assert _reported(text, "fa") == []


@pytest.mark.parametrize(("text", "want"), [
    ("وزارت خارجه ایران سفیر انگلیس را احضار کرد.", ["sanction"]),
    ("سپاه تهدید کرد که به پایگاه های آمریکا حمله خواهد کرد.", ["threaten"]),
    ("پلیس سلاح و مهمات قاچاق را در زاهدان کشف و ضبط کرد.", ["weapons_disrupted"]),
])
def test_the_persian_past_light_verb_still_tells_the_act(text: str, want: list[str]) -> None:
    assert _reported(text, "fa") == want


@pytest.mark.parametrize("text", [
    "Polis, Taksim'deki göstericileri gözaltına almadı.",
    "Güvenlik güçleri Diyarbakır'da 5 şüpheliyi gözaltına almayacak.",
    "İsrail Gazze'ye saldırı düzenlemedi.",
    "Türkiye ile Yunanistan anlaşmaya varamadı.",  # the impotential: could not
    "Bakan, PKK'nın yeni saldırılar düzenleyeceğini söyledi.",  # the future on the light verb
    "İran, İsrail'e saldırırsa karşılık vereceğini açıkladı.",  # a condition on the trigger itself
])
def test_a_turkish_act_negated_or_to_come_on_its_verb_is_no_event(text: str) -> None:
    assert _reported(text, "tr") == []


@pytest.mark.parametrize(("text", "want"), [
    ("İsrail Gazze'ye saldırı düzenledi.", ["armed_clash"]),
    ("Türkiye ile Yunanistan anlaşmaya vardı.", ["agreement"]),
    ("Polis, Taksim'deki göstericileri gözaltına aldı.", ["protest_intervention"]),
])
def test_the_turkish_past_light_verb_still_tells_the_act(text: str, want: list[str]) -> None:
    assert _reported(text, "tr") == want


@pytest.mark.parametrize("text", [
    "Dışişleri Bakanı taraflara ateşkes çağrısında bulundu.",
    "Erdoğan, Rusya ve Ukrayna'ya ateşkes çağrısı yaptı.",
])
def test_a_turkish_call_for_a_ceasefire_is_a_demand_not_a_ceasefire(text: str) -> None:
    assert _reported(text, "tr") == ["request"]


def test_the_light_verb_suffix_is_read_after_the_longest_stem() -> None:
    cues = load_cues("tr")
    ws = words("Polis göstericileri gözaltına almadı.", cues)
    trig = next(t for t in find_triggers(ws, "tr") if t.entry.pos == "N")
    assert light_verb_suffix(trig, ws, cues) == (3, "madı")
    assert not load_cues("fa").light_verbs  # Persian's light verbs are separate words, read by their forms


@pytest.mark.parametrize(("text", "want"), [
    ("قد يهاجم الجيش المدينة خلال أيام.", []),  # may attack
    ("وقد تشن إسرائيل هجوما بريا على رفح.", []),
    ("وقد اعتقلت الشرطة عشرة متظاهرين في بغداد.", ["protest_intervention"]),  # the perfect: told
])
def test_arabic_qad_before_the_imperfect_is_a_possibility(text: str, want: list[str]) -> None:
    assert _reported(text, "ar") == want
