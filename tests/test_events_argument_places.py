"""Names the event's own grammar calls a place (events/argument_places.py): kept as a candidate
place of that trigger, put at the place named with it or at the article's country; never a
person shot; with nowhere to put it, kept by its name alone, no point made up. Real spaCy model; the stand-in geoparser of
test_events_support lists no village below, so only the event layer can keep it."""

from __future__ import annotations

from test_events_support import article, make_toponyms, run

from frontwatch.events import place_role
from frontwatch.events.argument_places import HOW, argument_places
from frontwatch.events.extract import EventExtractor
from frontwatch.events.triggers import expand


def located(evs) -> list[tuple[str | None, str | None]]:
    return sorted((e.location.text, e.location.place.name if e.location.place else None) if e.location
                  else (None, None) for e in evs)


def test_an_unlisted_village_stormed_is_placed_at_the_province_named_with_it(nlp):  # noqa: F811
    evs = run(nlp, "Syrian troops stormed Kafr Nabudah in Hama province on Monday.")
    assert ("Kafr Nabudah", "Hama") in located(evs)


def test_an_unlisted_name_alone_goes_to_the_country_the_sentence_names(nlp):  # noqa: F811
    evs = run(nlp, "Government forces in Syria shelled Tal Maksour on Monday.")
    assert ("Tal Maksour", "Syria") in located(evs)


def test_no_country_named_means_no_place_is_made_up(nlp):  # noqa: F811
    evs = run(nlp, "Militants attacked Qasr Nawa on Monday.")
    assert all(text != "Qasr Nawa" for text, _ in located(evs))


def test_a_name_with_nowhere_to_go_is_kept_without_a_point(nlp):  # noqa: F811
    # nothing in the sentence says where Qasr Nawa is: the event's place is the name, unresolved
    evs = run(nlp, "Gunmen killed five people in Qasr Nawa on Monday.")
    loc = next(e.location for e in evs if e.location is not None and e.location.text == "Qasr Nawa")
    assert loc.place is None and loc.precision is None and not loc.relative
    assert place_role.is_unplaced(loc) and not place_role.is_unlisted(loc)


def test_a_name_with_nowhere_to_go_inside_a_country_known_but_not_named_is_not_kept(nlp):  # noqa: F811
    # the event then falls back to that country: coarse, but with a country (no name without one)
    from frontwatch.events.coref import synthetic_country

    text = "Gunmen killed five people in Qasr Nawa on Monday."
    doc = nlp(text)
    verb = next(t for t in doc if t.text == "killed")
    locs = [c for p in verb.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
    args = (expand(locs), {t.i for t in expand(locs)}, doc[:], {}, set())
    assert [t.text for t, *_ in argument_places(*args, None)] == ["Qasr Nawa"]
    assert argument_places(*args, synthetic_country("SY", "Syria", 0, 0)) == []


def test_a_person_shot_is_not_a_place(nlp):  # noqa: F811
    text = "Gunmen shot Ahmad Khalil in Homs on Monday."
    doc = nlp(text)
    verb = next(t for t in doc if t.text == "shot")
    ex = EventExtractor()
    ex.places_for(doc, article(text), make_toponyms(text), verb.i)
    names = [s.candidate.toponym.text for s in ex.last_place_scores]
    assert "Ahmad Khalil" not in names and "Homs" in names


def test_the_candidate_carries_its_container_and_how(nlp):  # noqa: F811
    text = "Rebels captured the checkpoint at Al-Zorba Farms near Aleppo."
    doc = nlp(text)
    tops = make_toponyms(text)
    from frontwatch.events.extract import _PlaceIndex

    pidx = _PlaceIndex(doc, tops)
    at = next(t for t in doc if t.text == "at")
    farms = [c for c in at.children if c.dep_ == "pobj"]
    syria = make_toponyms("Syria", {"Syria": ("Syria", 35.0, 38.0, "SY", "country")})[0]
    out = argument_places(expand(farms), {t.i for t in expand(farms)}, doc[:], pidx.by_token, set(), syria)
    assert [t.text for t, *_ in out] == ["Al-Zorba Farms"]
    t = out[0][0]
    assert t.candidates[0].how == HOW and t.place.name == "Syria" and t.precision == "country"


def test_a_refused_sense_in_another_country_than_the_sentences_is_not_taken(nlp):  # noqa: F811
    from frontwatch.model import Candidate, Place

    text = "Government forces in Syria shelled Tal Maksour on Monday."
    doc = nlp(text)
    tops = make_toponyms(text)
    from frontwatch.events.extract import _PlaceIndex

    pidx = _PlaceIndex(doc, tops)
    verb = next(t for t in doc if t.text == "shelled")
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    syria = make_toponyms("Syria", {"Syria": ("Syria", 35.0, 38.0, "SY", "country")})[0]
    a = text.index("Tal Maksour")
    far = Place(geonameid=1, name="Tal Maksour", lat=10.0, lon=10.0, country="NG", precision="city")
    near = Place(geonameid=2, name="Tal Maksour", lat=36.5, lon=40.8, country="SY", precision="city")

    from frontwatch.model import Toponym

    def refused(place):
        return Toponym(start=a, end=a + 11, text="Tal Maksour", place=place, score=0.4, precision="city",
                       candidates=[Candidate(place=place, score=-0.1, how="refused")])

    out = argument_places(expand(objs), set(), doc[:], pidx.by_token, set(), syria, [refused(far)])
    assert [t.place.name for t, *_ in out] == ["Syria"]
    out = argument_places(expand(objs), set(), doc[:], pidx.by_token, set(), syria, [refused(near)])
    assert [(t.place.name, t.precision) for t, *_ in out] == [("Tal Maksour", "city")]
    # the recogniser cut the name otherwise ('Maksour'): its refused sense still places the argument name
    cut = Toponym(start=a + 4, end=a + 11, text="Maksour", place=near, score=0.4, precision="city",
                  candidates=[Candidate(place=near, score=-0.1, how="refused")])
    out = argument_places(expand(objs), set(), doc[:], pidx.by_token, set(), syria, [cut])
    assert [(t.text, t.place.name) for t, *_ in out] == [("Tal Maksour", "Tal Maksour")]


def _held(nlp, text: str, verb_text: str) -> dict[str, str]:  # noqa: F811
    doc = nlp(text)
    verb = next(t for t in doc if t.text == verb_text)
    ex = EventExtractor()
    ex.places_for(doc, article(text), make_toponyms(text), verb.i)
    return {s.candidate.toponym.text: s.candidate.toponym.place.name for s in ex.last_place_scores}


def test_an_apposition_names_the_container(nlp):  # noqa: F811
    held = _held(nlp, "Fighters from Goma stormed Kafr Nabudah, a small village in the north of Helmand, on Monday.",
                 "stormed")
    assert held.get("Kafr Nabudah") == "Helmand"


def test_with_no_country_named_the_nearest_town_of_the_sentence_holds_the_name(nlp):  # noqa: F811
    held = _held(nlp, "Gunmen killed five people at Kanambe, about 120 kilometres north of the provincial capital Goma.",
                 "killed")
    assert held.get("Kanambe") == "Goma"



def test_nested_locatives_stay_one_step_below_the_argument(nlp):  # noqa: F811
    from frontwatch.events.argument_places import nested_locatives

    doc = nlp("Troops launched an assault on defenses at Tal Maksour.")
    by_text = {t.text: t for t in doc}
    assert "Maksour" in [t.text for t in nested_locatives([by_text["defenses"]])]
    one_step = [t.text for t in nested_locatives([by_text["assault"]])]
    assert "defenses" in one_step and "Maksour" not in one_step


def _refused_at(text: str, name: str, country: str):
    """The resolver's refused best sense of `name` (geo/refused.py), in `country`."""
    from frontwatch.model import Candidate, Place, Toponym

    a = text.index(name)
    place = Place(geonameid=7, name=name, lat=10.0, lon=20.0, country=country, precision="city")
    return Toponym(start=a, end=a + len(name), text=name, place=place, score=0.3, precision="city",
                   candidates=[Candidate(place=place, score=-0.1, how="refused")])


def test_an_org_labelled_name_the_gazetteer_vouches_for_is_kept(nlp):  # noqa: F811
    # 'captured' takes people as often as places: an ORG-labelled object is a place only when the
    # resolver knows the name with a sense in the sentence's country
    from frontwatch.events.coref import synthetic_country

    text = "Rebels captured Birao on Monday, but lost it a month later."
    doc = nlp(text)
    birao = next(t for t in doc if t.text == "Birao")
    assert birao.ent_type_ == "ORG"  # the small model's label this test is about
    objs = expand([birao])
    cf = synthetic_country("CF", "Central African Republic", 0, 0)
    assert argument_places(objs, set(), doc[:], {}, set(), cf) == []
    out = argument_places(objs, set(), doc[:], {}, set(), cf, [_refused_at(text, "Birao", "CF")])
    assert [(t.text, t.place.name) for t, *_ in out] == [("Birao", "Birao")]
    # a sense in another country vouches for nothing
    assert argument_places(objs, set(), doc[:], {}, set(), cf, [_refused_at(text, "Birao", "NG")]) == []


def test_an_org_labelled_modifier_of_a_common_noun_stays_out(nlp):  # noqa: F811
    from frontwatch.events.coref import synthetic_country

    text = "Gunmen hacked a Guatemalan woman to death."
    doc = nlp(text)
    woman = next(t for t in doc if t.text == "woman")
    gt = synthetic_country("GT", "Guatemala", 0, 0)
    assert argument_places(expand([woman]), set(), doc[:], {}, set(), gt,
                           [_refused_at(text, "Guatemalan", "GT")]) == []


def test_clause_arguments_reach_the_governing_verb_only_for_vouched_names(nlp):  # noqa: F811
    from frontwatch.events.argument_places import clause_arguments
    from frontwatch.events.coref import synthetic_country

    text = "Tragedy struck at Ikpoba when gunmen attacked mourners."
    doc = nlp(text)
    attacked = next(t for t in doc if t.text == "attacked")
    loose = clause_arguments(attacked)
    assert [t.text for t in loose] == ["Ikpoba"]  # the locative of 'struck', which 'attacked' hangs from
    ng = synthetic_country("NG", "Nigeria", 0, 0)
    own = expand([c for c in attacked.children if c.dep_ == "dobj"])
    assert argument_places(own, set(), doc[:], {}, set(), ng, [], loose) == []  # no sense: not kept
    out = argument_places(own, set(), doc[:], {}, set(), ng, [_refused_at(text, "Ikpoba", "NG")], loose)
    assert [t.text for t, *_ in out] == ["Ikpoba"]


def test_a_name_with_an_age_or_after_a_role_noun_reads_as_a_person(nlp):  # noqa: F811
    """'Millan, 41, was shot in Hebron': the age says a person, whatever the label; so does a
    role noun right before the name ('PKK leader Abdullah Ocalan'). A place with a number after
    it that is no age ('Route 9', 'X, 2010,') and a place after a common noun stay places."""
    from frontwatch.events.argument_places import reads_as_person

    def person(text: str, name: str) -> bool:
        doc = nlp(text)
        a = next(t.i for t in doc if t.text == name.split()[0])
        return reads_as_person(doc, a, a + len(name.split()))

    assert person("Millan, 41, was shot ten times in Hebron.", "Millan")
    assert person("The driver, Selvaraja (24), was murdered.", "Selvaraja")
    assert person("Activists protested the arrest of PKK leader Abdullah Ocalan.", "Abdullah Ocalan")
    assert person("Troops killed a former Taliban commander, Mullah Dadullah, in Helmand.", "Mullah Dadullah")
    assert not person("Rebels shelled Qasr Nawa, 2010, and left.", "Qasr Nawa")
    assert not person("Gunmen attacked the village of Qasr Nawa on Monday.", "Qasr Nawa")
    evs = run(nlp, "Jabri, 15, was shot on Monday in Syria.")
    assert all(text != "Jabri" for text, _ in located(evs))
