"""The sub-event type model's parse, cue and dense features (events/subtype_features.py).

Sentences written for this test. Each check is one the ACLED decision rules need: who is
hit (civilian vs armed), negation, the passive's agent, and the tok2vec vector shape."""

from __future__ import annotations

import numpy as np
import pytest

from frontwatch.events import subtype_features, subtype_model


def _trigger(doc, lemma: str) -> list[int]:
    return [t.i for t in doc if t.lemma_.lower() == lemma]


def test_the_object_of_the_trigger_carries_its_cue_class(nlp):  # noqa: F811
    civ = nlp("Gunmen killed five farmers near the village on Sunday.")
    arm = nlp("Gunmen killed five soldiers near the village on Sunday.")
    f_civ = subtype_features.syntax_features(civ[:], _trigger(civ, "kill"))
    f_arm = subtype_features.syntax_features(arm[:], _trigger(arm, "kill"))
    assert "obj_cue=civilian" in f_civ and "obj_cue=armed" in f_arm
    assert "subj=gunman" in f_civ and "subj_cue=armed" in f_civ


def test_negation_and_the_passive_agent(nlp):  # noqa: F811
    doc = nlp("The town was not captured by the rebels.")
    feats = subtype_features.syntax_features(doc[:], _trigger(doc, "capture"))
    assert "negated" in feats and "voice=passive" in feats and "subj=rebel" in feats
    doc = nlp("The rebels captured the town.")
    assert "negated" not in subtype_features.syntax_features(doc[:], _trigger(doc, "capture"))


def test_no_trigger_no_features_and_every_cue_is_a_lemma():
    assert subtype_features.syntax_features(None, []) == []  # type: ignore[arg-type]
    cues = subtype_features.cues()
    assert cues["protester"] == "protest" and all(w == w.lower() for w in cues)


def test_dense_vector_is_the_tok2vec_means(nlp):  # noqa: F811
    doc = nlp("Protesters threw stones at the police in the capital.")
    v = subtype_features.dense_vector(doc[:], _trigger(doc, "throw"))
    width = doc.tensor.shape[1]
    assert v is not None and v.shape == (3 * width,)
    assert np.allclose(v[:width], doc.tensor.mean(axis=0), atol=1e-5)


def test_dense_weights_and_margin_mode_from_json():
    data = {"classes": ["Armed clash", "Attack"], "bias": [0.0, 0.0], "mode": "margin", "min_prob": 0.2,
            "weights": {"w=civilian": {"1": 0.3}}, "dense": [[0.0, 2.0], [0.0, 0.0]]}
    model = subtype_model.SubtypeModel.from_json(data)
    assert model.dense is not None and model.dense.shape == (2, 2)
    # the sparse cue alone leads by less than the margin: the rules keep their answer
    assert model.choose(["w=civilian"], "Armed clash") is None
    # the dense part adds the lead
    assert model.choose(["w=civilian"], "Armed clash", np.array([1.0, 0.0])) == "Attack"
    # a vector of the wrong width is ignored rather than failing
    assert model.probabilities([], np.zeros(5)) == pytest.approx([0.5, 0.5])


def test_the_lexicon_classes_of_the_other_words_but_not_the_trigger(nlp):  # noqa: F811
    doc = nlp("Police fired tear gas at protesters who threw stones in the capital.")
    feats = subtype_features.lexicon_features(doc[:], _trigger(doc, "fire"))
    assert feats == sorted(set(feats)) and all(f.startswith("lex=") for f in feats)
    assert any(f in feats for f in ("lex=protest", "lex=protest_intervention", "lex=riot")), feats
    calm = nlp("The minister opened a school in the capital.")
    assert subtype_features.lexicon_features(calm[:], _trigger(calm, "open")) == []


def test_the_passive_subject_and_the_killed_are_the_patient(nlp):  # noqa: F811
    doc = nlp("Two teachers were gunned down by militants in the town.")
    feats = subtype_features.syntax_features(doc[:], _trigger(doc, "gun"))
    assert "obj_cue=civilian" in feats and "subj_cue=civilian" not in feats and "subj=militant" in feats
    doc = nlp("Gunmen stormed the village, killing two policemen.")
    feats = subtype_features.syntax_features(doc[:], _trigger(doc, "storm"))
    assert "obj_cue=armed" in feats and "subj=gunman" in feats


def test_an_event_retyped_as_other_is_an_incident_not_a_front_line_advance():
    assert subtype_model.internal_type("Other", "armed_clash") == "incident"
    assert subtype_model.internal_type("Other", "release") == "release"  # already Other: kept
    assert subtype_model.internal_type("Armed clash", "advance") == "armed_clash"


def test_a_denied_cue_word_is_not_a_cue_of_what_happened(nlp):  # noqa: F811
    doc = nlp("The army says it is redeploying, without admitting it has lost territory.")
    feats = subtype_features.syntax_features(doc[:], _trigger(doc, "redeploy"))
    assert "cue_denied=territory_loss" in feats  # 'lost territory' is under 'without'
    doc = nlp("The rebels did not capture the town but shelled it with mortars.")
    denied = {doc[i].lower_ for i in subtype_features.denied_indexes(doc[:])}
    assert "town" in denied and "mortars" not in denied  # the coordinated clause is not denied


def test_without_is_read_with_what_it_governs(nlp):  # noqa: F811
    fight = nlp("Rebels took the town without a fight.")
    admit = nlp("The army is redeploying without admitting any losses.")
    assert subtype_features.denial_features(fight[:]) == ["without=fight"]
    assert subtype_features.denial_features(admit[:]) == ["without=admit"]
    feats = subtype_model.features(fight[:], _trigger(fight, "take"), "territory_taken", "take", None, None)
    assert "without=fight" in feats and "w=without" not in feats


def test_a_verb_with_its_particle_is_one_cue_word(nlp):  # noqa: F811
    # "took over" / "moved in" tell that someone took the ground the other side left; 'take' and
    # 'move' alone tell nothing (ACLED's non-violent transfer of territory)
    doc = nlp("Rebels withdrew from the town and government troops moved in on Friday.")
    assert "move in" in subtype_features.cue_keys(doc[:]).values()
    feats = subtype_features.syntax_features(doc[:], _trigger(doc, "withdraw"))
    assert "cue=territory_gain" in feats and "cue=territory_loss" in feats
    doc = nlp("The troops took a break and moved on.")
    assert "cue=territory_gain" not in subtype_features.syntax_features(doc[:], _trigger(doc, "take"))


def test_the_target_of_a_firing_clause_is_the_triggers_target(nlp):  # noqa: F811
    doc = nlp("Soldiers shot dead four people when they opened fire on a rally in the capital.")
    feats = subtype_features.syntax_features(doc[:], _trigger(doc, "shoot"))
    assert "obj_cue=protest" in feats and "obj=rally" in feats
    # a place the shots came from is no target
    doc = nlp("Gunmen killed three soldiers when they opened fire from a rooftop.")
    feats = subtype_features.syntax_features(doc[:], _trigger(doc, "kill"))
    assert "obj=rooftop" not in feats and "obj_cue=armed" in feats
