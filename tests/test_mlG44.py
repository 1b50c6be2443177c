"""mlG44: constructed wire-copy sentences carried inline in dev/events-ml, and the general rules their tune part
showed: Arabic 'فجر' as dawn, the Turkish charge noun in the instrumental, the Greek conviction ('καταδικάζω' with a
penalty), protesters as the doers of looting and arson. Sentences written for the tests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from frontwatch.evaluate.devcorpus import CorpusError
from frontwatch.evaluate.ml_devset import load_ml
from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.evaluate.run import DEFAULT_ML_EVENTS
from frontwatch.lang.events import code_sentence


def _reported(text: str, lang: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


def _inline(rid: str, text: str, sha: str | None = None, **extra) -> str:
    rec = {"id": rid, "lang": "tr", "ref": None, "text": text,
           "sha1": sha or hashlib.sha1(text.encode("utf-8")).hexdigest(),
           "events": [{"acled_type": "Strategic developments", "sub_event_type": "Arrests", "plover": "COERCE",
                       "place": {"start": 0, "end": 8}, "place_name": "Istanbul", "lat": 41.01, "lon": 28.95,
                       "geonameid": 745044}], "doubt": ""}
    rec.update(extra)
    return json.dumps(rec, ensure_ascii=False)


def test_the_loader_reads_a_record_with_its_text_inline(tmp_path: Path) -> None:
    text = "İstanbul'da polis 12 şüpheliyi gözaltına aldı."
    path = tmp_path / "constructed-tr.jsonl"
    path.write_text(_inline("ml:tr:cst:1", text) + "\n", encoding="utf-8")
    rows = load_ml("tr", path=path)
    assert [(r.id, r.text, r.split) for r in rows] == [("ml:tr:cst:1", text, rows[0].split)]
    assert rows[0].events[0]["sub_event_type"] == "Arrests"


def test_an_inline_text_edited_without_relabelling_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "constructed-tr.jsonl"
    path.write_text(_inline("ml:tr:cst:1", "İstanbul'da polis 12 şüpheliyi gözaltına aldı.", sha="0" * 40) + "\n",
                    encoding="utf-8")
    with pytest.raises(CorpusError, match="hash mismatch"):
        load_ml("tr", path=path)


def test_a_record_with_neither_reference_nor_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "constructed-tr.jsonl"
    rec = json.loads(_inline("ml:tr:cst:1", "İstanbul'da polis 12 şüpheliyi gözaltına aldı."))
    rec["text"] = None
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="neither"):
        load_ml("tr", path=path)


@pytest.mark.parametrize("lang", ["ar", "fa", "tr", "el"])
def test_the_constructed_files_load_with_events_and_negatives(lang: str) -> None:
    rows = load_ml(lang, path=DEFAULT_ML_EVENTS / f"constructed-{lang}.jsonl")
    assert len(rows) >= 40  # the first 40 of mlG44/mlJ44; later passes append their probes
    assert sum(1 for r in rows if r.events) >= 20 and sum(1 for r in rows if not r.events) >= 10
    assert {r.split for r in rows} == {"tune", "report"}


def test_arabic_dawn_is_no_detonation() -> None:
    # 'فجر اليوم', 'فجر الأحد', 'عند الفجر': the time of the act; the verb 'فجّر' keeps its reading
    assert _reported("اعتقلت قوات الأمن ثلاثة شبان فجر اليوم في مدينة نابلس.", "ar") == ["arrest"]
    assert "explosive" not in _reported("داهمت القوات منازل في جنين فجر الأحد.", "ar")
    assert _reported("اعتقلت الشرطة خمسة أشخاص عند الفجر في الخليل.", "ar") == ["arrest"]
    assert _reported("فجر مسلحون جسرا قرب الموصل اليوم.", "ar") == ["explosive"]


def test_a_turkish_charge_in_the_instrumental_is_the_ground_of_a_detention() -> None:
    assert _reported("Gazeteci, terör örgütü propagandası suçlamasıyla gözaltına alındı.", "tr") == ["arrest"]
    assert _reported("Mahkeme, gazeteciyi casusluk suçlamasıyla 3 yıl hapis cezasına çarptırdı.", "tr") == ["sanction"]
    assert _reported("Muhalefet lideri, hükümeti seçim sonuçlarını manipüle etmekle suçladı.", "tr") == ["accuse"]


def test_a_greek_sentence_to_a_penalty_is_a_conviction_not_a_condemnation() -> None:
    assert _reported("Ο πρώην δήμαρχος καταδικάστηκε σε κάθειρξη 10 ετών.", "el") == ["sanction"]
    assert _reported("Το δικαστήριο καταδίκασε σε ισόβια τον δράστη.", "el") == ["sanction"]
    assert _reported("Η κυβέρνηση καταδίκασε την επίθεση στο Κίεβο.", "el") == ["accuse"]
    # the sentence itself condemned: no penalty after the verb
    assert _reported("Η κυβέρνηση καταδίκασε την ποινή που επιβλήθηκε στον δημοσιογράφο.", "el") == ["accuse"]


@pytest.mark.parametrize("text,lang", [
    ("Göstericiler otomobilleri ateşe verdi.", "tr"),
    ("Nanterre kentinde göstericiler iş yerlerini yağmaladı.", "tr"),
    ("معترضان خشمگین در شهر بصره ساختمان استانداری را به آتش کشیدند.", "fa"),
])
def test_protesters_who_loot_or_burn_riot(text: str, lang: str) -> None:
    assert _reported(text, lang) == ["riot"]


def test_looting_by_others_and_protesters_acted_on_keep_their_types() -> None:
    assert _reported("Sudan'da silahlı kişiler iş yerlerini yağmaladı.", "tr") == ["looting"]
    assert _reported("Polis, göstericileri gözaltına aldı.", "tr") == ["protest_intervention"]


def test_an_arabic_verb_phrase_takes_its_subject_between_its_words() -> None:
    # verb-subject-object: 'ضبطت [قوات حرس الحدود] شحنة أسلحة'
    assert _reported("ضبطت قوات حرس الحدود شحنة أسلحة قرب مدينة سبها.", "ar") == ["weapons_disrupted"]
    assert _reported("فرضت الولايات المتحدة الأمريكية عقوبات جديدة على إيران.", "ar") == ["sanction"]


def test_persian_weapons_found_with_the_object_first() -> None:
    assert _reported("پلیس مقدار زیادی سلاح و مهمات را در مرز کشف کرد.", "fa") == ["weapons_disrupted"]
    assert _reported("مقادیری مواد منفجره در خودروی مظنون کشف شد.", "fa") == ["weapons_disrupted"]


def test_greek_weapons_seized_are_disrupted_weapons_use_other_goods_a_search() -> None:
    assert _reported("Το Λιμενικό κατέσχεσε όπλα και πυρομαχικά στο λιμάνι του Πειραιά.", "el") == ["weapons_disrupted"]
    assert _reported("Κατασχέθηκαν εκρηκτικά σε διαμέρισμα στην Αθήνα.", "el") == ["weapons_disrupted"]
    assert _reported("Η αστυνομία κατέσχεσε 3 κιλά κοκαΐνης στη Θεσσαλονίκη.", "el") == ["search"]


def test_a_turkish_call_on_another_is_a_demand_and_its_ceasefire_the_topic() -> None:
    assert _reported("AB, tarafları derhal ateşkese uymaya çağırdı.", "tr") == ["request"]
    assert _reported("Dışişleri Bakanlığı, İsrail büyükelçisini bakanlığa çağırdı.", "tr") == ["sanction"]
