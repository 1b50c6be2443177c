"""POST /articles builds its articles in memory: each must be the record the JSONL reader
gives for the same fields, so an article posted and the same article in a file are stored
alike (ids, dates and their provenance, trimmed strings)."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from frontwatch.api.ingest import raw_article
from frontwatch.api.schemas import ArticleIn
from frontwatch.runner import SourceOptions, read_sources

RECEIVED = datetime(2026, 12, 5, 9, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("fields", [
    {"text": "Shelling hit Idlib on Monday.", "title": " Idlib shelled ", "url": "https://example.org/a",
     "outlet": "Example News", "published": "2024-12-02T08:15:00+02:00", "id": "a-1"},
    {"text": "Shelling hit Idlib on Monday.", "published": "2024-12-02"},
    {"text": "Shelling hit Idlib on Monday.", "outlet": "  "},
    {"text": "Shelling hit Idlib on Monday."},  # no date: the time it was received, as the caller's option
])
def test_posted_article_is_the_jsonl_record(tmp_path: Path, fields: dict) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(fields) + "\n", encoding="utf-8")
    (from_file,) = list(read_sources([str(path)], SourceOptions(published=RECEIVED)))
    posted = ArticleIn.model_validate({**fields, **({"published": date.fromisoformat(fields["published"])}
                                                      if len(fields.get("published", "")) == 10 else {})})
    got = raw_article(posted, from_file.source_ref, RECEIVED)
    assert got == from_file
