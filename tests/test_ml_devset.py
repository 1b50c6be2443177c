"""The multilingual event development set (dev/events-ml/<lang>.jsonl) reads back cleanly and is big enough.

Why: the set is the yardstick for event detection in seven languages (issue 19). Its labels point
into ../shared/data/multilingual by offsets and carry the text's SHA-1, so a moved or edited source,
a place offset outside its sentence, an unknown ACLED/PLOVER spelling or a language file too small
to give a figure must fail here, not silently skew the scores.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.evaluate.ml_devset import LANGS, candidates, load_ml, sentence_spans

REPO = Path(__file__).resolve().parents[1]
SET_DIR = REPO / "dev" / "events-ml"
MIN_EVENT_SENTENCES = 100
# Where the corpus itself has fewer event-reporting sentences than that, every one found is taken
# and the figure here is what the corpus gives (docs/annotation/multilingual-events.md, section 8):
# ar is the 316-segment Wojood sample (archive captions, forums, reports); uk is procurement
# journalism (court cases, tenders); fa (PEYMA) is mostly domestic economy, sport, culture; tr is
# Wikipedia.
CORPUS_LIMITED_MIN = {"ar": 20, "uk": 35, "fa": 40, "tr": 20}
MIN_NEGATIVES = 40
LANG_FILES = [lang for lang in LANGS if (SET_DIR / f"{lang}.jsonl").exists()]


@pytest.fixture(scope="module")
def data_root(shared_dir: Path) -> Path:
    root = shared_dir / "data"
    if not (root / "multilingual").is_dir():
        pytest.skip("../shared/data/multilingual is not beside this checkout")
    return root


def test_splitter_cuts_at_stops_but_not_at_initials() -> None:
    text = "В. Путин прибыл в Грозный. Там он встретился с главой республики.\nΑθήνα, σήμερα το πρωί."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["В. Путин прибыл в Грозный.", "Там он встретился с главой республики.",
                     "Αθήνα, σήμερα το πρωί."]


def test_some_language_files_exist() -> None:
    assert LANG_FILES, "no dev/events-ml/<lang>.jsonl file"


@pytest.mark.parametrize("lang", LANG_FILES)
def test_every_record_resolves_hashes_and_offsets(lang: str, data_root: Path) -> None:
    rows = load_ml(lang, root=data_root)  # raises CorpusError on a moved text, bad hash, bad type, bad offsets
    for r in rows:
        for ev in r.events:
            if ev["place"] is not None:
                a, b = ev["place"]["start"], ev["place"]["end"]
                assert 0 <= a < b <= len(r.text) and r.text[a:b].strip(), (r.id, ev)
            if ev["lat"] is not None:
                assert -90 <= ev["lat"] <= 90 and -180 <= ev["lon"] <= 180, (r.id, ev)
    assert {r.split for r in rows} == {"tune", "report"}


@pytest.mark.parametrize("lang", LANG_FILES)
def test_language_has_enough_events_and_negatives(lang: str, data_root: Path) -> None:
    rows = load_ml(lang, root=data_root)
    positives = sum(1 for r in rows if r.events)
    negatives = sum(1 for r in rows if not r.events)
    minimum = CORPUS_LIMITED_MIN.get(lang, MIN_EVENT_SENTENCES)
    assert positives >= minimum, f"{lang}: {positives} event sentences"
    assert negatives >= MIN_NEGATIVES, f"{lang}: {negatives} negatives"


@pytest.mark.parametrize("lang", LANG_FILES)
def test_ids_are_sentences_of_the_splitter(lang: str, data_root: Path) -> None:
    ids = {s.id for s in candidates(lang, data_root)}
    raw = [json.loads(x) for x in (SET_DIR / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    assert all(r["id"] in ids and r["text"] is None for r in raw)
