"""cty32: a country-level act takes the place its article tells the same act at (events/article_place.py).

The rule (docs/event-location.md, 'cty32: country-level events'): a violent, done event placed only in a
country inherits the one finer place inside that country of the same act told in the sentence just before
or after it (or in the headline), never when its own sentence places an event, when two places are told
beside it, or when two different doers or stated dates tell the acts apart; the inherited place is marked
`location_source = "article"` and stored (migration 0011).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from frontwatch.events.article_place import ARTICLE, inherit_places
from frontwatch.model import Actor, Event, Place, Toponym

SYRIA = Place(163843, "Syria", 35.0, 38.0, "SY", precision="country")
QAMISHLI = Place(173577, "Al Qamishli", 37.05, 41.23, "SY", precision="city")
HASAKAH = Place(173663, "Al Hasakah", 36.5, 40.75, "SY", precision="city")
MOSUL = Place(99072, "Mosul", 36.34, 43.13, "IQ", precision="city")


def _top(place: Place, start: int = 0, **kw) -> Toponym:
    return Toponym(start, start + len(place.name), place.name, place=place, precision=place.precision, **kw)


def _event(i: int, start: int, location: Toponym | None, *, acled: str = "Explosions/Remote violence",
           fatalities: int = 0, modality: str = "asserted", actor: str | None = None) -> Event:
    return Event(id=f"e{i}", article_id="a", evidence_text=f"sentence {start}", evidence_start=start,
                 evidence_end=start + 10, event_type="bombing", acled_event_type=acled, location=location,
                 modality=modality, fatalities=fatalities, actor1=Actor(actor, actor) if actor else None)


ORDER = [0, 100, 200, 300]  # the article's sentences


def test_a_toll_takes_the_place_of_its_act_told_next() -> None:
    toll = _event(1, 0, _top(SYRIA), acled="Violence against civilians", fatalities=6)
    act = _event(2, 100, _top(QAMISHLI, 120))
    inherit_places([toll, act], ORDER)
    assert toll.location is act.location and toll.location_source == ARTICLE
    assert act.location_source is None  # its own sentence placed it


def test_two_places_told_beside_it_are_two_acts() -> None:
    e = _event(1, 100, _top(SYRIA), fatalities=6)
    before, after = _event(2, 0, _top(QAMISHLI)), _event(3, 200, _top(HASAKAH, 210))
    inherit_places([before, e, after], ORDER)
    assert e.location.place is SYRIA and e.location_source is None


def test_different_doers_or_stated_dates_are_different_acts() -> None:
    e = _event(1, 0, _top(SYRIA), fatalities=6, actor="Islamic State")
    d = _event(2, 100, _top(QAMISHLI, 120), actor="Military Forces of Syria")
    inherit_places([e, d], ORDER)
    assert e.location_source is None
    e2, d2 = _event(3, 0, _top(SYRIA), fatalities=6), _event(4, 100, _top(QAMISHLI, 120))
    e2.date, d2.date = "2016-04-30", "2016-04-12"
    inherit_places([e2, d2], ORDER, explicit={"e3", "e4"})
    assert e2.location_source is None


def test_a_war_long_mention_of_another_type_without_a_toll_stays_national() -> None:
    war = _event(1, 0, _top(SYRIA), acled="Violence against civilians")  # 'the war has killed 300,000'
    inherit_places([war, _event(2, 100, _top(QAMISHLI, 120))], ORDER)
    assert war.location_source is None


@pytest.mark.parametrize("acled, modality", [("Strategic developments", "asserted"), (None, "asserted"),
                                             ("Explosions/Remote violence", "planned"),
                                             ("Explosions/Remote violence", "denied")])
def test_statements_plans_and_denials_stay_where_they_are(acled: str | None, modality: str) -> None:
    e = _event(1, 0, _top(SYRIA), acled=acled, modality=modality, fatalities=3)
    inherit_places([e, _event(2, 100, _top(QAMISHLI, 120))], ORDER)
    assert e.location_source is None


def test_not_from_afar_nor_over_a_place_of_its_own_sentence_nor_from_a_whole_country() -> None:
    far = _event(1, 200, _top(SYRIA), fatalities=2)
    inherit_places([far, _event(2, 0, _top(QAMISHLI))], ORDER)  # two sentences away, no headline
    assert far.location_source is None
    e, own = _event(3, 0, _top(SYRIA), fatalities=2), _event(4, 0, _top(HASAKAH, 5), acled="Battles")
    inherit_places([e, own, _event(5, 100, _top(QAMISHLI, 120))], ORDER)
    assert e.location_source is None
    abroad = _event(6, 0, _top(SYRIA), fatalities=2)
    inherit_places([abroad, _event(7, 100, _top(MOSUL, 120))], ORDER)  # another country's town
    assert abroad.location_source is None
    outside = Toponym(110, 127, "outside of Syria", place=SYRIA, precision="relative",
                      relative={"kind": "outside", "anchor": "Syria", "lat": 35.0, "lon": 38.0})
    e7 = _event(8, 0, _top(SYRIA), fatalities=2)
    inherit_places([e7, _event(9, 100, outside)], ORDER)
    assert e7.location_source is None


def test_the_headline_gives_its_place_to_the_body() -> None:
    body = _event(1, 200, _top(SYRIA), fatalities=5)
    head = _event(2, 0, _top(QAMISHLI))
    inherit_places([head, body], ORDER, headline=[0])
    assert body.location is head.location and body.location_source == ARTICLE


@pytest.mark.slow
def test_the_pipeline_places_a_lede_at_the_town_its_next_sentence_names(extract) -> None:
    lede = "A suicide bomber driving a truck killed six people on Monday, a monitoring group said."
    text = f"{lede} The truck exploded at a checkpoint at the entrance of Qamishli in Hasakeh province."
    events = extract([text])[0]
    bomber = next(e for e in events if e["evidence"]["text"] == lede)
    assert bomber["location"]["precision"] != "country" and "Qāmishlī" in bomber["location"]["name"]
    assert bomber["location_source"] == "article"
    assert all(e["location_source"] is None for e in events if e["evidence"]["text"] != lede)
    war = extract(["The war has killed more than 300,000 people since 2011. Rebels shelled the town of Mhardeh "
                   "in Hama province on Tuesday."])[0]
    assert [e["location"]["precision"] for e in war if "300,000" in e["evidence"]["text"]] == ["country"]


def test_the_store_keeps_where_the_place_came_from(tmp_path: Path) -> None:
    from test_store_repository import processed

    from frontwatch.store import Store

    p = processed()
    p.events[0].location_source = ARTICLE
    db = tmp_path / "fw.sqlite"
    with Store(str(db)) as store:  # opening migrates to head (0011 adds the column)
        store.save(p)
        records = sorted(store.iter_events(), key=lambda r: r["evidence"]["start"])
    assert [r["location_source"] for r in records] == [ARTICLE, None, None]
    cols = {row[1] for row in sqlite3.connect(db).execute("pragma table_info(events)")}
    assert "location_source" in cols


@pytest.mark.parametrize("sentence, many", [
    ("Army units continued targeting gatherings of terrorists across the country.", True),
    ("Terrorists launched attacks with shells on residential areas in a number of provinces.", True),
    ("Air strikes hit several northern provinces on Monday.", True),
    ("Rebels captured several villages on Monday.", False),  # villages of one district: one district's act
    ("At least 20 civilians were killed in the strikes.", False)])
def test_an_act_told_at_many_places_keeps_its_country(sentence: str, many: bool) -> None:
    e = _event(1, 0, _top(SYRIA), fatalities=3)
    e.evidence_text = sentence
    inherit_places([e, _event(2, 100, _top(QAMISHLI, 120))], ORDER)
    assert (e.location_source is None) is many
