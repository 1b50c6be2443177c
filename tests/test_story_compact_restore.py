"""A story restored compactly (the first member of each match profile and a count) decides
new reports exactly as the story restored in full, and `complete` gives back the same summary.

Why it matters: the stories stage restores stored stories this way so that its memory is
bounded by what new reports could join, not by the size of the stories (derive.stories).
"""

from __future__ import annotations

import copy
import random

import pytest
from test_merge_stories import _mixed, ev

from frontwatch.merge import StoryBuilder, build_stories
from frontwatch.merge.matching import match_profile
from frontwatch.merge.reports import canonical_key, report
from frontwatch.merge.stories import profile_heads


def _with_floods(n: int, seed: int) -> list[dict]:
    """The mixed stream plus exact copies from other outlets (equal profiles in one story)."""
    events = _mixed(n, seed)
    rng = random.Random(seed)
    copies = []
    for e in events[::4]:
        for k in range(rng.randint(1, 4)):
            aid = f"copy{k}-{e['id']}"
            copies.append(dict(copy.deepcopy(e), id=f"{e['id']}-c{k}", article_id=aid,
                               article={**e["article"], "id": aid, "outlet": f"Wire {k}"}))
    return events + copies


def test_profile_heads_keep_the_first_of_each_profile_and_the_first_unlocated() -> None:
    events = [ev("a", outlet="A"), ev("b", outlet="B"), ev("c", place="Homs"), ev("d", outlet="D")]
    unlocated = []
    for eid in ("u1", "u2"):
        e = ev(eid)
        e["location"] = None
        unlocated.append(e)
    reps = sorted((report(e) for e in events + unlocated), key=lambda r: r.key)
    heads = profile_heads(reps)
    assert [r.id for r in heads] == [r.id for r in reps if r.id in {"a", "c", "u1"}]
    assert len({match_profile(r) for r in heads}) == 3


@pytest.mark.parametrize("seed", [31, 32, 33])
def test_compact_restore_gives_the_stories_of_a_full_build(seed: int) -> None:
    events = _with_floods(300, seed)
    ordered = sorted(events, key=canonical_key)
    cut = len(ordered) * 2 // 3
    earlier, later = ordered[:cut], ordered[cut:]
    by_id = {e["id"]: e for e in earlier}
    stored = {s.id: s for s in build_stories(copy.deepcopy(earlier))}
    reference = {s.id: s for s in build_stories(copy.deepcopy(events))}

    builder = StoryBuilder()
    for sid, story in stored.items():
        builder.restore(sid, [by_id[i] for i in story.event_ids], story.explanation, compact=True)
    assert any(builder.is_compact(sid) for sid in stored)  # floods were held by their profiles only
    builder.add_many(copy.deepcopy(later))
    changed, removed = builder.take_changes()
    live = (set(stored) | {sid for sid, _, _ in changed}) - set(removed)
    assert live == set(reference)
    for sid in sorted(live):
        if sid in stored:
            got = builder.complete(sid, [by_id[i] for i in stored[sid].event_ids], stored[sid].explanation)
        else:
            got = builder.story(sid)
        assert got == reference[sid], sid  # members, corroboration, explanation: all of it


def test_a_compact_story_is_not_summarised_from_its_heads_alone() -> None:
    events = [ev(f"f{i}", outlet=f"Outlet {i}") for i in range(5)]
    builder = StoryBuilder()
    [story] = build_stories(copy.deepcopy(events))
    held = builder.restore(story.id, copy.deepcopy(events), story.explanation, compact=True)
    assert held == 1 and builder.is_compact(story.id)
    with pytest.raises(ValueError):
        builder.story(story.id)
    with pytest.raises(ValueError):  # members missing: refused, not summarised wrong
        builder.complete(story.id, copy.deepcopy(events[:3]), story.explanation)
    builder.add_many([ev("late", outlet="Late Wire", published="2024-12-06T10:00:00+00:00")])
    full = builder.complete(story.id, copy.deepcopy(events), story.explanation)
    assert full is not None and full.corroboration == 6 and full.event_ids[-1] == "late"
    assert full.explanation[-1]["matched_reports"] == 5


def test_the_stage_holds_profiles_of_a_flood_and_writes_what_a_rebuild_writes(tmp_path) -> None:
    """Through a real SQLite store: a flood of one happening (many outlets, one profile) is
    stored, then a late report and a new one arrive; the stage holds one report for the flood
    story, not its members, and the stored tables equal a rebuild's."""
    from test_api_support import OPPOSITION, TAKEOVER, article, event
    from test_derive_stages import TOWNS, snapshot

    from frontwatch.derive import rebuild, run_stages
    from frontwatch.model import ProcessedArticle, Toponym
    from frontwatch.store import Store

    town = TOWNS[0]
    place = Toponym(0, len(town.name), town.name, place=town, score=0.9, precision="city")

    def told(i: int, published: str, day: str = "2024-03-05") -> ProcessedArticle:
        aid = f"flood-{i:03d}"
        return ProcessedArticle(article(aid, f"Article {i}.", outlet=f"Outlet {i}", published=published, url=None,
                                        title=aid),
                                events=[event(f"{aid}-0", aid, f"Rebels took {town.name}.", "takeover", TAKEOVER,
                                              "ASSAULT", place, day, actor1=OPPOSITION)])

    store = Store(tmp_path / "fw.sqlite")
    try:
        for i in range(40):
            store.save(told(i, f"2024-03-05T{i % 24:02d}:{i % 60:02d}:00"))
        run_stages(store)
        store.save(told(100, "2024-03-06T12:00:00"))  # joins the flood story
        store.save(told(101, "2024-03-05T20:30:00"))  # arrives late: the reports after it are re-added
        report = run_stages(store).stories
        assert report.tail > 0 and report.restored > 0
        assert report.restored >= 30 and report.profiles == 1  # the flood's members are counted, not held
        incremental = snapshot(store)
        [story] = incremental[0]
        assert dict(story)["corroboration"] == 42
        rebuild(store)
        assert snapshot(store) == incremental
    finally:
        store.close()
