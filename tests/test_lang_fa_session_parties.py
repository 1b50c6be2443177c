"""Persian 'نشست' (a meeting, but also a sitting, a session, a seminar) is talks only when a party is named
by name (branch mlA23, trigger flag `parties`): a managers' session with the press, held for 'Government
Week', names no state or body; EU foreign ministers in an extraordinary session do. Sentences written for
these tests (not corpus text).
"""

from __future__ import annotations


def _types(text: str) -> list[str]:
    from frontwatch.evaluate.ml_events import REPORTED
    from frontwatch.lang.events import code_sentence

    return [e.event_type for e in code_sentence(text, "fa", [], None) if e.modality in REPORTED]


def test_session_with_no_named_party_is_no_talks() -> None:
    text = ("به گزارش خبرنگار ما، مدیر کل در نشست مدیران استان با اصحاب رسانه که به مناسبت هفته دولت برگزار شد، "
            "اظهار کرد: جاده ها ایمن است.")
    assert "consult" not in _types(text)


def test_session_of_named_parties_is_talks() -> None:
    assert "consult" in _types("وزرای خارجه اتحادیه اروپا روز یکشنبه در یک نشست فوق العاده در بروکسل گرد آمدند.")


def test_parties_flag_is_read() -> None:
    from frontwatch.lang.triggers import read_entries

    rows = read_entries("phrase,pos,type,strength,flags\nنشست,N,consult,0.6,parties\n", "test")
    assert rows[0].parties and not rows[0].agent
