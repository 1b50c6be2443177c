"""act42: a fight between two groups of one kind (issue 14): 'clan fighting', 'tribal clashes', 'clashes between
Fellata and Salamat tribesmen' name both sides with one unnamed kind, so actor 2 is that kind too (ACLED: Communal
Militia / Communal Militia), and the fight's dead are its fighters, not civilian victims; two names the dictionary
knows before the shared head are the two sides; an unknown people coordinated with a crowd in a reciprocal act
('Hindus and Muslims clashed') is a crowd of the same kind. Sentences written for these tests; the whole pipeline
runs on each."""

from __future__ import annotations

from event_helpers import actor_of, main_record_of

from frontwatch.export.acled_csv import inter_codes


def test_two_coordinated_names_sharing_one_head_are_both_sides() -> None:
    # names the dictionary does not know: the shared head's kind is both sides
    rec = main_record_of("Heavy clashes erupted between Habbaniya and Maaliya tribesmen near Nyala on Saturday.")
    assert actor_of(rec, "actor1").get("kind") == "identity militia", rec
    assert actor_of(rec, "actor2").get("kind") == "identity militia", rec


def test_two_known_names_sharing_one_head_are_the_two_sides() -> None:
    # names the dictionary knows (UCDP's Dinka and Nuer): each is one side; 'Fierce' is no doer
    rec = main_record_of("Fierce clashes erupted between Dinka and Nuer tribesmen in Bor county on Sunday.")
    assert {actor_of(rec, "actor1").get("name"), actor_of(rec, "actor2").get("name")} == {"Dinka", "Nuer"}, rec


def test_the_dead_of_a_clan_fight_are_not_civilians() -> None:
    rec = main_record_of("Twelve people were killed in clan fighting near the Somali town of Baidoa on Friday.")
    assert actor_of(rec, "actor1").get("kind") == "identity militia", rec
    assert actor_of(rec, "actor2").get("kind") == "identity militia", rec


def test_a_one_sided_attack_by_tribesmen_keeps_its_target() -> None:
    # what must not move: 'attacked' is no fight word; the police are acted on
    rec = main_record_of("Armed tribesmen attacked a police station in Marib, killing two officers.")
    assert actor_of(rec, "actor1").get("kind") == "identity militia", rec
    assert actor_of(rec, "actor2").get("kind") == "state forces", rec


def test_a_fight_between_two_kinds_keeps_both() -> None:
    # what must not move: two different sides between them are not one kind twice
    rec = main_record_of("Clashes broke out between the army and armed tribesmen near Marib on Sunday.")
    kinds = {actor_of(rec, "actor1").get("kind"), actor_of(rec, "actor2").get("kind")}
    assert kinds == {"state forces", "identity militia"}, rec


def test_an_unknown_people_coordinated_in_a_reciprocal_act_is_the_other_crowd() -> None:
    # 'X and Y clashed': Y, a people no dictionary row names, is a crowd of X's kind (rioters against rioters)
    rec = main_record_of("Hindus and Muslims clashed in the town of Godhra on Friday, throwing stones.")
    assert actor_of(rec, "actor1").get("kind") == "rioters", rec
    assert actor_of(rec, "actor2").get("kind") == "rioters", rec


def test_a_state_force_unknown_partner_is_no_second_state_force() -> None:
    # what must not move: the peer reading is for crowds and communities only
    rec = main_record_of("Soldiers and Kachin fighters clashed near Laiza on Monday.")
    assert actor_of(rec, "actor2").get("kind") != "state forces", rec


def test_international_forces_are_external() -> None:
    # ACLED: international forces and peacekeepers are External/Other forces (8) wherever they act
    rec = main_record_of("Serbian youths clashed with international troops in the town of Zvecan on Friday.")
    assert actor_of(rec, "actor2").get("name") == "International Forces", rec
    assert inter_codes(rec)[1] == 8, rec


def test_fighters_loyal_to_a_government_are_its_forces() -> None:
    rec = main_record_of("Rebels shelled fighters loyal to the Syrian government near Hama on Monday.")
    a2 = actor_of(rec, "actor2")
    assert a2.get("kind") == "state forces" and a2.get("country") == "SY", rec


def test_fighters_loyal_to_a_named_group_stay_that_group() -> None:
    # what must not move: allegiance to a group that is no state
    rec = main_record_of("Fighters loyal to Islamic State attacked the town of Manbij on Monday.")
    assert actor_of(rec, "actor1").get("name") == "Islamic State", rec
