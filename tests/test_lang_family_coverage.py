"""Family coverage of the Arabic, Persian and Turkish trigger lexicons (issue 19, branch mlA19): Turkish verb
stems with their finite inflection ('+' items, cues_tr `verb_endings`), and forms of the ACLED families a
dictionary gives that no row took. Run through the real tokeniser with the packaged lexicons and cue files.

Sentences written for these tests (not from any corpus).
"""

from __future__ import annotations

from frontwatch.lang.cues import load
from frontwatch.lang.event_tokens import verb_form, words
from frontwatch.lang.triggers import find_triggers


def trigger_types(lang: str, sentence: str) -> list[str]:
    return [t.type for t in find_triggers(words(sentence, load(lang)), lang)]


def test_a_turkish_verb_stem_takes_its_paradigm_and_no_other_word():
    endings = load("tr").verb_endings
    for form in ("öldü", "öldüler", "öldüğü", "ölmüş", "ölmüşlerdir", "ölüyor", "ölecek", "ölen", "ölerek",
                 "ölmedi", "ölmek"):
        assert verb_form("öl", form, endings), form
    # a noun, an adjective, the causative and the passive are other words
    for form in ("ölüm", "ölü", "öldürdü", "ölçtü", "bölündü"):
        assert not verb_form("öl", form, endings), form
    # a vowel-final stem narrows its vowel before the present
    assert verb_form("iste", "istiyor", endings)
    # without a pattern (other languages) the stem is a prefix
    assert verb_form("öl", "ölüm", "")


def test_turkish_agree_is_not_to_be_understood():
    assert trigger_types("tr", "İki taraf ateşkes konusunda anlaştılar.") == ["ceasefire", "agreement"]
    assert "agreement" in trigger_types("tr", "İki taraf anlaşmıştır.")
    # 'anlaşıl-' (to be understood) and the verbal noun of failing to agree are no agreement
    assert "agreement" not in trigger_types("tr", "İncelemenin ardından durumun ciddi olduğu anlaşıldı.")
    assert "agreement" not in trigger_types("tr", "Bu tepki anlaşılabilir bir durumdur.")


def test_turkish_family_forms():
    assert "attack" in trigger_types("tr", "Çatışmada beş asker yaşamını yitirdi.")
    assert "attack" in trigger_types("tr", "Kazada beş kişi ölmüşlerdir.")
    assert trigger_types("tr", "Beş asker şehit düştü.") == ["attack"]  # not also a place that fell
    assert "attack" in trigger_types("tr", "Ordu şehre taarruz etti.")
    assert "arrest" in trigger_types("tr", "Üç gazeteci hapsedildi.")
    assert "protest" in trigger_types("tr", "Binlerce kişi sokaklara döküldü.")
    assert "threaten" in trigger_types("tr", "Bakan muhalefeti uyarmıştır.")
    assert "threaten" not in trigger_types("tr", "Karar yasa uyarınca alındı.")


def test_arabic_indefinite_accusative_and_persian_light_verbs():
    assert "protest" in trigger_types("ar", "نظم العمال اعتصاما أمام البرلمان")
    assert "attack" in trigger_types("ar", "فتح مسلحون النار على الحاجز")
    assert "attack" in trigger_types("fa", "دو سرباز در این درگیری به شهادت رسیدند")
    assert "attack" in trigger_types("fa", "دو سرباز جان سپردند")
    assert "territory_taken" in trigger_types("fa", "شهر به دست شورشیان سقوط کرد")
    # a plane that falls is no place taken
    assert "territory_taken" not in trigger_types("fa", "هواپیما در نزدیکی تهران سقوط کرد")


def test_a_turkish_verbal_noun_is_no_act_of_its_verb():
    # the progressive '-mAktAdIr' is a finite form; the verbal noun '-mAsI' names the act as an argument
    assert verb_form("destekle", "desteklemektedir", load("tr").verb_endings)
    assert "territory_taken" not in trigger_types("tr", "Galya Savaşları ile fethetmesine başladı.")
    assert "territory_taken" in trigger_types("tr", "Osmanlılar şehri 1453'te fethetti.")
    assert "territory_taken" in trigger_types("tr", "Şehir 1453'te fethedildi.")


def test_a_verb_stem_is_matched_on_the_word_as_written_and_short_arabic_stems_keep_their_alef():
    # simplemma's bare stem of the causative 'düşür-' reads as 'düş-' with the aorist: the surface decides
    assert "territory_taken" not in trigger_types("tr", "Telefonunu düşürüp yerden aldı.")
    assert "armed_clash" not in trigger_types("tr", "Bu formdayken yenilmez olur.")
    # the accusative alef needs a stem of four letters: 'بايدا' (in hand) is not 'أيد' (supported)
    assert "support" not in trigger_types("ar", "والمسبحة إم حبة كبيرة بايدا")


def test_arabic_march_and_advance_and_persian_forces_entering():
    assert trigger_types("ar", "خرجت مسيرات في المدن") == ["protest"]  # marches, not drones
    assert "air_strike" in trigger_types("ar", "أسقطت الدفاعات طائرة مسيرة")
    assert "advance" in trigger_types("ar", "توغلت القوات في البلدة")
    assert "territory_taken" in trigger_types("fa", "نیروهای ارتش وارد شهر شدند")
    assert "attack" not in trigger_types("fa", "مقابله با تهاجم فرهنگی")


def coded(lang: str, sentence: str) -> list[str]:
    from frontwatch.lang.events import code_sentence

    return sorted(e.event_type for e in code_sentence(sentence, lang, [], None) if e.modality in ("asserted", "claimed"))


def drafts(lang: str, sentence: str) -> list[str]:
    from frontwatch.lang.events import candidate_events

    return sorted(e.event_type for e in candidate_events(sentence, lang, [], None))


def test_destruction_and_blasts_of_a_disaster_or_accident_are_no_political_violence():
    assert coded("ar", "استدعاء من أجل منحه منزل بدل بيته الذي هدم في زلزال 1927.") == []
    assert coded("ar", "هدمت جرافات الاحتلال منزل الأسير في القرية") != []
    # the drafts before the confidence floor: the bomb's blast stays one, the gas blast is none
    assert "explosive" not in drafts("fa", "انفجار گاز در یک ساختمان مسکونی پنج زخمی برجای گذاشت")
    assert "explosive" in drafts("fa", "انفجار بمب در یک ساختمان مسکونی پنج زخمی برجای گذاشت")
    assert "explosive" not in coded("tr", "Binada doğalgaz patlaması meydana geldi ve iki kişi yaralandı.")


def test_defeat_invasion_and_exile_from_the_dictionary():
    """mlA21: words of the families a dictionary gives that the lexicons lacked, in the voices news tells them."""
    assert "armed_clash" in trigger_types("tr", "Osmanlı ordusu Macar ordusunu mağlup etti.")
    assert "armed_clash" in trigger_types("tr", "Bizans ordusu ağır bir yenilgiye uğradı.")
    assert "armed_clash" in trigger_types("tr", "İki ordu 1402 yılında savaşmıştır.")
    assert "attack" in trigger_types("tr", "Alman ordusu Polonya'yı istila etti.")
    assert "attack_civilians" in trigger_types("tr", "Yeniçeriler halkı kılıçtan geçirdi.")
    assert "explosive" in trigger_types("tr", "Militanlar köprüyü havaya uçurdu.")
    assert "sanction" in trigger_types("tr", "Vezir Rodos'a sürgün edildi.")
    assert "abduction" in trigger_types("tr", "Kral savaşta tutsak alındı.")
    # the verbal noun and the adjective of the same words are other words
    assert "armed_clash" not in trigger_types("tr", "Bu yenilgi ordunun moralini bozdu.")
    assert "air_strike" in trigger_types("ar", "أغارت الطائرات على مواقع المسلحين")
    assert "armed_clash" in trigger_types("ar", "تقاتلت الفصائل المسلحة في المدينة")
    assert "protest" in trigger_types("ar", "خرج المتظاهرون إلى الشوارع")
    assert "attack_civilians" in trigger_types("fa", "این زندانیان تیرباران شدند")
    assert "attack_civilians" in trigger_types("fa", "او به دار آویخته شد")
    assert "attack" in trigger_types("fa", "سه تروریست هلاک شدند")
    # 'به سر می برد' (spends time) is no beheading
    assert "attack_civilians" not in trigger_types("fa", "وی در بازداشت به سر می برد")


def test_political_acts_by_their_common_phrasing():
    """mlA21: charges brought, an envoy received, an ambassador summoned, relations cut, a sentence passed."""
    assert "accuse" in trigger_types("ar", "وجهت النيابة تهما إلى خمسة أشخاص")
    assert "sanction" in trigger_types("ar", "استدعت الخارجية السفير الإيراني")
    assert "sanction" in trigger_types("ar", "حكمت المحكمة على الناشط بالسجن خمس سنوات")
    assert "consult" in trigger_types("fa", "وزیر خارجه سفیر فرانسه را به حضور پذیرفت")
    assert "sanction" in trigger_types("fa", "وزارت خارجه سفیر انگلیس را احضار کرد")
    assert "support" in trigger_types("fa", "ایران از این توافق استقبال کرد")
    assert "consult" in trigger_types("tr", "Dışişleri Bakanı Fransız büyükelçiyi kabul etti.")
    assert "sanction" in trigger_types("tr", "Türkiye İsrail ile diplomatik ilişkilerini kesti.")
    assert trigger_types("tr", "Bakanlık iddiaları yalanladı.") == ["reject"]
    # a painting is no threat; the future auxiliary is no request
    assert not trigger_types("ar", "لوحات متفرقة للفنانة")
    assert "request" not in trigger_types("fa", "سایول بازیکنی است که در آینده بیشتر از او خواهیم شنید")
