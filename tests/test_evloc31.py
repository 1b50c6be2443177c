"""evloc31: a place inside a clause that modifies another noun (events/clause_relation.py,
events/place_role.py feature `modifier_clause`).

'A trader who witnessed the shooting in Aleppo told reporters ...': the relative clause says where the
trader's witnessing was, not where the telling or the flight happened. Not when the modified noun is a
place ('a village that lies near Aleppo'), an attack ('attacks conducted across Aleppo'), the trigger
itself, nor when the clause tells an act of the fight ('fighters who tried to infiltrate Aleppo'), nor
when the trigger is inside the same clause. CONSTRUCTED sentences, the real parser, the stand-in
geoparser of test_events_support and the packaged weights."""

from __future__ import annotations

from event_helpers import place_decision

from frontwatch.events import place_role
from frontwatch.events.clause_relation import modifier_clause, relations


def test_the_relations_are_read_from_data() -> None:
    rel = relations()
    assert {"relcl", "acl"} <= rel.modifier_clause_deps and "VERB" in rel.clause_verb_tags


def test_the_clause_head_is_found_by_the_pure_function(nlp) -> None:
    doc = nlp("A trader who witnessed the shooting in Aleppo told reporters that he fled.")
    aleppo = next(t for t in doc if t.text == "Aleppo")
    told = next(t for t in doc if t.text == "told")
    clause = modifier_clause(aleppo, {told.i})
    assert clause is not None and clause.text == "witnessed" and clause.head.text == "trader"
    # from inside the clause, its own verb is the event: no other clause
    witnessed = next(t for t in doc if t.text == "witnessed")
    assert modifier_clause(aleppo, {witnessed.i}) is None


def test_a_place_in_a_clause_on_another_noun_is_marked(nlp) -> None:
    f, _ = place_decision(
        nlp, "A trader who witnessed the shooting in Aleppo told reporters that he fled with his family.",
        "fled")
    assert "modifier_clause" in f["Aleppo"]
    f, _ = place_decision(nlp, "The reports emerging from Douma suggest that the ceasefire is failing.", "suggest")
    assert "modifier_clause" in f["Douma"]
    f, _ = place_decision(nlp, "The navy sank six gunboats used by smugglers from Aleppo.", "sank")
    assert "modifier_clause" in f["Aleppo"]


def test_a_place_noun_an_attack_an_act_of_the_fight_or_the_trigger_keep_the_place(nlp) -> None:
    f, _ = place_decision(nlp, "Gunmen attacked a village that lies near Aleppo.", "attacked")
    assert "modifier_clause" not in f["Aleppo"]  # the clause locates the place
    f, _ = place_decision(nlp, "Dozens of people were killed in attacks conducted across Aleppo.", "killed")
    assert "modifier_clause" not in f["Aleppo"]  # the clause places an attack
    f, _ = place_decision(nlp, "Troops killed fighters who tried to infiltrate Aleppo.", "killed")
    assert "modifier_clause" not in f["Aleppo"]  # an act of the fight
    f, _ = place_decision(nlp, "The officer who shot a man in Aleppo was arrested.", "shot")
    assert "modifier_clause" not in f["Aleppo"]  # the trigger's own clause


def test_the_weight_is_fitted_and_negative() -> None:
    assert place_role.load_weights().weights["modifier_clause"] < 0


def test_the_telling_gets_no_place_of_the_witnessing(nlp) -> None:
    # the packaged weights without the feature put Aleppo on 'told' (probability .17, threshold .15)
    _, chosen = place_decision(
        nlp, "A trader who witnessed the shooting in Aleppo told reporters that he fled with his family.",
        "told")
    assert chosen == []
    # the witnessed event itself keeps its place
    _, chosen = place_decision(
        nlp, "A trader who witnessed the shooting in Aleppo told reporters that he fled with his family.",
        "witnessed")
    assert chosen == ["Aleppo"]
