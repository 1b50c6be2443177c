"""Stored stories read back one story at a time: its member events and its explanation.

Why: the stories stage restores the stored stories new reports could join, and writes back
those that changed. Near the end of a 50,000-article import a run restored 348,113 stored
events and held them all (4 GB of RSS, growing with the store). Streamed a story at a time,
only the story in hand is in memory: the caller keeps what it needs of it (the first member
of each match profile: `merge.stories.profile_heads`) and drops the rest.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, select

from frontwatch.derive.records import events, in_ids, news_events, read
from frontwatch.store.schema import TABLES

stories = TABLES["stories"]
STORIES_PER_QUERY = 2_000  # story ids per statement (a flood story can have thousands of members)

StoredStory = tuple[str, list[dict[str, Any]], list[dict[str, Any]]]  # (story id, member records, explanation)


def stored_stories(conn: Connection, story_ids: Collection[str], skip: Collection[str] = (),
                   per_query: int = STORIES_PER_QUERY) -> Iterator[StoredStory]:
    """(story id, its stored member records not in `skip`, its stored explanation) for each of
    `story_ids` that has such members, in story id order, one story at a time."""
    wanted = sorted(story_ids)
    dialect = conn.dialect.name
    for at in range(0, len(wanted), per_query):
        part = wanted[at:at + per_query]
        explanations = dict(conn.execute(select(stories.c.id, stories.c.explanation)
                                         .where(in_ids(stories.c.id, part, dialect))).all())
        rows = read(conn, news_events().where(in_ids(events.c.story_id, part, dialect)).order_by(events.c.story_id))
        for sid, group in groupby((r for r in rows if r["id"] not in skip), key=lambda r: r["story_id"]):
            yield sid, list(group), list(explanations.pop(sid, None) or ())
