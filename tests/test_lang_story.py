"""The same happening told in Arabic, Russian and English becomes one story with corroboration 3.

Texts written for this test. Two levels:
- the coder level (runs now): the Arabic and Russian sentences coded by `lang.events` with the
  place the geoparser gives for 'حلب' / 'Алеппо' (Aleppo, from the real gazetteer), the English
  article through the real English pipeline, then the real story builder;
- the ingest level: the three articles through `frontwatch ingest` (language gate, the non-English
  geoparser of lang/, lang.events.code_article) into a real SQLite store.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from frontwatch.merge import build_stories
from frontwatch.model import Article, Sentence, Toponym

PUBLISHED = datetime(2024, 12, 7, 9, 0, tzinfo=UTC)  # Saturday: 'Friday' is 6 December
TEXTS = {
    "en": "Russian warplanes struck Aleppo on Friday, killing ten civilians, the Syrian Observatory for Human "
          "Rights said.",
    "ar": "قصفت طائرات حربية روسية مدينة حلب يوم الجمعة، ما أدى إلى مقتل عشرة مدنيين، بحسب المرصد السوري لحقوق "
          "الإنسان.",
    "ru": "Российские военные самолеты в пятницу нанесли удары по Алеппо, погибли десять мирных жителей, сообщает "
          "Сирийская обсерватория по правам человека.",
}
ALEPPO = {"ar": "حلب", "ru": "Алеппо"}
OUTLETS = {"en": "Wire English", "ar": "Wire Arabic", "ru": "Wire Russian"}


@pytest.fixture(scope="module")
def gazetteer():
    from frontwatch.geo.gazetteer import Gazetteer

    return Gazetteer.open()  # the default gazetteer (built on first use on a fresh machine)


def _record(e, article: Article) -> dict:
    rec = e.to_record()
    rec["article"] = {"id": article.id, "outlet": article.outlet, "published": article.published.isoformat()}
    return rec


def _one_story_of_three(records: list[dict]) -> None:
    strikes = [r for r in records if (r.get("acled") or {}).get("sub_event_type") == "Air/drone strike"]
    assert {r["article"]["outlet"] for r in strikes} == set(OUTLETS.values()), strikes
    stories = build_stories(strikes)
    assert len(stories) == 1, [(s.event_ids, s.explanation) for s in stories]
    assert stories[0].corroboration == 3 and stories[0].date == "2024-12-06"


@pytest.mark.slow
def test_coded_reports_in_three_languages_are_one_story(gazetteer) -> None:
    from frontwatch.lang.events import code_article
    from frontwatch.pipeline import Pipeline, PipelineOptions

    en = Article(id="a-en", text=TEXTS["en"], source_ref="en", kind="jsonl", outlet=OUTLETS["en"],
                 published=PUBLISHED, published_from="metadata", language="en")
    processed = next(Pipeline(PipelineOptions(gazetteer=gazetteer.path)).process([en]))
    records = [_record(e, en) for e in processed.events]
    # the place the geoparser gives the name 'Aleppo' stands in for its Arabic and Russian spellings
    aleppo = next(t.place for t in processed.toponyms if t.text == "Aleppo")
    for lang in ("ar", "ru"):
        text = TEXTS[lang]
        art = Article(id=f"a-{lang}", text=text, source_ref=lang, kind="jsonl", outlet=OUTLETS[lang],
                      published=PUBLISHED, published_from="metadata", language=lang)
        i = text.index(ALEPPO[lang])
        top = Toponym(i, i + len(ALEPPO[lang]), ALEPPO[lang], aleppo, 1.0, "city")
        records += [_record(e, art) for e in code_article(art, [Sentence(0, 0, len(text), text)], [top])]
    _one_story_of_three(records)


@pytest.mark.slow
def test_ingested_reports_in_three_languages_are_one_story(tmp_path: Path, gazetteer) -> None:
    from frontwatch.store.repository import Store

    src = tmp_path / "three.jsonl"
    src.write_text("".join(json.dumps({"id": lang, "text": TEXTS[lang], "outlet": OUTLETS[lang], "language": lang,
                                       "published": PUBLISHED.isoformat()}, ensure_ascii=False) + "\n"
                           for lang in ("en", "ar", "ru")), encoding="utf-8")
    db = tmp_path / "fw.sqlite"
    proc = subprocess.run([sys.executable, "-m", "frontwatch", "ingest", str(src), "--db", str(db),
                           "--gazetteer", str(gazetteer.path)], check=False, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr
    records = list(Store(db).iter_events())
    _one_story_of_three(records)
