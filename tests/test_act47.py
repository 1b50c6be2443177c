"""act47: who makes a non-violent act (a deal, a truce, its announcement) is its actor 1 when the verb governing the
act names it, and a two-party deal's other party is its actor 2 (issue 14 item 5). Sentences written for these tests
(the shapes of dev/actors_fatalities/probes-act47.tsv, labelled by docs/annotation/actors-fatalities.md before any
run); the whole pipeline runs on each, except the parse readers' own tests."""

from __future__ import annotations

from event_helpers import actor_name, main_record_of, parsed_token

from frontwatch.evaluate.run import extract_texts


def _deal_maker(sentence: str, trigger: str):
    """act47's parse reader on one token (imported here so the pipeline tests also run on code without it)."""
    from frontwatch.events.deal_parties import deal_maker

    return deal_maker(parsed_token(sentence, trigger))


def test_a_state_joining_as_part_of_a_deal() -> None:
    # 'as part of a deal': the deal hangs two prepositions below the verb whose subject made it
    rec = main_record_of("Syria's government formally joined the treaty on Tuesday as part of a deal with Washington.")
    assert actor_name(rec, "actor1") == "Government of Syria", rec


def test_the_state_that_welcomes_a_truce() -> None:
    rec = main_record_of("Turkey welcomed the truce in Idlib on Monday.")
    assert actor_name(rec, "actor1") == "Government of Turkey", rec


def test_who_calls_for_a_ceasefire() -> None:
    rec = main_record_of("The United Nations on Friday called for an immediate ceasefire in Idlib.")
    assert actor_name(rec, "actor1") == "United Nations", rec


def test_the_speaker_of_a_ceasefire_clause_makes_it() -> None:
    tok = _deal_maker("The Turkish foreign minister said a ceasefire would begin in Idlib on Sunday.", "ceasefire")
    assert tok is not None and tok.lower_ == "minister"


def test_the_owner_of_a_promise_of_a_truce() -> None:
    tok = _deal_maker("Moscow's promise of a truce was welcomed in Geneva.", "truce")
    assert tok is not None and tok.text == "Moscow"


def test_the_agent_of_a_participle_of_mediation() -> None:
    tok = _deal_maker("The evacuation deal brokered by Qatar began on Thursday.", "deal")
    assert tok is not None and tok.text == "Qatar"


def test_a_truce_that_collapsed_names_no_maker() -> None:
    assert _deal_maker("The truce collapsed on Sunday.", "truce") is None


def test_the_second_party_coordinated_with_the_first() -> None:
    rec = main_record_of("Turkey and Iran announced a deal on Friday that would establish a ceasefire in Idlib.")
    assert actor_name(rec, "actor1") == "Government of Turkey", rec
    assert actor_name(rec, "actor2") == "Government of Iran", rec


def test_the_second_party_named_with_with() -> None:
    rec = main_record_of("Rebel groups in Homs agreed to a truce with government forces on Monday.")
    assert actor_name(rec, "actor1") == "Rebels (Syria)", rec
    assert actor_name(rec, "actor2") == "Military Forces of Syria", rec


# what must not move


def test_a_deal_reached_by_no_one_named() -> None:
    rec = main_record_of("A deal to evacuate the wounded from Homs was reached on Sunday.")
    assert actor_name(rec, "actor1") is None, rec


def test_a_monitor_announcing_a_truce_is_no_party() -> None:
    rec = main_record_of("The Syrian Observatory for Human Rights said a truce would begin in Homs on Sunday.")
    assert actor_name(rec, "actor1") is None, rec


def test_allies_of_a_violent_act_stay_allies() -> None:
    # the two-party reading is for deals only: 'X and Y attacked' are one side
    recs = extract_texts(["Islamic State and al-Nusra fighters attacked army positions near Aleppo on Sunday."])[0]
    assert all(actor_name(r, "actor2") not in ("Hay'at Tahrir al-Sham", "Islamic State") for r in recs), recs


def test_the_owner_of_a_weapon_shot_down_is_actor_two() -> None:
    # a disrupted weapon is acted on through what it is: its owner is ACLED's actor 2, as for an attacked convoy
    rec = main_record_of("Rebels shot down a Russian helicopter over Latakia on Tuesday.")
    assert actor_name(rec, "actor2") == "Military Forces of Russia", rec


def test_a_weapon_shot_down_by_no_one_named_keeps_its_owner() -> None:
    rec = main_record_of("A Syrian helicopter was shot down over Idlib on Monday.")
    assert actor_name(rec, "actor2") == "Military Forces of Syria", rec


def test_a_weapon_of_no_named_owner_names_no_actor_two() -> None:
    rec = main_record_of("Rebels shot down a helicopter over Idlib on Monday.")
    assert actor_name(rec, "actor2") is None, rec


def test_a_resolution_calling_for_a_truce_is_no_party() -> None:
    # the participle's subject is a thing ('a UN resolution'): the name inside its phrase makes no deal
    recs = extract_texts(["China vetoed a UN resolution calling for a truce in Aleppo on Tuesday."])[0]
    truce = [r for r in recs if r.get("trigger") == "truce"]
    assert truce and all(actor_name(r, "actor1") != "United Nations" for r in truce), recs


def test_regime_fighters_are_the_states_men() -> None:
    # a word of the state before the generic word of fighters: not rebels (who would be read as actor 1's own side)
    rec = main_record_of("Rebels killed 12 regime fighters near Hama in Syria on Monday.")
    assert actor_name(rec, "actor1") == "Rebels (Syria)", rec
    assert actor_name(rec, "actor2") == "Military Forces of Syria", rec


def test_regime_fighters_with_no_country_named() -> None:
    rec = main_record_of("The monitor said that 14 government fighters were killed in the fighting.")
    assert (rec.get("actor2") or {}).get("kind") == "state forces", rec


def test_anti_government_fighters_stay_rebels() -> None:
    rec = main_record_of("Anti-government fighters attacked a checkpoint near Hama in Syria on Monday.")
    assert actor_name(rec, "actor1") == "Rebels (Syria)", rec


def test_a_state_word_coordinated_with_another_side_is_no_modifier() -> None:
    # 'government and opposition forces' are two sides: the opposition's men stay rebels
    rec = main_record_of("Government and opposition forces clashed near Hama in Syria on Monday.")
    names = {actor_name(rec, "actor1"), actor_name(rec, "actor2")}
    assert "Rebels (Syria)" in names, rec
