"""evrole25: the choice among a sentence's places (events/place_role.py). Four readings a coder
states as rules: a place inside what a protest protests is not the protest's place; a region set at
the head of the sentence frames a finer place named in the clause; a person's home ('a worker from
Poland') is not where something happened to them; a building named with its town ('the X mosque in
Y'). And the partial refit of dev/fit_place_role.py that judged them (only the new weights fitted).
Constructed sentences, the stand-in geoparser of test_events_support, the real parser."""

from __future__ import annotations

from script_modules import load_script

from frontwatch.events import place_role

EXTRA = {
    "Auckland": ("Auckland", -36.85, 174.76, "NZ", "city"),
    "Diyala province": ("Diyala", 33.75, 45.0, "IQ", "admin1"),
    "Mandali": ("Mandali", 33.75, 45.55, "IQ", "city"),
    "Poland": ("Poland", 52.0, 20.0, "PL", "country"),
    "Tbilisi": ("Tbilisi", 41.69, 44.83, "GE", "city"),
    "Najaf": ("Najaf", 32.0, 44.33, "IQ", "city"),
    "Imam Ali mosque": ("Najaf", 32.0, 44.33, "IQ", "point"),
}


def _decide(nlp, text: str, verb: str) -> tuple[dict[str, dict[str, float]], list[str]]:  # noqa: F811
    """Each candidate's features and the places chosen for the trigger `verb`."""
    from test_events_support import article, make_toponyms

    from frontwatch.events.extract import EventExtractor

    doc = nlp(text)
    ex = EventExtractor()
    chosen, _ = ex.places_for(doc, article(text), make_toponyms(text, EXTRA),
                              next(t.i for t in doc if t.text == verb))
    return {s.candidate.toponym.text: s.features for s in ex.last_place_scores}, [t.text for t in chosen]


def test_a_place_inside_what_a_protest_protests_is_not_the_protests(nlp):  # noqa: F811
    f, chosen = _decide(nlp, "Hundreds of people protested against the air strikes in Gaza outside the US "
                             "consulate in Auckland on Tuesday.", "protested")
    assert "in_grievance" in f["Gaza"] and "in_grievance" not in f["Auckland"]
    assert chosen == ["Auckland"]
    # no grievance phrase: the strikes' place is the strikes' own
    f, _ = _decide(nlp, "Jets carried out air strikes in Gaza on Tuesday.", "carried")
    assert "in_grievance" not in f["Gaza"]


def test_a_region_set_at_the_head_of_the_sentence_frames_a_finer_place(nlp):  # noqa: F811
    # (a weighed cue, not a rule: here the region's own locative still outweighs it and is chosen)
    f, _ = _decide(nlp, "In Diyala province, gunmen killed five people near Mandali on Monday.", "killed")
    assert "fronted_region" in f["Diyala province"] and "fronted_region" not in f["Mandali"]
    # the region named after the town holds it but opens nothing
    f, _ = _decide(nlp, "Gunmen killed five people near Mandali in Diyala province on Monday.", "killed")
    assert "fronted_region" not in f["Diyala province"]


def test_a_persons_home_is_not_where_something_happened_to_them(nlp):  # noqa: F811
    f, chosen = _decide(nlp, "A worker from Poland was shot dead outside her apartment in Tbilisi.", "shot")
    assert "person_origin" in f["Poland"] and "person_origin" not in f["Tbilisi"]
    assert chosen == ["Tbilisi"]


def test_a_building_named_with_its_town(nlp):  # noqa: F811
    f, _ = _decide(nlp, "Gunmen attacked worshippers in the Imam Ali mosque in Najaf on Friday.", "attacked")
    assert "facility_with_host" in f["Imam Ali mosque"] and "host_of_facility" in f["Najaf"]
    assert "host_of_facility" not in f["Imam Ali mosque"]


def _fit_module():
    return load_script("dev/fit_place_role.py")


def test_a_partial_refit_fits_only_the_free_features() -> None:
    """`fit_choice(base=..., free=...)`: the new feature's weight is learnt from the choices, every
    other weight and the bias stay the base's."""
    fit = _fit_module()
    records = []
    for i in range(60):
        # the gold place is the one the new feature does not mark; the base cannot tell them apart
        cands = [{"f": {"prep=in": 1.0}, "y": 1, "d": 2}, {"f": {"prep=in": 1.0, "new_cue": 1.0}, "y": 0, "d": 1}]
        records.append({"id": str(i), "fold": i, "gold": True, "how": "locative", "cands": cands})
    base = place_role.Weights({"prep=in": 1.5, "prep=from": -0.7}, -0.5, 0.3)
    weights, bias = fit.fit_choice(records, 0.1, base, frozenset({"new_cue"}))
    assert bias == base.bias and weights["prep=in"] == 1.5 and weights["prep=from"] == -0.7
    assert weights["new_cue"] < -1.0
    assert fit.figures(records, place_role.Weights(weights, bias, base.threshold))[0] == 1.0
    # held out: each half scored by the weight fitted on the other, with the base's threshold
    folds = fit.held_out_against(records, base, "choice", 0.1, 0.8, 2, base, frozenset({"new_cue"}))
    assert all(refit[0] == 1.0 and refit[0] > old[0] for refit, old, _ in folds)


def test_the_packaged_weights_read_the_new_features_as_the_grammar_says() -> None:
    w = place_role.load_weights()
    assert w.weights["in_grievance"] < 0 and w.weights["fronted_region"] < 0 and w.weights["person_origin"] < 0
