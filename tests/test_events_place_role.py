"""The event's place by role (events/place_role.py): where it happened, not where an actor is from,
where someone fled to, or the country holding the named town. Constructed sentences, a stand-in
geoparser (test_events_support) so only the place decision is under test."""

from __future__ import annotations

import json

from script_modules import load_script
from test_events_support import run

from frontwatch.events import place_role


def places(evs, etype: str | None = None) -> list[str | None]:
    return sorted(e.location.text if e.location else None for e in evs if etype is None or e.event_type == etype)


def test_the_place_is_where_it_happened_not_the_actors_origin(nlp):  # noqa: F811
    assert places(run(nlp, "Turkish artillery shelled Manbij on Monday."), "shelling") == ["Manbij"]
    assert places(run(nlp, "Iraqi militiamen clashed with rebels in Homs."), "armed_clash") == ["Homs"]


def test_a_destination_or_origin_is_not_the_place_of_the_fighting(nlp):  # noqa: F811
    evs = run(nlp, "Hundreds of families fled to Jordan after clashes in Daraa.")
    assert places(evs, "armed_clash") == ["Daraa"]


def test_a_speakers_place_is_not_the_place_of_the_attack(nlp):  # noqa: F811
    evs = run(nlp, "Officials in Damascus said rebels attacked an army post in Hama.")
    assert "Hama" in places(evs) and "Damascus" not in places(evs)


def test_the_named_town_beats_the_country_holding_it(nlp):  # noqa: F811
    assert places(run(nlp, "Jets bombed Idlib in northern Syria."), "air_strike") == ["Idlib"]


def test_places_in_one_locative_are_one_event_each(nlp):  # noqa: F811
    assert places(run(nlp, "Regime helicopters dropped barrel bombs on Douma and Hama.")) == ["Douma", "Hama"]


def test_packaged_weights_are_fitted_data() -> None:
    data = json.loads(place_role.weights_path().read_text(encoding="utf-8"))
    w = place_role.load_weights()
    assert 0.0 < w.threshold < 1.0 and len(w.weights) > 20
    assert "fit_place_role" in data["about"]
    # what the fit learnt, in the direction the grammar says
    assert w.weights["demonym"] < 0 and w.weights.get("prep=in", 0) > w.weights.get("prep=from", 0)


def test_a_place_following_another_through_in_only_locates_it(nlp):  # noqa: F811
    evs = run(nlp, "Warplanes bombed positions in Manbij city in the eastern countryside of Aleppo.")
    assert places(evs, "air_strike") == ["Manbij"]


def _top(text: str, start: int, place, how: str = "exact", precision: str | None = None):
    from frontwatch.model import Candidate, Toponym

    return Toponym(start=start, end=start + len(text), text=text, place=place, score=0.9,
                   precision=precision or place.precision, candidates=[Candidate(place=place, score=1.0, how=how)])


def test_an_unlisted_name_is_held_by_the_place_it_was_put_in() -> None:
    from test_events_support import place

    damascus = _top("Damascus", 40, place("Damascus"))
    suburb = _top("Deir al-Asafir", 10, place("Damascus"), how="unlisted")
    again = _top("Damascus", 80, place("Damascus"))
    syria = _top("Syria", 60, place("Syria"))
    assert place_role.is_unlisted(suburb) and not place_role.is_unlisted(damascus)
    assert place_role.contains(damascus, suburb) and not place_role.contains(suburb, damascus)
    assert not place_role.contains(damascus, again)  # the same town named twice
    at_country = _top("Qarmashin", 10, place("Syria"), how="unlisted", precision="country")
    assert not place_role.contains(at_country, damascus)  # a village put at its country's point holds nothing
    assert place_role.contains(syria, damascus)


def test_the_coarser_of_two_places_in_one_phrase() -> None:
    from test_events_support import place

    baghdad = _top("Baghdad", 0, place("Baghdad"))
    suburb = _top("Huriyah", 0, place("Baghdad"), how="unlisted")
    assert place_role._coarser(baghdad, suburb) and not place_role._coarser(suburb, baghdad)
    assert place_role._coarser(_top("Syria", 0, place("Syria")), baghdad)


def test_the_finest_place_of_the_sentence_is_marked(nlp):  # noqa: F811
    """'finest_place': no other place of the sentence is finer and one is coarser (the town
    named inside its province), never both places of a pair, never a sentence's only place."""
    from test_events_support import article, make_toponyms

    from frontwatch.events.extract import EventExtractor

    def marked(text: str, verb: str) -> list[str]:
        doc = nlp(text)
        ex = EventExtractor()
        ex.places_for(doc, article(text), make_toponyms(text), next(t.i for t in doc if t.text == verb))
        return [s.candidate.toponym.text for s in ex.last_place_scores if "finest_place" in s.features]

    assert marked("In Syria, troops shelled Homs on Monday.", "shelled") == ["Homs"]
    assert marked("Troops shelled Homs on Monday.", "shelled") == []


def test_a_place_modifying_the_event_noun_is_not_an_actors_origin(nlp):  # noqa: F811
    """Headline grammar: 'Aleppo airstrikes' names where the strikes were; 'Aleppo rebels' names
    where the rebels are from (feature modifier_of_actor only for the actor)."""
    from test_events_support import article, make_toponyms

    from frontwatch.events.extract import EventExtractor

    text = "Aleppo airstrikes kill 36 people."
    doc = nlp(text)
    ex = EventExtractor()
    places, _ = ex.places_for(doc, article(text), make_toponyms(text), 1)
    (aleppo,) = [s for s in ex.last_place_scores if s.candidate.toponym.text == "Aleppo"]
    assert "modifier" in aleppo.features and "modifier_of_actor" not in aleppo.features
    assert [p.text for p in places] == ["Aleppo"]


def test_fit_choice_learns_which_place_is_chosen() -> None:
    """The choice objective (dev/fit_place_role.py): a feature that marks the gold place among
    a sentence's places gets a positive weight, one shared by all places none of it."""

    fit = load_script("dev/fit_place_role.py")
    records = []
    for i in range(40):
        cands = [{"f": {"prep=in": 1.0, "shared": 1.0}, "y": 1, "d": 2},
                 {"f": {"prep=from": 1.0, "shared": 1.0}, "y": 0, "d": 1}]
        if i % 4 == 0:  # some noise: the other place is gold
            cands[0]["y"], cands[1]["y"] = 0, 1
        records.append({"id": str(i), "gold": True, "how": "locative", "cands": cands})
    for i in range(20):
        records.append({"id": f"n{i}", "gold": False, "how": "sentence",
                        "cands": [{"f": {"prep=from": 1.0, "shared": 1.0}, "y": 0, "d": 1}]})
    weights, bias = fit.fit_choice(records, l2=0.1)
    assert weights["prep=in"] > weights.get("prep=from", 0.0)
    loc, unl = fit.figures(records, place_role.Weights(weights, bias, 0.5))
    assert loc >= 0.7 and unl >= 0.5


def _features_of(nlp, text: str, verb: str, extra=None) -> dict[str, dict[str, float]]:  # noqa: F811
    from test_events_support import article, make_toponyms

    from frontwatch.events.extract import EventExtractor

    doc = nlp(text)
    ex = EventExtractor()
    ex.places_for(doc, article(text), make_toponyms(text, extra), next(t.i for t in doc if t.text == verb))
    return {s.candidate.toponym.text: s.features for s in ex.last_place_scores}


def test_the_place_a_distance_is_measured_from_is_marked(nlp):  # noqa: F811
    f = _features_of(nlp, "Clashes broke out in Homs, 40 km from Damascus, on Monday.", "broke")
    assert "distance_anchor" in f["Damascus"] and "distance_anchor" not in f["Homs"]


def test_after_of_only_the_coarser_place_holds_the_other(nlp):  # noqa: F811
    """'the Huriyah neighborhood of Baghdad': Baghdad only locates Huriyah; 'the Baghdad
    neighborhood of Adamiyah': Adamiyah is not located by Baghdad (feature after_other_place)."""
    extra = {"Huriyah": ("Huriyah", 33.37, 44.35, "IQ", "point"), "Adamiyah": ("Adamiyah", 33.37, 44.36, "IQ", "point")}
    f = _features_of(nlp, "Gunmen killed ten people in the Huriyah neighborhood of Baghdad.", "killed", extra)
    assert "after_other_place" in f["Baghdad"] and "after_other_place" not in f["Huriyah"]
    f = _features_of(nlp, "Gunmen killed ten people in the Baghdad neighborhood of Adamiyah.", "killed", extra)
    assert "after_other_place" not in f["Adamiyah"]


def test_the_attackers_origin_is_one_decision_over_grammar_and_actor_spans(nlp):  # noqa: F811
    """`actor_origin`: a demonym before an attack noun (grammar), or a country named only inside
    an actor's phrase (the actor layer's spans) unless it is the article's main country; the
    candidates and the country fallback both read this one predicate."""
    from test_events_support import place

    doc = nlp("Turkish shelling hit Israel and Syria.")
    turkish = _top("Turkish", 0, place("Turkey"), how="demonym")
    israel = _top("Israel", 22, place("Israel"))
    assert place_role.actor_origin(turkish, doc[0], 0, 1)  # by grammar alone
    assert not place_role.actor_origin(israel, doc[3], 3, 4)  # a place the shelling hit
    assert place_role.actor_origin(israel, doc[3], 3, 4, actor_tokens={3}, main="SY")  # the acting side's name
    assert not place_role.actor_origin(israel, doc[3], 3, 4, actor_tokens={3}, main="IL")  # at home
    assert not place_role.actor_origin(israel, doc[3], 3, 4, actor_tokens={2}, main="SY")  # not inside the actor


def test_fit_reduced_leaves_out_families_and_rare_features() -> None:
    """dev/fit_place_role.py --drop / --min-count: the generalisation study's reduced feature sets."""

    fit = load_script("dev/fit_place_role.py")
    records = [{"id": str(i), "gold": True, "how": "locative", "text": f"s{i}",
                "cands": [{"f": {"prep=in": 1.0, "host_prep=direct:in": 1.0, **({"rare": 1.0} if i == 0 else {})},
                           "y": 1, "d": 1}]} for i in range(5)]
    assert fit.family("host_prep=direct:in") == "host_prep"
    kept = {k for r in fit.reduced(records, {"host_prep"}, 2) for c in r["cands"] for k in c["f"]}
    assert kept == {"prep=in"}


def test_a_locative_inherited_from_the_governing_clause_is_marked(nlp):  # noqa: F811
    """'launched an offensive in Homs, targeting the village of Tasnin': the participle trigger
    inherits the clause's locative (triggers.frame_of), marked `inherited_locative`; the trigger's
    own object place is not, and neither is a locative of the trigger itself."""
    extra = {"Tasnin": ("Tasnin", 34.85, 36.70, "SY", "point")}
    f = _features_of(nlp, "Rebels launched an offensive in Homs on Monday, targeting the village of Tasnin.",
                     "targeting", extra)
    assert "frame_locative" in f["Homs"] and "inherited_locative" in f["Homs"]
    assert "inherited_locative" not in f["Tasnin"]
    f = _features_of(nlp, "Rebels attacked an army post in Homs on Monday.", "attacked")
    assert "frame_locative" in f["Homs"] and "inherited_locative" not in f["Homs"]
