"""Arabic, Persian and Turkish event coding (issue 19, branch mlA18): trigger families in all their
inflections and scope readings. Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from frontwatch.lang.events import code_sentence


def _types(text: str, lang: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], None)]


def test_a_persian_plural_political_noun_is_a_class_of_acts() -> None:
    # 'تحریم های بانکی' (banking sanctions) spoken about: no sanction imposed
    assert "sanction" not in _types("وی درباره کاهش سطح تحریم های بانکی سخن گفت.", "fa")
    assert "sanction" not in _types("وی درباره کاهش سطح تحریم‌های بانکی سخن گفت.", "fa")  # glued with ZWNJ
    # ... unless a past light verb in its clause tells that they were imposed or held
    assert "sanction" in _types("اتحادیه اروپا تحریم های تازه ای علیه روسیه وضع کرد.", "fa")
    assert "consult" in _types("نشست های وزیران دو کشور دیروز در تهران برگزار شد.", "fa")


def test_arabic_weak_final_verbs_in_the_feminine_and_plural() -> None:
    assert "consult" in _types("التقت وزيرة الخارجية نظيرها الأردني.", "ar")
    assert "consult" in _types("التقوا وزير الدفاع أمس.", "ar")


def test_turkish_reported_past_and_plural_of_simple_past_entries() -> None:
    """The reported past (-mıştır) and the plural of the simple past (-dılar) of a lexicon entry. The warnings
    name a coercion ('yaptırımlarla'): since mlA36 a bare warning is a forecast, no threat."""
    assert "threaten" in _types("Bakan muhalefeti yaptırımlarla uyarmıştır.", "tr")
    assert "threaten" in _types("Bakanlar muhalefeti yaptırımlarla uyardılar.", "tr")


def test_a_level_of_acts_is_a_measure_not_a_happening() -> None:
    """mlA22: 'سطح' / 'مستوى' / 'seviyesi' (level) before or after an act's noun make it a measure, as 'میزان', 'حجم'."""
    assert "sanction" not in _types("اقداماتی برای کاهش سطح تحریم ها به این کشور اجازه داد اقتصاد خود را بهبود بخشد.", "fa")
    assert "sanction" in _types("آمریکا تحریم های جدیدی علیه ایران وضع کرد.", "fa")
    assert not _types("ارتفع مستوى الهجمات على القوات الأمريكية في العراق.", "ar")
    assert not _types("Irak'ta saldırı seviyesi arttı.", "tr")


def test_a_persian_checkpoint_is_no_search() -> None:
    """mlA22: 'ایست بازرسی' (checkpoint) names a place; the attack on it is the event, no search was made."""
    got = _types("افراد مسلح به یک ایست بازرسی در بلوچستان حمله کردند.", "fa")
    assert "search" not in got
    assert "search" in _types("پلیس خانه او را بازرسی کرد.", "fa")


def test_a_persian_noun_with_a_negated_light_verb_tells_no_happening() -> None:
    """mlA22: 'بازداشت نکرد' (did not arrest), 'حمله نکرده است': the negated past light verb, as the present or
    the future, tells none (cues_fa `verbs_untold`); the same noun with the past light verb does."""
    assert not _types("پلیس معترضان را در تهران بازداشت نکرد.", "fa")
    assert "arrest" in _types("پلیس سه فعال را در تهران بازداشت کرد.", "fa")
    assert not _types("نیروهای ارتش به مواضع شورشیان حمله نکرده اند.", "fa")


def test_persian_compound_verbs_of_fire_and_broken_relations() -> None:
    """mlA22: 'آتش گشودند' (opened fire), as ar 'فتح النار' and tr 'ateş aç-'; 'روابط ... قطع کرد' (cut relations)."""
    assert "attack" in [_base(t) for t in _types("افراد مسلح به سوی پلیس آتش گشودند.", "fa")]
    assert "sanction" in _types("عربستان روابط خود را قطع کرد.", "fa")  # up to two words between the items


def test_arabic_storming_is_a_raid() -> None:
    """mlA22: 'اقتحم' (stormed a building, a mosque) is an attack, as 'raid', not territory taken."""
    from frontwatch.geo.geoparse import Geoparser
    from frontwatch.lang.geoparse import geoparse_text

    text = "واقتحمت القوات الإسرائيلية المسجد الأقصى في القدس."
    _, tops = geoparse_text(text, "ar", Geoparser.open())
    got = [e.event_type for e in code_sentence(text, "ar", tops, None)]
    assert got and not any(t.startswith("territory") for t in got)


def _base(event_type: str) -> str:
    """The internal type before refinement by the actors ('armed_clash', 'excessive_force' come from 'attack')."""
    return "attack" if event_type in ("attack", "armed_clash", "attack_civilians", "excessive_force") else event_type


def test_ar_fa_tr_concept_probe_gaps_filled() -> None:
    """mlA22: rows the concept probe ([ar], [fa], [tr] of dev/families/concept_probe.toml) found missing: a
    massacre's other word, objecting, control secured; and the lexicon readings they must not take."""
    from frontwatch.lang.cues import load as load_cues
    from frontwatch.lang.event_tokens import words
    from frontwatch.lang.triggers import find_triggers

    def trig(text: str, lang: str) -> set[str]:
        return {t.type for t in find_triggers(words(text, load_cues(lang)), lang)}

    assert "attack_civilians" in trig("ارتكبت القوات مذبحة في القرية.", "ar")
    assert "reject" in trig("Muhalefet yasaya itiraz etti.", "tr")
    assert "territory_taken" in trig("Ordu Rakka'nın kontrolünü sağladı.", "tr")
    assert "territory_taken" not in trig("Bakanlık bölgeye yardım sağladı.", "tr")  # 'sağla-' alone is 'provide'
    assert "consult" not in trig("وی در گفت و گو با ایرنا افزود.", "fa")  # an interview: the spelling left out


def test_a_persian_word_stripped_to_two_letters_takes_no_cue_lemma() -> None:
    """mlA22: 'گرانی' (high prices) stripped of 'ی' and 'ان' left 'گر', lemmatised to 'اگر' (if): a protest against high
    prices was read as a condition (cues_fa `suffix_min_stem`)."""
    from frontwatch.lang.cues import load as load_cues
    from frontwatch.lang.event_tokens import words

    assert "اگر" not in words("گرانی", load_cues("fa"))[0].keys
    assert "protest" in _types("مردم علیه گرانی در تهران تظاهرات کردند.", "fa")
    assert "معترض" in words("معترضان", load_cues("fa"))[0].keys  # a plural of a longer stem still strips
