"""An accusation with no blame verb (lang/accusations.py, mlC26): a wrongdoing label predicated of someone, or aimed
at 'you', in reported words; and a sentence in the first or second person is someone's own words.

Sentences written for the test (none from a corpus).
"""

from __future__ import annotations

import pytest
from lang_helpers import coded as _coded

from frontwatch.lang.accusations import voiced
from frontwatch.lang.cues import load
from frontwatch.lang.event_tokens import words


@pytest.mark.parametrize("lang,text", [
    # the label as the complement of a copula, after a reporting verb (Greek: the complement follows the copula)
    ("el", "Ο εκπρόσωπος του κόμματος δήλωσε ότι η απόφαση της κυβέρνησης ήταν μια συνωμοσία."),
    # Persian: the complement precedes its copula or verb of holding
    ("fa", "سخنگوی وزارت خارجه گفت: این گروه تروریست است."),
    ("fa", "وزیر کشور اظهار داشت که دولت همسایه این حمله را توطئه می داند."),
    # aimed at 'you' in a speaker's quoted words
    ("fa", "رهبر حزب مخالف در پاسخ به نخست وزیر: شما تروریست ها را به کشور آوردید."),
    ("el", "Ο αρχηγός της αντιπολίτευσης είπε στον πρωθυπουργό ότι εσείς φέρατε τους τρομοκράτες στη χώρα."),
])
def test_a_label_predicated_or_addressed_in_reported_words_accuses(lang: str, text: str) -> None:
    assert "accuse" in _coded(text, lang)


@pytest.mark.parametrize("lang,text", [
    # the label refers to people in a plain report: no predication, no 'you'
    ("el", "Ο υπουργός είπε ότι οι τρομοκράτες συνελήφθησαν στην Αθήνα."),
    ("el", "Ο υπουργός είπε ότι οι τρομοκράτες ήταν τρεις."),  # the label is the subject, not the complement
    ("fa", "فرمانده پلیس گفت: تروریست ها در مرز دستگیر شدند."),
    # no one's words reported: a label in the narrator's voice is no accusation
    ("el", "Η φωτιά ήταν μια συνωμοσία, γράφει το βιβλίο του 1990 που εκδόθηκε ξανά."),
    ("fa", "این فیلم درباره یک گروه تروریست است."),
])
def test_a_label_that_refers_or_is_not_reported_accuses_no_one(lang: str, text: str) -> None:
    assert "accuse" not in _coded(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fa", "ما با دشمنانی مزدور و نادان روبرو هستیم."),  # a word of blame in 'we' words: the quote goes on
    ("el", "Εσείς είστε υπεύθυνοι για αυτή την παραβίαση της συμφωνίας."),
])
def test_a_word_of_blame_in_the_first_or_second_person_is_someones_words(lang: str, text: str) -> None:
    assert "accuse" in _coded(text, lang)


def test_a_pronoun_is_a_whole_word() -> None:
    """Persian 'ما' (we) is no part of 'ماند' (stayed), nor 'شما' (you) of 'شمال' (north)."""
    cues = load("fa")
    assert not voiced(words("ساخت فیلم درباره یک مرد مزدور مدت ها معوق ماند.", cues), cues)
    assert not voiced(words("ارتش در شمال کشور مستقر شد.", cues), cues)
    assert voiced(words("شما این کار را کردید.", cues), cues)
    assert "accuse" not in _coded("ساخت فیلم درباره یک مرد مزدور مدت ها معوق ماند.", "fa")


def test_languages_without_the_lists_are_unchanged() -> None:
    """ru sets no wrongdoing labels nor person pronouns: 'мы' does not make its sentence a quote."""
    assert "accuse" not in _coded("Мы видели преступления в этом фильме.", "ru")
