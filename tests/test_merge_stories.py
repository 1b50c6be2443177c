"""Stories: the same happening reported by several articles/outlets merges into one story."""

from __future__ import annotations

import copy
import random

import pytest

from frontwatch.merge import StoryBuilder, build_stories, merge_distance_km, type_family

PLACES = {  # name: (lat, lon, geonameid, admin1)
    "Hama": (35.13, 36.76, 170017, "Hama"),
    "Aleppo": (36.20, 37.13, 170063, "Aleppo"),
    "Homs": (34.73, 36.71, 169577, "Homs"),
    "Damascus": (33.51, 36.29, 170654, "Dimashq"),
    "Rastan": (34.92, 36.73, 170794, "Homs"),  # 21 km north of Homs
    "Talbiseh": (34.84, 36.73, 163345, "Homs"),  # between Homs and Rastan
    "Village A": (34.00, 38.00, 1, "Homs"),  # A, B, C on a meridian, 20 km apart
    "Village B": (34.18, 38.00, 2, "Homs"),
    "Village C": (34.36, 38.00, 3, "Homs"),
}
TAKEOVER = {"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory"}
AIR = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
CLASH = {"event_type": "Battles", "sub_event_type": "Armed clash"}


def ev(
    eid: str,
    *,
    place: str = "Hama",
    outlet: str | None = "Reuters",
    article: str | None = None,
    date: str | None = "2024-12-05",
    date_precision: str = "day",
    published: str | None = "2024-12-05T10:00:00+00:00",
    acled: dict | None = TAKEOVER,
    plover: str | None = "ASSAULT",
    event_type: str = "takeover",
    actor1: str | None = "Syrian opposition",
    actor2: str | None = "Military Forces of Syria",
    modality: str = "asserted",
    text: str = "rebels captured the city",
    precision: str = "city",
    url: str | None = None,
) -> dict:
    """An event record as Store.iter_events() yields it."""
    lat, lon, gid, admin1 = PLACES[place]
    art = article or f"a-{eid}"
    return {
        "id": eid,
        "article_id": art,
        "evidence": {"text": text, "start": 0, "end": len(text)},
        "event_type": event_type,
        "acled": dict(acled) if acled else None,
        "plover": plover,
        "actor1": {"name": actor1, "text": actor1} if actor1 else None,
        "actor2": {"name": actor2, "text": actor2} if actor2 else None,
        "location": {"name": place, "text": place, "geonameid": gid, "lat": lat, "lon": lon, "country": "SY",
                     "admin1": admin1, "precision": precision},
        "date": date,
        "date_precision": date_precision if date else "unknown",
        "reported_by": [],
        "modality": modality,
        "confidence": 0.8,
        "article": {"id": art, "url": url, "outlet": outlet, "title": "t", "published": published},
    }


def test_two_outlets_same_capture_make_one_story_with_corroboration_2():
    a = ev("e1", outlet="Reuters", published="2024-12-05T09:00:00+00:00", text="rebels captured Hama")
    b = ev("e2", outlet="AFP", date="2024-12-06", published="2024-12-06T08:00:00Z",
           text="Hama fell to the opposition fighters", actor1="rebels", actor2="government forces")
    stories = build_stories([a, b])
    assert len(stories) == 1
    s = stories[0]
    assert s.corroboration == 2
    assert s.outlets == ["Reuters", "AFP"]
    assert s.event_ids == ["e1", "e2"] and s.article_ids == ["a-e1", "a-e2"]
    assert s.family == "takeover" and s.acled_sub_event_type == "Non-state actor overtakes territory"
    assert s.first_reported.startswith("2024-12-05T09:00") and s.last_reported.startswith("2024-12-06T08:00")
    assert s.date == "2024-12-05" and s.place_name == "Hama" and s.geonameid == 170017
    assert s.disagreement == []
    created, joined = s.explanation
    assert created["action"] == "created" and joined["action"] == "joined" and joined["event_id"] == "e2"
    assert joined["days_apart"] == 1 and "opposition" in joined["actors"]
    assert joined["place"] == "same place" and joined["distance_km"] == 0.0 and joined["matched_reports"] == 1
    # The later article arriving first changes nothing: one story, the same in every field.
    builder = StoryBuilder()
    builder.add(b)
    assert builder.add(a) == s and builder.stories() == stories


def test_corroboration_counts_outlets_not_articles():
    stories = build_stories([ev("e1", outlet="AFP"), ev("e2", outlet="AFP"), ev("e3", outlet="afp")])
    assert len(stories) == 1
    assert stories[0].corroboration == 1 and len(stories[0].article_ids) == 3
    # No outlet: the URL's host stands in; with neither, each article counts on its own.
    no_outlet = build_stories([ev("e1", outlet=None, url="https://www.bbc.co.uk/x"),
                               ev("e2", outlet=None, url="https://bbc.co.uk/y"),
                               ev("e3", outlet=None)])
    assert no_outlet[0].outlets == ["bbc.co.uk"] and no_outlet[0].corroboration == 2


@pytest.mark.parametrize(
    "other, why",
    [
        (dict(place="Homs"), "places incompatible: 44.7 km > 25 km"),
        (dict(date="2024-12-15"), "days apart"),  # outside the 3-day window
        (dict(acled=AIR, event_type="air_strike", text="jets struck Hama"), "different type families"),
        (dict(actor1="Islamic State", actor2="Syrian Democratic Forces"), "no actor in common"),
        (dict(modality="background", text="Hama was taken in 2012"), "background"),
    ],
)
def test_different_happenings_stay_apart(other, why):
    builder = StoryBuilder()
    builder.add_many([ev("e1"), ev("e2", outlet="AFP", **other)])
    stories = builder.stories()
    assert len(stories) == 2
    # Nothing it matched in part: a new story, and the pair's verdict says why.
    assert stories[1].explanation[0]["action"] == "created" and stories[1].explanation[0]["rejected"] == []
    verdict = builder.explain_pair("e2", "e1")
    assert verdict["ok"] is False and why in verdict["reason"]
    assert builder.explain_pair("e1", "e1")["ok"] is True


def test_date_window_widens_with_date_precision():
    week = ev("e2", outlet="AFP", date="2024-11-29", date_precision="week")
    assert len(build_stories([ev("e1"), week])) == 1
    day = ev("e2", outlet="AFP", date="2024-11-29")
    assert len(build_stories([ev("e1"), day])) == 2
    assert len(build_stories([ev("e1"), ev("e2", date="2024-12-05")], window_days=0)) == 1


def test_undated_report_counts_from_publication_date():
    undated = ev("e2", outlet="AFP", date=None, published="2024-12-06T12:00:00+00:00")
    stories = build_stories([ev("e1"), undated])
    assert len(stories) == 1 and stories[0].corroboration == 2
    late = ev("e3", outlet="AFP", date=None, published="2025-01-20T12:00:00+00:00")
    assert len(build_stories([ev("e1"), late])) == 2


def test_precision_decides_the_distance():
    assert merge_distance_km("city", "city") == 25
    assert merge_distance_km("point", "admin1") == 100
    assert merge_distance_km("city", "country") > 1000
    assert merge_distance_km(None, "point") == 25
    # Rastan is 21 km from Homs: one happening at city precision, two at point precision.
    near = [ev("e1", place="Homs"), ev("e2", place="Rastan", outlet="AFP")]
    assert len(build_stories(near)) == 1
    pts = [ev("e1", place="Homs", precision="point"), ev("e2", place="Rastan", outlet="AFP", precision="point")]
    assert len(build_stories(pts)) == 2
    # A province-level report matches a town in that province, not one in the next province.
    prov = ev("e3", place="Homs", precision="admin1", outlet="BBC")
    assert len(build_stories([ev("e1", place="Rastan"), prov])) == 1
    assert len(build_stories([ev("e1", place="Hama"), prov])) == 2
    # A country-level report matches any town in that country.
    country = ev("e4", place="Damascus", precision="country", outlet="BBC")
    country["location"].update(name="Syria", geonameid=163843, lat=35.0, lon=38.0, admin1=None)
    assert len(build_stories([ev("e1", place="Aleppo"), country])) == 1


@pytest.mark.parametrize("order", [("A", "B", "C"), ("B", "A", "C"), ("C", "B", "A"), ("C", "A", "B")])
def test_complete_linkage_does_not_chain(order):
    # A–B and B–C are 20 km apart (within the 25 km city radius), A–C 40 km: C matches B
    # but not A, so it may not ride on B into A's story. Stories grow in canonical order
    # (here: article id), so the arrival order changes nothing.
    events = [ev(f"e{x}", place=f"Village {x}", outlet=x) for x in order]
    builder = StoryBuilder()
    for e in events:
        builder.add(e)
    stories = builder.stories()
    assert [s.event_ids for s in stories] == [["eA", "eB"], ["eC"]]
    assert stories == build_stories(events)
    (rejected,) = stories[1].explanation[0]["rejected"]  # it matched eB, but not eA of the same story
    assert rejected["event_id"] == "eA" and "40" in rejected["reason"] and rejected["story_id"] == stories[0].id


def test_actor_unknown_is_compatible_and_sides_are_normalised():
    strikes = [
        ev("e1", acled=AIR, event_type="air_strike", actor1="Military Forces of Israel", actor2=None, place="Damascus"),
        ev("e2", acled=AIR, event_type="air_strike", actor1="Israeli jets", actor2=None, place="Damascus", outlet="B"),
        ev("e3", acled=AIR, event_type="air_strike", actor1=None, actor2=None, place="Damascus", outlet="C"),
        ev("e4", acled=AIR, event_type="air_strike", actor1="Russian air force", actor2=None, place="Damascus",
           outlet="D"),
    ]
    stories = build_stories(strikes)
    assert [s.event_ids for s in stories] == [["e1", "e2", "e3"], ["e4"]]
    assert stories[0].corroboration == 3


def test_disagreement_captured_vs_repelled():
    captured = ev("e1", outlet="Rebel Media", text="opposition fighters captured Hama")
    repelled = ev("e2", outlet="SANA", acled=CLASH, event_type="clash", actor1="Syrian army",
                  actor2="terrorist groups", text="the army repelled an attack by terrorist groups on Hama")
    stories = build_stories([captured, repelled])
    assert len(stories) == 1
    flags = stories[0].disagreement
    assert [f["kind"] for f in flags] == ["outcome"]
    sides = {s["value"]: s for s in flags[0]["sides"]}
    assert set(sides) == {"captured", "repelled"}
    assert sides["captured"]["outlets"] == ["Rebel Media"] and sides["repelled"]["outlets"] == ["SANA"]
    assert "repelled an attack" in sides["repelled"]["evidence"][0]["text"]
    assert "captured (Rebel Media) vs repelled (SANA)" in flags[0]["summary"]


def test_disagreement_asserted_vs_denied_and_on_who_took_it():
    denied = ev("e2", outlet="SANA", modality="denied", text="the army denied that Hama had fallen")
    stories = build_stories([ev("e1"), denied])
    assert len(stories) == 1
    (flag,) = stories[0].disagreement
    assert flag["kind"] == "modality"
    assert {s["value"] for s in flag["sides"]} == {"asserted", "denied"}
    other_taker = ev("e3", outlet="BBC", actor1="Military Forces of Syria", actor2="rebels",
                     acled={"event_type": "Battles", "sub_event_type": "Government regains territory"})
    kinds = [f["kind"] for f in build_stories([ev("e1"), other_taker])[0].disagreement]
    assert kinds == ["controller"]
    assert build_stories([ev("e1"), ev("e4", outlet="BBC")])[0].disagreement == []


def _stream(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    places, outlets = list(PLACES), ["Reuters", "AFP", "BBC", "SANA", None]
    kinds = [(TAKEOVER, "takeover"), (AIR, "air_strike"), (CLASH, "clash")]
    out = []
    for i in range(n):
        acled, etype = rng.choice(kinds)
        day = 1 + rng.randrange(20)
        out.append(ev(f"e{i}", place=rng.choice(places), outlet=rng.choice(outlets), acled=acled, event_type=etype,
                      date=f"2024-12-{day:02d}" if rng.random() > 0.2 else None,
                      published=f"2024-12-{min(day + 1, 28):02d}T08:00:00+00:00",
                      actor1=rng.choice(["rebels", "Syrian army", None])))
    return out


def test_incremental_equals_batch_and_is_deterministic():
    events = _stream(120, seed=7)
    batch = build_stories(copy.deepcopy(events))
    builder = StoryBuilder()
    returned = []
    for start in range(0, len(events), 17):  # articles arrive in chunks; the map is read in between
        for e in events[start:start + 17]:
            returned.append(builder.add(e))
        builder.stories()
    assert builder.stories() == batch
    assert build_stories(copy.deepcopy(events)) == batch
    assert 1 < len(batch) < len(events)
    # add() returns the story the event is in, as it stood then.
    assert all(e["id"] in r.event_ids for r, e in zip(returned, events, strict=True))
    # Delivering an event again changes nothing.
    again = builder.add(events[5])
    assert builder.stories() == batch and events[5]["id"] in again.event_ids
    # Every story holds mutually compatible reports of one family.
    by_id = {e["id"]: e for e in events}
    for s in batch:
        assert {type_family(by_id[i]) for i in s.event_ids} == {s.family}
        assert s.corroboration <= len(s.article_ids)
        assert all(builder.explain_pair(a, b)["ok"] for a in s.event_ids for b in s.event_ids)
        head = builder.headline(s.id)  # the light summary lists use agrees with the story
        assert all(head[f] == getattr(s, f) for f in head.__slots__) and head.get("nothing") is None


def _in_articles(events: list[dict], per_article: int = 3) -> list[list[dict]]:
    """Group a stream into articles of `per_article` events (same article id, same publication)."""
    articles = []
    for start in range(0, len(events), per_article):
        group = events[start:start + per_article]
        art = f"art-{start // per_article:03d}"
        for e in group:
            e["article_id"] = art
            e["article"] = {**e["article"], "id": art, "published": group[0]["article"]["published"]}
        articles.append(group)
    return articles


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_same_stories_whatever_order_articles_arrive_in(seed):
    # Articles delivered one at a time in a shuffled order (so many arrive "late"), the map
    # read in between: the same stories, explanations and all, as building them all at once.
    rng = random.Random(seed)
    events = _stream(240, seed=seed)
    articles = _in_articles(events)
    batch = build_stories(copy.deepcopy(events))
    assert sum(len(s.event_ids) > 1 for s in batch) > 10
    rng.shuffle(articles)
    builder = StoryBuilder()
    for art in articles:
        for e in art:
            builder.add(copy.deepcopy(e))
        builder.stories()
    assert builder.stories() == batch
    assert build_stories(list(reversed(events))) == batch  # all at once, in reverse: the same again


def test_take_changes_reports_what_a_cache_must_update():
    builder = StoryBuilder()
    builder.add_many([ev("e1"), ev("e2", place="Homs")])
    changed, removed = builder.take_changes()
    assert sorted(events for _, events, _ in changed) == [["e1"], ["e2"]] and removed == []
    assert builder.take_changes() == ([], [])
    # A report published before e1 arrives late and joins it: the story is named after its
    # first report, so e1's old story id is gone and the new one is reported changed.
    old_id = builder.story_of("e1").id
    builder.add(ev("e0", outlet="AFP", published="2024-12-05T08:00:00+00:00"))
    changed, removed = builder.take_changes()
    assert removed == [old_id] and [(events, n) for _, events, n in changed] == [(["e0", "e1"], 2)]
    new_id = changed[0][0]
    assert builder.story_of("e1").id == new_id != old_id and builder.story(new_id).corroboration == 2
    assert builder.story(old_id) is None
    assert builder.memberships() == {"e0": (new_id, 2), "e1": (new_id, 2), "e2": (builder.story_of("e2").id, 1)}


class _BruteForce(StoryBuilder):
    """The same builder comparing each report with every report (no blocking index)."""

    def _candidates(self, rep):
        return [i for i, r in enumerate(self._reports) if r.located]


def _mixed(n: int, seed: int) -> list[dict]:
    """A stream taking every index path: precisions, date precisions, relative radii, borders,
    other countries, undated and background reports, places 0–200 km apart."""
    rng = random.Random(seed)
    events = _stream(n, seed=seed)
    pool = [(34 + rng.random() * 1.5, 36 + rng.random() * 1.5, 9000 + i) for i in range(60)]
    for e in events:
        lat, lon, gid = rng.choice(pool)
        loc = e["location"]
        loc.update(lat=lat, lon=lon, geonameid=gid, name=f"P{gid}", admin1=rng.choice(["Homs", "Hama", None]))
        loc["precision"] = rng.choice(["point", "city", "city", "admin2", "admin1", "country", None])
        loc["country"] = rng.choice(["SY"] * 6 + ["LB", None])
        if e["date"] and rng.random() < 0.2:
            e["date_precision"] = rng.choice(["week", "month"])
        roll = rng.random()
        if roll < 0.1:
            loc.update(precision="relative", relative={"km_max": rng.choice([5, 20, 80, 150]), "anchor": "x"})
        elif roll < 0.15:
            loc.update(precision="border", relative={"kind": "border", "precision": "border", "radius_km": 5})
        elif roll < 0.18:
            loc.update(lat=None, lon=None, geonameid=None)  # placed by name only
        if rng.random() < 0.05:
            e["modality"] = "background"
    return events


@pytest.mark.parametrize("seed", [11, 12])
def test_index_finds_the_same_stories_as_comparing_everything(seed):
    events = _mixed(400, seed)
    brute = _BruteForce()
    brute.add_many(events)
    indexed = build_stories(events)
    assert indexed == brute.stories()  # explanations included
    assert sum(len(s.event_ids) > 1 for s in indexed) > 20
    # Two wide relative claims 85 km apart (limit 50 + 20 + 20 km), several grid cells apart.
    far = [ev(f"r{i}", outlet=f"O{i}") for i in range(2)]
    for e, lon in zip(far, (36.49, 37.41), strict=True):
        e["location"].update(lat=34.0, lon=lon, geonameid=None, precision="relative", relative={"km_max": 20})
    assert [s.event_ids for s in build_stories(far)] == [["r0", "r1"]]
    # Across the antimeridian: 2 km apart, at opposite ends of the grid.
    dateline = [ev(f"d{i}", outlet=f"O{i}") for i in range(2)]
    for e, lon in zip(dateline, (179.99, -179.99), strict=True):
        e["location"].update(lat=-17.0, lon=lon, geonameid=None, country="FJ")
    assert [s.event_ids for s in build_stories(dateline)] == [["d0", "d1"]]


def test_stories_are_blocked_not_compared_with_everything():
    # 2,000 reports over 200 places and 60 days: each report is checked against a handful of
    # neighbours, not the thousands of earlier reports (what makes 100,000 events take seconds).
    rng = random.Random(5)
    places = [(32.5 + rng.random() * 4.5, 35.8 + rng.random() * 6, 5000 + i) for i in range(200)]
    events = []
    for i in range(2000):
        lat, lon, gid = rng.choice(places)
        e = ev(f"e{i}", outlet=f"O{i % 7}", date=f"2024-11-{1 + rng.randrange(30):02d}",
               published=f"2024-11-{1 + i * 30 // 2000:02d}T08:00:00+00:00")
        e["location"].update(lat=lat, lon=lon, geonameid=gid, name=f"P{gid}")
        events.append(e)

    class Counting(StoryBuilder):
        checked = 0

        def _candidates(self, rep):
            found = super()._candidates(rep)
            Counting.checked += len(found)
            return found

    Counting().add_many(events)
    assert Counting.checked < 20 * len(events)


def test_bad_input_gives_one_line_errors():
    with pytest.raises(ValueError, match="must be a dict"):
        build_stories(["not an event"])
    with pytest.raises(ValueError, match="no 'id'"):
        build_stories([{"event_type": "x"}])
    with pytest.raises(ValueError, match="bad date"):
        build_stories([ev("e1", date="yesterday")])
    with pytest.raises(ValueError, match="window_days"):
        StoryBuilder(window_days=-1)


class _Ungrouped(_BruteForce):
    """The reference: every report its own group, compared with every report (the rules, unoptimised)."""

    def _profile(self, rep):
        return None


@pytest.mark.parametrize("seed", [21, 22])
def test_grouping_equal_profiles_changes_no_story(seed):
    # Repeated place/day/sides profiles (a 60-place pool over 20 days) plus exact copies from other outlets.
    events = _mixed(300, seed)
    events += [dict(copy.deepcopy(e), id=f"{e['id']}-copy", article_id=f"copy-{e['id']}",
                    article={**e["article"], "id": f"copy-{e['id']}", "outlet": "Copy Wire"})
               for e in events[::3]]
    reference = _Ungrouped()
    reference.add_many(events)
    assert build_stories(events) == reference.stories()  # explanations included
    rng = random.Random(seed)
    shuffled = events[:]
    rng.shuffle(shuffled)
    builder = StoryBuilder()
    for start in range(0, len(shuffled), 9):  # late articles take the detach/re-assign path too
        builder.add_many(shuffled[start:start + 9])
    assert builder.stories() == reference.stories()


def test_a_flood_of_one_happening_is_checked_once_per_report():
    # 3,000 outlets report one capture: one story, and each report is checked against its one
    # group of equal reports, not against the thousands before it.
    events = [ev(f"f{i}", outlet=f"Outlet {i}", published=f"2024-12-05T{i % 24:02d}:{i % 60:02d}:00+00:00")
              for i in range(3000)]

    class Counting(StoryBuilder):
        checked = 0

        def _candidates(self, rep):
            found = super()._candidates(rep)
            Counting.checked += len(found)
            return found

    builder = Counting()
    builder.add_many(events)
    [story] = builder.stories()
    assert len(story.event_ids) == 3000 and story.corroboration == 3000
    assert Counting.checked <= 2 * len(events)


def test_a_coarse_date_does_not_corroborate_a_dated_story_but_joins_its_own_news_cycle():
    """'In 2016' or 'in March' fits every capture of that year or month at the place: such a report
    joins only reports of the same period and precision published within a week of it."""
    dated = ev("dated", outlet="Reuters", date="2016-03-05", published="2016-03-06T10:00:00+00:00")
    year_a = ev("year-a", outlet="AFP", date="2016", date_precision="year", published="2016-03-07T10:00:00+00:00")
    year_b = ev("year-b", outlet="SANA", date="2016", date_precision="year", published="2016-03-10T10:00:00+00:00")
    year_late = ev("year-late", outlet="BBC", date="2016", date_precision="year",
                   published="2016-06-01T10:00:00+00:00")
    month = ev("month", outlet="AP", date="2016-03", date_precision="month", published="2016-03-08T10:00:00+00:00")
    builder = StoryBuilder()
    builder.add_many([dated, year_a, year_b, year_late, month])
    of = {e: builder.story_of(e).id for e in ("dated", "year-a", "year-b", "year-late", "month")}
    assert of["year-a"] == of["year-b"]  # one period, one precision, one news cycle: the same news
    assert builder.story_of("year-a").corroboration == 2
    assert len({of["dated"], of["year-a"], of["year-late"], of["month"]}) == 4
    assert "cannot corroborate" in builder.explain_pair("dated", "year-a")["reason"]
    assert "cannot corroborate" in builder.explain_pair("month", "year-a")["reason"]
    assert "news cycle" in builder.explain_pair("year-a", "year-late")["reason"]
    # a week-precise date within the window still matches a day-dated report as before
    week = ev("week", outlet="AP", date="2016-03-04", date_precision="week", published="2016-03-08T10:00:00+00:00")
    assert build_stories([dated, week])[0].corroboration == 2
