"""Trigger lexicon (data file, user extension) and dependency frames on real parses."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_events_support import make_toponyms

from frontwatch.events import ontology
from frontwatch.events.actors import default_dictionary, find_mentions
from frontwatch.events.triggers import (
    TRIGGERS_ENV,
    TriggerDataError,
    default_lexicon,
    find_triggers,
    frame_of,
    inflections,
    load_lexicon,
    packaged_triggers_path,
    read_trigger_rows,
)


def triggers(nlp, text):  # noqa: F811
    """Triggers of a sentence, with places and actors marked as the extractor marks them."""
    doc = nlp(text)
    places = set()
    for t in make_toponyms(text):
        sp = doc.char_span(t.start, t.end, alignment_mode="expand")
        places.update(range(sp.start, sp.end))
    mentions = find_mentions(doc[:], default_dictionary())
    actors = {i for m in mentions for i in range(m.start, m.end)}
    return doc, find_triggers(doc[:], default_lexicon(), place_tokens=places, actor_tokens=actors), actors


def test_packaged_lexicon_is_valid_and_reaches_every_type():
    lex = load_lexicon([packaged_triggers_path()])
    assert len(lex.entries) > 200
    kinds = [None, "state forces", "rebel group", "civilians", "protesters", "rioters", "mob"]
    reachable = {ontology.refine(e.type, a, t) for e in lex.entries for a in kinds for t in kinds}
    for t in ontology.TYPES.values():
        if t.name != "statement":  # statements come from reporting verbs, not the lexicon
            assert t.name in reachable, t.name


def test_bad_rows_name_file_and_line(tmp_path: Path):
    bad = tmp_path / "t.csv"
    bad.write_text("phrase,pos,type,strength,requires,negated_type,frame\nskirmish,N,battle,0.8,,,\n")
    with pytest.raises(TriggerDataError, match=r"t\.csv:2: unknown event type 'battle'"):
        read_trigger_rows(bad)
    bad.write_text("phrase,pos,type,strength,requires,negated_type,frame\nskirmish,N,armed_clash,high,,,\n")
    with pytest.raises(TriggerDataError, match="strength must be a number"):
        read_trigger_rows(bad)
    with pytest.raises(TriggerDataError, match="cannot read"):
        read_trigger_rows(tmp_path / "missing.csv")


def test_user_lexicon_extends_the_packaged_one(nlp, tmp_path: Path, monkeypatch):  # noqa: F811
    extra = tmp_path / "mine.csv"
    extra.write_text("# my conflict's words\nphrase,pos,type,strength,requires,negated_type,frame\n"
                     "fracas,N,armed_clash,0.8,,,\n")
    doc = nlp("A fracas broke out near the dam.")
    assert not find_triggers(doc[:], default_lexicon())
    monkeypatch.setenv(TRIGGERS_ENV, str(extra))
    found = find_triggers(doc[:], default_lexicon())
    assert [(t.text, t.type) for t in found] == [("fracas", "armed_clash")]


def test_lemmas_inflections_and_phrases_with_modifiers(nlp):  # noqa: F811
    _, found, _ = triggers(nlp, "Rebels took full control of the town after the army shelled it.")
    assert [(t.text, t.type) for t in found] == [("took full control", "territory_taken"), ("shelled", "shelling")]
    # the small model lemmatises "raped" as "rap"; regular inflections still match
    _, found, _ = triggers(nlp, "Soldiers raped women in the village.")
    assert [t.type for t in found] == ["sexual_violence"]


def test_inflections_add_es_only_after_a_sibilant_or_o(nlp):  # noqa: F811
    # "sites" is the plural of "site", not "sit" + "es": an army unit targeting ISIS sites in a
    # neighbourhood is no sit-in protest; "clashes", "marches" are still the lexicon's words
    _, found, _ = triggers(nlp, "An army unit targeted ISIS sites in the neighborhoods of the city.")
    assert "protest" not in [t.type for t in found]
    assert "clashes" in inflections("clash") and "sites" not in inflections("sit")


def test_argument_requirements_choose_between_readings(nlp):  # noqa: F811
    _, found, _ = triggers(nlp, "Iran sent troops to the border.")
    assert [t.type for t in found] == ["deployment"]
    _, found, _ = triggers(nlp, "Turkey sent humanitarian supplies to the region.")
    assert [t.type for t in found] == ["aid"]
    _, found, _ = triggers(nlp, "The minister sent a letter to parliament.")
    assert found == []
    _, found, _ = triggers(nlp, "Police seized weapons in a raid on the house.")
    assert "weapons_disrupted" in [t.type for t in found]


def test_nested_descriptions_are_one_trigger(nlp):  # noqa: F811
    _, found, _ = triggers(nlp, "The ministers began talks to discuss the crisis.")
    assert [t.type for t in found] == ["consult"]
    _, found, _ = triggers(nlp, "A suicide bomber blew himself up at a checkpoint, killing six people.")
    assert [t.type for t in found] == ["suicide_bombing"]


def _frame(nlp, text, word):  # noqa: F811
    doc, found, actors = triggers(nlp, text)
    trig = next(t for t in found if word in t.text)
    return frame_of(trig, doc[:], actors)


@pytest.mark.parametrize("text,word,agent", [
    ("Rebels are said to have seized the town.", "seized", "Rebels"),
    ("The jihadists are 20 km from the capital after taking control of the province.", "taking", "jihadists"),
    ("Rebels seized the airport and are advancing towards the city.", "advancing", "Rebels"),
    ("The town was captured by rebels on Monday.", "captured", "rebels"),
    ("Israeli strikes hit the camp.", "strikes", "Israeli"),
    ("State media said they have launched air strikes against rebel positions.", "strikes", "they"),
    ("Thousands of them are ready to deploy.", "deploy", "them"),
])
def test_agent_is_found_through_raising_control_coordination_and_passives(nlp, text, word, agent):  # noqa: F811
    fr = _frame(nlp, text, word)
    assert fr.agent is not None and fr.agent.text == agent


def test_objects_expand_over_coordination_and_apposition(nlp):  # noqa: F811
    from frontwatch.events.triggers import expand

    fr = _frame(nlp, "Rebels seized Quneitra, Daraa and Suwayda in the south.", "seized")
    assert [t.text for t in expand(fr.objects)] == ["Quneitra", "Daraa", "Suwayda"]
    fr = _frame(nlp, "Rebels seized the provincial capital, Idlib, on Monday.", "seized")
    assert "Idlib" in [t.text for t in expand(fr.objects)]
    fr = _frame(nlp, "Clashes erupted near Aleppo.", "Clashes")
    assert [t.text for t in fr.locatives] == ["Aleppo"]
