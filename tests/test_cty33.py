"""cty33: reports of one act that cty32's inheritance put at one place are one event (article_place.merge_inherited).

The rule (docs/event-location.md, 'cty33'): consolidation runs before inheritance, so a toll sentence on the
country's centroid and its act at a town were at two places when it judged them. After inheritance the same
rules run once more over the pairs of which one report inherited its place: act30/act31's fold of a doerless
death report into the act told before it, and the type-keyed merge of one type, place, day and compatible actors.
The merged event keeps a toll as act30 does (its own count, else the other report's).
"""

from __future__ import annotations

import pytest

from frontwatch.events.article_place import ARTICLE, merge_inherited
from frontwatch.events.consolidate import merge_reports
from frontwatch.model import Actor, Event, Place, Toponym

IRBIN = Place(170063, "Irbin", 33.54, 36.37, "SY", precision="city")
DOUMA = Place(170654, "Douma", 33.57, 36.40, "SY", precision="city")


def _top(place: Place, start: int = 0) -> Toponym:
    return Toponym(start, start + len(place.name), place.name, place=place, precision=place.precision)


def _event(i: int, start: int, place: Place, *, event_type: str = "air_strike",
           acled: str = "Explosions/Remote violence", fatalities: int = 0, actor: str | None = None,
           inherited: bool = False, trigger: str = "strikes", date: str | None = "2016-04-12") -> Event:
    e = Event(id=f"e{i}", article_id="a", evidence_text=f"sentence {start}", evidence_start=start,
              evidence_end=start + 10, event_type=event_type, acled_event_type=acled, location=_top(place, start),
              modality="asserted", fatalities=fatalities, actor1=Actor(actor, actor) if actor else None,
              trigger=trigger, date=date)
    e.location_source = ARTICLE if inherited else None
    return e


PARAGRAPHS = {0: 1, 100: 1, 200: 1}  # one paragraph of three sentences


def _merge(events: list[Event], explicit: set[str] | None = None) -> list[Event]:
    return merge_inherited(events, explicit=set() if explicit is None else explicit, paragraphs=PARAGRAPHS)


def test_a_toll_placed_by_its_article_merges_into_its_act_and_keeps_its_count() -> None:
    # 'On Tuesday the regime also carried out air strikes against Irbin.' / 'The strikes killed five people.'
    act = _event(1, 0, IRBIN, actor="Government of Syria")
    toll = _event(2, 100, IRBIN, fatalities=5, inherited=True)
    out = _merge([act, toll])
    assert len(out) == 1
    assert out[0].fatalities == 5 and out[0].actor1 is not None and out[0].actor1.name == "Government of Syria"


def test_a_doerless_death_report_placed_by_its_article_folds_into_the_act_before_it() -> None:
    act = _event(1, 0, DOUMA, actor="Military Forces of Syria")
    dead = _event(2, 100, DOUMA, event_type="attack_civilians", acled="Violence against civilians", fatalities=8,
                  trigger="killed", inherited=True)
    out = _merge([act, dead])
    assert out == [act] and act.fatalities == 8


def test_the_act_keeps_its_own_count() -> None:
    act = _event(1, 0, IRBIN, fatalities=16, inherited=True)
    other = _event(2, 100, IRBIN, fatalities=32)  # another source's figure of the same strikes
    out = _merge([act, other])
    assert [e.fatalities for e in out] == [16]  # ACLED keeps one figure of an event, not a sum


def test_pairs_without_an_inherited_place_are_left_as_consolidation_left_them() -> None:
    a, b = _event(1, 0, IRBIN), _event(2, 100, IRBIN, fatalities=5)
    events = [a, b]
    assert _merge(events) is events and len(events) == 2


@pytest.mark.parametrize("change", ["doers", "dates", "types", "places"])
def test_what_tells_two_acts_apart_still_keeps_them_apart(change: str) -> None:
    act = _event(1, 0, IRBIN, actor="Government of Syria")
    other = _event(2, 100, IRBIN, fatalities=5, inherited=True)
    explicit: set[str] = set()
    if change == "doers":
        other.actor1 = Actor("Islamic State", "Islamic State")
    elif change == "dates":
        other.date, explicit = "2016-04-10", {"e1", "e2"}
    elif change == "types":
        other.event_type, other.acled_event_type = "armed_clash", "Battles"
    else:
        other.location = _top(DOUMA, 100)
    assert len(_merge([act, other], explicit)) == 2


def test_the_merge_keeps_a_toll_only_when_asked() -> None:
    """The first pass is unchanged (the survivor's count only); the later pass fills a missing toll."""
    def pair() -> list[Event]:
        return [_event(1, 0, IRBIN, actor="Government of Syria"), _event(2, 100, IRBIN, fatalities=5)]
    assert [e.fatalities for e in merge_reports(pair(), explicit=set(), paragraphs=PARAGRAPHS)] == [0]
    assert [e.fatalities for e in merge_reports(pair(), explicit=set(), paragraphs=PARAGRAPHS, keep_toll=True)] == [5]


@pytest.mark.slow
def test_the_pipeline_codes_a_strike_and_its_toll_at_one_town_as_one_event(extract) -> None:
    text = ("Syrian government warplanes carried out air strikes on the town of Irbin east of Damascus on Tuesday, "
            "the Observatory said. The strikes killed five people, the monitor said.")
    strikes = [e for e in extract([text])[0] if e["event_type"] == "air_strike"]
    assert len(strikes) == 1
    assert strikes[0]["fatalities"] == 5 and strikes[0]["actor1"]["name"] == "Military Forces of Syria"
    lede = ("Air strikes killed 15 civilians in Syria on Saturday, a monitor said. The monitoring group said the "
            "strike on the village of Maarat al-Numan was carried out by Russian planes.")
    strikes = [e for e in extract([lede])[0] if e["event_type"] == "air_strike"]
    assert [(e["fatalities"], e["actor1"]["name"]) for e in strikes] == [(15, "Military Forces of Russia")]


def test_a_report_past_a_change_of_scene_is_another_act() -> None:
    """'Meanwhile ...' / 'Elsewhere ...' opens another act: its place is not the act's before it, nor the other
    way round (act30's `opens_new_scene`, applied to cty32's inheritance)."""
    from frontwatch.events.article_place import inherit_places

    order = [0, 100, 200]
    act = _event(1, 0, IRBIN, actor="Government of Syria")
    shifted = _event(2, 100, IRBIN, fatalities=71)
    shifted.location = Toponym(100, 105, "Syria", place=Place(163843, "Syria", 35.0, 38.0, "SY", precision="country"),
                               precision="country")
    shifted.evidence_text = "Meanwhile a source said an army unit targeted ISIS sites, killing 71 terrorists."
    inherit_places([act, shifted], order)
    assert shifted.location_source is None
    toll = _event(3, 0, IRBIN, fatalities=5)
    toll.location, toll.evidence_text = shifted.location, "Five people were killed, SANA said."
    elsewhere = _event(4, 100, DOUMA)
    elsewhere.evidence_text = "Elsewhere on Thursday the air force attacked Douma."
    inherit_places([toll, elsewhere], order)
    assert toll.location_source is None
    shifted.evidence_text = "A source said an army unit targeted ISIS sites, killing 71 terrorists."
    inherit_places([act, shifted], order)
    assert shifted.location_source == ARTICLE  # without the change of scene it is the same act
