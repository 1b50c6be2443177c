"""A violent noun with none of its arguments named (lang/noun_arguments.py), the year that dates a clause in
Arabic, Persian and Turkish, and 'day month' phrases with no year (lang/event_dates.py). Branch mlA20, issue 19.
Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_dates import date_spans, find_dates
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.noun_arguments import has_argument


def _types(text: str, lang: str, published: date | None = None) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], published) if e.modality in ("asserted", "claimed")]


def test_has_argument_reads_each_argument() -> None:
    bare: dict = {"actor": False, "victims": False, "fatalities": 0, "placed": False, "trigger_span": (5, 6), "dates": []}
    assert not has_argument(**bare)
    assert has_argument(**{**bare, "actor": True})
    assert has_argument(**{**bare, "victims": True})
    assert has_argument(**{**bare, "fatalities": 3})
    assert has_argument(**{**bare, "placed": True})
    assert has_argument(**{**bare, "dates": [(6, 7)]})  # 'حمله دوشنبه': the date right after the noun
    assert not has_argument(**{**bare, "dates": [(15, 16)]})  # a date of another clause
    assert has_argument(**{**bare, "counts": [9]})  # 'انفجار بمب در یک ساختمان مسکونی پنج زخمی': five wounded
    assert not has_argument(**{**bare, "counts": [20]})


def test_a_violent_noun_named_in_analysis_is_no_event() -> None:
    # 'the later bombing campaign allowed ...': a campaign named in analysis, nobody, nowhere, no time
    assert "shelling" not in _types("سمحت حملة القصف بتغيير موازين القوى.", "ar")
    assert "shelling" not in _types("وصف الكاتب حملة القصف اللاحقة بأنها خطأ كبير.", "ar")
    # 'he spoke of character assassination', 'the toll of terror rose in the world'
    assert "attack_civilians" not in _types("او از ترور شخصیت سخن گفت.", "fa")
    assert "attack_civilians" not in _types("تلفات ترور در جهان افزایش یافت.", "fa")


def test_a_dated_violent_noun_keeps_its_event() -> None:
    # a weekday, a relative day or a year next to the noun dates one happening. A year with a publication date of that
    # year: with none, a bare Arabic year after 'عام' dates its clause as the past (mlA54, cues `undated_year_plain`), as
    # any year before the publication date does
    assert "shelling" in _types("وصف الكاتب حملة القصف يوم الاثنين بأنها خطأ كبير.", "ar")
    assert "shelling" in _types("سمحت حملة القصف عام 2015 بتغيير موازين القوى.", "ar", date(2015, 6, 1))
    assert "attack_civilians" in _types("ترور دیروز در جهان محکوم شد.", "fa")


def test_named_doer_in_a_cased_language_is_an_argument() -> None:
    # Turkish Wikipedia: a person the actor list does not know still does the act ('Gavrilo Princip tarafından')
    text = "Arşidük Franz Ferdinand'ın Gavrilo Princip tarafından suikasti bu kentte gerçekleşti."
    assert "attack_civilians" in _types(text, "tr")


def _years(text: str, lang: str) -> list[int]:
    ws = words(text, load_cues(lang))
    return [d.date.year for d in find_dates(ws, text, lang, None) if d.precision == "year" and d.date]


def test_a_year_dates_its_clause_in_arabic_persian_turkish() -> None:
    assert _years("بيان صادر عن لجنة الطلاب في القدس عام (1978).", "ar") == [1978]
    assert _years("کنگره ایالات متحده در سال 2005 طی مصوبه ای اعلام کرد.", "fa") == [2005]
    assert _years("1914 yılında suikast gerçekleşti.", "tr") == [1914]
    assert _years("Kent 1999'da yeniden kuruldu.", "tr") == [1999]  # the locative case ending dates it
    assert _years("1990'lı yıllarda kent büyüdü.", "tr") == []  # '-lı' is no case of place: the 1990s
    # (mlB52) a Solar Hijri year is read in its own era (cues_fa `year_era_offset`): 1395 is 2016, not a year of the
    # Common Era as written
    assert _years("در سال 1395 مجلس تشکیل شد.", "fa") == [2016]


def test_with_a_publication_date_an_act_of_an_earlier_year_is_history() -> None:
    text = "کنگره ایالات متحده در سال 2005 خواستار عضویت دایمی ژاپن در شورای امنیت شد."
    # (mlB52) with no publication date, an act dated 'در سال N' is background too (cues_fa `undated_years_past`), as
    # Arabic 'في عام': news dates the day's happenings by the day
    assert "request" not in _types(text, "fa")
    assert "request" not in _types(text, "fa", date(2016, 10, 15))


def test_a_day_and_month_without_a_year_is_a_day_of_the_publication_year() -> None:
    # dateparser reads '20 سپتامبر' (20 September) as 1920-09-15: the air strike of the news week became history
    text = "سه شنبه 20 سپتامبر در یک حمله هوایی به یک درمانگاه چهار پرستار کشته شدند."
    ws = words(text, load_cues("fa"))
    days = [d.date for d in find_dates(ws, text, "fa", date(2016, 10, 15)) if d.precision == "day"]
    assert date(2016, 9, 20) in days and all(d.year == 2016 for d in days)
    assert "air_strike" in _types(text, "fa", date(2016, 10, 15))


def test_date_spans_find_relative_dates_without_a_publication_date() -> None:
    text = "ترور دیروز در جهان محکوم شد."
    ws = words(text, load_cues("fa"))
    assert find_dates(ws, text, "fa", None) == []
    assert date_spans(ws, text, "fa") == [(1, 2)]


def test_a_share_or_most_of_the_attacks_is_statistics() -> None:
    # cues [scope] heads (mlA20): a quantity or a kind of acts names no happening
    assert not _types("گزارش نشان می دهد که 80 درصد حملات تروریستی توسط گروه های مسلح انجام شد.", "fa")
    assert _types("گروه های مسلح به روستا حمله کردند.", "fa")
    assert not _types("وقال التقرير إن معظم الهجمات نفذتها جماعات مسلحة.", "ar")
    assert _types("نفذت جماعات مسلحة هجمات على القرية.", "ar")


def test_previously_makes_an_act_background() -> None:
    # (mlA20) history cues 'قبلا', 'های قبلی', 'سابقا': what came before the news
    assert "concede" in _types("او در مصاحبه دیروز گفت که عذرخواهی همسرش را پذیرفته است.", "fa")
    assert "concede" not in _types("او در مصاحبه های قبلی خود گفت که عذرخواهی همسرش را پذیرفته است.", "fa")


def test_a_persian_deployment_noun_needs_its_light_verb() -> None:
    # cues_fa needs_verb (mlA20): a verbless headline names a programme; troops sent are told with a verb
    assert "deployment" not in _types("اعزام هزار روحانی به موکب های عراق", "fa")
    assert "deployment" in _types("هزار سرباز به مرز اعزام شدند.", "fa")


def test_turkish_support_noun_forms_not_the_verbal_noun() -> None:
    # triggers_tr (mlA20): 'destek*' took the verbal noun 'desteklemesi' (its supporting, in a trend)
    assert "support" in _types("ABD muhaliflere destek verdi.", "tr")
    assert "support" in _types("Bakan hükümete desteğini açıkladı.", "tr")
    assert "support" not in _types("Bakanlığın kararlarını desteklemesi artış gösterdi.", "tr")
